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


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS
