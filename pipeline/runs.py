"""``python -m pipeline runs --output DIR``: the run history of an output root (``_runs/*.json``)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pipeline import store

COLUMNS = ("run_id", "status", "exit", "mode", "read", "processed", "rejected", "skipped", "events", "incidents",
           "duration_s")


def load_runs(output: str | Path) -> list[dict[str, Any]]:
    """Every run record of a root, oldest first (run ids start with the UTC start time)."""
    return sorted(store.OutputRoot(output).runs(), key=lambda r: str(r.get("run_id", "")))


def row_of(rec: dict[str, Any]) -> dict[str, Any]:
    c = rec.get("counts") or {}
    t = rec.get("timings_s") or {}
    total = t.get("total")
    if total is None:  # records of older versions: sum of the phases
        total = sum(v for v in t.values() if isinstance(v, (int, float)))
    inc = rec.get("incidents") or {}
    return {
        "run_id": rec.get("run_id", "?"),
        "status": rec.get("status", "?"),
        "exit": "" if rec.get("exit_code") is None else rec["exit_code"],
        "mode": rec.get("mode", "full"),
        "read": c.get("read", ""),
        "processed": c.get("processed", ""),
        "rejected": c.get("rejected", ""),
        "skipped": c.get("skipped", 0),
        "events": c.get("events", ""),
        "incidents": inc.get("incidents_written", ""),
        "duration_s": f"{total:.1f}",
    }


def format_table(rows: list[dict[str, Any]]) -> str:
    cells = [list(COLUMNS)] + [[str(r[c]) for c in COLUMNS] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS))]
    numeric = {c for c in COLUMNS if c not in ("run_id", "status", "mode")}
    out = []
    for row in cells:
        out.append("  ".join(
            v.rjust(w) if COLUMNS[i] in numeric else v.ljust(w) for i, (v, w) in enumerate(zip(row, widths))
        ).rstrip())
    return "\n".join(out)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline runs",
        description="List the runs recorded in an output root (OUT/_runs/<run_id>.json), oldest first.",
        epilog="status: committed, failed (nothing committed; see 'error' in the record), "
               "committed_without_incidents (events committed, incident linking failed: the next run "
               "links them), running (in progress or killed). exit: the run's exit code "
               "(0 ok, 3 ok with rejects, 1 failure).",
    )
    parser.add_argument("--output", required=True, metavar="DIR", help="the output root")
    parser.add_argument("--last", type=int, default=None, metavar="N", help="only the N most recent runs")
    parser.add_argument("--json", action="store_true", help="print the full records as a JSON list")
    args = parser.parse_args(argv)
    if not Path(args.output).is_dir():
        print(f"error: {args.output} is not a directory", file=sys.stderr)
        return 2
    runs = load_runs(args.output)
    if args.last is not None:
        runs = runs[-args.last:] if args.last > 0 else []
    if args.json:
        try:
            print(json.dumps(runs, indent=2, sort_keys=True, default=str))
        except BrokenPipeError:  # `runs --json | head`
            return 0
        return 0
    if not runs:
        print(f"no runs recorded in {args.output}/{store.RUNS}/")
        return 0
    print(format_table([row_of(r) for r in runs]))
    failed = [r for r in runs if r.get("status") == "failed"]
    if failed:
        last = failed[-1]
        print(f"\nlast failure: {last.get('run_id')}: {last.get('error', '?')}")
    return 0
