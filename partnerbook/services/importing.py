"""Import contacts: read a file, preview what each record would do, apply, undo as a whole.

``plan_import`` decides, without writing, what each record would do: create a person,
update one we have (matched by the program's id, an email, a phone number, a LinkedIn
profile, or name and partner), skip it (nothing new), or report its error. A file that
lists one person twice merges the second into the first. ``apply_import`` carries the
plan out in one transaction (all or nothing, so a cancel loses nothing), recording what
it did as a batch; ``undo_import`` takes exactly that back, ``redo_import`` again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from partnerbook.domain.contacts import (
    ContactFormat,
    ContactValue,
    ImportedContact,
    ParsedContacts,
    RecordError,
)
from partnerbook.domain.enums import ContactKind
from partnerbook.domain.text import fold, storable
from partnerbook.errors import StorageError, UsageError
from partnerbook.messages import Problem, Reading
from partnerbook.services.collector import bulk
from partnerbook.services.editing import MAX_SHORT_TEXT, NotFoundError, tags_for
from partnerbook.services.import_keys import email_key, linkedin_key, name_key, phone_key
from partnerbook.services.import_merge import FILLED, Merge, PersonState, absorb, merge, url_key
from partnerbook.store import search_index
from partnerbook.store.engine import Journal
from partnerbook.store.import_models import ExternalId, ImportBatch, ImportChange, PersonPhoto
from partnerbook.store.models import ContactMethod, Partner, Person, Tag, person_tags

MAX_FILE_BYTES = 200 * 1024 * 1024
PROGRESS_EVERY = 200


class ImportAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"
    ERROR = "error"


class ImportCancelledError(Exception):
    """Raised by a progress callback to stop: the whole import is rolled back."""


@dataclass(frozen=True, slots=True)
class PlannedRecord:
    record: int
    line: int
    display_name: str
    action: ImportAction
    reason: str
    person_id: int | None = None  # the person updated or skipped
    merges_into: int | None = None  # the earlier record of this file it is merged into
    contact: ImportedContact | None = field(default=None, repr=False)
    merge: Merge | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class ImportPlan:
    format: ContactFormat
    records: tuple[PlannedRecord, ...]

    def count(self, action: ImportAction) -> int:
        return sum(1 for record in self.records if record.action is action)

    @property
    def errors(self) -> tuple[PlannedRecord, ...]:
        return tuple(r for r in self.records if r.action is ImportAction.ERROR)


@dataclass(frozen=True, slots=True)
class ImportResult:
    batch_id: int | None  # None for a dry run, or when nothing changed
    created: int
    updated: int
    skipped: int
    errors: tuple[RecordError, ...]


# --- reading ---------------------------------------------------------------------------------


@bulk
def read_contacts(path: Path, format: ContactFormat | None = None) -> ParsedContacts:
    """The file's contacts in the given format, or the one its content shows."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UsageError(
                Problem.tr(
                    "{path} is {size} MB; PartnerBook reads contact files up to {limit} MB.",
                    path=path,
                    size=f"{size / 1e6:.0f}",
                    limit=MAX_FILE_BYTES // 1_000_000,
                ),
                Problem.tr("Split the export into smaller files."),
            )
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError) as error:
        raise UsageError(
            Problem.tr("There is no file {path}.", path=path), Problem.tr("Check the path.")
        ) from error
    except OSError as error:
        raise StorageError(
            Problem.tr("Cannot read {path}: {detail}.", path=path, detail=error.strerror or error),
            Problem.tr("Check that the file is there and that you may read it."),
        ) from error
    return parse_contacts(data, format)


