"""``python -m pipeline query``: SQL over an output root through DuckDB views.

Views (one per table, so nobody has to write glob paths):

    events     mentions   (hive-partitioned; ``event_date`` typed DATE)
    articles   rejects
    incidents  (the table when the root holds one; otherwise an empty view)
    runs       one row per ``_runs/<run_id>.json``; the whole record in ``record`` (JSON)

A table with no files yet is an empty view with the table's columns, so queries keep working
on fresh roots. ``connect(root)`` gives the same in-memory connection to Python code.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

import schemas
from pipeline.store import RUNS, OutputRoot, duckdb_source, sql_string

#: Columns of ``incidents`` while no such table exists (a subset of the events schema).
_INCIDENT_COLUMNS = (
    "incident_id", "date_start", "date_end", "date_precision", "event_type",
    "location_text", "place_name", "geonameid", "admin1_code", "country_code",
    "latitude", "longitude", "geo_precision",
    "killed_low", "killed_best", "killed_high", "wounded_low", "wounded_best", "wounded_high",
    "casualties_claimed", "num_mentions",
)

#: Columns of the ``runs`` view (plus ``record``, the whole run record as JSON).
RUN_COLUMNS = pa.schema([
    pa.field("run_id", pa.string()),
    pa.field("status", pa.string()),
    pa.field("exit_code", pa.int32()),
    pa.field("started_utc", pa.string()),
    pa.field("finished_utc", pa.string()),
    pa.field("read", pa.int64()),
    pa.field("processed", pa.int64()),
    pa.field("rejected", pa.int64()),
    pa.field("events", pa.int64()),
    pa.field("mentions", pa.int64()),
    pa.field("pipeline_s", pa.float64()),
    pa.field("commit_s", pa.float64()),
    pa.field("inputs", pa.list_(pa.string())),
    pa.field("record", pa.string()),
])

VIEWS = ("events", "incidents", "mentions", "rejects", "articles", "runs")
FORMATS = ("table", "csv", "json", "parquet")


class QueryError(Exception):
    """Bad SQL or an unusable output root: reported in one line, exit status 2."""


def _table_schema(table: str) -> pa.Schema:
    """The Arrow schema of a table, partition column included (used for empty views)."""
    if table in schemas.TABLES:
        schema = schemas.TABLES[table]
        key = schemas.PARTITIONED.get(table)
    else:  # incidents before the table is defined: the events columns that describe one
        schema = pa.schema([schemas.EVENTS.field(c) for c in _INCIDENT_COLUMNS])
        key = "event_date"
    if key and key not in schema.names:
        schema = schema.append(pa.field(key, pa.date32()))
    return schema


def runs_table(root: Path) -> pa.Table:
    """One row per run record in ``_runs/``."""
    rows = []
    for rec in OutputRoot(root).runs():
        if not isinstance(rec, dict):
            continue
        counts = rec.get("counts") if isinstance(rec.get("counts"), dict) else {}
        timings = rec.get("timings_s") if isinstance(rec.get("timings_s"), dict) else {}
        inputs = rec.get("inputs") if isinstance(rec.get("inputs"), list) else []
        rows.append({
            "run_id": _as(str, rec.get("run_id")),
            "status": _as(str, rec.get("status")),
            "exit_code": _as(int, rec.get("exit_code")),
            "started_utc": _as(str, rec.get("started_utc")),
            "finished_utc": _as(str, rec.get("finished_utc")),
            **{k: _as(int, counts.get(k)) for k in ("read", "processed", "rejected", "events", "mentions")},
            "pipeline_s": _as(float, timings.get("pipeline")),
            "commit_s": _as(float, timings.get("commit")),
            "inputs": [str(i.get("path")) if isinstance(i, dict) else str(i) for i in inputs],
            "record": json.dumps(rec, sort_keys=True, default=str),
        })
    rows.sort(key=lambda r: (r["started_utc"] or "", r["run_id"] or ""))
    return pa.Table.from_pylist(rows, schema=RUN_COLUMNS)


def _as(typ: type, value: Any) -> Any:
    if value is None or isinstance(value, (dict, list)):
        return None
    try:
        return typ(value)
    except (TypeError, ValueError):
        return None


def connect(root: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per table of the output root."""
    root = Path(root)
    if not root.is_dir():
        raise QueryError(f"output root {root} does not exist (run 'python -m pipeline run' first)")
    if not any((root / t).is_dir() for t in (*schemas.TABLES, RUNS)):
        raise QueryError(f"{root} is not an output root (no events/, articles/, rejects/ or _runs/)")
    con = duckdb.connect(":memory:")
    for table in ("events", "incidents", "mentions", "rejects", "articles"):
        source = duckdb_source(root, table)
        if source is not None:
            try:
                con.execute(f"CREATE VIEW {table} AS SELECT * FROM {source}")
                continue
            except duckdb.Error as exc:
                raise QueryError(f"cannot read table {table} in {root}: {_one_line(exc)}") from exc
        _empty_view(con, table, _table_schema(table))
    con.register("_runs_arrow", runs_table(root))
    con.execute("CREATE VIEW runs AS SELECT * EXCLUDE (record), CAST(record AS JSON) AS record FROM _runs_arrow")
    return con


