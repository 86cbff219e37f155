"""The list filter's shortcuts (refining what is shown, the empty filter's rows kept in
order) give exactly what filtering everyone from scratch gives, whatever came before:
pages arriving, rows refreshed, removed or added, the archived switch, a change of sort."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import QCollator, QLocale, Qt
from pytestqt.modeltest import ModelTester

from partnerbook.domain.text import fold
from partnerbook.ui.models.rows_model import FIRST_PAGE_SIZE, ID_ROLE, Column, RowsModel

NAMES = [
    "Nguyễn Văn An",
    "Nguyễn Thị Hoa",
    "Nguyen Van Binh",
    "Trần Hùng",
    "Đặng Thu Hà",
    "Phạm Ngọc Lan",
    "שָׁלוֹם כֹּהֵן",
    "דוד לוי",
    "王小明",
    "李華",
    "陳小華",
    "Ánh Dương",
    "Zoë Keller",
    "Hana Novak",
    "Giulia Rossi",
    "Bob Stone",
]
CITIES = ["Hà Nội", "Hanoi", "Tel Aviv", "תל אביב", "上海", "Milano", ""]


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    city: str = ""
    archived: bool = False


class Store:
    """What a service would hand out: pages by id, and rows by id."""

    def __init__(self, items: Sequence[Item]) -> None:
        self.items = {item.id: item for item in items}

    def page(self, after: int, limit: int) -> list[Item]:
        return [self.items[i] for i in sorted(self.items) if i > after][:limit]

    def by_ids(self, ids: Sequence[int]) -> list[Item]:
        return [self.items[i] for i in ids if i in self.items]

    def add(self, name: str, city: str = "", archived: bool = False) -> int:
        new_id = max(self.items, default=0) + 1
        self.items[new_id] = Item(new_id, name, city, archived)
        return new_id


def _haystack(item: Item) -> str:
    return f"{item.name} {item.city}"


def _model(store: Store) -> RowsModel[Item]:
    return RowsModel(
        [
            Column(title=lambda: "Name", display=lambda item: item.name),
            Column(title=lambda: "City", display=lambda item: item.city),
        ],
        fetch_page=store.page,
        fetch_ids=store.by_ids,
        row_id=lambda item: item.id,
        haystack=_haystack,
    )


def _store(count: int, seed: int = 7) -> Store:
    chance = random.Random(seed)
    return Store(
        [
            Item(
                i,
                f"{chance.choice(NAMES)} {i}",
                chance.choice(CITIES),
                archived=chance.random() < 0.2,
            )
            for i in range(1, count + 1)
        ]
    )


def shown(model: RowsModel[Item]) -> list[int]:
    return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]


def expected(
    items: Sequence[Item],
    text: str,
    show_archived: bool = False,
    sort: tuple[int, Qt.SortOrder] | None = None,
) -> list[int]:
    """From scratch: filter on folded text, then sort (the collator, empty values last,
    equal values in fetch order). ``items`` in fetch order."""
    tokens = fold(text).split()
    rows = [
        item
        for item in items
        if (show_archived or not item.archived)
        and all(token in fold(_haystack(item)) for token in tokens)
    ]
    if sort is not None:
        column, order = sort
        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        collator.setNumericMode(True)

        def value(item: Item) -> str:
            return item.name if column == 0 else item.city

        present = [item for item in rows if value(item)]
        empty = [item for item in rows if not value(item)]
        present.sort(
            key=lambda item: collator.sortKey(value(item)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        rows = present + empty
    return [item.id for item in rows]


def everything(store: Store) -> list[Item]:
    return [store.items[i] for i in sorted(store.items)]  # new ids are the largest: fetch order


ASC = (0, Qt.SortOrder.AscendingOrder)


def test_typing_one_more_letter_looks_only_at_what_is_shown(qapp: object) -> None:
    store = _store(400)
    model = _model(store)
    model.sort(0)
    model.load_all()
    for text in ["n", "ng", "ngu", "nguy", "nguye", "nguyen", "nguyen v", "nguyen van"]:
        before, looked = model.rowCount(), model.looked_at
        model.set_filter_text(text)
        assert shown(model) == expected(everything(store), text, sort=ASC), text
        if text != "n":
            assert model.looked_at - looked == before, text  # only what was shown, once
    assert model.rowCount() > 0


def test_backspace_and_clearing_widen_to_exactly_the_unfiltered_list(qapp: object) -> None:
    store = _store(400)
    model = _model(store)
    model.sort(0)
    model.load_all()
    unfiltered = shown(model)
    assert unfiltered == expected(everything(store), "", sort=ASC)
    for text in ["nguyen", "nguye", "ng", "", "ha", "h", ""]:
        model.set_filter_text(text)
        assert shown(model) == expected(everything(store), text, sort=ASC), text
    assert shown(model) == unfiltered


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("nguyen va an", "nguyen van an"),  # the middle token grows: still a refinement
        ("nguyen van an", "nguyen thi an"),  # the middle token changes
        ("nguyen an", "nguyen van an"),  # a token put in the middle
        ("nguyen van an", "nguyen an"),  # a token taken out of the middle
        ("hoa nguyen", "nguyen hoa"),  # the same tokens, swapped
        ("nguyen hanoi", "nguyen ha noi"),  # one token split in two
    ],
)
def test_changing_a_token_in_the_middle(qapp: object, first: str, then: str) -> None:
    store = _store(400)
    store.add("Nguyễn Văn An", "Hà Nội")
    store.add("Nguyễn Thị An", "Hanoi")
    store.add("Hoa Nguyen", "Milano")
    model = _model(store)
    model.sort(0)
    model.set_filter_text(first)
    assert shown(model) == expected(everything(store), first, sort=ASC)
    model.set_filter_text(then)
    assert shown(model) == expected(everything(store), then, sort=ASC)
    assert shown(model)


def test_filtering_while_pages_are_still_arriving(qapp: object) -> None:
    store = _store(1300)  # a first page of 60, then 500, 500 and 240
    model = _model(store)
    model.sort(0)
    model.fetchMore()
    assert model.rowCount() <= FIRST_PAGE_SIZE and not model.complete
    fetched = everything(store)[:FIRST_PAGE_SIZE]
    model.set_show_archived(True)  # the empty filter's rows, kept for the first page only
    assert shown(model) == expected(fetched, "", True, ASC)
    model.fetchMore()  # an idle page arrives
    fetched = everything(store)[: FIRST_PAGE_SIZE + 500]
    assert shown(model) == expected(fetched, "", True, ASC)
    model.set_show_archived(False)
    assert shown(model) == expected(fetched, "", False, ASC)
    model.set_filter_text("ng")  # a filter looks at everyone: the rest arrives at once
    assert model.complete
    assert shown(model) == expected(everything(store), "ng", sort=ASC)
    model.set_filter_text("ngu")
    assert shown(model) == expected(everything(store), "ngu", sort=ASC)
    model.set_filter_text("")  # the pages that came since the empty filter was kept: shown
    assert shown(model) == expected(everything(store), "", sort=ASC)
    assert model.rowCount() > FIRST_PAGE_SIZE + 500


def test_a_reload_while_filtered_brings_its_pages_into_the_filter(qapp: object) -> None:
    store = _store(1300)
    model = _model(store)
    model.sort(0)
    model.set_filter_text("ng")
    for row_id in list(store.items)[::7]:  # another process changed the journal
        store.items[row_id] = replace(store.items[row_id], name="Nguyễn Reloaded")
    model.reload()  # the first page at once, filtered; the rest in idle time
    assert not model.complete
    while not model.complete:
        model.fetchMore()  # an idle page, into the filtered list
        assert all(fold("ng") in fold(_haystack(store.items[i])) for i in shown(model))
    assert shown(model) == expected(everything(store), "ng", sort=ASC)
    model.set_filter_text("ngu")
    assert shown(model) == expected(everything(store), "ngu", sort=ASC)
    model.set_filter_text("")
    assert shown(model) == expected(everything(store), "", sort=ASC)


def test_a_person_added_while_filtered_is_found_and_kept_after_clearing(qapp: object) -> None:
    store = _store(300)
    model = _model(store)
    model.sort(0)
    model.set_filter_text("nguy")
    new_id = store.add("Nguyễn Mới", "Hà Nội")
    model.refresh_ids([new_id])
    assert new_id in shown(model)
    model.set_filter_text("nguye")
    assert shown(model) == expected(everything(store), "nguye", sort=ASC)
    model.set_filter_text("")
    assert shown(model) == expected(everything(store), "", sort=ASC)
    assert new_id in shown(model)


def test_a_refreshed_row_that_no_longer_matches_goes_at_the_next_keystroke(
    qapp: object,
) -> None:
    store = _store(300)
    model = _model(store)
    model.sort(0)
    model.set_filter_text("ngu")
    renamed = shown(model)[0]
    outsider = next(
        i for i in store.items if i not in shown(model) and "Bob" in store.items[i].name
    )
    store.items[renamed] = replace(store.items[renamed], name="Bob Renamed")
    store.items[outsider] = replace(store.items[outsider], name="Nguyễn Outsider")
    model.refresh_ids([renamed, outsider])
    assert renamed in shown(model)  # an edited row does not vanish under the pointer
    model.set_filter_text("nguy")  # one more letter: both edits are taken into account
    assert shown(model) == expected(everything(store), "nguy", sort=ASC)
    assert renamed not in shown(model) and outsider in shown(model)
    model.set_filter_text("nguye")
    assert shown(model) == expected(everything(store), "nguye", sort=ASC)


def test_a_refreshed_row_archived_or_deleted_while_filtered(qapp: object) -> None:
    store = _store(300)
    model = _model(store)
    model.sort(0)
    model.set_filter_text("n")
    archived, deleted = shown(model)[:2]
    store.items[archived] = replace(store.items[archived], archived=True)
    del store.items[deleted]
    model.refresh_ids([archived, deleted])
    assert deleted not in shown(model)
    model.set_filter_text("ng")
    assert shown(model) == expected(everything(store), "ng", sort=ASC)
    model.set_filter_text("")
    assert shown(model) == expected(everything(store), "", sort=ASC)
    assert archived not in shown(model) and deleted not in shown(model)


def test_the_archived_switch_while_filtered(qapp: object) -> None:
    store = _store(400)
    model = _model(store)
    model.sort(0)
    model.set_filter_text("ng")
    hidden = expected(everything(store), "ng", sort=ASC)
    model.set_show_archived(True)
    assert shown(model) == expected(everything(store), "ng", True, ASC)
    assert len(shown(model)) > len(hidden)
    model.set_filter_text("ngu")
    assert shown(model) == expected(everything(store), "ngu", True, ASC)
    model.set_filter_text("")
    assert shown(model) == expected(everything(store), "", True, ASC)
    model.set_filter_text("ng")
    model.set_show_archived(False)
    assert shown(model) == hidden
    model.set_filter_text("")
    assert shown(model) == expected(everything(store), "", False, ASC)


def test_a_change_of_sort_while_filtered(qapp: object) -> None:
    store = _store(400)
    model = _model(store)
    model.sort(0)
    model.set_filter_text("n")
    descending = (0, Qt.SortOrder.DescendingOrder)
    model.sort(*descending)
    assert shown(model) == expected(everything(store), "n", sort=descending)
    model.set_filter_text("ng")  # refined: the rows shown keep the new order
    assert shown(model) == expected(everything(store), "ng", sort=descending)
    model.set_filter_text("h")
    assert shown(model) == expected(everything(store), "h", sort=descending)
    model.set_filter_text("")  # the empty filter's rows in the new order, not the old
    assert shown(model) == expected(everything(store), "", sort=descending)
    by_city = (1, Qt.SortOrder.AscendingOrder)
    model.set_filter_text("ha")
    model.sort(*by_city)
    model.set_filter_text("han")
    assert shown(model) == expected(everything(store), "han", sort=by_city)
    model.set_filter_text("")
    assert shown(model) == expected(everything(store), "", sort=by_city)


def test_unsorted_the_filter_keeps_fetch_order(qapp: object) -> None:
    store = _store(200)
    model = _model(store)
    model.load_all()
    for text in ["a", "an", "", "n", ""]:
        model.set_filter_text(text)
        assert shown(model) == expected(everything(store), text), text


@pytest.mark.parametrize(
    ("typed", "finds"),
    [
        (["n", "ng", "ngu", "nguy", "nguye", "nguyen"], "Nguyễn"),
        (["d", "da", "dan", "dang"], "Đặng"),
        (["ש", "של", "שלו", "שלום"], "שָׁלוֹם"),
        (["小", "小明"], "王小明"),
        (["ha", "ha n", "ha no", "ha noi"], "Hà Nội"),
    ],
)
def test_names_in_any_script_filter_by_folded_text(
    qapp: object, typed: list[str], finds: str
) -> None:
    store = _store(300)
    model = _model(store)
    model.sort(0)
    for text in typed:
        model.set_filter_text(text)
        assert shown(model) == expected(everything(store), text, sort=ASC), text
    assert any(finds in _haystack(store.items[i]) for i in shown(model))  # as written


def test_any_sequence_of_changes_shows_what_a_fresh_filter_shows(
    qtmodeltester: ModelTester,
) -> None:
    chance = random.Random(2026)
    store = _store(250, seed=3)
    model = _model(store)
    qtmodeltester.check(model)
    text, show_archived, sort = "", False, ASC
    model.sort(*sort)
    model.fetchMore()
    stale = False  # a refresh leaves edited rows where they were until the filter changes
    queries = ["n", "ng", "nguyen v", "ha", "an", "văn", "שלום", "小", "dang", "a b", "", "zz"]
    for step in range(400):
        action = chance.random()
        if action < 0.45:
            if text and chance.random() < 0.35:
                new = text[:-1]  # backspace
            elif chance.random() < 0.6:
                new = text + chance.choice("nguyeahoiv 小של")  # one more letter
            else:
                new = chance.choice(queries)
            if fold(new).split() != fold(text).split():
                stale = False
            text = new
            model.set_filter_text(text)
        elif action < 0.55:
            show_archived = not show_archived
            model.set_show_archived(show_archived)
            stale = False
        elif action < 0.65:
            sort = (chance.randrange(2), chance.choice(list(Qt.SortOrder)))
            model.sort(*sort)
        elif action < 0.75 and model.complete:
            ids = chance.sample(sorted(store.items), 3)
            for row_id in ids:
                item = store.items[row_id]
                store.items[row_id] = replace(
                    item, name=chance.choice(NAMES), archived=chance.random() < 0.3
                )
            model.refresh_ids(ids)
            stale = True
        elif action < 0.85 and model.complete:
            gone = chance.choice(sorted(store.items))
            del store.items[gone]
            added = store.add(chance.choice(NAMES), chance.choice(CITIES))
            model.refresh_ids([gone, added])
            assert gone not in shown(model)
        else:
            model.fetchMore()
        if not stale and model.complete:
            want = expected(everything(store), text, show_archived, sort)
            assert shown(model) == want, (step, text, show_archived, sort)
        positions = {row_id: position for position, row_id in enumerate(shown(model))}
        for row_id in chance.sample(sorted(store.items), 5):
            assert model.row_of(row_id) == positions.get(row_id)
        assert model.has_id(max(store.items)) or not model.complete
    model.set_filter_text("")
    model.set_show_archived(False)
    assert shown(model) == expected(everything(store), "", False, sort)
