"""Search as users type it: no diacritics, two Chinese characters, half a name, any case.

One small journal in every language our users write; each query lists what it must find
and what it must not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from partnerbook.domain.enums import InteractionKind, MotivationKind
from partnerbook.domain.search import HitKind, display_order
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.interaction_editing import save_interaction_field
from partnerbook.services.partners import create_partner, delete_partner, update_partner
from partnerbook.services.people import (
    DETAILS,
    MOTIVATIONS,
    change_partner,
    create_person,
    delete_person,
    restore_person,
    update_person,
)
from partnerbook.services.search import ENTRY_CANDIDATES, complete, rebuild_index, search
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry
from partnerbook.store.search_fts import TOKENS_VERSION

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@dataclass
class World:
    people: dict[str, int]
    partners: dict[str, int]
    notes: dict[str, int]


def _person(journal: Journal, name: str, partner_id: int | None = None, **fields: object) -> int:
    person_id = create_person(journal, name, **fields)
    if partner_id is not None:
        change_partner(journal, person_id, partner_id)
    return person_id


def _note(journal: Journal, text: str, people: list[str], days_ago: int = 10, **kw: object) -> int:
    at = NOW - timedelta(days=days_ago)
    request = NoteRequest(text, people=people, at=at, **kw)  # type: ignore[arg-type]
    return capture_note(journal, request).entry_id


@pytest.fixture
def world(journal: Journal) -> World:
    partners = {
        "bank": create_partner(journal, "中国招商银行 深圳分行", city="深圳"),
        "tw": create_partner(journal, "玉山夥伴科技", city="台北"),
        "vi": create_partner(journal, "Ngân hàng Đông Á", city="Hà Nội"),
        "it": create_partner(journal, "Caffè Sant'Eustachio", city="Roma"),
        "he": create_partner(journal, "אַרְבֵּל תשלומים", city="תל אביב"),
    }
    update_partner(journal, partners["bank"], {"notes": "战略合作伙伴，重点是跨境支付"})
    people = {
        "lan": _person(journal, "Nguyễn Thị Lan", partner_id=partners["vi"], city="Hà Nội"),
        "duc": _person(journal, "Đặng Văn Đức", city="Đà Nẵng"),
        "wang": _person(journal, "王芳", partner_id=partners["bank"], role="合作部总监"),
        "chen": _person(journal, "陳志明", partner_id=partners["tw"]),
        "shira": _person(journal, "שִׁירָה כֹּהֵן", partner_id=partners["he"]),
        "giulia": _person(journal, "Giulia Bianchi", partner_id=partners["it"]),
        "sarah": _person(journal, "Sarah O'Connor", role="Head of Partnerships"),
    }
    MOTIVATIONS.add(
        journal,
        people["lan"],
        {
            "kind": MotivationKind.KPI,
            "certainty": "heard",
            "their_words": "Cần đạt KPI mở 500 tài khoản quý 1",
        },
    )
    DETAILS.add(
        journal, people["giulia"], {"category": "hobby", "text": "Corre la maratona di Firenze"}
    )
    say = _note
    notes = {
        "vi": say(journal, "Cà phê với chị Lan\nBàn về hợp tác thanh toán QR", ["Nguyễn Thị Lan"]),
        "zh": say(journal, "和王芳讨论长期合作关系，明年一起推广", ["王芳"]),
        "tw": say(journal, "與陳志明聊夥伴計畫的分潤", ["陳志明"]),
        "he": say(journal, "פגישה עם שירה על שיתוף פעולה בתשלומים", ["שִׁירָה כֹּהֵן"]),
        "it": say(
            journal, "Caffè con Giulia: parlato della città e del perché", ["Giulia Bianchi"]
        ),
        "en": say(
            journal, "Lunch with Sarah\nWe talked about the referral pilot", ["Sarah O'Connor"]
        ),
        "old": say(
            journal, "Kickoff, years ago\nThe referral pilot started", ["Sarah O'Connor"], 2000
        ),
        "duc": say(journal, "Gọi anh Đức về hội thảo Đà Nẵng", ["Đặng Văn Đức"]),
    }
    return World(people, partners, notes)


def _found(journal: Journal, query: str) -> set[str]:
    return {f"{hit.kind.value}:{hit.id}" for hit in search(journal, query, today=NOW.date())}


def _keys(world: World, names: list[str]) -> set[str]:
    keys = set()
    for name in names:
        kind, _, key = name.partition(":")
        table = {"person": world.people, "partner": world.partners, "entry": world.notes}[kind]
        keys.add(f"{kind}:{table[key]}")
    return keys


QUERIES = [
    # (query, must find, must not find)
    ("nguyen", ["person:lan"], ["person:duc"]),
    ("NGUYEN thi", ["person:lan"], ["person:wang"]),
    ("ngu", ["person:lan"], ["person:giulia"]),
    ("dang van", ["person:duc"], ["person:lan"]),
    ("duc", ["person:duc", "entry:duc"], ["entry:vi"]),
    ("da nang", ["entry:duc"], ["entry:vi"]),
    ("hop tac", ["entry:vi"], ["entry:duc", "entry:zh"]),
    ("ca phe", ["entry:vi"], ["entry:it"]),
    ("kpi", ["person:lan"], ["person:sarah"]),
    ("合作", ["entry:zh", "person:wang", "partner:bank"], ["entry:tw", "entry:vi"]),
    ("合作关系", ["entry:zh"], ["partner:bank", "entry:tw"]),
    ("夥伴", ["entry:tw", "partner:tw"], ["entry:zh"]),
    ("伙伴", ["partner:bank"], ["entry:tw"]),
    ("王", ["person:wang"], ["person:chen"]),
    ("芳", ["person:wang"], ["person:chen"]),
    ("志明", ["person:chen", "entry:tw"], ["person:wang"]),
    ("招商", ["partner:bank"], ["partner:tw"]),
    ("שירה", ["person:shira", "entry:he"], ["person:sarah"]),
    ("כהן", ["person:shira"], ["person:giulia"]),
    ("שיתוף", ["entry:he"], ["entry:en"]),
    # Hebrew joins "in", "the", "and"... to the next word: בתשלומים is "in payments"
    ("תשלומים", ["entry:he", "partner:he"], ["entry:en"]),
    ("פעולה בתשלום", ["entry:he"], ["partner:he"]),
    ("ארבל", ["partner:he"], ["partner:it"]),
    ("citta perche", ["entry:it"], ["entry:en"]),
    ("CAFFE", ["entry:it", "partner:it"], ["entry:en"]),
    ("giu", ["person:giulia", "entry:it"], ["person:lan"]),
    ("maratona", ["person:giulia"], ["entry:it"]),
    ("sarah", ["person:sarah", "entry:en"], ["person:shira"]),
    ("o'connor", ["person:sarah"], ["person:giulia"]),
    ("referral pil", ["entry:en", "entry:old"], ["entry:it"]),
    ("partnerships", ["person:sarah"], ["entry:en"]),
    ("lunch", ["entry:en"], ["entry:old"]),
    ("xyzzy", [], ["person:sarah", "entry:en"]),
]


@pytest.mark.parametrize(("query", "must", "must_not"), QUERIES)
def test_queries_typed_the_lazy_way(
    journal: Journal, world: World, query: str, must: list[str], must_not: list[str]
) -> None:
    found = _found(journal, query)
    assert _keys(world, must) <= found, query
    assert not (_keys(world, must_not) & found), query


def test_name_matches_come_first_and_recent_notes_before_old(
    journal: Journal, world: World
) -> None:
    hits = search(journal, "sarah", today=NOW.date())
    assert (hits[0].kind, hits[0].id) == (HitKind.PERSON, world.people["sarah"])
    assert hits[0].title_match
    pilot = [hit.id for hit in search(journal, "referral pilot", today=NOW.date())]
    assert pilot.index(world.notes["en"]) < pilot.index(world.notes["old"])


def test_a_person_named_whole_outranks_one_who_mentions_the_name(journal: Journal) -> None:
    named = _person(journal, "Marco Rossi")
    mentions = _person(journal, "Luca Verdi", notes="Works with Marco Rossi on events")
    hits = [hit.id for hit in search(journal, "marco rossi") if hit.kind is HitKind.PERSON]
    assert hits[:2] == [named, mentions]


def test_hits_say_what_they_are(journal: Journal, world: World) -> None:
    [note] = [h for h in search(journal, "hop tac", today=NOW.date()) if h.kind is HitKind.ENTRY]
    assert note.when == (NOW - timedelta(days=10)).astimezone().date()
    assert note.interaction_kind is InteractionKind.COFFEE or note.interaction_kind is not None
    assert "Nguyễn Thị Lan" in note.context
    marked = [note.snippet.text[a:b] for a, b in note.snippet.marks]
    assert marked == ["hợp", "tác"]
    [bank] = [h for h in search(journal, "合作") if h.kind is HitKind.PARTNER]
    assert bank.title == "中国招商银行 深圳分行" and bank.context == "深圳"
    assert [bank.snippet.text[a:b] for a, b in bank.snippet.marks] == ["合作"]


def test_the_index_follows_every_write(journal: Journal, world: World) -> None:
    lan = world.people["lan"]
    update_person(journal, lan, {"display_name": "Trần Thị Lan"})
    assert f"person:{lan}" not in _found(journal, "nguyen")
    assert f"person:{lan}" in _found(journal, "tran thi")
    # the renamed person's notes are found by the new name too
    assert f"entry:{world.notes['vi']}" in _found(journal, "tran thi")

    delete_person(journal, lan)
    assert f"person:{lan}" not in _found(journal, "tran")
    restore_person(journal, lan)
    assert f"person:{lan}" in _found(journal, "tran")

    entry = world.notes["en"]
    save_interaction_field(journal, entry, "body", "Dinner with Sarah: the loyalty programme")
    assert f"entry:{entry}" in _found(journal, "loyalty")
    assert f"entry:{entry}" not in _found(journal, "referral")

    delete_partner(journal, world.partners["it"])
    assert f"partner:{world.partners['it']}" not in _found(journal, "eustachio")
    update_partner(journal, world.partners["tw"], {"kinds": ["fintech", "e-wallet"]})
    assert f"partner:{world.partners['tw']}" in _found(journal, "fintech")


def test_a_common_word_ranks_a_bounded_number_of_notes(journal: Journal) -> None:
    titled = _note(journal, "Common ground\nthe common word", ["Someone"], days_ago=3)
    notes = [
        _note(journal, f"Note {number}\nthe common word", ["Someone"], days_ago=number % 50)
        for number in range(ENTRY_CANDIDATES + 40)
    ]
    hits = search(journal, "common", limit=30, today=NOW.date())
    found = {h.id for h in hits if h.kind is HitKind.ENTRY}
    assert found <= set(notes[-ENTRY_CANDIDATES:])  # ranked among the newest written only
    assert titled not in found  # its title would have raised it: beyond them, never seen
    # The command line may ask for more than a page: as many of the newest as it asks.
    every = search(journal, "common", limit=1000)
    assert {h.id for h in every if h.kind is HitKind.ENTRY} == {titled, *notes}


def test_the_person_met_lately_comes_first_among_names_alike(journal: Journal) -> None:
    people = [_person(journal, f"Nguyễn Văn {name}") for name in ("An", "Bình", "Cường")]
    _note(journal, "Coffee", ["Nguyễn Văn Bình"], days_ago=2)
    _note(journal, "Lunch", ["Nguyễn Văn Cường"], days_ago=200)
    named = [h.id for h in search(journal, "nguyen van", today=NOW.date()) if h.title_match]
    assert named == [people[1], people[2], people[0]]  # met lately, long ago, never


def test_words_together_in_a_name_outrank_the_same_words_apart(journal: Journal) -> None:
    together = _person(journal, "Trần Văn An")
    apart = _person(journal, "An Văn Bình")  # newer: first, other things equal
    named = [h.id for h in search(journal, "van an") if h.title_match]
    assert named == [together, apart]


def test_a_rebuilt_index_finds_the_same(journal: Journal, world: World) -> None:
    before = [(h.kind, h.id) for h in search(journal, "合作", today=NOW.date())]
    rebuild_index(journal)
    after = [(h.kind, h.id) for h in search(journal, "合作", today=NOW.date())]
    assert before == after and before


def test_a_stale_index_is_rebuilt_before_searching(journal: Journal, world: World) -> None:
    with journal.write() as session:
        connection = session.connection()
        connection.exec_driver_sql("DELETE FROM search_people")
        journal.search.mark_stale(connection)  # type: ignore[union-attr]
    assert f"person:{world.people['lan']}" in _found(journal, "nguyen")


def test_an_index_made_by_an_older_word_rule_is_rebuilt_before_searching(
    journal: Journal, world: World
) -> None:
    """A journal indexed before Hebrew prefix letters were split (no 'tokens' mark)."""
    with journal.write() as session:
        connection = session.connection()
        connection.exec_driver_sql("DELETE FROM search_entries")
        connection.exec_driver_sql("DELETE FROM search_meta WHERE key = 'tokens'")
    assert f"entry:{world.notes['he']}" in _found(journal, "תשלומים")
    with journal.read() as session:
        marks = session.connection().exec_driver_sql("SELECT key, value FROM search_meta").all()
    assert marks == [("tokens", TOKENS_VERSION)]


def test_an_index_made_with_older_options_is_made_again(journal: Journal, world: World) -> None:
    """A journal indexed with prefix indexes of two and three letters only (version 2)."""
    with journal.write() as session:
        connection = session.connection()
        connection.exec_driver_sql("DROP TABLE search_entries")
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE search_entries USING fts5(title, body, names, "
            "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')"
        )
        connection.exec_driver_sql("UPDATE search_meta SET value = '2' WHERE key = 'tokens'")
    assert f"entry:{world.notes['vi']}" in _found(journal, "hop tac")
    with journal.read() as session:
        made = (
            session.connection()
            .exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'search_entries'")
            .scalar()
        )
    assert "prefix = '2 3 4'" in made


@pytest.mark.parametrize(
    "query", ['"', "*", "AND", "NEAR(", "a OR b", "'); DROP TABLE people; --", "^x", "🎯", " "]
)
def test_queries_fts_would_misread_find_nothing_or_words(
    journal: Journal, world: World, query: str
) -> None:
    search(journal, query)  # no error, whatever it finds


def test_a_huge_query_is_cut_not_refused(journal: Journal, world: World) -> None:
    assert search(journal, "sarah " * 10_000)


def test_today_defaults_and_limit(journal: Journal, world: World) -> None:
    assert len(search(journal, "a", limit=2)) <= 2
    assert search(journal, "sarah", limit=0) == ()
    assert date.today()  # search without today= uses the clock
    assert search(journal, "sarah")


def test_a_rebuild_takes_short_steps_and_keeps_what_is_written_meanwhile(
    journal: Journal, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Indexing everything again never holds the write lock for the whole journal: a note
    saved between two steps is found, and so is everything else."""
    from partnerbook.store import search_fts

    steps: list[int] = []
    real = search_fts.rebuild_in_steps

    def small_steps(run: object, chunk: int = 2000) -> None:
        def counted(step: object) -> None:
            steps.append(1)
            run(step)  # type: ignore[operator]
            if len(steps) == 4:  # meanwhile, another note (its flush indexes it)
                _note(journal, "Meanwhile: espresso con Giulia", ["Giulia Bianchi"], 1)

        real(counted, chunk=2)

    monkeypatch.setattr(search_fts, "rebuild_in_steps", small_steps)
    before = _found(journal, "caffe")
    rebuild_index(journal)
    assert len(steps) > 10  # people, partners and notes two at a time
    assert _found(journal, "espresso") and before <= _found(journal, "caffe")
    assert f"person:{world.people['lan']}" in _found(journal, "nguyen")
    with journal.read() as session:
        assert search_fts.problems(session.connection()) == []
        assert not search_fts.needs_rebuild(session.connection())


