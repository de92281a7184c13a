"""Thin Beam transforms over the pure modules.

Graph shape (one chain, one sink) so the same code runs on engines with
limited Beam support (DaskRunner runs only the branch ending in the last
transform, mixes tagged outputs and drops ``finish_bundle`` output):

    Create(input specs) -> Read -> Validate -> GroupBy bucket of the article id (dedupe)
      -> SkipSeen (--incremental) -> Extract -> KeyByPartition (rows of a bucket grouped by
      partition) -> GroupByKey -> StagePartition
      -> KeySummaries -> GroupByKey -> WriteSummaries

The first grouping is by a hash bucket of the article id (a few dozen articles per bucket, sized
from the input), not by the id: records sharing an id still meet in one group, so duplicates
are found as before, but the shuffle carries a few large elements, the buckets spread the work
over workers, and Extract gets a list of articles whose candidate sentences it parses in
shared ``nlp.pipe`` calls (``resources.extract_batch``; same rows as one article at a time).

Rejects travel through the same chain as data (``{"kind": "reject"}``), never
as tagged outputs. The sink writes each (table, partition) into the run's
staging area; the driver commits after the pipeline finished. Each staged file's
summary (table, partition, row count, paths; for events the columns incident
linking needs) is gathered into a few JSON files under ``<staging>/summaries/``
(``SUMMARY_SHARDS`` groups), so the driver does not read the staged files back.

Incremental runs: workers learn which articles the output root already holds by
reading ``OUT/articles/*.parquet`` (article_id, content_hash, extractor_version)
once per worker process (the root is on a filesystem the workers share), not
through a side input. Skipped articles travel down the chain as
``{"kind": "skipped"}`` records and are staged under ``<staging>/skipped/``,
which the commit ignores and the run record counts.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import threading
import time
import zlib
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Iterator

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline import articles as articles_mod
from pipeline import events as events_mod
from pipeline import resources
from pipeline.incidents import EVENT_COLUMNS, singleton_incident_id, singleton_incidents
from pipeline.config import Config
from pipeline.readers import InputSpec, Record, read_input, reject
from pipeline.store import stage_partition, write_bytes_atomic, write_staged_summaries

log = logging.getLogger("pipeline")

_NS = "newsevents"
#: Folder of a run's staging area holding the skipped-article records (not a table).
SKIPPED_DIR = "skipped"
SKIPPED = "_skipped"

_SEEN_CACHE: dict[tuple[str, str], dict[tuple[str, str], str]] = {}
_SEEN_LOCK = threading.Lock()


def current_extractor_version() -> str:
    """Looked up at call time (an upgrade, or a test, may change it after import)."""
    return events_mod.EXTRACTOR_VERSION


def seen_articles(output: str, run_id: str) -> dict[tuple[str, str], str]:
    """(article_id, content_hash) -> extractor_version of the articles an output root holds.

    Read once per worker process and run (``run_id`` keys the cache: the root does not change
    while a run holds its lock).
    """
    key = (output, run_id)
    with _SEEN_LOCK:
        seen = _SEEN_CACHE.get(key)
        if seen is None:
            import pyarrow.parquet as pq

            seen = {}
            for p in sorted(Path(output, "articles").glob("*.parquet")):
                if p.name.startswith("."):
                    continue
                t = pq.read_table(p, columns=["article_id", "content_hash", "extractor_version"])
                for a, h, v in zip(*(t.column(c).to_pylist() for c in t.column_names)):
                    seen[(a, h)] = v
            for old in [k for k in _SEEN_CACHE if k[0] == output]:
                del _SEEN_CACHE[old]
            _SEEN_CACHE[key] = seen
        return seen


def skip_seen(rec: Record, output: str | None, run_id: str) -> Record:
    """--incremental: an article already in the root with the same text becomes a skip record."""
    if output is None or rec["kind"] != "article":
        return rec
    version = seen_articles(output, run_id).get((rec["id"], rec["content_hash"]))
    if version is None:
        return rec
    return {"kind": SKIPPED, "article_id": rec["id"], "input_file": rec["input_file"], "line": rec["line"],
            "stored_extractor_version": version}


def read_spec(spec: tuple[str, str], config: Config) -> Iterator[Record]:
    yield from read_input(
        InputSpec(*spec),
        max_line_bytes=config.get("limits", "max_line_bytes"),
        max_decompressed_bytes=config.get("limits", "max_decompressed_bytes"),
    )


def validate_record(rec: Record, config: Config, today: str) -> Record:
    Metrics.counter(_NS, "articles_read").inc()
    if rec["kind"] != "raw":
        return rec
    return articles_mod.validate(rec, config, dt.date.fromisoformat(today))


#: Articles per bucket the bucket count aims at (the input's size over this many articles).
ARTICLES_PER_BUCKET = 24
MIN_BUCKETS, MAX_BUCKETS = 8, 1 << 16
#: Rough size of one input article (JSON line or manifest text file), for the bucket count only.
APPROX_ARTICLE_BYTES = 6000
#: Articles whose candidate sentences share one ``nlp.pipe`` stream.
BATCH_ARTICLES = 16


def bucket_count(specs: Iterable[tuple[str, str]]) -> int:
    """Buckets for the input's estimated article count (file sizes; compressed files count 4x).

    Only how work is grouped depends on it, never the output."""
    total = 0
    for _kind, path in specs:
        try:
            p = Path(path)
            files = [f for f in p.iterdir() if f.is_file()] if p.is_dir() else [p]
            total += sum(f.stat().st_size * (4 if f.suffix == ".gz" else 1) for f in files)
        except OSError:
            continue
    want = -(-total // (APPROX_ARTICLE_BYTES * ARTICLES_PER_BUCKET))
    return max(MIN_BUCKETS, min(MAX_BUCKETS, want))


def _record_key(rec: Record) -> str:
    if rec["kind"] == "article":
        return rec["id"]
    return f"\x00reject\x00{rec.get('input_file')}\x00{rec.get('line')}\x00{rec.get('reason')}"


def key_by_bucket(rec: Record, buckets: int) -> tuple[int, Record]:
    """A stable hash bucket (not ``hash()``: it differs between processes) of the article id;
    records sharing an id share a bucket. Rejects are spread by their input position."""
    return zlib.crc32(_record_key(rec).encode("utf-8")) % buckets, rec


def dedupe_bucket(item: tuple[int, Iterable[Record]]) -> list[Record]:
    """One bucket's records, duplicates of an id rejected (``pick_unique``), in a fixed order."""
    _, recs = item
    by_id: dict[str, list[Record]] = defaultdict(list)
    others: list[Record] = []
    for rec in recs:
        if rec["kind"] == "article":
            by_id[rec["id"]].append(rec)
        else:
            others.append(rec)
    out = [r for aid in sorted(by_id) for r in articles_mod.pick_unique(aid, by_id[aid])]
    others.sort(key=lambda r: (r.get("input_file") or "", r.get("line") or 0, r.get("reason") or ""))
    return out + others