@bulk
def parse_contacts(data: bytes, format: ContactFormat | None = None) -> ParsedContacts:
    from partnerbook.interop.csv_detect import detect_csv, read_contacts_csv

    if format is None:
        format = detect_format(data) or detect_csv(data)
        if format is None:
            raise UsageError(
                Problem.tr(
                    "PartnerBook cannot tell what kind of file this is: not a "
                    "vCard, a JSON archive, or a Google, LinkedIn, Outlook or "
                    "Thunderbird CSV export."
                ),
                Problem.tr(
                    "Say which with --format (vcard, google-csv, linkedin-csv, "
                    "outlook-csv, thunderbird-csv, json)."
                ),
            )
    if format is ContactFormat.JSON:
        raise UsageError(
            Problem.tr("A JSON archive is imported as a whole journal, not as contacts.")
        )
    if format is ContactFormat.VCARD:
        from partnerbook.interop.vcard_read import read_vcards

        parsed: ParsedContacts = read_vcards(data)
    else:
        parsed = read_contacts_csv(data, format)
    return _storable_contacts(parsed)


def _line(text: str | None) -> str | None:
    return " ".join(storable(text).split())[:MAX_SHORT_TEXT] or None if text else text


def _storable_contacts(parsed: ParsedContacts) -> ParsedContacts:
    """The text rule every typed value follows (``domain.text.storable``, one-line fields on
    one line and at most 300 characters) applied to what a file brought: readers keep a
    file's NUL, line breaks inside a name, and undecodable bytes as lone surrogates."""
    contacts: list[ImportedContact] = []
    errors = list(parsed.errors)
    for contact in parsed.contacts:
        name = _line(contact.display_name)
        if not name:
            errors.append(
                RecordError(contact.record, contact.line, Reading.tr("The contact has no name."))
            )
            continue
        values: dict[str, Any] = {
            field: _line(getattr(contact, field)) for field in _ONE_LINE_CONTACT_FIELDS
        }
        values |= {
            kind: tuple(
                replace(v, value=_line(v.value) or "", label=_line(v.label) or "")
                for v in getattr(contact, kind)
                if _line(v.value)
            )
            for kind in ("emails", "phones", "urls")
        }
        contacts.append(
            replace(
                contact,
                display_name=name,
                **values,
                notes=storable(contact.notes),
                how_we_met=storable(contact.how_we_met),
                tags=tuple(t for t in (_line(tag) for tag in contact.tags) if t),
                related=tuple(r for r in (_line(one) for one in contact.related) if r),
            )
        )
    return replace(parsed, contacts=tuple(contacts), errors=tuple(errors))


_ONE_LINE_CONTACT_FIELDS = (
    "given_name",
    "family_name",
    "uid",
    "organisation",
    "department",
    "role",
    "city",
    "country",
    "introduced_by",
)


def detect_format(data: bytes) -> ContactFormat | None:
    """vCard or a JSON archive, told from the first bytes (CSV kinds: ``detect_csv``)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return ContactFormat.JSON
    if head[:11].upper() == b"BEGIN:VCARD" or b"BEGIN:VCARD" in head.upper()[:200]:
        return ContactFormat.VCARD
    return None


# --- planning --------------------------------------------------------------------------------


@dataclass
class _Known:
    """Every live person's keys, loaded once: matching 10,000 records is dict lookups."""

    uids: dict[str, int | str] = field(default_factory=dict)
    emails: dict[str, int | str] = field(default_factory=dict)
    phones: dict[str, int | str] = field(default_factory=dict)
    linkedin: dict[str, int | str] = field(default_factory=dict)
    names: dict[str, int | str] = field(default_factory=dict)
    states: dict[int | str, PersonState] = field(default_factory=dict)
    labels: dict[int | str, str] = field(default_factory=dict)


