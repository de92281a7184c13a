"""Compiled regular expressions kept on disk between processes.

``numbers`` builds its casualty patterns from one quantity grammar that each of them embeds
whole: about 1 MB of regex source, which ``re`` parses in pure Python for 2-6 s in every
process that imports it (each Beam worker, each command). ``re`` cannot store a compiled
pattern (pickling one recompiles it), so this module keeps what ``re._compiler.compile`` hands
to ``_sre.compile`` (the opcode words and the group tables) in a gzipped JSON file under the
cache directory, keyed by the interpreter's version and the regex engine's magic number, and
rebuilds each pattern from it in microseconds. The rebuilt pattern equals the one ``re.compile``
gives (``Pattern.__eq__`` compares the opcodes), and ``_sre.compile`` validates the opcodes it is
given, so a damaged file cannot yield a broken pattern. Anything unexpected (another Python, a
damaged or unwritable cache, an ``re`` without these internals) falls back to ``re.compile``.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import logging
import os
import re
import sys
from array import array
from typing import Any

from pipeline.gazetteer import default_cache_dir, write_cache_json

log = logging.getLogger(__name__)

try:  # CPython 3.11+ internals; without them every pattern is compiled by re.compile
    import _sre
    from re import _compiler, _parser

    #: array typecode of one opcode word (the code is stored as bytes: a list of ints loads 100x slower)
    _WORD = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
    _ENGINE = f"{sys.implementation.cache_tag}-{sys.version_info[:3]}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError, StopIteration):  # pragma: no cover - other interpreters
    _sre = None  # type: ignore[assignment]
    _WORD = "I"
    _ENGINE = ""

#: One compiled pattern's parts: (flags, code as bytes, groups - 1, groupindex, indexgroup).
Parts = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]
FORMAT = 1


def _build(pattern: str, parts: Parts) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = parts
    return _sre.compile(pattern, flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup)


def _compile_parts(pattern: str, flags: int) -> Parts:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` for `pattern`."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | p.state.flags), array(_WORD, code).tobytes(), p.state.groups - 1, groupindex, tuple(indexgroup)


class RegexCache:
    """``compile`` like ``re.compile`` (str patterns), served from ``<cache_dir>/regex-<name>-*.json.gz``.

    Call ``save()`` once the module's patterns are compiled; it writes only when something was
    compiled afresh, atomically, and never raises.
    """

    def __init__(self, name: str, cache_dir: str | None = None) -> None:
        self.path = ""
        self._parts: dict[str, Parts] = {}
        self._dirty = False
        self.misses = 0  # patterns compiled afresh by this process
        if not _ENGINE:
            return
        engine = hashlib.sha1(_ENGINE.encode()).hexdigest()[:12]
        self.path = os.path.join(cache_dir or default_cache_dir(), f"regex-{name}-{engine}.json.gz")
        try:
            with gzip.open(self.path, "rt", encoding="utf-8") as f:
                stored = json.load(f)
            if stored.get("format") == FORMAT and stored.get("engine") == _ENGINE:
                self._parts = {key: (flags, base64.b64decode(code), groups, groupindex, tuple(indexgroup))
                               for key, (flags, code, groups, groupindex, indexgroup) in stored["patterns"].items()}
        except (OSError, EOFError, ValueError, TypeError, KeyError, AttributeError):
            self._parts = {}

    @staticmethod
    def _key(pattern: str, flags: int) -> str:
        return hashlib.sha1(f"{flags}\x00{pattern}".encode("utf-8", "surrogatepass")).hexdigest()

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern:
        if not self.path or not isinstance(pattern, str):
            return re.compile(pattern, flags)
        flags = int(flags)
        key = self._key(pattern, flags)
        parts = self._parts.get(key)
        if parts is not None:
            try:
                return _build(pattern, parts)
            except Exception:  # a damaged entry: compile afresh below
                log.debug("regex cache entry %s unusable; recompiling", key)
        try:
            parts = _compile_parts(pattern, flags)
            compiled = _build(pattern, parts)
        except re.error:
            raise
        except Exception:  # re's internals changed: the public way
            return re.compile(pattern, flags)
        self._parts[key] = parts
        self._dirty = True
        self.misses += 1
        return compiled

    def save(self) -> None:
        if not self._dirty or not self.path:
            return
        patterns = {key: [flags, base64.b64encode(code).decode("ascii"), groups, groupindex, list(indexgroup)]
                    for key, (flags, code, groups, groupindex, indexgroup) in self._parts.items()}
        try:
            write_cache_json(self.path, {"format": FORMAT, "engine": _ENGINE, "patterns": patterns})
            self._dirty = False
        except (OSError, ValueError) as exc:  # a read-only cache only costs the next process the compile time
            log.debug("regex cache %s not written: %s", self.path, exc)
