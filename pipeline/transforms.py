"""Thin Beam transforms over the pure modules.

Graph shape (one chain, one sink) so the same code runs on engines with
limited Beam support (DaskRunner runs only the branch ending in the last
transform, mixes tagged outputs and drops ``finish_bundle`` output):

    Create(input specs) -> Read -> Validate -> GroupBy article id (dedupe)
      -> Extract -> KeyByPartition -> GroupByKey -> StagePartition

Rejects travel through the same chain as data (``{"kind": "reject"}``), never
as tagged outputs. The sink writes each (table, partition) into the run's
staging area; the driver commits after the pipeline finished.
"""
from __future__ import annotations

import datetime as dt
import logging
import time
from typing import Any, Iterable, Iterator

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline import articles as articles_mod
from pipeline import resources
from pipeline.config import Config
from pipeline.readers import InputSpec, Record, read_input, reject
from pipeline.store import stage_partition

log = logging.getLogger("pipeline")

_NS = "newsevents"


def read_spec(spec: tuple[str, str], config: Config) -> Iterator[Record]:
    yield from read_input(
        InputSpec(*spec),
        max_line_bytes=config.get("limits", "max_line_bytes"),
        max_decompressed_bytes=config.get("limits", "max_decompressed_bytes"),
    )


def validate_record(rec: Record, config: Config, today: str) -> Record:
    if rec["kind"] != "raw":
        return rec
    return articles_mod.validate(rec, config, dt.date.fromisoformat(today))


def key_by_article(rec: Record) -> tuple[str, Record]:
    """Articles group by id (to find duplicates); each reject keeps a key of its own."""
    if rec["kind"] == "article":
        return rec["id"], rec
    return f"\x00reject\x00{rec.get('input_file')}\x00{rec.get('line')}\x00{rec.get('reason')}", rec


def dedupe(item: tuple[str, Iterable[Record]]) -> list[Record]:
    key, recs = item
    recs = list(recs)
    if key.startswith("\x00reject"):
        return recs
    return articles_mod.pick_unique(key, recs)


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

    def process(self, rec: Record) -> Iterator[Record]:
        if rec["kind"] != "article":
            self.rejected.inc()
            yield rec
            return
        try:
            events, mentions = resources.extract_with_deadline(rec, self.res, self.config)
        except resources.ArticleTimeout as exc:
            self.rejected.inc()
            yield reject("extraction_timeout", str(exc), rec["input_file"], rec["line"], rec["id"])
            return
        except Exception as exc:  # a bad article must never take the run down
            log.warning("extraction failed for %s: %s", rec["id"], exc)
            self.rejected.inc()
            yield reject("extraction_error", f"{type(exc).__name__}: {exc}", rec["input_file"], rec["line"], rec["id"])
            return
        self.articles.inc()
        self.events.inc(len(events))
        Metrics.counter(_NS, "articles_truncated").inc(int(rec.get("truncated", False)))
        for ev in events:
            Metrics.counter(_NS, f"events_{ev['event_type']}").inc()
            if ev["geo_precision"] == "unknown":
                self.unresolved.inc()
            yield {"kind": "events", **ev}
        for m in mentions:
            yield {"kind": "mentions", **m}
        yield {
            "kind": "articles", "article_id": rec["id"], "published": rec["published"], "source": rec.get("source"),
            "title": rec.get("title"), "url": rec.get("url"), "language": rec.get("language"),
            "content_hash": rec["content_hash"], "truncated": rec.get("truncated", False),
            "num_events": len(events), "input_file": rec["input_file"], "line": rec["line"],
            "extractor_version": resources.EXTRACTOR_VERSION,
        }
        self._progress()

    def _progress(self) -> None:
        self._seen += 1
        if self._seen % 500 == 0:
            rate = self._seen / max(time.monotonic() - self._t0, 1e-9)
            log.info("worker processed %d articles (%.1f/s)", self._seen, rate)


def key_by_partition(rec: Record) -> tuple[tuple[str, str], Record]:
    """(table, partition) key; the partition value (event_date) leaves the row: the folder carries it."""
    table = rec.pop("kind")
    if table == "reject":
        table = "rejects"
    partition = rec.pop("event_date", "") if table in ("events", "mentions") else ""
    return (table, partition), rec


class StagePartition(beam.DoFn):
    """The pipeline's one sink: writes each (table, partition) to staging, emits its summary."""

    def __init__(self, staging: str) -> None:
        self.staging = staging

    def process(self, item: tuple[tuple[str, str], Iterable[Record]]) -> Iterator[dict[str, Any]]:
        (table, partition), rows = item
        yield stage_partition(self.staging, table, partition, list(rows))


class ExtractToStaging(beam.PTransform):
    """The whole job as one composite: input specs in, staged file summaries out."""

    def __init__(self, specs: list[InputSpec], config: Config, staging: str, today: dt.date) -> None:
        super().__init__()
        self.specs = [(s.kind, s.path) for s in specs]
        self.config = config
        self.staging = staging
        self.today = today.isoformat()

    def expand(self, pbegin: beam.pvalue.PBegin) -> beam.PCollection:
        return (
            pbegin
            | "InputSpecs" >> beam.Create(self.specs)
            | "Read" >> beam.FlatMap(read_spec, self.config)
            | "Validate" >> beam.Map(validate_record, self.config, self.today)
            | "KeyByArticleId" >> beam.Map(key_by_article)
            # The grouping also spreads articles over workers (a reshuffle), so one big
            # input file does not pin all extraction on the worker that read it.
            | "GroupByArticleId" >> beam.GroupByKey()
            | "Dedupe" >> beam.FlatMap(dedupe)
            | "Extract" >> beam.ParDo(ExtractEvents(self.config))
            | "KeyByPartition" >> beam.Map(key_by_partition)
            | "GroupByPartition" >> beam.GroupByKey()
            | "StagePartition" >> beam.ParDo(StagePartition(self.staging))
        )
