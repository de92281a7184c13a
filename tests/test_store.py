"""Writer: staging, atomic commit, re-run replacement, empty tables, crash recovery, locking."""
from __future__ import annotations

import datetime as dt
import json

import duckdb
import pyarrow as pa
import pytest

import schemas
from pipeline import store
from tests.conftest import commit_events as commit, stage_events


def ev(article_id: str, n: int, date: str = "2016-03-13") -> dict:
    return {
        "event_id": f"{article_id}-{n}", "article_id": article_id, "event_date": date,
        "date_start": date, "date_end": date, "date_precision": "day", "date_text": "Sunday",
        "event_type": "attack", "geo_precision": "unknown", "casualties_claimed": False,
        "evidence": "x", "published": "2016-03-14", "killed_best": n,
    }


def duck_rows(path, table="events"):
    return duckdb.sql(f"SELECT * FROM {store.duckdb_source(path, table)}").fetchall()


def test_empty_root_tables_are_readable(tmp_path):
    root = store.OutputRoot(tmp_path)
    root.commit("r0", [], set(), set(), {"run_id": "r0"})
    for table in schemas.TABLES:
        assert store.read_table(tmp_path, table).num_rows == 0
        assert duck_rows(tmp_path, table) == []
    assert json.loads((tmp_path / "_runs" / "r0.json").read_text())["run_id"] == "r0"


def test_partition_layout_and_types(tmp_path):
    root = store.OutputRoot(tmp_path)
    commit(root, "r1", [ev("a", 1), ev("b", 2, "2016-03-12")])
    parts = sorted(p.name for p in (tmp_path / "events").iterdir())
    assert parts == ["event_date=2016-03-12", "event_date=2016-03-13"]
    t = store.read_table(tmp_path, "events")
    assert t.schema.field("event_date").type == pa.date32()
    assert "event_date" not in [f.name for f in pq_schema(tmp_path)]
    got = duckdb.sql(f"SELECT typeof(event_date), count(*) FROM {store.duckdb_source(tmp_path)} GROUP BY 1").fetchall()
    assert got == [("DATE", 2)]
    # placeholder of the empty table is gone once real data exists
    assert not (tmp_path / "events" / store.EMPTY_PARTITION).exists()


def pq_schema(root):
    import pyarrow.parquet as pq
    f = next((root / "events").rglob("*.parquet"))
    return pq.read_schema(f)


def test_rerun_replaces_rows_and_new_input_adds(tmp_path):
    root = store.OutputRoot(tmp_path)
    commit(root, "r1", [ev("a", 1), ev("b", 2)])
    commit(root, "r2", [ev("a", 1), ev("b", 2)])
    assert sorted(r["event_id"] for r in store.read_table(tmp_path).to_pylist()) == ["a-1", "b-2"]
    # a new extraction of article a moves its event to another day: old row gone
    commit(root, "r3", [ev("a", 5, "2016-03-10")])
    rows = {r["event_id"]: r["event_date"] for r in store.read_table(tmp_path).to_pylist()}
    assert rows == {"a-5": dt.date(2016, 3, 10), "b-2": dt.date(2016, 3, 13)}
    # an article that now yields no events loses its old rows
    commit(root, "r4", [], articles={"b"})
    assert [r["event_id"] for r in store.read_table(tmp_path).to_pylist()] == ["a-5"]
    commit(root, "r5", [ev("c", 3)])
    assert sorted(r["event_id"] for r in store.read_table(tmp_path).to_pylist()) == ["a-5", "c-3"]


def test_crash_before_journal_leaves_previous_output(tmp_path):
    root = store.OutputRoot(tmp_path)
    commit(root, "r1", [ev("a", 1)])
    before = store.read_table(tmp_path).to_pylist()
    stage_events(root, "r2", [ev("a", 9), ev("z", 9)])  # staged, then the process "dies"
    assert store.read_table(tmp_path).to_pylist() == before
    assert root.recover() == []  # abandoned staging is dropped, nothing applied
    assert not (tmp_path / store.STAGING / "r2").exists()
    assert store.read_table(tmp_path).to_pylist() == before


def test_crash_during_apply_is_rolled_forward(tmp_path, monkeypatch):
    root = store.OutputRoot(tmp_path)
    commit(root, "r1", [ev("a", 1)])
    staged = stage_events(root, "r2", [ev("a", 2), ev("b", 3)])
    calls = {"n": 0}
    real_apply = store.OutputRoot._apply

    def dying_apply(self, journal):
        calls["n"] += 1
        raise KeyboardInterrupt("killed mid-commit")

    monkeypatch.setattr(store.OutputRoot, "_apply", dying_apply)
    with pytest.raises(KeyboardInterrupt):
        root.commit("r2", staged, {"a", "b"}, set(), {"run_id": "r2"})
    monkeypatch.setattr(store.OutputRoot, "_apply", real_apply)
    assert (tmp_path / store.STAGING / "r2" / store.JOURNAL).exists()
    assert root.recover() == ["r2"]
    assert sorted(r["event_id"] for r in store.read_table(tmp_path).to_pylist()) == ["a-2", "b-3"]
    assert (tmp_path / "_runs" / "r2.json").exists()


def test_second_writer_is_refused(tmp_path):
    first, second = store.OutputRoot(tmp_path), store.OutputRoot(tmp_path)
    first.lock()
    try:
        with pytest.raises(store.OutputError, match="another run"):
            second.lock()
    finally:
        first.unlock()
    second.lock()
    second.unlock()


def test_unwritable_root_fails_before_work(tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(store.OutputError, match="not writable"):
        store.OutputRoot(target / "sub").check_writable()


def test_partition_names_come_only_from_dates(tmp_path):
    with pytest.raises(ValueError):
        store.stage_partition(str(tmp_path), "events", "../../etc", [])