def _load_known(session: Session, region: str) -> _Known:
    known = _Known()
    partner_names = {row[0]: row[1] for row in session.execute(select(Partner.id, Partner.name))}
    people = session.execute(
        select(
            Person.id,
            Person.display_name,
            Person.partner_id,
            Person.notes,
            *[getattr(Person, name) for name in FILLED],
        ).where(Person.deleted_at.is_(None))
    ).all()
    for row in people:
        person_id, display_name, partner_id, notes = row[0], row[1], row[2], row[3]
        state = PersonState(
            display_name,
            fields=dict(zip(FILLED, row[4:], strict=True)),
            notes=notes or "",
            has_partner=partner_id is not None,
        )
        known.states[person_id] = state
        known.labels[person_id] = f"{display_name} (#{person_id})"
        organisation = partner_names.get(partner_id) if partner_id else None
        known.names.setdefault(name_key(display_name, organisation), person_id)
    live = set(known.states)
    contacts = session.execute(
        select(ContactMethod.person_id, ContactMethod.kind, ContactMethod.value).where(
            ContactMethod.deleted_at.is_(None)
        )
    ).all()
    for person_id, kind, value in contacts:
        if person_id not in live:
            continue
        state = known.states[person_id]
        if kind is ContactKind.EMAIL:
            state.emails.add(email_key(value))
            known.emails.setdefault(email_key(value), person_id)
        elif kind is ContactKind.PHONE:
            key = phone_key(value, region)
            state.phones.add(key)
            if key:
                known.phones.setdefault(key, person_id)
        else:
            state.urls.add(url_key(value))
            if linkedin_key(value):
                known.linkedin.setdefault(linkedin_key(value), person_id)
    for person_id, uid in session.execute(select(ExternalId.person_id, ExternalId.value)).all():
        if person_id in live:
            known.states[person_id].uids.add(uid)
            known.uids.setdefault(uid, person_id)
    for person_id, tag in session.execute(
        select(person_tags.c.person_id, Tag.key).join(Tag, Tag.id == person_tags.c.tag_id)
    ).all():
        if person_id in live:
            known.states[person_id].tags.add(tag)
    for (person_id,) in session.execute(select(PersonPhoto.person_id)).all():
        if person_id in live:
            known.states[person_id].has_photo = True
    return known


def _match(known: _Known, contact: ImportedContact, region: str) -> tuple[int | str, str] | None:
    """The person this contact is, and why we think so."""
    if contact.uid and contact.uid in known.uids:
        return known.uids[contact.uid], Reading.tr("the same contact id")
    for value in contact.emails:
        key = email_key(value.value)
        if key in known.emails:
            return known.emails[key], Reading.tr("the same email ({email})", email=value.value)
    for value in contact.phones:
        key = phone_key(value.value, region)
        if key and key in known.phones:
            return known.phones[key], Reading.tr("the same phone ({phone})", phone=value.value)
    for value in contact.urls:
        key = linkedin_key(value.value)
        if key and key in known.linkedin:
            return known.linkedin[key], Reading.tr("the same LinkedIn profile")
    key = name_key(contact.display_name, contact.organisation)
    if key in known.names:
        return known.names[key], Reading.tr("the same name and partner")
    return None


def _remember(known: _Known, who: int | str, contact: ImportedContact, region: str) -> None:
    if contact.uid:
        known.uids.setdefault(contact.uid, who)
    for value in contact.emails:
        known.emails.setdefault(email_key(value.value), who)
    for value in contact.phones:
        key = phone_key(value.value, region)
        if key:
            known.phones.setdefault(key, who)
    for value in contact.urls:
        if linkedin_key(value.value):
            known.linkedin.setdefault(linkedin_key(value.value), who)
    known.names.setdefault(name_key(contact.display_name, contact.organisation), who)


@bulk
def plan_import(journal: Journal, parsed: ParsedContacts, region: str = "") -> ImportPlan:
    """What each record would do, in file order; nothing is written."""
    with journal.read() as session:
        known = _load_known(session, region)
    records: list[PlannedRecord] = []
    first_of: dict[int | str, int] = {}  # a new person of this file -> its record number
    for contact in parsed.contacts:
        found = _match(known, contact, region)
        if found is None:
            who: int | str = f"new:{contact.record}"
            state = PersonState(contact.display_name)
            addition = merge(state, contact, region)
            absorb(state, addition, region)
            known.states[who] = state
            known.labels[who] = Reading.tr(
                "{name} (record {record})", name=contact.display_name, record=contact.record
            )
            first_of[who] = contact.record
            _remember(known, who, contact, region)
            records.append(
                PlannedRecord(
                    contact.record,
                    contact.line,
                    contact.display_name,
                    ImportAction.CREATE,
                    Reading.tr("new person"),
                    contact=contact,
                    merge=addition,
                )
            )
            continue
        who, why = found[0], found[1]
        state = known.states[who]
        addition = merge(state, contact, region)
        absorb(state, addition, region)
        _remember(known, who, contact, region)
        person_id = who if isinstance(who, int) else None
        merges_into = first_of.get(who) if isinstance(who, str) else None
        action = ImportAction.SKIP if addition.is_empty else ImportAction.UPDATE
        reason = Reading.tr(
            "{person}: {why}; {adds}", person=known.labels[who], why=why, adds=addition.describe()
        )
        records.append(
            PlannedRecord(
                contact.record,
                contact.line,
                contact.display_name,
                action,
                reason,
                person_id,
                merges_into,
                contact,
                addition,
            )
        )
    for error in parsed.errors:
        records.append(
            PlannedRecord(error.record, error.line, "", ImportAction.ERROR, error.message)
        )
    records.sort(key=lambda r: (r.record, r.action is not ImportAction.ERROR))
    return ImportPlan(parsed.format, tuple(records))