def skip_seen_all(recs: list[Record], output: str | None, run_id: str) -> list[Record]:
    return [skip_seen(r, output, run_id) for r in recs] if output is not None else recs


class ExtractEvents(beam.DoFn):
    """Article -> event, mention and article rows; rejects pass through unchanged.

    The NLP model and gazetteer are cached per worker *process* (see
    ``pipeline.resources``), so engines that call ``setup`` per partition
    (DaskRunner) do not reload them.
    """

    def __init__(self, config: Config) -> None:
        self.config = config
        self.res: Any = None
        self.articles = Metrics.counter(_NS, "articles_processed")
        self.rejected = Metrics.counter(_NS, "articles_rejected")
        self.events = Metrics.counter(_NS, "events_extracted")
        self.unresolved = Metrics.counter(_NS, "events_place_unresolved")
        self._seen = 0
        self._t0 = 0.0

    def setup(self) -> None:
        self.res = resources.get(self.config)
        self._t0 = time.monotonic()

    def process(self, recs: list[Record]) -> Iterator[list[Record]]:
        """A bucket's records in, all its output records out as one list (one element per
        bucket: ``group_by_partition`` groups them before the shuffle)."""
        yield list(self.extract_bucket(recs))

    def extract_bucket(self, recs: list[Record]) -> Iterator[Record]:
        """A bucket's output records; its articles are extracted in batches of ``BATCH_ARTICLES``."""
        batch: list[Record] = []
        for rec in recs:
            if rec["kind"] == SKIPPED:
                Metrics.counter(_NS, "articles_skipped").inc()
                yield rec
            elif rec["kind"] != "article":
                self.rejected.inc()
                yield rec
            else:
                batch.append(rec)
                if len(batch) >= BATCH_ARTICLES:
                    yield from self._extract(batch)
                    batch = []
        if batch:
            yield from self._extract(batch)

    def _extract(self, batch: list[Record]) -> Iterator[Record]:
        for rec, outcome in zip(batch, resources.extract_batch(batch, self.res, self.config)):
            yield from self._emit(rec, outcome)

    def _emit(self, rec: Record, outcome: resources.Outcome) -> Iterator[Record]:
        if isinstance(outcome, resources.ArticleTimeout):
            self.rejected.inc()
            yield reject("extraction_timeout", str(outcome), rec["input_file"], rec["line"], rec["id"])
            return
        if isinstance(outcome, Exception):  # a bad article must never take the run down
            log.warning("extraction failed for %s: %s", rec["id"], outcome)
            self.rejected.inc()
            yield reject("extraction_error", f"{type(outcome).__name__}: {outcome}", rec["input_file"], rec["line"],
                         rec["id"])
            return
        events, mentions = outcome
        self.articles.inc()
        self.events.inc(len(events))
        Metrics.counter(_NS, "articles_truncated").inc(int(rec.get("truncated", False)))
        for ev in events:
            Metrics.counter(_NS, f"events_{ev['event_type']}").inc()
            if ev["geo_precision"] == "unknown":
                self.unresolved.inc()
            # linked before the commit; an event linked to no other keeps this id (written once)
            yield {"kind": "events", **ev, "incident_id": ev.get("incident_id") or singleton_incident_id(ev["event_id"])}
        for m in mentions:
            yield {"kind": "mentions", **m}
        yield {
            "kind": "articles", "article_id": rec["id"], "published": rec["published"], "source": rec.get("source"),
            "title": rec.get("title"), "url": rec.get("url"), "language": rec.get("language"),
            "content_hash": rec["content_hash"], "truncated": rec.get("truncated", False),
            "num_events": len(events), "input_file": rec["input_file"], "line": rec["line"],
            "extractor_version": current_extractor_version(),
        }
        self._progress()

    def _progress(self) -> None:
        self._seen += 1
        if self._seen % 500 == 0:
            rate = self._seen / max(time.monotonic() - self._t0, 1e-9)
            log.info("worker processed %d articles (%.1f/s)", self._seen, rate)


