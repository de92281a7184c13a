"""The staging area the driver commits: the workers' file summaries, the flat layout, cleanup."""
from __future__ import annotations

import datetime as dt
import shutil

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions
import pyarrow.parquet as pq

from pipeline import incidents, job, store, transforms
from pipeline.config import defaults
from pipeline.readers import expand_inputs
from tests.conftest import article, write_jsonl

# Two reports of one attack (they link), one other attack, a rejected line.
ARTICLES = [
    article(1, published="2016-03-14", source="Wire A",
            text="Gunmen killed 5 people in Baghdad on Sunday, police said. A car bomb exploded near a market "
                 "in Mosul on Friday, wounding 3."),
    article(2, published="2016-03-14", source="Wire B",
            text="Gunmen killed at least 6 people in Baghdad on Sunday, officials said."),
    article(3, published="2016-04-02", source="Wire A",
            text="A suicide bomber killed 12 people at a checkpoint in Kirkuk on Thursday, police said."),
    "{not json",
]


def staged_run(tmp_path, name="out"):
    """A finished pipeline's staging area (nothing committed): root, staging path."""
    root = store.OutputRoot(tmp_path / name)
    root.check_writable()
    staging = root.staging_dir("r1")
    staging.mkdir(parents=True)
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    options = PipelineOptions(["--runner", "FnApiRunner", "--input", str(src), "--output", str(root.path)])
    with beam.Pipeline(options=options) as p:
        job.build_pipeline(p, expand_inputs([str(src)]), defaults(), str(staging), dt.date(2026, 1, 1))
    return root, staging


def without_values(summaries):
    return [{k: v for k, v in s.items() if k != "values"} for s in summaries]


def test_summaries_equal_what_reading_the_staged_files_gives(tmp_path):
    root, staging = staged_run(tmp_path)
    assert list((staging / store.SUMMARIES).glob("part-*.json"))
    got = store.staged_summaries(staging)
    on_disk = sorted(p.relative_to(staging / "new").as_posix() for p in (staging / "new").rglob("*.parquet"))
    assert [s["staged"] for s in got] == on_disk
    assert {s["table"] for s in got} == {"events", "mentions", "incidents", "articles", "rejects"}
    for s in got:
        f = staging / "new" / s["staged"]
        assert s["rows"] == pq.ParquetFile(f).metadata.num_rows
        assert s["path"] == store.root_rel(s["staged"])
        if s["table"] in ("events", "mentions", "incidents"):
            assert s["path"] == f"{s['table']}/event_date={s['partition']}/{f.name.split('.', 1)[1]}"
        if s["table"] == "events":
            assert s["values"] == store.read_file(f, list(transforms.LINK_COLUMNS)).to_pylist()
        else:
            assert "values" not in s
    # without the workers' summaries, the driver reads the same from the files (values aside)
    shutil.rmtree(staging / store.SUMMARIES)
    assert store.staged_summaries(staging) == without_values(got)


def test_linking_from_summaries_equals_linking_from_the_files(tmp_path):
    root, staging = staged_run(tmp_path)
    processed = set(store.staged_column(staging, "articles", "article_id"))
    from_summaries = incidents.plan_links(root, staging, processed, store.staged_summaries(staging))
    shutil.rmtree(staging / store.SUMMARIES)
    from_files = incidents.plan_links(root, staging, processed)
    assert from_summaries.stats["events_relinked"] > 0  # the two Baghdad reports link
    for plan in (from_summaries, from_files):
        plan.stats.pop("seconds")
    assert from_summaries.stats == from_files.stats
    assert from_summaries.deletes == from_files.deletes and from_summaries.staged_deletes == from_files.staged_deletes
    for a, b in ((from_summaries.writes, from_files.writes), (from_summaries.staged_writes, from_files.staged_writes)):
        assert a.keys() == b.keys()
        assert all(a[k].equals(b[k]) for k in a)


def test_committed_run_equals_one_whose_summaries_are_lost(tmp_path):
    """The summaries only save reading: the committed files are the same, byte for byte."""
    outs = []
    for name, drop in (("with", False), ("without", True)):
        root, staging = staged_run(tmp_path, name)
        if drop:
            shutil.rmtree(staging / store.SUMMARIES)
        root.lock()
        try:
            job.finish_staged(root, staging, "r1", {"run_id": "r1", "timings_s": {}})
        finally:
            root.unlock()
        outs.append({p.relative_to(root.path).as_posix(): p.read_bytes()
                     for p in sorted(root.path.rglob("*.parquet"))})
    assert outs[0] == outs[1]
    assert any(k.startswith("incidents/") for k in outs[0])


