"""What every benchmark shares: cached demo journals, timing, rows and the printed table.

A row is a dict: ``figure``, ``size`` (the journal it ran on, "1k", "10k", "100k", or "-"),
``median`` and ``p95`` in ``unit``, ``budget`` (on the p95, or on the ratio for rows with a
floor or a growth), ``ratio`` (to the floor, or 100k against 1k), ``floor`` (what the ratio
is against) and ``pass`` (None: informational).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Processes start as an installed PartnerBook does, from bytecode caches (pip writes them at
# install). PYTHONDONTWRITEBYTECODE, set on some machines and images, would have every start
# compile PartnerBook from source again: some 60 ms more on a 2-core machine.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

Row = dict[str, object]

# label -> (people, entries): the three demo journals (10,000 people at the top).
SIZES: dict[str, tuple[int, int]] = {
    "1k": (100, 1_000),
    "10k": (1_000, 10_000),
    "100k": (10_000, 100_000),
}


def bench_folder() -> Path:
    folder = Path(tempfile.gettempdir()) / "partnerbook-bench"
    folder.mkdir(exist_ok=True)
    return folder


def journal_path(people: int, entries: int) -> Path:
    """A demo journal of this size, built once and reused by later runs."""
    path = bench_folder() / f"demo-{people}-{entries}.sqlite"
    if not path.exists():
        building = path.with_name(path.name + ".building")
        building.unlink(missing_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "partnerbook",
                "--db",
                str(building),
                "demo",
                "--people",
                str(people),
                "--entries",
                str(entries),
            ],
            check=True,
            capture_output=True,
        )
        building.rename(path)  # an interrupted build is never taken for a cached journal
    return path


def prepared(people: int, entries: int) -> Path:
    """The cached demo journal, upgraded (and indexed) once if an older PartnerBook built it."""
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal

    path = journal_path(people, entries)
    open_journal(resolve_location(path)).close()
    return path


def scratch_copy(path: Path, name: str) -> Path:
    """A copy to write into, so that the cached journal stays as built."""
    target = bench_folder() / name
    for suffix in ("", "-wal", "-shm"):
        stale = target.with_name(target.name + suffix)
        if stale.exists():
            stale.unlink()
    shutil.copyfile(path, target)
    return target


def measure(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def rounded(value: float) -> float:
    """Two decimals, or three significant digits below 1 (a 0.004 ms median is not 0)."""
    return round(value, 2) if abs(value) >= 1 else float(f"{value:.3g}")


def summary(name: str, times: list[float], budget: float | None, unit: str = "ms") -> Row:
    """Median and p95 of ``times``; the budget (if any) holds the p95."""
    p95 = _p95(times)
    return {
        "figure": name,
        "size": "-",
        "median": rounded(statistics.median(times)),
        "p95": rounded(p95),
        "unit": unit,
        "runs": len(times),
        "budget": budget,
        "ratio": None,
        "floor": None,
        "pass": None if budget is None else p95 <= budget,
    }


def ratio_row(name: str, times: list[float], floor: list[float], budget_ratio: float | None) -> Row:
    """``times`` against the floor's: the budget holds the ratio of the medians."""
    ratio = statistics.median(times) / statistics.median(floor)
    return summary(name, times, None) | {
        "budget": budget_ratio,
        "ratio": round(ratio, 2),
        "floor": "floor",
        "pass": None if budget_ratio is None else ratio <= budget_ratio,
    }


def sized(rows: list[Row], size: str) -> list[Row]:
    return [row | {"size": size} for row in rows]


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        if 0 < abs(value) < 0.1:
            return f"{value:.2g}"
        return f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"
    return str(value)


def table_lines(rows: list[Row]) -> list[str]:
    lines = [
        f"{'figure':54} {'size':>5} {'median':>11} {'p95':>11} {'budget':>9} {'ratio':>6} "
        f"{'result':>6}"
    ]
    for row in rows:
        unit = str(row["unit"])
        budget = row["budget"]
        if budget is None:
            shown_budget = "scales" if row.get("scales") else "-"
        elif row["ratio"] is not None:
            shown_budget = f"≤{budget}×"
        else:
            shown_budget = f"≤{_cell(budget)} {unit}"
        result = {True: "pass", False: "MISS", None: ""}[row["pass"]]  # type: ignore[index]
        ratio = "-" if row["ratio"] is None else f"{row['ratio']}×"
        why = f"  ({row['why']})" if row.get("scales") and row.get("why") else ""
        lines.append(
            f"{row['figure']:54} {row['size']!s:>5} {_cell(row['median']):>8} {unit:2} "
            f"{_cell(row['p95']):>8} {unit:2} {shown_budget:>9} {ratio:>6} {result:>6}{why}"
        )
    return lines


def print_table(rows: list[Row], out: Path) -> None:
    print("\n".join(table_lines(rows)))
    out.write_text(json.dumps(rows, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"\nwritten to {out}")


def run_alone(
    doc: str | None,
    figures: Callable[[Path, int], list[Row]],
    name: str,
    runs: int,
    size: str = "100k",
) -> None:
    """A bench module run by itself: ``--runs`` and ``--size``, its table printed and
    written beside the journal (``run_all.py`` calls ``figures`` itself)."""
    import argparse

    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument("--size", choices=SIZES, default=size)
    args = parser.parse_args()
    path = prepared(*SIZES[args.size])
    rows = sized(figures(path, args.runs), args.size)
    print_table(rows, path.with_suffix(f".bench-{name}.json"))


def discard(path: Path) -> None:
    """Remove a scratch copy and its -wal and -shm."""
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
