"""The output root: staged writes, atomic commit, locking and table readers.

Layout (see ``../shared/docs/output-contract.md`` and README "Output"):

    <root>/events/event_date=YYYY-MM-DD/part-<digest>.parquet
    <root>/mentions/event_date=YYYY-MM-DD/part-<digest>.parquet
    <root>/articles/part-<digest>.parquet     one row per processed article
    <root>/rejects/part-<digest>.parquet      inputs that could not be processed
    <root>/_runs/<run_id>.json                one record per run
    <root>/_staging/<run_id>/                 work area of a run in progress

Workers write each (table, partition) once into the run's staging area. After
the pipeline finished, the driver prepares every change (new files, filtered
copies of files that held rows of re-processed articles) inside staging, writes
a journal, then applies it with ``os.replace``. A run that dies before the
journal leaves the root untouched; one that dies while applying it is rolled
forward by the next run (or ``recover``). Readers see each file either old or new.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import functools
import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any, Iterable, Sequence

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

import schemas

STAGING = "_staging"
RUNS = "_runs"
LOCK = ".lock"
JOURNAL = "journal.json"
#: Folder of a run's staging area holding the workers' summaries of the files they staged.
SUMMARIES = "summaries"
#: Placeholder partition that keeps an empty table readable (DuckDB errors on a glob matching nothing).
EMPTY_PARTITION = "event_date=1970-01-01"
EMPTY_FILE = "empty.parquet"
ROW_KEY = "article_id"


class OutputError(RuntimeError):
    """The output root cannot be used (not writable, locked by another run, ...)."""


# --------------------------------------------------------------------------- helpers

def _tmp_path(path: Path) -> Path:
    """A hidden sibling of `path` to write before ``os.replace`` (readers skip dot files)."""
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` all at once or not at all (temp file, fsync, ``os.replace``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_path(path)
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_json_atomic(path: Path, obj: Any) -> None:
    write_bytes_atomic(path, json.dumps(obj, indent=2, sort_keys=True, default=str).encode("utf-8"))


def read_file(path: Path, columns: list[str] | None = None) -> pa.Table:
    """One Parquet file as Arrow, without the partition column (``ParquetFile``: several times
    cheaper than ``pq.read_table`` on small files, which sets up a dataset per call)."""
    with open(path, "rb") as fh:
        return pq.ParquetFile(fh).read(columns=columns)


def rows_to_table(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows (dicts; dates as ISO strings or dates) -> Arrow table with the table's schema."""
    dates = _date_fields(table)
    if dates:
        rows = [_iso_dates_to_dates(r, dates) for r in rows]
    return pa.Table.from_pylist(rows, schema=schemas.TABLES[table])


@functools.cache
def _date_fields(table: str) -> tuple[str, ...]:
    return tuple(f.name for f in schemas.TABLES[table] if pa.types.is_date32(f.type))