# --- applying --------------------------------------------------------------------------------


@bulk
def apply_import(
    journal: Journal,
    plan: ImportPlan,
    file_name: str,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Carry the plan out in one transaction and record it as a batch to undo."""
    errors = tuple(RecordError(r.record, r.line, r.reason) for r in plan.errors)
    work = [r for r in plan.records if r.action in (ImportAction.CREATE, ImportAction.UPDATE)]
    created = plan.count(ImportAction.CREATE)
    updated = plan.count(ImportAction.UPDATE)
    skipped = plan.count(ImportAction.SKIP)
    if not work:
        return ImportResult(None, 0, 0, skipped, errors)
    with journal.write() as session:
        search_index.defer(session)
        batch = ImportBatch(
            file_name=file_name[:500],
            format=plan.format.value,
            created=created,
            updated=updated,
            skipped=skipped,
            errors=len(errors),
        )
        session.add(batch)
        session.flush()
        writer = _Writer(session, batch)
        for start in range(0, len(work), PROGRESS_EVERY):
            writer.write(work[start : start + PROGRESS_EVERY])
            if progress is not None:
                progress(min(start + PROGRESS_EVERY, len(work)), len(work))
        search_index.write_deferred(session)
        batch_id = batch.id
    return ImportResult(batch_id, created, updated, skipped, errors)


@dataclass
class _Added:
    """What one record added, kept until a flush gives the rows their ids."""

    person: Person
    fields: dict[str, list[Any]] = field(default_factory=dict)
    contacts: list[ContactMethod] = field(default_factory=list)
    tags: list[Tag] = field(default_factory=list)
    photo: bool = False
    uid: ExternalId | None = None


class _Writer:
    """Writes planned records in one session, a chunk per flush, remembering for undo."""

    def __init__(self, session: Session, batch: ImportBatch) -> None:
        self.session = session
        self.batch = batch
        self.partners: dict[str, Partner] = {}
        self.tags: dict[str, Tag] = {}
        self.new_people: dict[int, Person] = {}  # record number -> the person it created
        self.loaded: dict[int, Person] = {}  # the people this chunk updates
        self.uids = {
            uid.value: uid
            for uid in session.scalars(select(ExternalId).where(ExternalId.source == "uid"))
        }

    def write(self, records: list[PlannedRecord]) -> None:
        tracked: list[_Added] = []
        self._load([r.person_id for r in records if r.person_id is not None])
        for record in records:
            assert record.contact is not None and record.merge is not None
            if record.action is ImportAction.CREATE:
                person = Person(
                    display_name=record.contact.display_name[:300],
                    name_key=fold(record.contact.display_name)[:300],
                    languages=[],
                )
                self.session.add(person)
                self._fill(person, record.contact, record.merge)
                self.new_people[record.record] = person
                self.session.add(
                    ImportChange(batch_id=self.batch.id, action="created_person", person=person)
                )
            elif record.merges_into is not None:  # undone with the person it merges into
                person = self.new_people[record.merges_into]
                self._fill(person, record.contact, record.merge)
            else:
                found = self.loaded.get(record.person_id or 0)
                if found is None or found.deleted_at is not None:
                    continue  # removed since the preview: nothing to update
                tracked.append(self._fill(found, record.contact, record.merge))
        self.session.flush()
        for added in tracked:  # now with ids: what undo must take back
            before: dict[str, Any] = {
                "fields": added.fields,
                "contacts": [contact.id for contact in added.contacts],
                "tags": [tag.id for tag in added.tags],
            }
            if added.photo:
                before["photo"] = True
            if added.uid is not None:
                before["uids"] = [added.uid.id]
            self.session.add(
                ImportChange(
                    batch_id=self.batch.id,
                    action="updated_person",
                    person=added.person,
                    before=before,
                )
            )

    def _load(self, ids: list[int]) -> None:
        """The chunk's people with their contacts and tags in three queries, not three
        each: ``session.get`` then finds them in the identity map."""
        self.loaded = {}
        if ids:
            self.loaded = {
                person.id: person
                for person in self.session.scalars(
                    select(Person)
                    .where(Person.id.in_(ids))
                    .options(selectinload(Person.contacts), selectinload(Person.tags))
                )
            }

    def _fill(self, person: Person, contact: ImportedContact, addition: Merge) -> _Added:
        added = _Added(person)
        for name, value in addition.fields.items():
            added.fields[name] = [_plain(getattr(person, name)), _plain(value)]
            setattr(person, name, value)
        if addition.notes:
            old = person.notes or ""
            person.notes = f"{old}\n\n{addition.notes}".strip() if old else addition.notes
            added.fields["notes"] = [old, person.notes]
        if addition.partner:
            partner = self._partner(addition.partner)
            added.fields["partner_id"] = [person.partner_id, partner.id]
            person.partner = partner
        position = len(person.contacts)
        for kind, values in (
            (ContactKind.EMAIL, addition.emails),
            (ContactKind.PHONE, addition.phones),
            (ContactKind.URL, addition.urls),
        ):
            for value in values:
                row = _contact(kind, value, position)
                position += 1
                person.contacts.append(row)
                added.contacts.append(row)
        if addition.tags:
            have = {tag.key for tag in person.tags}
            for tag in self._tags(addition.tags):
                if tag.key not in have:
                    person.tags.append(tag)
                    added.tags.append(tag)
        if addition.photo and contact.photo is not None:
            self.session.add(
                PersonPhoto(
                    person=person,
                    mime=contact.photo.mime,
                    data=contact.photo.data,
                    uri=contact.photo.uri,
                )
            )
            added.photo = True
        if addition.uid:
            added.uid = self._uid(person, addition.uid[:500])
        return added

    def _uid(self, person: Person, value: str) -> ExternalId:
        """The contact's id: new, or taken over from a person since trashed (an undone
        import), so that the id stays unique and the next import still knows them."""
        uid = self.uids.get(value)
        if uid is None:
            uid = ExternalId(person=person, source="uid", value=value)
            self.session.add(uid)
            self.uids[value] = uid
        else:
            uid.person = person
        return uid

    def _tags(self, names: tuple[str, ...]) -> list[Tag]:
        missing = [name for name in names if fold(" ".join(name.split())[:80]) not in self.tags]
        if missing:
            for tag in tags_for(self.session, missing):
                self.tags[tag.key] = tag
        keys = dict.fromkeys(fold(" ".join(name.split())[:80]) for name in names)
        return [self.tags[key] for key in keys if key in self.tags]

    def _partner(self, organisation: str) -> Partner:
        key = fold(organisation)[:300]
        if key not in self.partners:
            found = self.session.scalar(
                select(Partner)
                .where(Partner.name_key == key, Partner.deleted_at.is_(None))
                .order_by(Partner.id)
                .limit(1)
            )
            if found is None:
                found = Partner(name=organisation.strip()[:300], name_key=key)
                self.session.add(found)
                self.session.flush()
                self.session.add(
                    ImportChange(batch_id=self.batch.id, action="created_partner", partner=found)
                )
            self.partners[key] = found
        return self.partners[key]


def _contact(kind: ContactKind, value: ContactValue, position: int) -> ContactMethod:
    """As the person page stores one: the phone's key is its digits, others fold case."""
    text = value.value.strip()[:500]
    key = re.sub(r"\D", "", text) if kind is ContactKind.PHONE else text.casefold()
    return ContactMethod(
        kind=kind,
        value=text,
        value_key=key,
        label=value.label[:80],
        primary=value.primary,
        position=position,
    )


