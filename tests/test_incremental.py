"""Scheduled batch runs: three days of arrivals with a retry, an extractor upgrade, a failed run,
the run history (`_runs/`, `python -m pipeline runs`) and the Beam metrics in the summary."""
from __future__ import annotations

import json

import pytest

from pipeline import events as events_mod
from pipeline import job, runs, store
from tests.conftest import article, write_jsonl

NEW_VERSION = "9.9.9-test"


def snapshot(root) -> dict[str, list]:
    out = {}
    for table, key in (("events", "event_id"), ("incidents", "incident_id"), ("articles", "article_id"),
                       ("mentions", "event_id")):
        rows = store.read_table(root, table).to_pylist()
        out[table] = sorted(rows, key=lambda r: (r[key], json.dumps(r, sort_keys=True, default=str)))
    return out


@pytest.fixture(scope="module")
def nightly(tmp_path_factory):
    """One output root fed by a growing folder of one JSONL per day, run the way cron would."""
    base = tmp_path_factory.mktemp("nightly")
    arrivals, out = base / "arrivals", base / "out"
    arrivals.mkdir()
    glob = str(arrivals / "*.jsonl")
    argv = ["--input", glob, "--output", str(out), "--incremental"]
    res, snaps = {}, {}

    write_jsonl(arrivals / "day1.jsonl", [article(1, published="2016-03-14"), article(2, published="2016-03-14")])
    res["day1"] = job.run(argv)
    write_jsonl(arrivals / "day2.jsonl", [
        article(3, published="2016-03-15", text="A car bomb killed 12 people at a market in Mosul on Monday."),
        article(4, published="2016-03-15"),
    ])
    res["day2"] = job.run(argv)
    snaps["day2"] = snapshot(out)
    res["retry"] = job.run(argv)  # the scheduler retries day 2
    snaps["retry"] = snapshot(out)
    write_jsonl(arrivals / "day3.jsonl", [article(5, published="2016-03-16"), "{not json"])
    res["day3_code"] = job.main_run(argv)  # through the CLI entry point: exit code 3
    snaps["day3"] = snapshot(out)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(events_mod, "EXTRACTOR_VERSION", NEW_VERSION)
        res["upgraded_incremental"] = job.run(argv)
        snaps["upgraded_incremental"] = snapshot(out)
        res["reprocess"] = job.run([*argv, "--reprocess"])
        snaps["reprocess"] = snapshot(out)
    write_jsonl(arrivals / "day4.jsonl", [article(6, published="2016-03-17")])
    with pytest.MonkeyPatch.context() as mp:
        def broken_commit(self, *a, **k):
            raise OSError(28, "No space left on device")

        mp.setattr(store.OutputRoot, "commit", broken_commit)
        res["failed_code"] = job.main_run(argv)
    snaps["failed"] = snapshot(out)
    return out, res, snaps


def counts(result):
    c = result.record["counts"]
    return c["processed"], c["skipped"], c["rejected"]


def test_each_day_processes_only_new_articles(nightly):
    out, res, snaps = nightly
    assert counts(res["day1"]) == (2, 0, 0)
    assert counts(res["day2"]) == (2, 2, 0)
    assert {r["article_id"] for r in snaps["day3"]["articles"]} == {"a0001", "a0002", "a0003", "a0004", "a0005"}
    assert res["day3_code"] == job.EXIT_OK_WITH_REJECTS
    day3 = runs.load_runs(out)[3]
    assert (day3["counts"]["processed"], day3["counts"]["skipped"], day3["counts"]["rejected"]) == (1, 4, 1)
    assert day3["counts"]["read"] == 6


def test_retry_changes_nothing_and_duplicates_nothing(nightly):
    _, res, snaps = nightly
    assert counts(res["retry"]) == (0, 4, 0)
    assert res["retry"].exit_code == job.EXIT_OK
    assert snaps["retry"] == snaps["day2"]
    ids = [r["event_id"] for r in snaps["retry"]["events"]]
    assert len(ids) == len(set(ids))


def test_extractor_upgrade_incremental_skips_and_suggests_reprocess(nightly):
    _, res, snaps = nightly
    up = res["upgraded_incremental"]
    assert counts(up) == (0, 5, 1)  # the bad line of day 3 is rejected again (rejects are not "seen")
    assert snaps["upgraded_incremental"]["events"] == snaps["day3"]["events"]
    assert any("--reprocess" in n and NEW_VERSION in n for n in up.record["notes"])
    assert "--reprocess" in job.summary(up)
    assert up.record["versions"]["extractor"] == NEW_VERSION


