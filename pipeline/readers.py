"""Input readers: turn user paths into raw article records or reject records.

Three input forms are accepted (see README "Input formats"):

* a JSON Lines file, plain or ``.gz``: one article object per line;
* a directory holding ``manifest.jsonl`` plus the text files it names;
* a glob matching any of the above.

Readers never raise on bad content: each bad line or file becomes a reject
record with a reason and its origin (file, line), so a run goes on.
"""
from __future__ import annotations

import glob
import gzip
import json
import os
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

Record = dict[str, Any]

MANIFEST = "manifest.jsonl"


class InputError(ValueError):
    """A path given on the command line matches nothing readable."""


@dataclass(frozen=True)
class InputSpec:
    """One unit of input work: a JSONL file or a manifest directory."""

    kind: str  # "jsonl" | "manifest"
    path: str


def expand_inputs(paths: list[str]) -> list[InputSpec]:
    """Resolve CLI paths (files, manifest dirs, globs) into input specs, in a stable order.

    Raises InputError when a path matches nothing at all; a listed file that
    turns out unreadable later becomes a reject, not an error.
    """
    specs: list[InputSpec] = []
    for raw in paths:
        matches = sorted(glob.glob(raw)) if glob.has_magic(raw) else [raw]
        if not matches:
            raise InputError(f"input {raw!r} matches no file")
        for path in matches:
            if os.path.isdir(path):
                if os.path.exists(os.path.join(path, MANIFEST)):
                    specs.append(InputSpec("manifest", path))
                else:
                    found = sorted(
                        p for p in glob.glob(os.path.join(path, "*"))
                        if p.endswith((".jsonl", ".jsonl.gz", ".json", ".ndjson"))
                    )
                    if not found:
                        raise InputError(f"directory {path!r} has no {MANIFEST} and no .jsonl files")
                    specs.extend(InputSpec("jsonl", p) for p in found)
            elif os.path.lexists(path):
                specs.append(InputSpec("jsonl", path))
            else:
                raise InputError(f"input {path!r} does not exist")
    seen: set[InputSpec] = set()
    return [s for s in specs if not (s in seen or seen.add(s))]


def reject(reason: str, detail: str, input_file: str, line: int | None, article_id: str | None = None) -> Record:
    return {
        "kind": "reject",
        "article_id": article_id,
        "reason": reason,
        "detail": detail[:500],
        "input_file": input_file,
        "line": line,
    }


def read_input(spec: InputSpec, max_line_bytes: int, max_decompressed_bytes: int) -> Iterator[Record]:
    """Yield raw article records ("kind": "raw") and rejects for one input spec."""
    try:
        if spec.kind == "manifest":
            yield from _read_manifest_dir(spec.path, max_line_bytes)
        else:
            yield from _read_jsonl(spec.path, max_line_bytes, max_decompressed_bytes)
    except (OSError, ValueError, zlib.error) as exc:  # ValueError: e.g. a NUL byte in a path
        yield reject("unreadable_file", f"{type(exc).__name__}: {getattr(exc, 'strerror', None) or exc}",
                     spec.path, None)


