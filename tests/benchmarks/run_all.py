"""Every speed budget at every journal size, in one command (not part of the test run).

    .venv/bin/python tests/benchmarks/run_all.py [--quick] [--runs N] [--sizes 1k,10k,100k]

Builds (once, then reuses from ``<tempdir>/partnerbook-bench/``) demo journals of 1,000,
10,000 and 100,000 entries (100, 1,000 and 10,000 people) and runs every ``bench_*.py`` on
each, one module and size per fresh process (so that Qt starts clean and the timeline's
peak memory is its own). Then the growth of each budgeted figure: its median at 100,000
entries against the same at 1,000, within 1.5x, except the figures in ``SCALES``, whose
work is in proportion to the journal ("scales", with the reason: shown, not judged):
import and export, and the People filter's keystroke. Prints one table (figure, size,
median, p95, budget, ratio to its floor, pass/MISS) and writes the same as JSON
(``results.json``) and Markdown (``results.md``) beside the journals.

``--quick`` is the smoke CI runs to keep the benchmarks working: the smallest journal, a
few runs, and no verdicts (nothing is judged against a budget).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import SIZES, Row, bench_folder, prepared, table_lines

HERE = Path(__file__).resolve().parent
# module -> runs at a full run (each module turns them into its own counts).
MODULES = {
    "people": 30,  # start-up: 15 interleaved pairs
    "capture": 45,  # partnerbook note: 15 interleaved pairs
    "timeline": 15,
    "search": 30,
    "brief": 30,
    "import": 3,  # 10,000 cards, three ways, three times: a third of the whole run
}
QUICK_RUNS = 3
VCARD_CARDS = 10_000
GROWTH_BUDGET = 1.5
# Figures (by how their name begins) whose work grows with the journal, and why.
SCALES = {
    "import:": "reads and writes every card",
    "export:": "writes every row",
    # Not a pass over everyone per letter any more: a letter that refines the query looks
    # only at who is still shown, and "people: filter, per person looked at" stays flat.
    "people: one filter keystroke": "a first letter looks at everyone: 100× the people",
}


def _child(module: str, size: str, runs: int, out: Path) -> None:
    """One module at one size, in this (fresh) process; the rows go to ``out``."""
    import importlib

    bench = importlib.import_module(f"bench_{module}")
    if module == "vcard":
        rows = bench.run(int(size), runs)
        for row in rows:
            row["size"] = "-"
    else:
        people, entries = SIZES[size]
        path = bench_folder() / f"demo-{people}-{entries}.sqlite"
        args = (path, runs, people) if module == "import" else (path, runs)
        rows = [row | {"size": size} for row in bench.figures(*args)]
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def _run_child(module: str, size: str, runs: int, folder: Path) -> tuple[list[Row], str | None]:
    out = folder / f"rows-{module}-{size}.json"
    out.unlink(missing_ok=True)
    command = [sys.executable, str(Path(__file__).resolve()), "--child", module, size, str(runs)]
    command.append(str(out))
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=HERE, timeout=600)
    took = time.perf_counter() - started
    print(f"  {module:9} {size:>6}  {took:6.1f} s", file=sys.stderr, flush=True)
    if done.returncode != 0 or not out.exists():
        return [], f"bench_{module} at {size} failed ({done.returncode}):\n{done.stderr[-3000:]}"
    rows: list[Row] = json.loads(out.read_text(encoding="utf-8"))
    out.unlink()
    return rows, None


def growth_rows(rows: list[Row], small: str, large: str) -> list[Row]:
    """Each budgeted figure at ``large`` against the same at ``small``."""
    by_key = {(row["figure"], row["size"]): row for row in rows}
    growth: list[Row] = []
    for row in rows:
        if row["size"] != large or row["budget"] is None:
            continue
        base = by_key.get((row["figure"], small))
        if base is None:
            continue
        figure = str(row["figure"])
        why = next((why for prefix, why in SCALES.items() if figure.startswith(prefix)), None)
        scales = why is not None
        ratio = float(row["median"]) / max(float(base["median"]), 1e-9)  # type: ignore[arg-type]
        growth.append(
            {
                "figure": figure,
                "size": f"{large}/{small}",
                "median": row["median"],
                "p95": row["p95"],
                "unit": row["unit"],
                "runs": row["runs"],
                "budget": None if scales else GROWTH_BUDGET,
                "ratio": round(ratio, 2),
                "floor": f"the median at {small}",
                "scales": scales,
                "why": why,
                "pass": None if scales else ratio <= GROWTH_BUDGET,
            }
        )
    return growth


def combined(rows: list[Row], growth: list[Row]) -> list[Row]:
    """Rows grouped by figure (in the order first met), each size in turn, then its growth."""
    order: dict[object, list[Row]] = {}
    for row in rows + growth:
        order.setdefault(row["figure"], []).append(row)
    return [row for group in order.values() for row in group]


def machine() -> dict[str, object]:
    model = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return {
        "cpus": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside6": pyside_version,
        "system": platform.platform(),
        "load_before": [round(x, 2) for x in os.getloadavg()],
    }


def _number(value: object) -> str:
    number = float(value)  # type: ignore[arg-type]
    if number >= 1000:
        return f"{number:,.0f}"
    if 0 < number < 0.1:
        return f"{number:.2g}"
    return f"{number:.1f}" if number >= 10 else f"{number:.2f}"


def _shown(row: Row) -> str:
    unit = row["unit"]
    if row["ratio"] is not None and row.get("floor") == "floor":
        return f"{row['ratio']}× ({_number(row['median'])} {unit})"
    return f"{_number(row['median'])} / {_number(row['p95'])} {unit}"


def markdown(rows: list[Row], info: dict[str, object]) -> str:
    """One line per figure: each size (median / p95, or the ratio to the floor), the growth."""
    lines = [
        f"{info['cpus']} cores ({info['cpu']}), Python {info['python']}, Qt {info['qt']}; "
        f"load average {info['load_before']} before, {info['load_after']} after; "
        f"{info['wall_s']} s in all. Cells: median / p95, or the ratio of the medians to the "
        "floor (with the median); growth: the median at 100k against 1k.",
        "",
        "| figure | budget | 1k | 10k | 100k | growth | result |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    figures: dict[object, dict[str, Row]] = {}
    for row in rows:
        figures.setdefault(row["figure"], {})[str(row["size"])] = row
    for figure, by_size in figures.items():
        if str(figure).startswith("search:   "):
            continue  # each query's median: in the JSON
        sized = [by_size[s] for s in SIZES if s in by_size]
        if not sized:
            sized = list(by_size.values())  # the vCard reader: no journal size
        first = sized[0]
        if first["budget"] is None:
            budget = ""
        elif first["ratio"] is not None:
            budget = f"≤ {first['budget']}× the floor"
        else:
            budget = f"p95 ≤ {first['budget']} {first['unit']}"
        cells = [_shown(by_size[s]) if s in by_size else "" for s in SIZES]
        if set(by_size) == {"-"}:
            cells = ["", "", _shown(first)]
        growth_row = by_size.get("100k/1k")
        growth = ""
        if growth_row is not None:
            growth = f"{growth_row['ratio']}×" + (" (scales)" if growth_row.get("scales") else "")
        missed = [str(row["size"]) for row in by_size.values() if row["pass"] is False]
        judged = any(row["pass"] is not None for row in by_size.values())
        result = f"**MISS** ({', '.join(missed)})" if missed else ("pass" if judged else "")
        lines.append(f"| {figure} | {budget} | {' | '.join(cells)} | {growth} | {result} |")
    reasons = {
        str(row["figure"]): str(row["why"])
        for row in rows
        if row.get("scales") and row.get("why") and row["size"] == "100k/1k"
    }
    if reasons:
        lines += [
            "",
            "(scales): the work grows with the journal; shown, not judged. "
            + "; ".join(f"{figure}: {why}" for figure, why in reasons.items())
            + ".",
        ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smallest size, few runs, no verdicts")
    parser.add_argument("--runs", type=int, help="runs per module (default: each module's own)")
    parser.add_argument("--sizes", default="1k,10k,100k", help="comma-separated: 1k,10k,100k")
    parser.add_argument(
        "--markdown",
        metavar="RESULTS_JSON",
        help="only print the Markdown table of an earlier run (README.md indents it by two)",
    )
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.markdown:
        earlier = json.loads(Path(args.markdown).read_text(encoding="utf-8"))
        print(markdown(earlier["rows"], earlier["machine"]), end="")
        return 0
    if args.child:
        module, size, runs, out = args.child
        _child(module, size, int(runs), Path(out))
        return 0

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Nothing a benchmark starts may touch the user's journal, settings or logs.
    os.environ.setdefault("PARTNERBOOK_HOME", str(bench_folder() / "home"))
    os.environ.pop("PARTNERBOOK_DATABASE_URL", None)
    sizes = ["1k"] if args.quick else [s.strip() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in sizes if s not in SIZES]
    if unknown:
        parser.error(f"unknown size {', '.join(unknown)}; choose from {', '.join(SIZES)}")
    info = machine()
    started = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="rows-", dir=bench_folder()))
    rows: list[Row] = []
    errors: list[str] = []
    for size in sizes:
        begin = time.perf_counter()
        prepared(*SIZES[size])
        print(f"journal {size}: ready in {time.perf_counter() - begin:.1f} s", file=sys.stderr)
        for module, runs in MODULES.items():
            count = QUICK_RUNS if args.quick else (args.runs or runs)
            found, error = _run_child(module, size, count, folder)
            rows += found
            errors += [error] if error else []
    cards = 1_000 if args.quick else VCARD_CARDS
    found, error = _run_child("vcard", str(cards), QUICK_RUNS if args.quick else 5, folder)
    rows += found
    errors += [error] if error else []
    folder.rmdir()

    growth = growth_rows(rows, "1k", "100k") if {"1k", "100k"} <= set(sizes) else []
    table = combined(rows, growth)
    if args.quick:  # a smoke: the figures are printed, never judged
        table = [row | {"pass": None} for row in table]
    info["load_after"] = [round(x, 2) for x in os.getloadavg()]
    info["wall_s"] = round(time.perf_counter() - started, 1)
    info["quick"] = args.quick
    print("\n".join(table_lines(table)))
    out = bench_folder() / ("results-quick.json" if args.quick else "results.json")
    out.write_text(
        json.dumps({"machine": info, "rows": table}, indent=2, ensure_ascii=False),
        encoding="utf-8",
    )
    out.with_suffix(".md").write_text(markdown(table, info), encoding="utf-8")
    misses = [row for row in table if row["pass"] is False]
    print(
        f"\n{len(table)} rows, {len(misses)} missed; {info['cpus']} cores ({info['cpu']}), "
        f"Python {info['python']}, Qt {info['qt']}; load {info['load_before']} → "
        f"{info['load_after']}; {info['wall_s']} s\nwritten to {out} and {out.with_suffix('.md')}"
    )
    for error in errors:
        print(f"\nERROR: {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