def test_reprocess_redoes_everything_with_the_new_version(nightly):
    _, res, snaps = nightly
    rep = res["reprocess"]
    assert counts(rep) == (5, 0, 1) and rep.record["mode"] == "reprocess"
    snap = snaps["reprocess"]
    assert {r["extractor_version"] for r in snap["articles"]} == {NEW_VERSION}
    assert {r["extractor_version"] for r in snap["events"]} == {NEW_VERSION}
    before, after = snaps["day3"]["events"], snap["events"]
    assert len(after) == len(before) and len({r["event_id"] for r in after}) == len(after)
    strip = lambda rows: [{k: v for k, v in r.items() if k != "extractor_version"} for r in rows]  # noqa: E731
    assert strip(after) == strip(before)  # same extraction here: same rows, same incident ids
    assert snap["incidents"] == snaps["day3"]["incidents"]


def test_failed_run_is_recorded_and_commits_nothing(nightly):
    out, res, snaps = nightly
    assert res["failed_code"] == job.EXIT_FAILED
    assert snaps["failed"] == snaps["reprocess"]
    last = runs.load_runs(out)[-1]
    assert last["status"] == "failed" and last["exit_code"] == 1
    assert "No space left on device" in last["error"]
    assert last["inputs"] and last["versions"]["extractor"] and "total" in last["timings_s"]
    assert not any((out / store.STAGING).iterdir()) if (out / store.STAGING).exists() else True


def test_run_records_hold_inputs_counters_durations_versions_status(nightly):
    out, res, _ = nightly
    records = runs.load_runs(out)
    assert [r["status"] for r in records] == ["committed"] * 6 + ["failed"]
    assert [r["exit_code"] for r in records] == [0, 0, 0, 3, 3, 3, 1]
    first = records[0]
    assert first["mode"] == "incremental" and first["inputs"][0]["path"].endswith("day1.jsonl")
    assert set(first["timings_s"]) >= {"pipeline", "commit", "incidents", "total"}
    assert first["versions"]["extractor"] == events_mod.EXTRACTOR_VERSION and "apache-beam" in first["versions"]
    assert first["incidents"]["incidents_written"] >= 1
    # Beam counters, stored and printed
    m = res["day1"].record["metrics"]
    assert res["day1"].record["metrics_available"]
    assert m["articles_read"] == 2 and m["articles_processed"] == 2 and m["articles_rejected"] == 0
    assert m["events_extracted"] == res["day1"].record["counts"]["events"]
    assert sum(v for k, v in m.items() if k.startswith("events_") and k not in
               ("events_extracted", "events_place_unresolved")) == m["events_extracted"]
    assert records[3]["metrics"]["articles_skipped"] == 4 and records[3]["metrics"]["articles_rejected"] == 1
    text = job.summary(res["day1"])
    assert "metrics: " in text and "articles_read=2" in text and "events_place_unresolved=" in text


def test_summary_says_when_the_runner_has_no_metrics(nightly):
    _, res, _ = nightly
    rec = dict(res["day1"].record, metrics={}, metrics_available=False)
    assert "reports no Beam metrics" in job.summary(job.RunResult("x", rec, 0))


def test_runs_command_lists_the_history(nightly, capsys):
    from pipeline.cli import main

    out, res, _ = nightly
    assert main(["runs", "--output", str(out)]) == 0
    text = capsys.readouterr().out
    lines = text.splitlines()
    assert lines[0].split()[:10] == ["run_id", "status", "exit", "mode", "read", "processed", "rejected", "skipped",
                                     "events", "incidents"]
    assert res["day1"].run_id in text and res["retry"].run_id in text
    assert sum(" failed " in ln for ln in lines[1:8]) == 1 and "No space left on device" in text
    retry = next(ln for ln in lines if ln.startswith(res["retry"].run_id)).split()
    assert retry[1:9] == ["committed", "0", "incremental", "4", "0", "0", "4", "0"]
    assert main(["runs", "--output", str(out), "--last", "2", "--json"]) == 0
    assert [r["status"] for r in json.loads(capsys.readouterr().out)] == ["committed", "failed"]