def test_the_first_screen_is_complete_first_and_the_rest_after(journal: Journal) -> None:
    """``complete_first`` makes snippets for the hits a list shows first (grouped by kind);
    ``complete`` finishes the others, to the same result as one full search."""
    lan = _person(journal, "Nguyễn Thị Lan", city="Hà Nội")
    for number in range(12):
        _person(journal, f"Hợp Tác {number}", notes="hợp tác phân phối")
    for number in range(20):
        _note(journal, f"Bàn về hợp tác lần {number}\nhợp tác ở Hà Nội", ["Nguyễn Thị Lan"])
    query = "hop tac"
    full = search(journal, query, today=NOW.date())
    first = search(journal, query, today=NOW.date(), complete_first=5)
    assert [(h.kind, h.id) for h in first] == [(h.kind, h.id) for h in full]
    shown_first = display_order(first)
    assert all(hit.complete for hit in shown_first[:5])
    assert not any(hit.complete for hit in shown_first[5:])
    assert all(hit.snippet.text == "" for hit in shown_first[5:])
    assert shown_first[:5] == display_order(full)[:5]
    # A note's names come with its snippet; its date and kind are known at once.
    pending_note = next(hit for hit in shown_first[5:] if hit.kind is HitKind.ENTRY)
    assert pending_note.when is not None and pending_note.context == ""
    finished = complete(journal, first, query)
    assert finished == full
    assert all(hit.complete for hit in finished)
    assert any("Nguyễn Thị Lan" in hit.context for hit in finished if hit.kind is HitKind.ENTRY)
    assert lan not in [hit.id for hit in finished if hit.kind is HitKind.PERSON]