def _plain(value: Any) -> Any:
    from datetime import date

    return value.isoformat() if isinstance(value, date) else value


def _unplain(name: str, value: Any) -> Any:
    from datetime import date

    if name == "met_on" and isinstance(value, str):
        return date.fromisoformat(value)
    return value


# --- undo and redo ---------------------------------------------------------------------------


def undo_import(journal: Journal, batch_id: int) -> None:
    """Take the batch back: people it created go to the trash, fields it filled are
    emptied again (unless changed since), what it added is removed."""
    _flip(journal, batch_id, undo=True)


def redo_import(journal: Journal, batch_id: int) -> None:
    _flip(journal, batch_id, undo=False)


def _flip(journal: Journal, batch_id: int, undo: bool) -> None:
    now = datetime.now(UTC)
    with journal.write() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFoundError(Problem.tr("That import is no longer in the journal."))
        if (batch.undone_at is not None) == undo:
            return  # already so
        changes = session.scalars(
            select(ImportChange).where(ImportChange.batch_id == batch_id).order_by(ImportChange.id)
        ).all()
        for change in reversed(changes) if undo else changes:
            if change.action == "created_person" and change.person_id is not None:
                person = session.get(Person, change.person_id)
                if person is not None:
                    person.deleted_at = now if undo else None
            elif change.action == "created_partner" and change.partner_id is not None:
                partner = session.get(Partner, change.partner_id)
                if partner is not None:
                    partner.deleted_at = now if undo else None
            elif change.action == "updated_person" and change.person_id is not None:
                _flip_update(session, change, undo, now)
        batch.undone_at = now if undo else None


