"""Tests for pipeline.regexcache: patterns served from the on-disk cache behave as re.compile's."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import numbers
from pipeline.regexcache import RegexCache

PATTERNS = [
    (r"(?P<q>\d+)\s+(?:people|persons)\s+(?:were\s+)?killed", 0),
    (r"\b(?:ambush(?:ed)?|raid)\b", re.IGNORECASE),
    (r"(?i:between\s+(?P<a>\w+)\s+and\s+(?P<b>\w+))(?!\s+dead)", 0),
    (r"^\s*$", re.MULTILINE),
]
TEXT = "Twelve people were killed in an AMBUSH; 3 persons killed between Dawa and Kibo\n \n"


def _warm(tmp_path: Path) -> RegexCache:
    cold = RegexCache("t", str(tmp_path))
    for p, f in PATTERNS:
        cold.compile(p, f)
    cold.save()
    return RegexCache("t", str(tmp_path))


def test_cached_patterns_equal_fresh_ones_and_match_alike(tmp_path):
    warm = _warm(tmp_path)
    assert len(list(tmp_path.glob("regex-t-*.json.gz"))) == 1
    for p, f in PATTERNS:
        got, want = warm.compile(p, f), re.compile(p, f)
        assert got == want  # Pattern.__eq__ compares the opcodes, flags and source
        assert got.groupindex == want.groupindex and got.flags == want.flags
        assert [m.groupdict() | {"span": m.span()} for m in got.finditer(TEXT)] == \
               [m.groupdict() | {"span": m.span()} for m in want.finditer(TEXT)]
    assert warm.misses == 0  # everything came from the file


def test_damaged_cache_recompiles_and_is_rewritten(tmp_path):
    _warm(tmp_path)
    (path,) = tmp_path.glob("regex-t-*.json.gz")
    path.write_bytes(b"\x1f\x8b damaged")
    again = RegexCache("t", str(tmp_path))
    p, f = PATTERNS[0]
    assert again.compile(p, f) == re.compile(p, f)
    again.save()
    assert RegexCache("t", str(tmp_path)).compile(p, f).search(TEXT).group("q") == "3"


def test_unwritable_cache_dir_costs_nothing_but_time(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = RegexCache("t", str(blocker / "sub"))  # a directory that cannot be created
    p, f = PATTERNS[1]
    assert cache.compile(p, f).search(TEXT).group() == "AMBUSH"
    cache.save()  # logs, never raises


def test_bad_pattern_raises_re_error(tmp_path):
    with pytest.raises(re.error):
        RegexCache("t", str(tmp_path)).compile(r"(?P<q>unclosed")


def test_numbers_patterns_come_from_the_cache_in_a_new_process(tmp_path):
    """A second process imports numbers without compiling: every pattern is found in the cache."""
    env = dict(os.environ, NEWSEVENTS_CACHE=str(tmp_path))
    code = ("import pipeline.numbers as n; c = n._REGEX_CACHE; "
            "print(len(c._parts), c.misses, n.extract_casualties('Gunmen killed five villagers.').killed.best)")
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    n_first, misses, killed = first.stdout.split()
    assert int(misses) == int(n_first) >= len(numbers._PATTERNS) and killed == "5"
    assert second.stdout.split() == [n_first, "0", "5"]


def test_tampered_opcodes_are_refused_and_recompiled(tmp_path):
    """_sre.compile validates the opcodes: a forged entry falls back to a fresh compile."""
    import base64
    import gzip
    import json

    _warm(tmp_path)
    (path,) = tmp_path.glob("regex-t-*.json.gz")
    stored = json.loads(gzip.decompress(path.read_bytes()))
    for entry in stored["patterns"].values():
        entry[1] = base64.b64encode(b"\xff\xff\x00\x00" * 8).decode()
    path.write_bytes(gzip.compress(json.dumps(stored).encode()))
    cache = RegexCache("t", str(tmp_path))
    for p, f in PATTERNS:
        assert cache.compile(p, f) == re.compile(p, f)
    assert cache.misses == len(PATTERNS)