def test_completing_leaves_out_a_hit_deleted_meanwhile(journal: Journal) -> None:
    ids = [_note(journal, f"maratona numero {n}", []) for n in range(4)]
    first = search(journal, "maratona", today=NOW.date(), complete_first=1)
    gone = display_order(first)[-1].id
    with journal.write() as session:  # trashed by another window meanwhile
        session.get_one(Entry, gone).deleted_at = NOW
    finished = complete(journal, first, "maratona")
    assert sorted(hit.id for hit in finished) == sorted(set(ids) - {gone})


def test_an_index_left_behind_is_brought_up_to_date_at_start_up(
    journal: Journal, world: World
) -> None:
    from partnerbook.app import _index_brought_up_to_date
    from partnerbook.store import search_fts

    with journal.write() as session:
        session.connection().exec_driver_sql("DELETE FROM search_meta WHERE key = 'tokens'")
    _index_brought_up_to_date(journal)  # as the app does after its first paint
    with journal.read() as session:
        assert not search_fts.needs_rebuild(session.connection())
    assert f"entry:{world.notes['he']}" in _found(journal, "תשלומים")


def test_an_index_that_cannot_be_made_at_start_up_is_left_to_the_first_search(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from partnerbook import app
    from partnerbook.errors import StorageError
    from partnerbook.services import search as searching

    def full_disk(_journal: Journal) -> None:
        raise StorageError("The disk is full.")

    monkeypatch.setattr(searching, "rebuild_index", full_disk)
    with journal.write() as session:
        session.connection().exec_driver_sql("DELETE FROM search_meta WHERE key = 'tokens'")
    app._index_brought_up_to_date(journal)  # no exception out of the start-up thread
    assert "the search index could not be rebuilt" in caplog.text


def test_someone_found_by_what_is_written_about_them_ranks_among_the_notes(
    journal: Journal,
) -> None:
    recent = _note(journal, "Call\nthe maratona sponsorship", ["Anna Verdi"], days_ago=50)
    old = _note(journal, "Call\nlast year's maratona", ["Anna Verdi"], days_ago=400)
    runner = _person(journal, "Luca Neri", notes="runs the maratona every year")
    _note(journal, "Coffee with Luca", ["Luca Neri"], days_ago=0)  # met today
    order = [(h.kind, h.id) for h in search(journal, "maratona", today=NOW.date())]
    assert order.index((HitKind.ENTRY, recent)) < order.index((HitKind.PERSON, runner))
    assert order.index((HitKind.PERSON, runner)) < order.index((HitKind.ENTRY, old))
