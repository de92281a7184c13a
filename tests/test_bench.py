"""The benchmark command: a tiny run still prints and records every figure issue 9 asks for."""
from __future__ import annotations

import json

from pipeline import bench
from pipeline.store import read_table


def test_bench_plain_loop_and_beam_do_the_same_work(tmp_path):
    out = tmp_path / "bench.json"
    bench.main(["--articles", "12", "--stage-articles", "3", "--workers", "1",
                "--workdir", str(tmp_path / "work"), "--json", str(out)])
    R = json.loads(out.read_text())
    S = R["summary"]
    for key in ("plain_articles_per_s", "beam1_articles_per_s", "beam1_words_per_s", "beam_overhead",
                "beam_overhead_pipeline_only"):
        assert S[key] > 0, key
    stages = R["stages_ms_per_article"]
    for stage in ("read+validate", "parse (nlp.pipe, candidate sentences)", "dates (find_time_expressions, all sentences)",
                  "places (find_places, whole article)", "numbers (extract_casualties, candidate sentences)",
                  "linking", "write (Arrow + Parquet, staged)"):
        assert stages[stage] is not None and stages[stage] >= 0, stage
    # The plain loop links and commits like the job: its output root is a readable, committed root
    # with the same events as the Beam run's.
    plain = read_table(str(tmp_path / "work" / "plain-out"), "events")
    beam = read_table(str(tmp_path / "work" / "out-1w"), "events")
    assert plain.num_rows == beam.num_rows == R["plain"]["events"] > 0
    assert sorted(plain.column("event_id").to_pylist()) == sorted(beam.column("event_id").to_pylist())
    assert plain.column("incident_id").null_count == 0