#: Group of the tables partitioned by event date: one group per date holds both its events and
#: its mentions. Keyed by (table, date), the events and mentions groups alternated, and the local
#: runner's round-robin split of groups sent every events group (the costlier to stage) to one
#: of two workers: 77 s of CPU against 65 s on the 2,000-article benchmark.
DATED = "dated"


def key_by_partition(rec: Record) -> tuple[tuple[str, str], tuple[str, Record]]:
    """((group, partition), (table, row)); the partition value (event_date) leaves the row: the
    folder carries it. Events and mentions of one date share the group ``(DATED, date)``."""
    table = rec.pop("kind")
    if table == SKIPPED:
        return (SKIPPED, ""), (table, rec)
    if table == "reject":
        table = "rejects"
    if table in ("events", "mentions"):
        return (DATED, rec.pop("event_date", "")), (table, rec)
    return (table, ""), (table, rec)


def group_by_partition(recs: Iterable[Record]) -> list[tuple[tuple[str, str], list[tuple[str, Record]]]]:
    """One bucket's records as (partition group, [(table, row), ...]) pairs, in first-seen order.

    Grouping a bucket's rows before the shuffle sends one element per (bucket, date) through
    ``GroupByPartition`` instead of one per row: on the local runner the driver decodes and
    re-encodes every shuffled element, and that serial work bounds the 2-worker speedup."""
    groups: dict[tuple[str, str], list[tuple[str, Record]]] = {}
    for rec in recs:
        key, tagged = key_by_partition(rec)
        groups.setdefault(key, []).append(tagged)
    return list(groups.items())


#: Events columns a staged events file's summary carries: what incident linking reads of it.
LINK_COLUMNS = tuple(c for c in EVENT_COLUMNS if c != "event_date")
#: Groups (and JSON files) the staged files' summaries are gathered into.
SUMMARY_SHARDS = 8


