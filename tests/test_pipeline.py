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


# --------------------------------------------------------------------------- batched extraction

BATCH_TEXTS = [
    "Gunmen killed 7 people in Kano on Tuesday, police said. The attack also wounded 12 others.",
    "THREE SOLDIERS WERE KILLED WHEN A ROADSIDE BOMB EXPLODED NEAR AYACUCHO ON MONDAY, THE ARMY SAID. "
    "A SECOND BLAST WOUNDED TWO FARMERS.",
    "The city council met on Wednesday to discuss the budget for new parks.",  # no trigger: nothing parsed
    "Rebels shelled the outskirts of Goma overnight, killing four civilians. In 1994, fighting there "
    "had killed hundreds.\n\nProtesters marched in Kinshasa on Friday.",
    "Two policemen were shot dead at a checkpoint in Peshawar on Sunday. Nobody claimed the attack.",
]


def _batch_articles() -> list[dict]:
    return [article(i, text=t, published=f"20{10 + i}-0{i + 2}-1{i}") for i, t in enumerate(BATCH_TEXTS)]


@pytest.fixture(scope="module")
def res():
    from pipeline import resources

    return resources.get(defaults())


def test_batched_extraction_gives_the_rows_of_one_article_at_a_time(res, monkeypatch):
    from pipeline import resources
    from pipeline.events import extract_events

    arts = _batch_articles()
    one = [extract_events(a, res) for a in arts]
    assert sum(len(ev) for ev, _ in one) >= 3
    assert resources.extract_batch(arts, res, defaults()) == one
    monkeypatch.setattr(resources, "MAX_BATCHED_CANDIDATES", 1)  # the longer ones are parsed alone
    assert resources.extract_batch(arts, res, defaults()) == one


def test_one_bad_article_never_fails_its_batch(res, monkeypatch):
    from pipeline import resources
    from pipeline.events import extract_events

    arts = _batch_articles()
    one = [extract_events(a, res) for a in arts]
    real_finish = resources.finish_article

    def finish(prep, docs, res_, deadline=None):
        if prep.article["id"] == arts[1]["id"]:
            raise ValueError("bad article")
        return real_finish(prep, docs, res_, deadline)

    monkeypatch.setattr(resources, "finish_article", finish)
    got = resources.extract_batch(arts, res, defaults())
    assert isinstance(got[1], ValueError) and [g for i, g in enumerate(got) if i != 1] == one[:1] + one[2:]


def test_parser_failure_falls_back_to_one_article_at_a_time(res):
    """spaCy raising inside the shared stream: every article still gets its own outcome."""
    import dataclasses

    from pipeline import resources
    from pipeline.events import extract_events

    arts = _batch_articles()
    one = [extract_events(a, res) for a in arts]
    poison = "Peshawar"

    class Flaky:
        def __init__(self, nlp):
            self.nlp = nlp

        def pipe(self, texts, **kw):
            for doc in self.nlp.pipe(texts, **kw):
                if poison in doc.text:
                    raise RuntimeError("parser crashed")
                yield doc

    flaky = dataclasses.replace(res, nlp=Flaky(res.nlp))
    got = resources.extract_batch(arts, flaky, defaults())
    assert isinstance(got[4], RuntimeError) and got[:4] == one[:4]


def test_batched_articles_keep_their_own_deadline(res, tmp_path):
    from pipeline import resources
    from pipeline.config import load_config

    cfg = tmp_path / "c.yaml"
    cfg.write_text("extraction:\n  article_timeout_s: 0.000001\n")
    got = resources.extract_batch(_batch_articles(), res, load_config(str(cfg)))
    assert got[2] == ([], [])  # nothing to parse, nothing to time out
    assert all(isinstance(g, resources.ArticleTimeout) for i, g in enumerate(got) if i != 2)


def test_buckets_keep_duplicates_together_and_order_fixed():
    from pipeline import transforms

    recs = [{"kind": "article", "id": f"x{i % 7}", "input_file": "f", "line": i, "content_hash": str(i)}
            for i in range(40)]
    keyed = [transforms.key_by_bucket(r, 8) for r in recs]
    assert {k for k, _ in keyed} <= set(range(8))
    by_id = {}
    for k, r in keyed:
        assert by_id.setdefault(r["id"], k) == k  # one id, one bucket
    groups = {}
    for k, r in keyed:
        groups.setdefault(k, []).append(r)
    for k, rs in groups.items():
        a = transforms.dedupe_bucket((k, rs))
        b = transforms.dedupe_bucket((k, list(reversed(rs))))
        assert a == b
        assert sum(r["kind"] == "article" for r in a) == len({r["id"] for r in rs})
    assert transforms.bucket_count([("jsonl", "/nonexistent")]) == transforms.MIN_BUCKETS
