"""`compact`: a partition's files merge into one, rows unchanged, atomically (journal + lock)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline import compact as compact_mod
from pipeline import job, store
from tests.conftest import article, write_jsonl

TABLES = ("events", "mentions", "articles", "rejects")


def rows(out: Path) -> dict[str, list[str]]:
    return {t: sorted(json.dumps(r, sort_keys=True, default=str) for r in store.read_table(out, t).to_pylist())
            for t in TABLES}


def files(out: Path) -> dict[str, list[str]]:
    return {t: sorted(p.relative_to(out).as_posix() for p in (out / t).rglob("*.parquet")) for t in TABLES}


def per_partition(out: Path, table: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for p in (out / table).rglob("*.parquet"):
        counts[p.parent.name] = counts.get(p.parent.name, 0) + 1
    return counts


@pytest.fixture(scope="module")
def batches(tmp_path_factory) -> list[Path]:
    """Three small inputs whose events fall on the same two dates (2016-03-13 and 2016-03-20)."""
    d = tmp_path_factory.mktemp("batch_in")
    out = []
    for b in range(3):
        recs = [article(10 * b + i, published="2016-03-14" if i % 2 else "2016-03-21") for i in range(4)]
        if b == 1:
            recs.append("{not json")  # a reject, so rejects/ gets a real file too
        out.append(write_jsonl(d / f"batch{b}.jsonl", recs))
    return out


@pytest.fixture(scope="module")
def template(tmp_path_factory, batches) -> Path:
    """An output root fed by three runs: three files in each partition."""
    out = tmp_path_factory.mktemp("batch_out") / "out"
    for src in batches:
        job.run(["--input", str(src), "--output", str(out)])
    assert per_partition(out, "events") == {"event_date=2016-03-13": 3, "event_date=2016-03-20": 3}
    return out


@pytest.fixture()
def root(template, tmp_path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(template, out)
    return out


def test_compact_merges_every_partition_into_one_file(root):
    before = rows(root)
    summary = compact_mod.compact(root)
    assert rows(root) == before
    assert per_partition(root, "events") == {"event_date=2016-03-13": 1, "event_date=2016-03-20": 1}
    assert per_partition(root, "mentions") == {"event_date=2016-03-13": 1, "event_date=2016-03-20": 1}
    assert len(files(root)["articles"]) == 1
    assert not (root / store.STAGING).exists() or not any((root / store.STAGING).iterdir())
    assert {(p["table"], p["partition"]) for p in summary["partitions"]} >= {
        ("events", "2016-03-13"), ("events", "2016-03-20"), ("articles", "")}
    # names are content digests, as a run's own files: compacting again changes nothing
    snapshot = files(root)
    again = compact_mod.compact(root)
    assert again["partitions"] == [] and files(root) == snapshot


def test_compact_one_partition_only(root):
    before = rows(root)
    compact_mod.compact(root, ["events"], "2016-03-13")
    assert rows(root) == before
    assert per_partition(root, "events") == {"event_date=2016-03-13": 1, "event_date=2016-03-20": 3}
    assert per_partition(root, "mentions") == {"event_date=2016-03-13": 3, "event_date=2016-03-20": 3}


def test_rerun_after_compaction_does_not_duplicate(root, batches):
    before = rows(root)
    compact_mod.compact(root)
    job.run(["--input", str(batches[0]), "--output", str(root)])
    assert rows(root) == before


def test_killed_after_journal_is_rolled_forward(root):
    before, old_files = rows(root), files(root)
    summary = compact_mod.compact(root, _crash_after_journal=True)
    # nothing applied yet: the root still shows the old files, the journal waits in staging
    assert files(root) == old_files and rows(root) == before
    area = root / store.STAGING / summary["compact_id"]
    journal = json.loads((area / store.JOURNAL).read_text())
    # killed half-way through the apply: only the first move happened
    first = journal["ops"][0]
    assert first[0] == "move"
    (root / first[2]).parent.mkdir(parents=True, exist_ok=True)
    (root / first[1]).replace(root / first[2])
    # the next user of the root (a run or a compaction) finishes the journal under the lock
    with store.OutputRoot(root) as r:
        assert r is not None
    assert rows(root) == before
    assert per_partition(root, "events") == {"event_date=2016-03-13": 1, "event_date=2016-03-20": 1}
    assert not area.exists()


def test_killed_before_journal_leaves_root_untouched(root, monkeypatch):
    before, old_files = rows(root), files(root)

    def boom(path, obj):
        raise KeyboardInterrupt("killed before the journal was written")

    monkeypatch.setattr(store, "write_json_atomic", boom)
    with pytest.raises(KeyboardInterrupt):
        compact_mod.compact(root)
    monkeypatch.undo()
    assert files(root) == old_files and rows(root) == before
    compact_mod.compact(root)  # the abandoned staging area is dropped, then it works
    assert rows(root) == before
    assert per_partition(root, "events") == {"event_date=2016-03-13": 1, "event_date=2016-03-20": 1}
    assert not (root / store.STAGING).exists()  # the empty _staging/ folder goes too


def test_compact_refuses_while_a_run_holds_the_lock(root):
    holder = store.OutputRoot(root)
    holder.lock()
    try:
        with pytest.raises(store.OutputError, match="another run"):
            compact_mod.compact(root)
    finally:
        holder.unlock()


def test_cli(root, capsys):
    assert compact_mod.main(["--output", str(root), "--dry-run"]) == 0
    assert "would merge 3 files in events/2016-03-13" in capsys.readouterr().out
    assert per_partition(root, "events")["event_date=2016-03-13"] == 3
    assert compact_mod.main(["--output", str(root), "--table", "events", "--partition", "2016-03-20"]) == 0
    assert per_partition(root, "events")["event_date=2016-03-20"] == 1
    assert compact_mod.main(["--output", str(root), "--partition", "2016-13-01"]) == 2
    assert compact_mod.main(["--output", str(root.parent / "missing")]) == 2


def test_empty_root_is_a_no_op(tmp_path):
    out = tmp_path / "out"
    job.run(["--input", str(write_jsonl(tmp_path / "none.jsonl", [])), "--output", str(out)])
    before = files(out)
    assert compact_mod.compact(out)["partitions"] == []
    assert files(out) == before
    shutil.rmtree(out)