class StagePartition(beam.DoFn):
    """Writes each table of a partition group to staging, emits each staged file's summary."""

    def __init__(self, staging: str) -> None:
        self.staging = staging

    def process(self, item: tuple[tuple[str, str], Iterable[list[tuple[str, Record]]]]) -> Iterator[dict[str, Any]]:
        """`item`: a partition group and its rows, as the lists of (table, row) each bucket sent."""
        (_group, partition), chunks = item
        by_table: dict[str, list[Record]] = {}
        for chunk in chunks:
            for table, row in chunk:
                by_table.setdefault(table, []).append(row)
        for table in sorted(by_table):
            yield from self._stage(table, partition, by_table[table])

    def _stage(self, table: str, partition: str, rows: list[Record]) -> Iterator[dict[str, Any]]:
        if table == SKIPPED:
            yield stage_skipped(self.staging, rows)
        elif table == "events":
            # written here, in parallel, rather than by the driver: linking before the commit
            # rewrites only the partitions whose incidents are not these singletons
            yield stage_partition(self.staging, "incidents", partition, singleton_incidents(rows, partition))
            yield stage_partition(self.staging, table, partition, rows, columns=LINK_COLUMNS)
        else:
            yield stage_partition(self.staging, table, partition, rows)


def key_summary(summary: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """A stable shard of a staged file's summary (by its staged path)."""
    return zlib.crc32(str(summary.get("staged") or summary["path"]).encode("utf-8")) % SUMMARY_SHARDS, summary


def write_summaries(item: tuple[int, Iterable[dict[str, Any]]], staging: str) -> dict[str, Any]:
    """The pipeline's one sink: one shard of the staged files' summaries, as one JSON file."""
    return write_staged_summaries(staging, item[1])


def stage_skipped(staging: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Skipped-article records: a JSON file beside the staged tables (never committed)."""
    rows = sorted(rows, key=lambda r: (r["article_id"], r.get("input_file") or "", r.get("line") or 0))
    data = json.dumps(rows, sort_keys=True).encode("utf-8")
    path = Path(staging) / SKIPPED_DIR / f"part-{hashlib.sha1(data).hexdigest()[:20]}.json"
    write_bytes_atomic(path, data)
    return {"table": SKIPPED, "partition": "", "rows": len(rows), "path": str(path)}


def read_skipped(staging: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Driver side: the skipped-article records a finished pipeline staged."""
    out: list[dict[str, Any]] = []
    for p in sorted(Path(staging, SKIPPED_DIR).glob("part-*.json")):
        out.extend(json.loads(p.read_text(encoding="utf-8")))
    return out


class ExtractToStaging(beam.PTransform):
    """The whole job as one composite: input specs in, the staged summaries' files out."""

    def __init__(self, specs: list[InputSpec], config: Config, staging: str, today: dt.date,
                 skip_seen_in: str | None = None, run_id: str = "") -> None:
        """`skip_seen_in`: an output root whose already-processed articles are skipped (--incremental)."""
        super().__init__()
        self.specs = [(s.kind, s.path) for s in specs]
        self.config = config
        self.staging = staging
        self.today = today.isoformat()
        self.skip_seen_in = skip_seen_in
        self.run_id = run_id or os.path.basename(staging.rstrip("/"))
        self.buckets = bucket_count(self.specs)

    def expand(self, pbegin: beam.pvalue.PBegin) -> beam.PCollection:
        return (
            pbegin
            | "InputSpecs" >> beam.Create(self.specs)
            | "Read" >> beam.FlatMap(read_spec, self.config)
            | "Validate" >> beam.Map(validate_record, self.config, self.today)
            | "KeyByBucket" >> beam.Map(key_by_bucket, self.buckets)
            # The grouping also spreads articles over workers (a reshuffle), so one big
            # input file does not pin all extraction on the worker that read it.
            | "GroupByBucket" >> beam.GroupByKey()
            | "Dedupe" >> beam.Map(dedupe_bucket)
            | "SkipSeen" >> beam.Map(skip_seen_all, self.skip_seen_in, self.run_id)
            | "Extract" >> beam.ParDo(ExtractEvents(self.config))
            | "KeyByPartition" >> beam.FlatMap(group_by_partition)
            | "GroupByPartition" >> beam.GroupByKey()
            | "StagePartition" >> beam.ParDo(StagePartition(self.staging))
            # the driver reads these few files instead of every staged file
            | "KeySummaries" >> beam.Map(key_summary)
            | "GroupSummaries" >> beam.GroupByKey()
            | "WriteSummaries" >> beam.Map(write_summaries, self.staging)
        )
