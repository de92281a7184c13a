"""Command line: ``python -m pipeline <command>`` (also installed as ``newsevents``)."""
from __future__ import annotations

import argparse
import logging
import sys

from pipeline.options import RUNNER_HELP, RunOptions

COMMANDS = {
    "run": "extract events from articles into an output root (Beam job)",
}


def _run_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline run",
        description="Read news articles, extract dated events, write date-partitioned Parquet.",
        epilog=RUNNER_HELP + "\nExit codes: 0 success, 3 success with rejects (see OUT/rejects/), "
        "1 failure (nothing committed), 2 usage, config or output-root error.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    RunOptions._add_argparse_args(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    top = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="newsevents: news articles -> dated, geocoded conflict events (Apache Beam).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="commands:\n" + "\n".join(f"  {k:8} {v}" for k, v in COMMANDS.items())
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
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("apache_beam", "distributed", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    if command == "run":
        parser = _run_parser()
        if any(a in ("-h", "--help") for a in rest):
            parser.print_help()
            return 0
        known, _ = parser.parse_known_args(rest)  # validates our options with a clear message
        from pipeline.job import main_run

        return main_run(rest)
    return 2