def _is_regular_file(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


class _LimitedReader:
    """Wraps a binary stream and raises once more than `limit` bytes were produced."""

    def __init__(self, stream: Any, limit: int) -> None:
        self.stream, self.limit, self.count = stream, limit, 0

    def readline(self, size: int = -1) -> bytes:
        data = self.stream.readline(size)
        self.count += len(data)
        if self.count > self.limit:
            raise _TooLarge(f"decompressed input exceeds {self.limit} bytes")
        return data


class _TooLarge(Exception):
    pass


def _read_lines(path: str, max_line_bytes: int, max_decompressed_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield (line number, bytes) with None for lines over the size limit (never held whole)."""
    with open(path, "rb") as raw:
        gz = raw.read(2) == b"\x1f\x8b"
        raw.seek(0)
        stream: Any = _LimitedReader(gzip.GzipFile(fileobj=raw), max_decompressed_bytes) if gz else raw
        lineno = 0
        while True:
            chunk = stream.readline(max_line_bytes + 1)
            if not chunk:
                return
            lineno += 1
            if len(chunk) > max_line_bytes and not chunk.endswith(b"\n"):
                # Skip the rest of the oversized line without keeping it.
                while True:
                    more = stream.readline(1 << 20)
                    if not more or more.endswith(b"\n"):
                        break
                yield lineno, None
                continue
            yield lineno, chunk


def _read_jsonl(path: str, max_line_bytes: int, max_decompressed_bytes: int) -> Iterator[Record]:
    if not _is_regular_file(path):
        yield reject("unreadable_file", "not a regular file", path, None)
        return
    try:
        for lineno, chunk in _read_lines(path, max_line_bytes, max_decompressed_bytes):
            if chunk is None:
                yield reject("line_too_long", f"line exceeds {max_line_bytes} bytes", path, lineno)
                continue
            if not chunk.strip():
                continue
            try:
                text = chunk.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield reject("not_utf8", str(exc), path, lineno)
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                yield reject("bad_json", str(exc), path, lineno)
                continue
            if not isinstance(obj, dict):
                yield reject("bad_json", f"line is a JSON {type(obj).__name__}, not an object", path, lineno)
                continue
            yield {"kind": "raw", "data": obj, "input_file": path, "line": lineno}
    except _TooLarge as exc:
        yield reject("decompression_limit", str(exc), path, None)
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as exc:   # zlib.error: a corrupt deflate stream
        yield reject("unreadable_file", f"{type(exc).__name__}: {exc}", path, None)


def _safe_member(directory: str, name: Any) -> tuple[str | None, str]:
    """Resolve a manifest file name inside `directory`, or say why it is refused."""
    if not isinstance(name, str) or not name:
        return None, "manifest entry has no 'file' name"
    if "\x00" in name:
        return None, f"file name {name!r} holds a NUL byte (unsafe)"
    if os.path.isabs(name) or ".." in Path(name).parts:
        return None, f"file name {name!r} leaves the input directory"
    base = os.path.realpath(directory)
    full = os.path.realpath(os.path.join(directory, name))
    if os.path.commonpath([base, full]) != base:
        return None, f"file {name!r} resolves outside the input directory (symlink)"
    if not _is_regular_file(full):
        return None, f"file {name!r} is missing or not a regular file"
    return full, ""


def _read_manifest_dir(directory: str, max_line_bytes: int) -> Iterator[Record]:
    manifest = os.path.join(directory, MANIFEST)
    for rec in _read_jsonl(manifest, max_line_bytes, max_line_bytes * 10):
        if rec["kind"] != "raw":
            yield rec
            continue
        entry = dict(rec["data"])
        if "text" not in entry:
            full, why = _safe_member(directory, entry.get("file"))
            if full is None:
                reason = "unsafe_path" if "leaves" in why or "outside" in why or "unsafe" in why else "missing_file"
                yield reject(reason, why, manifest, rec["line"], _str_or_none(entry.get("id")))
                continue
            try:
                with open(full, "rb") as fh:
                    data = fh.read(max_line_bytes + 1)
            except OSError as exc:
                yield reject("unreadable_file", str(exc), manifest, rec["line"], _str_or_none(entry.get("id")))
                continue
            if len(data) > max_line_bytes:
                yield reject("too_large", f"file exceeds {max_line_bytes} bytes", manifest, rec["line"],
                             _str_or_none(entry.get("id")))
                continue
            try:
                entry["text"] = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield reject("not_utf8", f"{entry.get('file')}: {exc}", manifest, rec["line"],
                             _str_or_none(entry.get("id")))
                continue
        entry.pop("file", None)
        yield {"kind": "raw", "data": entry, "input_file": manifest, "line": rec["line"]}


def _str_or_none(value: Any) -> str | None:
    return str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None
