"""Beam PipelineOptions of the `run` command."""
from __future__ import annotations

import argparse

from apache_beam.options.pipeline_options import PipelineOptions

#: Used when the user names no runner: in-process, never touches the network.
DEFAULT_RUNNER = "FnApiRunner"

RUNNER_HELP = """\
Beam options (passed through to Beam; the most useful ones):
  --runner NAME           FnApiRunner (default: in-process, no network), DirectRunner
                          (tries to fetch a Prism binary first, then falls back to
                          FnApiRunner), PortableRunner, apache_beam.runners.dask.dask_runner.DaskRunner,
                          FlinkRunner, SparkRunner, DataflowRunner (see README "Runners")
  --direct_num_workers N  worker count for FnApiRunner/DirectRunner (default 1)
  --direct_running_mode   in_memory | multi_threading | multi_processing
                          (use multi_processing with --direct_num_workers 2 to use 2 cores)
  --dask_client_address   address of a dask.distributed scheduler (DaskRunner)
  --dask_npartitions N    partitions per collection (DaskRunner parallelism)
"""


class RunOptions(PipelineOptions):
    """Options of ``python -m pipeline run``."""

    @classmethod
    def _add_argparse_args(cls, parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--input", nargs="+", required=True, metavar="PATH",
            help="JSON Lines file (plain or .gz), directory with manifest.jsonl plus text files, "
                 "or a glob of these; several may be given",
        )
        parser.add_argument("--output", required=True, metavar="DIR",
                            help="output root: events/, mentions/, articles/, rejects/, incidents/, _runs/ go here")
        parser.add_argument("--config", default=None, metavar="FILE",
                            help="run configuration YAML (default: configs/default.yaml)")
        parser.add_argument("--wait_for_lock", action="store_true",
                            help="wait for another run writing to the same output root instead of refusing")
        parser.add_argument("--run_date", default=None, metavar="YYYY-MM-DD",
                            help="the run's date for the future-publication check (default: today, UTC)")
        parser.add_argument("--incremental", action="store_true",
                            help="process only articles this output root has not seen (same id and same "
                                 "text are skipped); for scheduled runs over a growing input folder")
        parser.add_argument("--reprocess", action="store_true",
                            help="process every input article again even with --incremental (after an "
                                 "extractor upgrade: rows then carry the new extractor_version)")


def with_default_runner(argv: list[str]) -> list[str]:
    """Pin the in-process runner unless the user chose one (DirectRunner may hang on the network)."""
    if any(a == "--runner" or a.startswith("--runner=") for a in argv):
        return argv
    return [*argv, f"--runner={DEFAULT_RUNNER}"]
