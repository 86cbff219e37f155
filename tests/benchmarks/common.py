"""What every benchmark shares: cached demo journals, timing, and the printed table."""

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

Row = dict[str, object]


def bench_folder() -> Path:
    folder = Path(tempfile.gettempdir()) / "partnerbook-bench"
    folder.mkdir(exist_ok=True)
    return folder


def journal_path(people: int, entries: int) -> Path:
    """A demo journal of this size, built once and reused by later runs."""
    path = bench_folder() / f"demo-{people}-{entries}.sqlite"
    if not path.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "partnerbook",
                "--db",
                str(path),
                "demo",
                "--people",
                str(people),
                "--entries",
                str(entries),
            ],
            check=True,
            capture_output=True,
        )
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


def summary(name: str, times: list[float], budget_ms: float | None) -> Row:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    median = statistics.median(ordered)
    return {
        "figure": name,
        "median_ms": round(median, 1),
        "p95_ms": round(p95, 1),
        "budget_ms": budget_ms,
        "pass": None if budget_ms is None else p95 <= budget_ms,
    }


def ratio_row(name: str, times: list[float], floor: list[float], budget_ratio: float) -> Row:
    ratio = statistics.median(times) / statistics.median(floor)
    return summary(name, times, None) | {
        "ratio_to_floor": round(ratio, 2),
        "budget_ratio": budget_ratio,
        "pass": ratio <= budget_ratio,
    }


def print_table(rows: list[Row], out: Path) -> None:
    print(f"{'figure':50} {'median':>9} {'p95':>9} {'budget':>10} {'result':>7}")
    for row in rows:
        budget = row.get("budget_ms")
        if budget:
            shown_budget = f"{budget} {row.get('unit', 'ms')}"
        elif "budget_ratio" in row:
            shown_budget = f"x{row['budget_ratio']}"
        else:
            shown_budget = "-"
        result = {True: "pass", False: "MISS", None: ""}[row["pass"]]  # type: ignore[index]
        extra = f"  ratio {row['ratio_to_floor']}" if "ratio_to_floor" in row else ""
        unit = row.get("unit", "ms")
        print(
            f"{row['figure']:50} {row['median_ms']:>7} {unit:2} {row['p95_ms']:>6} {unit:2} "
            f"{shown_budget:>10} {result:>7}{extra}"
        )
    out.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    print(f"\nwritten to {out}")
