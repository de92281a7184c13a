"""Command line: ``python -m pipeline <command>`` (also installed as ``newsevents``).

Each command lives in its own module as ``main(argv: list[str]) -> int`` and is
registered in COMMANDS; its module parses its own options (``--help``).
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

#: command -> (one-line help, "module:function")
COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("extract events from articles into an output root (Beam job)", "pipeline.job:main_run"),
    "runs": ("list the run history of an output root (status, exit code, counts, duration)", "pipeline.runs:main"),
    "bench": ("benchmark throughput, Beam overhead, stages, memory on a synthetic corpus", "pipeline.bench:main"),
    "compact": ("merge a partition's small Parquet files into one, atomically", "pipeline.compact:main"),
    "query": ("run SQL (DuckDB) over an output root: views events, mentions, runs, ...", "pipeline.query:main"),
    "report": ("write a self-contained HTML report (timeline, map, health) of an output root", "pipeline.report:main"),
    "eval": ("score extraction on the annotated corpora in ../shared/data; --write-docs", "pipeline.evaluation:main"),
}


def _drop_beam_import_noise(record: logging.LogRecord) -> bool:
    """Beam warns about optional GCP client libraries on import; irrelevant to this tool."""
    return "apitools not found" not in record.getMessage()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    top = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="newsevents: news articles -> dated, geocoded conflict events (Apache Beam).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="commands:\n" + "\n".join(f"  {k:8} {v[0]}" for k, v in COMMANDS.items())
        + "\n\nRun 'python -m pipeline COMMAND --help' for a command's options.",
    )
    top.add_argument("command", choices=sorted(COMMANDS), help="what to do")
    if not argv or argv[0] in ("-h", "--help"):
        top.print_help()
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command not in COMMANDS:
        top.print_usage(sys.stderr)
        print(f"error: unknown command {command!r}", file=sys.stderr)
        return 2
    logging.getLogger().addFilter(_drop_beam_import_noise)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("apache_beam", "distributed", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    module, func = COMMANDS[command][1].split(":")
    return int(getattr(importlib.import_module(module), func)(rest) or 0)