def _flip_update(session: Session, change: ImportChange, undo: bool, now: datetime) -> None:
    person = session.get(Person, change.person_id)
    if person is None:
        return
    before = change.before or {}
    for name, (old, new) in (before.get("fields") or {}).items():
        want, was = (old, new) if undo else (new, old)
        if _plain(getattr(person, name)) == was:  # untouched since: never undo a later edit
            setattr(person, name, _unplain(name, want))
    for contact_id in before.get("contacts") or ():
        contact = session.get(ContactMethod, contact_id)
        if contact is not None:
            contact.deleted_at = now if undo else None
    tag_ids = set(before.get("tags") or ())
    if tag_ids:
        if undo:
            person.tags = [tag for tag in person.tags if tag.id not in tag_ids]
        else:
            have = {tag.id for tag in person.tags}
            person.tags.extend(
                tag
                for tag in session.scalars(select(Tag).where(Tag.id.in_(tag_ids)))
                if tag.id not in have
            )
    if before.get("photo"):
        photo = session.scalar(select(PersonPhoto).where(PersonPhoto.person_id == person.id))
        if photo is not None:
            photo.deleted_at = now if undo else None
    for uid_id in before.get("uids") or ():
        uid = session.get(ExternalId, uid_id)
        if uid is not None and undo:
            session.delete(uid)


def last_batch(journal: Journal) -> int | None:
    """The newest import not undone, for "Undo Last Import"."""
    with journal.read() as session:
        return session.scalar(
            select(ImportBatch.id)
            .where(ImportBatch.undone_at.is_(None))
            .order_by(ImportBatch.id.desc())
            .limit(1)
        )


def result_as_json(result: ImportResult) -> dict[str, Any]:
    return {
        "created": result.created,
        "updated": result.updated,
        "skipped": result.skipped,
        "errors": [
            {"record": e.record, "line": e.line, "message": e.message} for e in result.errors
        ],
    }


def dry_run(plan: ImportPlan) -> ImportResult:
    errors = tuple(RecordError(r.record, r.line, r.reason) for r in plan.errors)
    return ImportResult(
        None,
        plan.count(ImportAction.CREATE),
        plan.count(ImportAction.UPDATE),
        plan.count(ImportAction.SKIP),
        errors,
    )