def _iso_dates_to_dates(row: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    parsed = {f: dt.date.fromisoformat(row[f]) for f in fields if isinstance(row.get(f), str)}
    return {**row, **parsed} if parsed else row


#: Files of at most this many rows are encoded in memory, uncompressed and without dictionaries.
#: On a 1-10 row file (a date partition of one run) that is ~4x cheaper than zstd with
#: dictionaries written through pyarrow's filesystem layer (0.4 against 1.9 ms; the file is
#: mostly schema metadata either way, ~3-11 KB), and a run over many dates writes thousands of
#: them. Bigger files (compaction, large partitions) keep zstd and dictionaries.
SMALL_FILE_ROWS = 64


def write_parquet(path: Path, table: pa.Table) -> None:
    """Write one Parquet file atomically (hidden temp file, then ``os.replace``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_path(path)
    if table.num_rows <= SMALL_FILE_ROWS:
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink, compression="none", use_dictionary=False)
        with open(tmp, "wb") as fh:
            fh.write(sink.getvalue())
    else:
        pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def partition_dir(table: str, partition: str) -> str:
    """Relative directory of a partition; `partition` is validated (never a raw input value)."""
    if table not in schemas.TABLES:
        raise ValueError(f"unknown table {table!r}")
    if table in schemas.PARTITIONED:
        dt.date.fromisoformat(partition)  # raises on anything but YYYY-MM-DD
        return f"{table}/{schemas.PARTITIONED[table]}={partition}"
    return table


# --------------------------------------------------------------------------- staging (workers)

def staged_rel(rel: str) -> str:
    """Where a root-relative file is staged, relative to ``<staging>/new``: one flat folder per table
    (``events/event_date=2016-03-13.part-<digest>.parquet``), so dropping a staging area after its
    commit removes a handful of folders, not one per date partition."""
    table, _, rest = rel.partition("/")
    return f"{table}/{rest.replace('/', '.')}"


def root_rel(staged: str) -> str:
    """The root-relative path of a staged file (inverse of :func:`staged_rel`)."""
    table, _, name = staged.partition("/")
    if table in schemas.PARTITIONED and "/" not in name:
        part, _, file = name.partition(".")  # a partition value is a date: no dot in it
        return f"{table}/{part}/{file}"
    return staged


def stage_partition(staging: str, table: str, partition: str, rows: list[dict[str, Any]],
                    columns: Sequence[str] = ()) -> dict[str, Any]:
    """Write one (table, partition) of this run into staging. Deterministic name from content.

    Returns the file's summary: table, partition, row count, ``path`` (root-relative, where the
    commit puts it) and ``staged`` (relative to ``<staging>/new``); with `columns`, also
    ``values``: those columns of every row as reading the file back gives them (what the driver
    needs from the file, so it does not read it again)."""
    sort_key = "event_id" if table in ("events", "mentions") else None
    if sort_key:
        rows = sorted(rows, key=lambda r: (r[sort_key], r.get("char_start") or 0))
    else:
        rows = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    digest = hashlib.sha1(
        "\n".join(json.dumps(r, sort_keys=True, default=str) for r in rows).encode("utf-8")
    ).hexdigest()[:20]
    rel = f"{partition_dir(table, partition)}/part-{digest}.parquet"
    staged = staged_rel(rel)
    data = rows_to_table(table, rows)
    write_parquet(Path(staging) / "new" / staged, data)
    out: dict[str, Any] = {"table": table, "partition": partition, "rows": len(rows), "path": rel, "staged": staged}
    if columns:
        out["values"] = data.select(list(columns)).to_pylist()
    return out


def write_staged_summaries(staging: str, summaries: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Workers: write summaries of staged files (from :func:`stage_partition`) as one JSON file
    under ``<staging>/summaries/`` (name from content), for :func:`staged_summaries`."""
    rows = sorted((s for s in summaries if s.get("staged")), key=lambda s: s["staged"])
    data = json.dumps(rows, sort_keys=True, default=str).encode("utf-8")
    path = Path(staging) / SUMMARIES / f"part-{hashlib.sha1(data).hexdigest()[:20]}.json"
    write_bytes_atomic(path, data)
    return {"table": SUMMARIES, "partition": "", "rows": len(rows), "path": str(path)}


@functools.lru_cache(maxsize=None)
def _date_columns(table: str) -> frozenset[str]:
    return frozenset(f.name for f in schemas.TABLES[table] if pa.types.is_date32(f.type))


def _decode_summary(s: dict[str, Any]) -> dict[str, Any]:
    """A summary read from JSON: date columns of ``values`` back to dates (as a file read gives)."""
    values = s.get("values")
    if values:
        dates = [c for c in values[0] if c in _date_columns(s["table"])]
        fromiso = dt.date.fromisoformat
        for r in values:
            for c in dates:
                if r[c] is not None:
                    r[c] = fromiso(r[c])
    return s


def _list_staged(new: Path) -> list[str]:
    """Every staged Parquet file under ``<staging>/new`` (hidden temp files skipped), relative, sorted."""
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(new):
        dirnames.sort()
        base = os.path.relpath(dirpath, new)
        for name in filenames:
            if name.endswith(".parquet") and not name.startswith("."):
                out.append(name if base == "." else f"{base}/{name}".replace(os.sep, "/"))
    return sorted(out)


