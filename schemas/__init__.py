"""Arrow schemas of every output table and the event-type vocabulary.

These are the authoritative schemas behind ``../shared/docs/output-contract.md``:
columns may be added here, never renamed or dropped.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import yaml

SCHEMA_DIR = Path(__file__).resolve().parent

# Columns shared by events and incidents that describe "where".
_PLACE_FIELDS = [
    pa.field("location_text", pa.string()),
    pa.field("place_name", pa.string()),
    pa.field("geonameid", pa.int64()),
    pa.field("admin1_code", pa.string()),
    pa.field("country_code", pa.string()),
    pa.field("latitude", pa.float64()),
    pa.field("longitude", pa.float64()),
    pa.field("geo_precision", pa.string()),
]

_COUNT_FIELDS = [
    pa.field(f"{kind}_{level}", pa.int32())
    for kind in ("killed", "wounded")
    for level in ("low", "best", "high")
]

#: One row per extracted event. ``event_date`` is the hive partition key: it is
#: carried by the directory name and is *not* stored inside the files.
EVENTS = pa.schema(
    [
        pa.field("event_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("date_start", pa.date32()),
        pa.field("date_end", pa.date32()),
        pa.field("date_precision", pa.string()),
        pa.field("date_text", pa.string()),
        pa.field("event_type", pa.string()),
        *_PLACE_FIELDS,
        *_COUNT_FIELDS,
        pa.field("casualties_claimed", pa.bool_()),
        pa.field("evidence", pa.string()),
        pa.field("published", pa.date32()),
        pa.field("source", pa.string()),
        # Additions beyond the contract.
        pa.field("actor1", pa.string()),
        pa.field("actor1_norm", pa.string()),
        pa.field("actor2", pa.string()),
        pa.field("actor2_norm", pa.string()),
        pa.field("sentence_start", pa.int32()),
        pa.field("sentence_end", pa.int32()),
        pa.field("num_mentions", pa.int32()),
        pa.field("incident_id", pa.string()),
        pa.field("extractor_version", pa.string()),
    ]
)

#: One row per sentence that reports an event (partitioned like events).
MENTIONS = pa.schema(
    [
        pa.field("event_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("sentence", pa.string()),
        pa.field("char_start", pa.int32()),
        pa.field("char_end", pa.int32()),
        pa.field("trigger", pa.string()),
    ]
)

#: Inputs that could not be processed. Not partitioned.
REJECTS = pa.schema(
    [
        pa.field("article_id", pa.string()),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("detail", pa.string()),
        pa.field("input_file", pa.string()),
        pa.field("line", pa.int64()),
    ]
)

#: One row per article processed (not rejected): the run's record of what it read.
ARTICLES = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("published", pa.date32()),
        pa.field("source", pa.string()),
        pa.field("title", pa.string()),
        pa.field("url", pa.string()),
        pa.field("language", pa.string()),
        pa.field("content_hash", pa.string()),
        pa.field("truncated", pa.bool_()),
        pa.field("num_events", pa.int32()),
        pa.field("input_file", pa.string()),
        pa.field("line", pa.int64()),
        pa.field("extractor_version", pa.string()),
    ]
)

#: One row per real-world incident: the events (reports) of one happening linked across
#: articles and runs (``pipeline/incidents.py``, rules in ``docs/incidents.md``).
#: Partitioned by the canonical ``event_date`` like events. Derived by the driver after
#: each commit; it has no ``article_id`` column (members are listed in ``article_ids``).
INCIDENTS = pa.schema(
    [
        pa.field("incident_id", pa.string(), nullable=False),
        pa.field("date_start", pa.date32()),
        pa.field("date_end", pa.date32()),
        pa.field("date_precision", pa.string()),
        pa.field("event_type", pa.string()),
        *_PLACE_FIELDS,
        *_COUNT_FIELDS,
        pa.field("casualties_claimed", pa.bool_()),
        pa.field("actor1_norm", pa.string()),
        pa.field("actor2_norm", pa.string()),
        pa.field("num_events", pa.int32()),
        pa.field("num_articles", pa.int32()),
        pa.field("num_sources", pa.int32()),
        pa.field("first_report", pa.date32()),
        pa.field("last_report", pa.date32()),
        pa.field("article_ids", pa.list_(pa.string())),
        pa.field("event_ids", pa.list_(pa.string())),
    ]
)

#: Partitioned tables and their partition column.
PARTITIONED = {"events": "event_date", "mentions": "event_date", "incidents": "event_date"}
TABLES: dict[str, pa.Schema] = {
    "events": EVENTS, "mentions": MENTIONS, "articles": ARTICLES, "rejects": REJECTS,
    "incidents": INCIDENTS,
}


def partition_schema(table: str) -> pa.Schema:
    """The hive partition schema of a table (``event_date`` typed as date32)."""
    return pa.schema([pa.field(PARTITIONED[table], pa.date32())])


@lru_cache(maxsize=1)
def event_types() -> dict[str, dict[str, Any]]:
    """The closed event-type vocabulary: type -> {definition, acled, cameo, plover}."""
    with open(SCHEMA_DIR / "event_types.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)["types"]


EVENT_TYPES = tuple(event_types())
