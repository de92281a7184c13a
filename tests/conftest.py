from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def write_jsonl(path: Path, records: list) -> Path:
    """Records may be dicts (dumped as JSON) or raw str/bytes lines (written as they are)."""
    with open(path, "wb") as fh:
        for rec in records:
            if isinstance(rec, bytes):
                fh.write(rec.rstrip(b"\n") + b"\n")
            elif isinstance(rec, str):
                fh.write(rec.rstrip("\n").encode("utf-8") + b"\n")
            else:
                fh.write(json.dumps(rec).encode("utf-8") + b"\n")
    return path


def article(i: int, **kw) -> dict:
    base = {
        "id": f"a{i:04d}",
        "published": "2016-03-14",
        "text": f"Gunmen killed {i % 7 + 2} people in Baghdad on Sunday, police said. "
                f"The attack also wounded {i % 5 + 1} others.",
        "source": "Test Wire",
    }
    base.update(kw)
    return base


def stage_events(root, run_id: str, rows: list[dict], drop: tuple[str, ...] = ()) -> list[dict]:
    """Stage event rows (each with its ``event_date``) and their article rows for ``root.commit``,
    without Beam; `drop` names columns to leave out of the staged events."""
    from pipeline import store

    staging = root.staging_dir(run_id)
    staging.mkdir(parents=True, exist_ok=True)
    by_part: dict[str, list] = {}
    for r in rows:
        r = {k: v for k, v in r.items() if k not in drop}
        by_part.setdefault(r.pop("event_date"), []).append(r)
    staged = [store.stage_partition(str(staging), "events", p, rs) for p, rs in by_part.items()]
    arts = sorted({r["article_id"] for r in rows})
    staged.append(store.stage_partition(str(staging), "articles", "", [{"article_id": a} for a in arts]))
    return staged


def commit_events(root, run_id: str, rows: list[dict], articles=None, drop: tuple[str, ...] = ()) -> None:
    """Stage and commit event rows as one run; `articles` (default: the rows' articles) are replaced."""
    staged = stage_events(root, run_id, rows, drop)
    ids = set(articles if articles is not None else {r["article_id"] for r in rows})
    root.commit(run_id, staged, ids, set(), {"run_id": run_id})


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS
