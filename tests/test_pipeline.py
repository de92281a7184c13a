"""End-to-end: the Beam job over real articles, its graph shape, re-runs, empty and bad input."""
from __future__ import annotations

import datetime as dt
import json

import apache_beam as beam
import duckdb
import pyarrow as pa
import pytest
from apache_beam.pipeline import PipelineVisitor

import schemas
from pipeline import job, store
from pipeline.config import defaults
from pipeline.readers import expand_inputs
from tests.conftest import article, write_jsonl


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory, seeds_dir):
    out = tmp_path_factory.mktemp("seeds_out")
    result = job.run(["--input", str(seeds_dir), "--output", str(out)])
    return out, result


def test_seeds_run_writes_contract_tables(seeds_run):
    out, result = seeds_run
    assert result.exit_code == job.EXIT_OK
    events = store.read_table(out, "events")
    assert events.num_rows >= 5
    expected = {f.name: f.type for f in schemas.EVENTS}
    for name, typ in expected.items():
        assert events.schema.field(name).type == typ, name
    assert events.schema.field("event_date").type == pa.date32()
    rows = events.to_pylist()
    assert {r["article_id"] for r in rows} == {"000_12c465294055f540", "001_6a4e8a71f02451d5", "002_ca29fa2f21833d5d"}
    for r in rows:
        assert r["date_start"] <= r["event_date"] <= r["date_end"]
        assert r["date_precision"] in ("day", "days", "week", "month", "year", "publication")
        assert r["event_type"] in schemas.EVENT_TYPES
        assert r["geo_precision"] in ("place", "admin1", "country", "unknown")
        assert r["evidence"]
    # partitions are the event dates, read as DATE by DuckDB
    got = duckdb.sql(f"SELECT DISTINCT typeof(event_date) FROM {store.duckdb_source(out)}").fetchall()
    assert got == [("DATE",)]
    record = json.loads((out / "_runs" / f"{result.run_id}.json").read_text())
    assert record["counts"]["processed"] == 3 and record["counts"]["events"] == events.num_rows
    assert sum(record["counts"]["events_per_partition"].values()) == events.num_rows
    mentions = store.read_table(out, "mentions")
    assert set(mentions.column("event_id").to_pylist()) == set(events.column("event_id").to_pylist())


def test_rerun_same_input_leaves_same_rows(seeds_run, seeds_dir):
    out, _ = seeds_run
    before = sorted(store.read_table(out, "events").to_pylist(), key=lambda r: r["event_id"])
    job.run(["--input", str(seeds_dir), "--output", str(out)])
    after = sorted(store.read_table(out, "events").to_pylist(), key=lambda r: r["event_id"])
    assert before == after
    assert store.read_table(out, "articles").num_rows == 3


def test_bad_and_good_lines(tmp_path):
    good = [article(i) for i in range(20)]
    bad = ["{broken", json.dumps({"id": "n1", "published": "2016-03-14"}),
           json.dumps({"id": "n2", "published": "yesterday", "text": "Five people were killed in Kabul."}),
           json.dumps(article(3, text="A duplicate id with other text: two were shot dead in Chicago."))]
    src = write_jsonl(tmp_path / "in.jsonl", good + bad)
    out = tmp_path / "out"
    result = job.run(["--input", str(src), "--output", str(out)])
    assert result.exit_code == job.EXIT_OK_WITH_REJECTS
    assert result.record["counts"]["processed"] == 20
    rejects = store.read_table(out, "rejects").to_pylist()
    assert sorted(r["reason"] for r in rejects) == ["bad_json", "bad_published", "duplicate_id", "missing_text"]
    assert all(r["input_file"] == str(src) and r["line"] > 20 for r in rejects)
    # re-running does not double the rejects
    job.run(["--input", str(src), "--output", str(out)])
    assert store.read_table(out, "rejects").num_rows == 4


def test_empty_input_leaves_readable_empty_tables(tmp_path):
    src = write_jsonl(tmp_path / "empty.jsonl", [])
    out = tmp_path / "out"
    result = job.run(["--input", str(src), "--output", str(out)])
    assert result.exit_code == job.EXIT_OK and result.record["counts"]["events"] == 0
    assert duckdb.sql(f"SELECT count(*) FROM {store.duckdb_source(out)}").fetchall() == [(0,)]
    assert store.read_table(out, "events").num_rows == 0


def test_graph_is_one_chain_with_one_sink(tmp_path):
    """Engines like DaskRunner run only the last branch and mix tagged outputs: forbid both."""
    from pipeline.transforms import ExtractToStaging

    p = beam.Pipeline(runner="FnApiRunner")
    _ = p | ExtractToStaging(expand_inputs([str(write_jsonl(tmp_path / "a.jsonl", [article(1)]))]),
                             defaults(), str(tmp_path / "staging"), dt.date(2026, 1, 1))

    produced, consumed, problems = set(), set(), []

    class Walk(PipelineVisitor):
        def visit_transform(self, node):
            name = type(node.transform).__name__
            if name in ("Read", "_SDFBoundedSourceWrapper", "WriteToText", "WriteToParquet", "_WriteFiles") \
                    or "Write" in name and name != "WriteToStaging":
                problems.append(f"Beam source/sink {name} in {node.full_label}")
            outs = [o for tag, o in node.outputs.items()]
            if len([t for t in node.outputs if t is not None]) > 1:
                problems.append(f"tagged outputs in {node.full_label}")
            for o in outs:
                produced.add(id(o))
            for i in node.inputs:
                consumed.add(id(i))

    p.visit(Walk())
    leaves = produced - consumed
    assert not problems, problems
    assert len(leaves) == 1, f"{len(leaves)} leaf PCollections: every branch but the last is lost on DaskRunner"


def test_cli_help_lists_every_option(capsys):
    from pipeline.cli import main

    assert main(["run", "--help"]) == 0
    text = capsys.readouterr().out
    for opt in ("--input", "--output", "--config", "--wait_for_lock", "--runner", "--direct_num_workers"):
        assert opt in text


def test_bad_config_is_a_clear_error(tmp_path, capsys):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("limits:\n  max_article_chars: lots\n")
    src = write_jsonl(tmp_path / "a.jsonl", [article(1)])
    assert job.main_run(["--input", str(src), "--output", str(tmp_path / "o"), "--config", str(cfg)]) == job.EXIT_USAGE
    assert "max_article_chars must be int" in capsys.readouterr().err
    cfg.write_text("limits: !!python/object/apply:os.system ['echo pwned']\n")
    assert job.main_run(["--input", str(src), "--output", str(tmp_path / "o"), "--config", str(cfg)]) == job.EXIT_USAGE