def test_staged_layout_is_flat():
    flat = "events/event_date=2016-03-13.part-ab.parquet"
    assert store.staged_rel("events/event_date=2016-03-13/part-ab.parquet") == flat
    assert store.staged_rel("articles/part-ab.parquet") == "articles/part-ab.parquet"
    for rel in ("events/event_date=2016-03-13/part-ab.parquet", "incidents/event_date=2016-03-13/part-c.parquet",
                "articles/part-ab.parquet", "rejects/part-x.parquet"):
        assert store.root_rel(store.staged_rel(rel)) == rel


def test_run_leaves_no_staging_folder(tmp_path):
    out = tmp_path / "out"
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES[:1])
    result = job.run(["--input", str(src), "--output", str(out)])
    assert result.record["status"] == "committed"
    assert not (out / store.STAGING).exists()
    assert store.read_table(out, "events").num_rows > 0


def test_staging_folder_stays_while_another_area_is_in_it(tmp_path):
    root = store.OutputRoot(tmp_path)
    a, b = root.staging_dir("a"), root.staging_dir("b")
    a.mkdir(parents=True)
    (b / "new").mkdir(parents=True)
    root.drop_staging(a)
    assert not a.exists() and b.is_dir()
    root.drop_staging(b)
    assert not (tmp_path / store.STAGING).exists()


def test_events_and_mentions_of_a_date_are_staged_by_one_group(tmp_path):
    """One group per date (not per table and date), so a round-robin split of groups over
    workers gives each worker both tables instead of every events group to one worker."""
    event = {"kind": "events", "event_date": "2016-03-13", "event_id": "e1", "article_id": "a1",
             "incident_id": "i1", "event_type": "attack", "date_start": "2016-03-13",
             "date_end": "2016-03-13", "published": "2016-03-14"}
    mention = {"kind": "mentions", "event_date": "2016-03-13", "event_id": "e1", "article_id": "a1",
               "char_start": 0, "char_end": 10}
    reject = {"kind": "reject", "article_id": "a2", "reason": "empty"}
    (k1, v1), (k2, v2), (k3, _) = map(transforms.key_by_partition, (dict(event), dict(mention), dict(reject)))
    assert k1 == k2 == (transforms.DATED, "2016-03-13")
    assert k3 == ("rejects", "")
    assert v1[0] == "events" and "event_date" not in v1[1] and v2[0] == "mentions"
    staged = list(transforms.StagePartition(str(tmp_path)).process((k1, [[v2], [v1]])))
    assert sorted((s["table"], s["partition"], s["rows"]) for s in staged) == [
        ("events", "2016-03-13", 1), ("incidents", "2016-03-13", 1), ("mentions", "2016-03-13", 1)]
    for s in staged:
        assert (tmp_path / "new" / s["staged"]).is_file()


def test_a_buckets_rows_travel_to_the_shuffle_grouped_by_partition():
    """One shuffle element per (bucket, partition group), holding that group's rows in order."""
    rows = [
        {"kind": "events", "event_date": "2016-03-13", "event_id": "e1"},
        {"kind": "mentions", "event_date": "2016-03-13", "event_id": "e1"},
        {"kind": "events", "event_date": "2016-03-14", "event_id": "e2"},
        {"kind": "mentions", "event_date": "2016-03-13", "event_id": "e1b"},
        {"kind": "articles", "article_id": "a1"},
        {"kind": "articles", "article_id": "a2"},
    ]
    groups = transforms.group_by_partition([dict(r) for r in rows])
    assert [key for key, _ in groups] == [(transforms.DATED, "2016-03-13"), (transforms.DATED, "2016-03-14"),
                                          ("articles", "")]
    assert [(t, r.get("event_id") or r.get("article_id")) for t, r in groups[0][1]] == [
        ("events", "e1"), ("mentions", "e1"), ("mentions", "e1b")]
    assert [r["article_id"] for _, r in groups[2][1]] == ["a1", "a2"]
