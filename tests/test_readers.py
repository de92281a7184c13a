"""Readers and validation: every bad line becomes a reject with its reason and origin."""
from __future__ import annotations

import datetime as dt
import gzip
import json
import os

import pytest

from pipeline.articles import pick_unique, validate
from pipeline.config import defaults
from pipeline.readers import InputError, InputSpec, expand_inputs, read_input
from tests.conftest import article, write_jsonl

TODAY = dt.date(2026, 11, 26)
CFG = defaults()


def read_all(path, kind="jsonl"):
    return list(read_input(InputSpec(kind, str(path)), max_line_bytes=1_000_000, max_decompressed_bytes=10_000_000))


def validated(path, kind="jsonl"):
    return [r if r["kind"] == "reject" else validate(r, CFG, TODAY) for r in read_all(path, kind)]


def test_jsonl_good_and_bad_lines(tmp_path):
    good = [article(i) for i in range(100)]
    bad = [
        "{not json",
        "[1, 2, 3]",
        json.dumps({"published": "2016-03-14", "text": "Five people were killed in a bombing in Kabul."}),
        json.dumps({"id": "x1", "text": "Five people were killed in a bombing in Kabul."}),
        json.dumps({"id": "x2", "published": "14th of Marchember", "text": "Five people were killed in Kabul."}),
        json.dumps({"id": "x3", "published": "2016-03-14"}),
        json.dumps({"id": "x4", "published": "2016-03-14", "text": "   \n  "}),
        b'{"id": "x5", "published": "2016-03-14", "text": "caf\xe9 bomb"}',
        json.dumps({"id": "x6", "published": "2099-01-01", "text": "Five people were killed in a bombing in Kabul."}),
        json.dumps({"id": "x7", "published": "2016-03-14", "text": "Cinq personnes ont été tuées à Kaboul hier.",
                    "language": "fr"}),
    ]
    path = write_jsonl(tmp_path / "in.jsonl", good[:50] + bad + good[50:])
    recs = validated(path)
    arts = [r for r in recs if r["kind"] == "article"]
    rejects = [r for r in recs if r["kind"] == "reject"]
    assert len(arts) == 100 and len(rejects) == 10
    assert sorted(r["reason"] for r in rejects) == sorted([
        "bad_json", "bad_json", "missing_id", "missing_published", "bad_published", "missing_text",
        "empty_text", "not_utf8", "future_published", "unsupported_language",
    ])
    assert all(r["input_file"] == str(path) and r["line"] for r in rejects)
    assert {r["line"] for r in rejects} == set(range(51, 61))


def test_gzip_jsonl_and_iso_datetime(tmp_path):
    path = tmp_path / "in.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(article(1, published="2016-03-14T08:30:00Z")) + "\n")
    (rec,) = validated(path)
    assert rec["kind"] == "article" and rec["published"] == "2016-03-14"


def test_gzip_bomb_is_rejected_not_expanded(tmp_path):
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb") as fh:
        for _ in range(30):
            fh.write(b" " * 1_000_000)
    recs = list(read_input(InputSpec("jsonl", str(path)), max_line_bytes=100_000, max_decompressed_bytes=5_000_000))
    assert any(r["reason"] == "decompression_limit" for r in recs)


def test_oversized_line_rejected(tmp_path):
    big = json.dumps(article(1, text="word " * 50_000))
    path = write_jsonl(tmp_path / "in.jsonl", [big, article(2)])
    recs = list(read_input(InputSpec("jsonl", str(path)), max_line_bytes=10_000, max_decompressed_bytes=10**9))
    assert [r["kind"] for r in recs] == ["reject", "raw"]
    assert recs[0]["reason"] == "line_too_long" and recs[0]["line"] == 1


def test_manifest_directory(seeds_dir):
    recs = validated(seeds_dir, "manifest")
    assert [r["kind"] for r in recs] == ["article"] * 3
    assert {r["published"] for r in recs} == {"2014-06-22", "2014-06-15"}
    assert all(len(r["text"]) > 1000 and r["source"] for r in recs)


def test_manifest_path_escapes_are_rejected(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (tmp_path / "secret.txt").write_text("Five people were killed in a bombing in Kabul on Sunday.")
    (d / "ok.txt").write_text("Five people were killed in a bombing in Kabul on Sunday.")
    os.symlink(tmp_path / "secret.txt", d / "link.txt")
    entries = [
        {"id": "ok", "file": "ok.txt", "published": "2016-01-01"},
        {"id": "dotdot", "file": "../secret.txt", "published": "2016-01-01"},
        {"id": "abs", "file": str(tmp_path / "secret.txt"), "published": "2016-01-01"},
        {"id": "sym", "file": "link.txt", "published": "2016-01-01"},
        {"id": "dev", "file": "/dev/zero", "published": "2016-01-01"},
        {"id": "missing", "file": "nope.txt", "published": "2016-01-01"},
    ]
    write_jsonl(d / "manifest.jsonl", entries)
    recs = {r.get("article_id") or r.get("id"): r for r in validated(d, "manifest")}
    assert recs["ok"]["kind"] == "article"
    for bad in ("dotdot", "abs", "sym", "dev"):
        assert recs[bad]["reason"] == "unsafe_path", bad
    assert recs["missing"]["reason"] == "missing_file"


def test_expand_inputs_forms(tmp_path, seeds_dir):
    write_jsonl(tmp_path / "a.jsonl", [article(1)])
    write_jsonl(tmp_path / "b.jsonl", [article(2)])
    specs = expand_inputs([str(tmp_path / "*.jsonl"), str(seeds_dir)])
    assert [s.kind for s in specs] == ["jsonl", "jsonl", "manifest"]
    with pytest.raises(InputError):
        expand_inputs([str(tmp_path / "nothing-*.jsonl")])
    with pytest.raises(InputError):
        expand_inputs([str(tmp_path / "missing.jsonl")])


def test_unreadable_file_is_a_reject(tmp_path):
    d = tmp_path / "dir.jsonl"
    d.mkdir()
    recs = read_all(d)
    assert recs and recs[0]["reason"] == "unreadable_file"


def test_duplicate_ids_keep_first():
    a = validate({"data": article(1), "input_file": "f", "line": 1}, CFG, TODAY)
    b = validate({"data": article(1, text="Another text about a bombing in Kabul that killed six."),
                  "input_file": "f", "line": 9}, CFG, TODAY)
    out = pick_unique("a0001", [b, a])
    assert out[0]["kind"] == "article" and out[0]["line"] == 1
    assert out[1]["reason"] == "duplicate_id" and "different text" in out[1]["detail"]


def test_truncation_of_oversized_article():
    cfg = defaults()
    cfg.values["limits"]["max_article_chars"] = 100
    rec = validate({"data": article(1, text="Bombs. " * 100), "input_file": "f", "line": 1}, cfg, TODAY)
    assert rec["kind"] == "article" and rec["truncated"] and len(rec["text"]) == 100