def staged_summaries(staging: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Driver side: a summary of every file a finished pipeline staged, sorted by staged path.

    The workers' summaries (``<staging>/summaries/``) where they wrote one; a staged file without
    one (a caller that staged files itself) is summarized from its footer (row count only, no
    ``values``). Summaries of files that are not staged are ignored: the staged files decide.
    """
    staging = Path(staging)
    known: dict[str, dict[str, Any]] = {}
    for p in sorted((staging / SUMMARIES).glob("part-*.json")):
        for s in json.loads(p.read_text(encoding="utf-8")):
            known[s["staged"]] = s
    new = staging / "new"
    out = []
    for staged in _list_staged(new) if new.is_dir() else []:
        s = known.get(staged)
        if s is None:
            rel = root_rel(staged)
            table = rel.split("/", 1)[0]
            partition = rel.split("/")[1].split("=", 1)[1] if table in schemas.PARTITIONED else ""
            with open(new / staged, "rb") as fh:
                rows = pq.ParquetFile(fh).metadata.num_rows
            s = {"table": table, "partition": partition, "rows": rows, "path": rel, "staged": staged}
        out.append(_decode_summary(s))
    return out


# --------------------------------------------------------------------------- the root

class OutputRoot:
    """An output root directory. Use as a context manager to hold its lock for a run."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock_fh: Any = None

    # -- lifecycle
    def check_writable(self) -> None:
        """Fail fast, before any work, when the root cannot be created or written."""
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            probe = self.path / f".write-probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise OutputError(f"output root {self.path} is not writable: {exc.strerror or exc}") from exc

    def lock(self, wait: bool = False) -> None:
        self.check_writable()
        fh = open(self.path / LOCK, "a+")
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except OSError as exc:
            fh.close()
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                raise OutputError(
                    f"another run is writing to {self.path} (lock {self.path / LOCK} is held); "
                    "wait for it to finish or pass --wait_for_lock"
                ) from exc
            raise
        self._lock_fh = fh

    def unlock(self) -> None:
        if self._lock_fh is not None:
            fcntl.flock(self._lock_fh, fcntl.LOCK_UN)
            self._lock_fh.close()
            self._lock_fh = None

    def __enter__(self) -> "OutputRoot":
        self.lock()
        self.recover()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.unlock()

    # -- staging
    def staging_dir(self, run_id: str) -> Path:
        return self.path / STAGING / run_id

    def recover(self) -> list[str]:
        """Finish commits interrupted mid-way (journal present); drop abandoned staging areas."""
        done = []
        base = self.path / STAGING
        if not base.is_dir():
            return done
        for area in sorted(base.iterdir()):
            journal = area / JOURNAL
            if journal.exists():
                self._apply(json.loads(journal.read_text(encoding="utf-8")))
                done.append(area.name)
            self.drop_staging(area)
        return done

    def drop_staging(self, area: Path) -> None:
        """Remove a run's staging area, and ``_staging/`` too when no other area is left in it."""
        shutil.rmtree(area, ignore_errors=True)
        if Path(area).parent == self.path / STAGING:
            with contextlib.suppress(OSError):  # not empty: another run's (or compaction's) area
                (self.path / STAGING).rmdir()

    def _write_and_apply(self, area: Path, journal: dict[str, Any]) -> None:
        """Make the journal durable, apply it, then drop the staging area."""
        write_json_atomic(area / JOURNAL, journal)
        self._apply(journal)
        self.drop_staging(area)

    # -- commit
    def files(self, table: str) -> list[Path]:
        root = self.path / table
        if not root.is_dir():
            return []
        return sorted(p for p in root.rglob("*.parquet") if not p.name.startswith("."))

    def commit(self, run_id: str, staged: list[dict[str, Any]], replace_articles: set[str],
               replace_rejects: set[tuple[str, int | None]], run_record: dict[str, Any],
               derived: dict[str, pa.Table] | None = None, derived_deletes: Iterable[str] = ()) -> dict[str, Any]:
        """Apply a run's staged files atomically, replacing earlier rows of the same articles.

        `replace_articles`: article ids processed by this run: their older rows in every
        table are dropped. `replace_rejects`: (input_file, line) pairs rejected again.
        `derived` / `derived_deletes`: root-relative files to write / delete in the same journal
        (incident linking: events files of earlier runs whose incident ids change, already
        without the replaced articles' rows, and incidents partitions).
        """
        area = self.staging_dir(run_id)
        ops: list[list[str]] = []
        derived = derived or {}
        new_paths = {s["path"] for s in staged}
        for table in schemas.TABLES:
            if ROW_KEY not in schemas.TABLES[table].names:
                continue  # derived tables (incidents) are rewritten by their own step
            for old in self.files(table):
                rel = old.relative_to(self.path).as_posix()
                if rel in new_paths or rel in derived or old.name == EMPTY_FILE:
                    continue
                keep = self._filter_existing(table, old, replace_articles, replace_rejects)
                if keep is None:
                    continue
                if keep.num_rows == 0:
                    ops.append(["delete", rel])
                else:
                    tmp = area / "replace" / rel
                    write_parquet(tmp, keep)
                    ops.append(["move", tmp.relative_to(self.path).as_posix(), rel])
        for s in staged:
            ops.append(["move", f"{STAGING}/{run_id}/new/{s.get('staged') or staged_rel(s['path'])}", s["path"]])
        ops += self._derived_ops(area, derived, derived_deletes)
        journal = {"run_id": run_id, "ops": ops, "run_record": run_record}
        self._write_and_apply(area, journal)
        return journal

    def _derived_ops(self, area: Path, writes: dict[str, pa.Table], deletes: Iterable[str]) -> list[list[str]]:
        ops: list[list[str]] = []
        for rel, table in sorted(writes.items()):
            tmp = area / "derived" / rel
            write_parquet(tmp, table)
            ops.append(["move", tmp.relative_to(self.path).as_posix(), rel])
        ops += [["delete", rel] for rel in sorted(set(deletes) - set(writes))]
        return ops

    def apply_changes(self, run_id: str, writes: dict[str, pa.Table], deletes: Iterable[str] = (),
                      run_record: dict[str, Any] | None = None) -> dict[str, Any]:
        """Write/replace/delete whole files atomically through the same journal as ``commit``.

        For driver-side derived changes made after a commit (incidents, events' incident_id):
        `writes` maps a root-relative path to its new content; `deletes` are root-relative paths.
        """
        area = self.staging_dir(run_id)
        ops = self._derived_ops(area, writes, deletes)
        journal = {"run_id": run_id, "ops": ops, "run_record": run_record}
        self._write_and_apply(area, journal)
        return journal

    def _filter_existing(self, table: str, path: Path, articles: set[str],
                         rejects: set[tuple[str, int | None]]) -> pa.Table | None:
        """The rows of an existing file to keep, or None when nothing in it changes."""
        if not articles and not rejects:
            return None
        cols = ["article_id", "input_file", "line"] if table == "rejects" else ["article_id"]
        keys = read_file(path, cols).to_pylist()
        drop = [
            (k["article_id"] in articles)
            or (table == "rejects" and (k["input_file"], k["line"]) in rejects)
            for k in keys
        ]
        if not any(drop):
            return None
        full = read_file(path)
        return full.filter(pa.array([not d for d in drop]))

    def _apply(self, journal: dict[str, Any]) -> None:
        """Apply journal ops; idempotent, so an interrupted apply can be re-run."""
        base = str(self.path)
        for op in journal["ops"]:
            if op[0] == "delete":
                with contextlib.suppress(FileNotFoundError):
                    (self.path / op[1]).unlink()
                _prune_empty_dirs(self.path / op[1])
            elif op[0] == "move":
                src, dst = os.path.join(base, op[1]), os.path.join(base, op[2])
                try:
                    os.replace(src, dst)
                except FileNotFoundError:
                    if not os.path.exists(src):  # moved by an earlier, interrupted apply
                        continue
                    os.makedirs(os.path.dirname(dst), exist_ok=True)  # a new partition
                    os.replace(src, dst)
        self._ensure_readable_empty_tables()
        record = journal.get("run_record")
        if record:
            write_json_atomic(self.path / RUNS / f"{journal['run_id']}.json", record)

    def _ensure_readable_empty_tables(self) -> None:
        """Every table has at least one file: a 0-row placeholder while it holds no data."""
        for table in schemas.TABLES:
            placeholder = self.path / (
                f"{table}/{EMPTY_PARTITION}" if table in schemas.PARTITIONED else table
            ) / EMPTY_FILE
            real = _has_data_file(self.path / table)
            if real and placeholder.exists():
                placeholder.unlink()
                _prune_empty_dirs(placeholder)
            elif not real and not placeholder.exists():
                empty = rows_to_table(table, [])
                write_parquet(placeholder, empty)

    # -- reading
    def runs(self) -> list[dict[str, Any]]:
        out = []
        for p in sorted((self.path / RUNS).glob("*.json")):
            with contextlib.suppress(OSError, ValueError):
                out.append(json.loads(p.read_text(encoding="utf-8")))
        return out


def _has_data_file(folder: Path) -> bool:
    """Whether a table folder holds a Parquet file other than the placeholder (stops at the first)."""
    for dirpath, dirnames, filenames in os.walk(folder):
        if any(n.endswith(".parquet") and not n.startswith(".") and n != EMPTY_FILE for n in filenames):
            return True
    return False


def _prune_empty_dirs(path: Path) -> None:
    parent = path.parent
    with contextlib.suppress(OSError):
        if parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()


def open_table(root: str | os.PathLike[str], table: str = "events") -> ds.Dataset:
    """A pyarrow dataset over one table, with ``event_date`` typed as date32 for partitioned tables."""
    path = Path(root) / table
    if table in schemas.PARTITIONED:
        return ds.dataset(
            str(path), format="parquet",
            partitioning=ds.partitioning(schemas.partition_schema(table), flavor="hive"),
        )
    return ds.dataset(str(path), format="parquet")


def read_table(root: str | os.PathLike[str], table: str = "events") -> pa.Table:
    """The whole table as Arrow (the empty-table placeholder holds no rows)."""
    return open_table(root, table).to_table()


def sql_string(value: str) -> str:
    """A SQL string literal (single quotes doubled)."""
    return "'" + value.replace("'", "''") + "'"


def duckdb_source(root: str | os.PathLike[str], table: str = "events") -> str | None:
    """A DuckDB ``read_parquet(...)`` expression for one table's files, or None when it has none.

    Hive-partitioned tables get ``event_date`` typed ``DATE``; a folder holding both loose and
    partitioned files (not written by this package) is read without partition columns.
    """
    base = Path(root) / table
    if not base.is_dir():
        return None
    files = [p for p in base.rglob("*.parquet") if not p.name.startswith(".")]
    if not files:
        return None
    partitioned = any("=" in part for p in files for part in p.relative_to(base).parts[:-1])
    pattern = str(base / "**" / "*.parquet") if partitioned else str(base / "*.parquet")
    if partitioned and not any(p.parent == base for p in files):
        opts = ["hive_partitioning=true", "union_by_name=true"]
        key = schemas.PARTITIONED.get(table, "event_date")
        if any(part.startswith(f"{key}=") for p in files for part in p.relative_to(base).parts[:-1]):
            opts.append(f"hive_types={{'{key}': DATE}}")
        return f"read_parquet({sql_string(pattern)}, {', '.join(opts)})"
    return f"read_parquet({sql_string(str(base / '**' / '*.parquet'))}, union_by_name=true)"


def staged_column(staging: Path, table: str, column: str) -> Iterable[Any]:
    for p in sorted((staging / "new" / table).rglob("*.parquet")) if (staging / "new" / table).exists() else []:
        yield from read_file(p, [column]).column(column).to_pylist()


def read_staged_rejects(staging: Path) -> list[dict[str, Any]]:
    base = staging / "new" / "rejects"
    rows: list[dict[str, Any]] = []
    for p in sorted(base.glob("*.parquet")) if base.is_dir() else []:
        rows.extend(read_file(p).to_pylist())
    return rows
