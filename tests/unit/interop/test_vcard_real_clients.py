"""vCards exported by real clients, read in place from the shared fixtures folder.

Every expected value below was read off the file by eye, not taken from the parser.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerbook.domain.contacts import ContactValue, ImportedContact
from partnerbook.interop.vcard_read import read_vcards

FIXTURES = (
    Path(__file__).resolve().parents[3] / ".." / "shared" / "fixtures" / "vcard-real-clients"
).resolve()

pytestmark = pytest.mark.skipif(
    not FIXTURES.is_dir(), reason=f"the real-client vCards are not here: {FIXTURES}"
)

LICENCE = (
    'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY '
    "EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF "
    "MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL "
    "THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, "
    "SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT "
    "OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) "
    "HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR "
    "TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS "
    "SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE."
)


def cv(value: str, label: str = "", primary: bool = False) -> ContactValue:
    return ContactValue(value, label, primary)


N8 = "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"
ANDROID_NOTE = N8 + N8 + "Ñ Ñ Ñ Ñ Ñ"

# One dict per record, in file order: the fields checked; "notes_start"/"notes_end" check
# the two ends of a long note, "photo_mime"/"photo_uri" the photo.
EXPECTED: dict[str, list[dict[str, object]]] = {
    "John_Doe_ANDROID.vcf": [
        {
            "line": 1,
            "display_name": "john.doe@company.com",
            "given_name": None,
            "emails": (cv("john.doe@company.com", "", True),),
            "tags": ("My Contacts",),
        },
        {
            "line": 6,
            "display_name": "jane.doe@company.com",
            "emails": (cv("jane.doe@company.com", "", True),),
            "tags": ("My Contacts",),
        },
        {
            "line": 11,
            "display_name": "Ñ Ñ Ñ Ñ Ñ",
            "family_name": "Ñ Ñ Ñ Ñ",
            "given_name": None,
            "phones": (cv("123456789", "mobile", True),),
            "tags": ("My Contacts",),
        },
        {
            "line": 18,
            "display_name": N8 + " Ñ Ñ Ñ",
            "family_name": N8 + " Ñ Ñ Ñ",
            "phones": (
                cv("123456", "mobile", True),
                cv("234567", "home"),
                cv("3456789", "mobile"),
                cv("45678901", "home"),
            ),
            "notes": ANDROID_NOTE + "\n\n" + ANDROID_NOTE,
            "tags": ("My Contacts",),
        },
        {
            "line": 36,
            "display_name": "Ñ Ñ Ñ Ñ",
            "family_name": "Ñ Ñ",
            "given_name": "Ñ Ñ Ñ",
            "phones": (
                cv("123456", "mobile", True),
                cv("123456", "work"),
                cv("123456", "work fax"),
            ),
            "emails": (cv("bob@company.com", "work", True), cv("Ñ" * 14)),
            "organisation": "Ñ" * 12,
            "urls": (cv("www.company.com"), cv("http://www.company.com")),
            "photo_mime": "image/jpeg",
            "tags": (),
        },
        {
            "line": 71,
            "display_name": "ÑÑÑÑ",
            "family_name": "ÑÑÑÑ",
            "phones": (cv("55556666", "mobile", True),),
            "emails": (cv("henry@company.com", "", True),),
            "organisation": "Ñ" * 44,
            "tags": ("My Contacts",),
        },
    ],
    "John_Doe_BLACK_BERRY.vcf": [
        {
            "display_name": "John Doe",
            "given_name": "john",
            "family_name": "Doe",
            "organisation": "Acme Solutions",
            "phones": (cv("+96123456789", "mobile"),),
            "photo_mime": "image/jpeg",
            "notes": "",
        }
    ],
    "John_Doe_EVOLUTION.vcf": [
        {
            "display_name": "Mr. John Richter, James Doe Sr.",
            "given_name": "John",
            "family_name": "Doe",
            "uid": "477343c8e6bf375a9bac1f96a5000837",
            "organisation": "IBM",
            "department": "Accounting",
            "role": "Money Counter",
            "emails": (cv("john.doe@ibm.com", "work"),),
            "phones": (cv("905-666-1234", "mobile"), cv("905-555-1234", "work")),
            "urls": (cv("http://www.ibm.com"),),
            "city": "Albaney",
            "country": "United States of America",
            "birthday": (1980, 3, 22),
            "tags": ("VIP",),
            "notes": LICENCE,
            "related": ("spouse: Maria", "manager: Big Blue", "assistant: Little Red"),
        }
    ],
    "John_Doe_GMAIL.vcf": [
        {
            "display_name": "Mr. John Richter, James Doe Sr.",
            "given_name": "John",
            "family_name": "Doe",
            "organisation": "IBM",
            "department": None,
            "role": "Money Counter",
            "emails": (cv("john.doe@ibm.com", "home"),),
            "phones": (cv("905-555-1234", "mobile"), cv("905-666-1234", "home")),
            "urls": (cv("http://www.ibm.com", "work"),),
            "city": None,  # the whole address is in the street part
            "birthday": (1980, 3, 22),
            "notes": LICENCE + "\nFavotire Color: Blue",
            "related": ("spouse: Jenny",),
        }
    ],
    "John_Doe_IPHONE.vcf": [
        {
            "display_name": "Mr. John Richter James Doe Sr.",
            "given_name": "John",
            "family_name": "Doe",
            "organisation": "IBM",
            "department": "Accounting",
            "role": "Money Counter",
            "emails": (cv("john.doe@ibm.com", "", True),),
            "phones": (
                cv("905-555-1234", "mobile", True),
                cv("905-666-1234", "home"),
                cv("905-777-1234", "work"),
                cv("905-888-1234", "home fax"),
                cv("905-999-1234", "work fax"),
                cv("905-111-1234", "pager"),
                cv("905-222-1234", "Assistant"),
            ),
            "urls": (cv("http://www.ibm.com", "Home page", True),),
            "city": "New York",  # the work address
            "country": "USA",
            "birthday": (2012, 6, 6),
            "photo_mime": "image/jpeg",
            "notes": "",
        }
    ],
    "John_Doe_LOTUS_NOTES.vcf": [
        {
            "display_name": "Mr. Doe John I Johny",
            "given_name": "John",
            "family_name": "Doe",
            "uid": "0e7602cc-443e-4b82-b4b1-90f62f99a199",
            "organisation": "IBM",
            "department": "SUN",
            "role": "Generic Accountant",  # TITLE wins over ROLE
            "emails": (cv("john.doe@ibm.com", "work", True), cv("billy_bob@gmail.com", "work")),
            "phones": (
                cv("+1 (212) 204-34456", "mobile", True),
                cv("00-1-212-555-7777", "work fax"),
            ),
            "urls": (cv("http://www.sun.com", "Home page", True),),
            "city": "New York",
            "country": "U.S.A.",
            "birthday": (1980, 5, 21),
            "notes_start": "THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "
            '"AS IS"\nAND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO , '
            "THE\n",
            "notes_end": "POSSIBILITY OF SUCH DAMAGE.",
            "photo_mime": "image/jpeg",
        }
    ],
    "John_Doe_MAC_ADDRESS_BOOK.vcf": [
        {
            "display_name": "Mr. John Richter,James Doe Sr.",
            "given_name": "John",
            "family_name": "Doe",
            "organisation": "IBM",
            "department": "Accounting",
            "role": "Money Counter",
            "emails": (cv("john.doe@ibm.com", "work", True),),
            "phones": (
                cv("905-777-1234", "work", True),
                cv("905-666-1234", "home"),
                cv("905-555-1234", "mobile"),
                cv("905-888-1234", "home fax"),
                cv("905-999-1234", "work fax"),
                cv("905-111-1234", "pager"),
                cv("905-222-1234", "Assistant"),  # X-ABLabel:AssistantPhone, bare
            ),
            "urls": (cv("http://www.ibm.com", "Home page", True),),
            "city": "New York",
            "country": "USA",
            "birthday": (2012, 6, 6),
            "notes": LICENCE + "\nFavotire Color: Blue",
            "photo_mime": "image/jpeg",
            "related": ("spouse: Jenny",),  # X-ABLabel:Spouse, bare
        }
    ],
    "John_Doe_MS_OUTLOOK.vcf": [
        {
            "display_name": "Mr. John Richter James Doe Sr.",
            "given_name": "John",
            "family_name": "Doe",
            "organisation": "IBM",
            "department": "Accounting",
            "role": "Money Counter",
            "emails": (cv("john.doe@ibm.cm", "", True),),
            "phones": (cv("(905) 555-1234", "work"), cv("(905) 666-1234", "home")),
            "urls": (cv("http://www.ibm.com", "work"),),
            "city": "Albaney",
            "country": "United States of America",
            "birthday": (1980, 3, 22),
            "notes_start": "THIS SOFTWARE IS PROVIDED BY GEORGE EL-HADDAD ''AS IS'' AND ANY",
            "notes_end": "EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.",
            "photo_mime": "image/jpeg",
            "related": ("manager: Big Blue", "assistant: Jenny"),
        }
    ],
    "fullcontact.vcf": [
        {
            "display_name": "Prefix FirstName MiddleName LastName Suffix",
            "given_name": "FirstName",
            "family_name": "LastName",
            "organisation": "Organization1",
            "department": "Department1",
            "role": "Title1",
            "emails": (
                cv("home@example.com", "home"),
                cv("work@example.com", "work"),
                cv("school@example.com", "school"),
                cv("other@example.com", "other"),
                cv("custom@example.com", "customtype"),
            ),
            "phones": (
                cv("555-555-1111", "home"),
                cv("555-555-1112", "work"),
                cv("555-555-1113", "mobile"),
                cv("555-555-1114", "mobile"),
                cv("555-555-1115"),
                cv("555-555-1116", "home fax"),
                cv("555-555-1117", "work fax"),
                cv("555-555-1118"),
                cv("555-555-1119"),
            ),
            "urls": (
                cv("http://www.homepage.com"),
                cv("http://www.blog.com"),
                cv("http://www.other.com"),
                cv("http://www.custom.com"),
            ),
            "city": "WorkCity",
            "country": "WorkCountry",
            "birthday": (2016, 8, 1),
            "notes": "Notes line 1\nNotes line 2",
            "tags": ("Tag",),
            "photo_uri": "https://d3m0kzytmr41b1.cloudfront.net/c335e945d1b60edd9d75eb4837c432f637e95c8a",
        }
    ],
    "gmail-list.vcf": [
        {
            "line": 1,
            "display_name": "Arnold Smith",
            "given_name": "Arnold",
            "family_name": "Smith",
            "emails": (cv("asmithk@gmail.com"),),
        },
        {
            "line": 7,
            "display_name": "Chris Beatle",
            "given_name": "Chris",
            "family_name": "Beatle",
            "emails": (cv("chrisy55d@yahoo.com"),),
        },
        {
            "line": 13,
            "display_name": "Doug White",
            "given_name": "Doug",
            "family_name": "White",
            "emails": (cv("dwhite@gmail.com"),),
        },
    ],
    "gmail-single.vcf": [
        {
            "display_name": "Greg Dartmouth",
            "given_name": "Greg",
            "family_name": "Dartmouth",
            "organisation": "TheCompany",
            "role": "TheJobTitle",
            "emails": (cv("gdartmouth@hotmail.com"),),
            "phones": (cv("555 555 1111", "mobile"), cv("555 555 2222", "GRAND_CENTRAL")),
            "urls": (cv("http://TheProfile.com", "PROFILE"),),
            "city": "Custom City",
            "country": "USA",
            "birthday": (1960, 9, 10),
            "notes": "This is GMail's note field.\nIt should be added as a NOTE type.\n"
            "ACustomField: CustomField",
            "related": ("spouse: MySpouse", "CustomRelationship: MyCustom"),
        }
    ],
    "gmail-single2.vcf": [
        {
            "display_name": "VCard Test",
            "given_name": "VCard",
            "family_name": "Test",
            "organisation": "TheCompany",
            "role": "TheJobTitle",
            "emails": (
                cv("email@example.com"),
                cv("homeemail@example.com", "home"),
                cv("workemail@example.com", "work"),
                cv("otheremail@example.com"),
                cv("customcategory@example.com", "CustomEmailCategory"),
            ),
            "phones": (
                cv("5555551111"),
                cv("5555551112", "home"),
                cv("5555551113", "work"),
                cv("5555551114"),
                cv("5555551115", "mobile"),
                cv("5555551116", "main"),
                cv("5555551117", "home fax"),
                cv("5555551118", "work fax"),
                cv("5555551119", "GRAND_CENTRAL"),
                cv("5555551120", "pager"),
                cv("5555551121", "CustomePhoneCategory"),
            ),
            "urls": (
                cv("http://www.example1.com"),
                cv("http://www.example2.com", "PROFILE"),
                cv("http://www.example3.com", "BLOG"),
                cv("http://www.example4.com", "Home page"),
                cv("http://www.example5.com", "work"),
                cv("http://www.example6.com", "CustomWebsiteCategory"),
            ),
            "city": "NY",  # the work address: locality NY, region New York
            "country": None,
            "birthday": (1912, 6, 23),
            "notes": "note line 1\nnote line 2\nCustomField: field value",
            "related": (
                "Name1",
                "spouse: Name2",
                "child: Name3",
                "mother: Name4",
                "father: Name5",
                "parent: Name6",
                "brother: Name7",
                "sister: Name8",
                "friend: Name9",
                "relative: Name10",
                "manager: Name11",
                "assistant: Name12",
                "partner: Name14",
                "domestic partner: Name15",
                "CustomRelationCategory: Name16",
            ),
            "introduced_by": "Name13",  # REFERRED_BY
        }
    ],
    "outlook-2003.vcf": [
        {
            "display_name": "John Doe III",
            "given_name": "John",
            "family_name": "Doe",
            "organisation": "Company, The",
            "department": "TheDepartment",
            "role": "The Job Title",
            "emails": (cv("jdoe@hotmail.com", "", True),),
            "phones": (
                cv("BusinessPhone", "work"),
                cv("HomePhone", "home"),
                cv("MobilePhone", "mobile"),
                cv("BusinessFaxPhone", "work fax"),
            ),
            "urls": (cv("http://web-page-address.com", "work"),),
            "city": "Austin",
            "country": "United States of America",
            "birthday": (1980, 3, 21),
            "notes": "This is the note field!!\nSecond line\n\nThird line is empty",
        }
    ],
    "outlook-2007.vcf": [
        {
            "display_name": "Mr. Michael Angstadt Jr.",
            "given_name": "Michael",
            "family_name": "Angstadt",
            "organisation": "TheCompany",
            "department": "TheDepartment",
            "role": "TheJobTitle",
            "emails": (cv("mike.angstadt@gmail.com", "", True),),
            "phones": (
                cv("(111) 555-1111", "work"),
                cv("(111) 555-2222", "home"),
                cv("(111) 555-4444", "mobile"),
                cv("(111) 555-3333", "work fax"),
            ),
            "urls": (
                cv("http://mikeangstadt.name", "home"),
                cv("http://mikeangstadt.name", "work"),
            ),
            "city": "New York",
            "country": "USA",
            "birthday": (1922, 3, 10),
            "notes": "This is the NOTE field \nI assume it encodes this text inside a NOTE vCard "
            "type.\nBut I'm not sure because there's text formatting going on here.\n"
            "It does not preserve the formatting",
            "photo_mime": "image/jpeg",
            "related": (
                "spouse: TheSpouse",
                "manager: TheManagerName",
                "assistant: TheAssistantName",
            ),
        }
    ],
    "rfc2426-example.vcf": [
        {
            "line": 1,
            "display_name": "Frank Dawson",
            "given_name": None,
            "family_name": None,
            "organisation": "Lotus Development Corporation",
            "emails": (cv("Frank_Dawson@Lotus.com", "", True), cv("fdawson@earthlink.net")),
            "phones": (cv("+1-919-676-9515", "work"), cv("+1-919-676-9564", "work fax")),
            "urls": (cv("http://home.earthlink.net/~fdawson"),),
            "city": "Raleigh",
            "country": "U.S.A.",
        },
        {
            "line": 13,
            "display_name": "Tim Howes",
            "organisation": "Netscape Communications Corp.",
            "emails": (cv("howes@netscape.com"),),
            "phones": (cv("+1-415-937-3419", "work"), cv("+1-415-528-4164", "work fax")),
            "city": "Mountain View",
            "country": "U.S.A.",
        },
    ],
    "rfc6350-example.vcf": [
        {
            "display_name": "Simon Perreault",
            "given_name": "Simon",
            "family_name": "Perreault",
            "organisation": "Viagenie",
            "emails": (cv("simon.perreault@viagenie.ca", "work"),),
            "phones": (
                cv("+1-418-656-9254 ext. 102", "work", True),
                cv("+1-418-262-6501", "work mobile video text"),
            ),
            "urls": (cv("http://nomis80.org", "home"),),
            "city": "Quebec",
            "country": "Canada",
            "birthday": (None, 2, 3),
        }
    ],
    "thunderbird-MoreFunctionsForAddressBook-extension.vcf": [
        {
            "display_name": "John Doe",
            "given_name": "John",
            "family_name": "Doe",
            "organisation": "TheOrganization",
            "department": "TheDepartment",
            "role": "TheTitle",
            "emails": (
                cv("doe.john@hotmail.com", "", True),
                cv("additional-email@company.com"),
                cv("additional-email1@company.com"),
                cv("additional-email2@company.com"),
                cv("additional-email3@company.com"),
            ),
            "phones": (
                cv("555-555-1111", "work"),
                cv("555-555-2222", "home"),
                cv("555-555-5555", "mobile"),
                cv("555-555-3333", "fax"),
                cv("555-555-4444", "pager"),
            ),
            "urls": (
                cv("http://www.private-webpage.com", "home"),
                cv("http://www.work-webpage.com", "work"),
            ),
            "city": "New York",
            "country": "USA",
            "birthday": (1970, 9, 21),
            "notes": "This is the notes field.\nSecond Line\n\nFourth Line\nYou can put anything "
            'in the "note" field; even curse words.',
            # The commas are escaped, so by the RFC this is one category, not three.
            "tags": ("category1, category2, category3",),
            "photo_mime": "image/jpeg",
            "related": ("spouse: TheSpouse",),
        }
    ],
}


def check(contact: ImportedContact, expected: dict[str, object]) -> None:
    for key, value in expected.items():
        if key == "birthday":
            actual: object = (
                contact.birthday_year,
                contact.birthday_month,
                contact.birthday_day,
            )
        elif key == "notes_start":
            actual = contact.notes[: len(str(value))]
        elif key == "notes_end":
            actual = contact.notes[-len(str(value)) :]
        elif key == "photo_mime":
            assert contact.photo is not None and contact.photo.data, "no photo data"
            actual = contact.photo.mime
        elif key == "photo_uri":
            assert contact.photo is not None
            actual = contact.photo.uri
        else:
            actual = getattr(contact, key)
        assert actual == value, f"{key}: {actual!r} != {value!r}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_client_export(name: str) -> None:
    parsed = read_vcards((FIXTURES / name).read_bytes())
    assert parsed.errors == ()
    expected = EXPECTED[name]
    assert len(parsed.contacts) == len(expected)
    for number, (contact, fields) in enumerate(zip(parsed.contacts, expected, strict=True), 1):
        assert contact.record == number
        check(contact, {"line": 1, **fields} if number == 1 else fields)


def test_every_fixture_has_a_table() -> None:
    assert sorted(p.name for p in FIXTURES.glob("*.vcf")) == sorted(EXPECTED)


def test_photos_are_whole_jpegs() -> None:
    """Folded base64 (iPhone CR CR LF, Mac's two-space indent, Outlook's blank-line end)
    decodes to a JPEG from its start marker to its end marker."""
    for name in ("John_Doe_IPHONE.vcf", "John_Doe_MAC_ADDRESS_BOOK.vcf", "outlook-2007.vcf"):
        photo = read_vcards((FIXTURES / name).read_bytes()).contacts[0].photo
        assert photo is not None and photo.data is not None
        assert photo.data[:2] == b"\xff\xd8" and photo.data.rstrip(b"\0")[-2:] == b"\xff\xd9", name