def _empty_view(con: duckdb.DuckDBPyConnection, name: str, schema: pa.Schema) -> None:
    con.register(f"_empty_{name}", schema.empty_table())
    con.execute(f"CREATE VIEW {name} AS SELECT * FROM _empty_{name}")


def _one_line(exc: BaseException) -> str:
    lines = [ln.strip() for ln in str(exc).strip().splitlines() if ln.strip()]
    return " ".join(lines) if lines else type(exc).__name__


def run_query(con: duckdb.DuckDBPyConnection, sql: str) -> pa.Table | None:
    """Execute SQL (one or more statements); the result of the last one as Arrow, or None."""
    try:
        rel = con.sql(sql)
        return None if rel is None else rel.to_arrow_table()
    except duckdb.Error as exc:  # DuckDB's message names the kind ("Parser Error: ...") and points at it
        raise QueryError(str(exc).strip() or type(exc).__name__) from exc


def write_result(con: duckdb.DuckDBPyConnection, result: pa.Table, fmt: str, to: str | None,
                 max_rows: int = 100) -> None:
    if fmt == "table":
        con.register("_result", result)
        try:
            rel = con.sql("SELECT * FROM _result")
            if to:
                with open(to, "w", encoding="utf-8") as fh:
                    fh.write(_render_table(rel, max_rows))
            else:
                sys.stdout.write(_render_table(rel, max_rows))
        finally:
            con.unregister("_result")
        return
    if fmt == "parquet" and not to:
        raise QueryError("--format parquet needs --to FILE")
    con.register("_result", result)
    try:
        opts = {"csv": "FORMAT csv, HEADER true", "json": "FORMAT json",
                "parquet": "FORMAT parquet, COMPRESSION zstd"}[fmt]
        if to:
            con.execute(f"COPY _result TO {sql_string(str(to))} ({opts})")
            return
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"result.{fmt}"
            con.execute(f"COPY _result TO {sql_string(str(path))} ({opts})")
            sys.stdout.flush()
            with open(path, "rb") as fh:
                shutil.copyfileobj(fh, sys.stdout.buffer)
            sys.stdout.buffer.flush()
    finally:
        con.unregister("_result")


def _render_table(rel: duckdb.DuckDBPyRelation, max_rows: int) -> str:
    """DuckDB's box rendering, as a string."""
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rel.show(max_rows=max_rows, max_width=shutil.get_terminal_size((160, 40)).columns)
    text = buf.getvalue()
    return text if text.endswith("\n") else text + "\n"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m pipeline query",
        description="Run SQL (DuckDB) over an output root. Views: " + ", ".join(VIEWS)
        + ". events and mentions carry event_date (DATE); runs.record is the run record (JSON).",
        epilog="examples:\n"
        "  python -m pipeline query --output out/seeds \"SELECT event_type, count(*) FROM events GROUP BY 1\"\n"
        "  python -m pipeline query --output out/seeds --format csv \"SELECT * FROM events\" > events.csv\n"
        "  python -m pipeline query --output out/seeds --format parquet --to iraq.parquet \\\n"
        "      \"SELECT * FROM events WHERE country_code = 'IQ'\"\n\n"
        "Exit codes: 0 success, 2 bad SQL, bad options or no output root, 1 other failure.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("sql", help="SQL to run; the last statement's result is printed or written")
    p.add_argument("--output", required=True, metavar="DIR", help="the output root of 'pipeline run'")
    p.add_argument("--format", choices=FORMATS, default="table",
                   help="table (default, for reading), csv (with header), json (one object per line), parquet")
    p.add_argument("--to", metavar="FILE", help="write to FILE instead of stdout (required for parquet)")
    p.add_argument("--max_rows", "--max-rows", type=int, default=100,
                   help="rows shown by --format table (default 100; csv/json/parquet write all rows)")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 0 for --help, 2 for usage errors
        return int(exc.code or 0)
    try:
        con = connect(args.output)
        result = run_query(con, args.sql)
        if result is None:
            return 0
        write_result(con, result, args.format, args.to, args.max_rows)
    except QueryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except duckdb.Error as exc:  # writing the result failed (e.g. --to in a missing folder)
        print(f"error: cannot write the result: {_one_line(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `| head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
