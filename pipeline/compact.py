"""``python -m pipeline compact``: merge a partition's small Parquet files into one, atomically.

Every run writes one file per (table, partition) it touched, so a root fed by many small runs
(nightly batches, re-runs of a few articles) collects several small files per partition. This
command rewrites each partition that holds more than one file as a single file, with the rows
unchanged, using the output root's own commit machinery:

1. take the root's lock (a run and a compaction never overlap) and finish any interrupted
   commit (``OutputRoot.recover``);
2. write each merged file into ``_staging/<compact id>/new/`` (name = content digest, rows
   sorted like a run's own files, see ``store.stage_partition``);
3. write the journal (``move`` merged file into place, then ``delete`` the old files) and apply
   it with ``os.replace``.

A compaction killed before its journal exists leaves the root untouched (the staging area is
dropped by the next run or compaction); one killed while applying it is rolled forward by the
next ``recover`` (every run and every compaction starts with one). A reader listing a partition
at the very moment of the apply may see the merged file next to the old ones (duplicates, never
missing rows) for the few milliseconds the ``delete`` ops take.
"""
from __future__ import annotations

import argparse
import datetime as dt
import logging
import secrets
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

import schemas
from pipeline import store

log = logging.getLogger("pipeline")


def new_compact_id() -> str:
    return "compact-" + dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def _partition_dirs(root: store.OutputRoot, table: str, partition: str | None) -> list[tuple[str, Path]]:
    """(partition value, directory) pairs of a table; non-partitioned tables have one, value ''."""
    base = root.path / table
    if table not in schemas.PARTITIONED:
        return [("", base)] if base.is_dir() else []
    key = schemas.PARTITIONED[table]
    if partition is not None:
        d = root.path / store.partition_dir(table, partition)  # validates YYYY-MM-DD
        return [(partition, d)] if d.is_dir() else []
    out = []
    for d in sorted(base.glob(f"{key}=*")) if base.is_dir() else []:
        value = d.name.split("=", 1)[1]
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            continue  # not ours: never touch it
        out.append((value, d))
    return out


def _data_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.parquet")
                  if not p.name.startswith(".") and p.name != store.EMPTY_FILE)


def _read_rows(table: str, files: list[Path]) -> list[dict[str, Any]]:
    """All rows of `files`, cast to the table's schema (a file is read alone: no hive columns)."""
    schema = schemas.TABLES[table]
    parts = []
    for f in files:
        t = pq.ParquetFile(f).read()
        t = t.select([n for n in schema.names if n in t.column_names])
        for field in schema:  # files written before a column was added: fill it with nulls
            if field.name not in t.column_names:
                t = t.append_column(field, pa.nulls(t.num_rows, field.type))
        parts.append(t.select(schema.names).cast(schema))
    return pa.concat_tables(parts).to_pylist() if parts else []


def plan(root: store.OutputRoot, tables: list[str], partition: str | None,
         min_files: int = 2) -> list[tuple[str, str, list[Path]]]:
    """(table, partition, files) to merge: every partition holding at least `min_files` data files."""
    todo = []
    for table in tables:
        for value, directory in _partition_dirs(root, table, partition):
            files = _data_files(directory)
            if len(files) >= min_files:
                todo.append((table, value, files))
    return todo


def compact(output: str | Path, tables: list[str] | None = None, partition: str | None = None,
            wait_for_lock: bool = False, dry_run: bool = False,
            _crash_after_journal: bool = False) -> dict[str, Any]:
    """Merge small files; returns a summary ``{"compact_id", "partitions": [...], "ops": n}``.

    `_crash_after_journal` (tests only) stops after the journal is written, as a crash would.
    """
    root = store.OutputRoot(output)
    if not root.path.is_dir():
        raise store.OutputError(f"output root {root.path} does not exist")
    tables = list(tables or schemas.TABLES)
    for t in tables:
        if t not in schemas.TABLES:
            raise ValueError(f"unknown table {t!r} (one of {', '.join(schemas.TABLES)})")
    if partition is not None:
        dt.date.fromisoformat(partition)
    root.lock(wait=wait_for_lock)
    try:
        recovered = root.recover()
        if recovered:
            log.warning("finished interrupted commit(s): %s", ", ".join(recovered))
        todo = plan(root, tables, partition)
        cid = new_compact_id()
        summary: dict[str, Any] = {"compact_id": cid, "partitions": [], "ops": 0, "dry_run": dry_run}
        if dry_run or not todo:
            summary["partitions"] = [{"table": t, "partition": p, "files_before": len(fs)} for t, p, fs in todo]
            return summary
        area = root.staging_dir(cid)
        area.mkdir(parents=True)
        ops: list[list[str]] = []
        for table, value, files in todo:
            rows = _read_rows(table, files)
            staged = store.stage_partition(str(area), table, value, rows)
            new_rel = staged["path"]
            ops.append(["move", f"{store.STAGING}/{cid}/new/{staged['staged']}", new_rel])
            for f in files:
                rel = f.relative_to(root.path).as_posix()
                if rel != new_rel:  # same content digest: the move already replaced it
                    ops.append(["delete", rel])
            summary["partitions"].append({"table": table, "partition": value, "files_before": len(files),
                                          "rows": staged["rows"], "file": new_rel})
        journal = {"run_id": cid, "ops": ops, "run_record": None, "kind": "compact"}
        store.write_json_atomic(area / store.JOURNAL, journal)
        if _crash_after_journal:
            return summary
        root._apply(journal)
        root.drop_staging(area)
        summary["ops"] = len(ops)
        return summary
    finally:
        root.unlock()


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m pipeline compact",
        description="Merge each partition's Parquet files into one file, atomically (holds the root's lock).",
    )
    p.add_argument("--output", required=True, metavar="DIR", help="output root to compact")
    p.add_argument("--table", action="append", choices=list(schemas.TABLES), default=None,
                   help="table to compact (repeatable; default: every table)")
    p.add_argument("--partition", default=None, metavar="YYYY-MM-DD",
                   help="only this event_date partition (partitioned tables)")
    p.add_argument("--wait_for_lock", action="store_true", help="wait for a run holding the root's lock")
    p.add_argument("--dry-run", action="store_true", help="list what would be merged, change nothing")
    return p


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    try:
        s = compact(args.output, args.table, args.partition, args.wait_for_lock, args.dry_run)
    except (store.OutputError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    verb = "would merge" if s["dry_run"] else "merged"
    for p in s["partitions"]:
        where = f"{p['table']}/{p['partition']}" if p["partition"] else p["table"]
        print(f"{verb} {p['files_before']} files in {where}" + (f" -> {p['file']} ({p['rows']} rows)" if "file" in p else ""))
    if not s["partitions"]:
        print("nothing to compact: every partition holds at most one file")
    return 0
