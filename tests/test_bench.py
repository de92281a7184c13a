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


def _report(processed_2: int) -> dict:
    run = {"processed": 100, "wall_s": 10.0, "driver_cpu_s": 10.0, "pipeline_s": 9.0, "worker_peak_rss_mb": {}}
    return {"plain": {"words": 80000, "articles": 100, "wall_s": 10.0, "cpu_s": 10.0, "link_commit_s": 1.0},
            "beam": {"1": run, "2": {**run, "processed": processed_2, "wall_s": 4.0, "worker_peak_rss_mb": {1: 500.0}}},
            "resources": {"gazetteer_load_s": 1.0, "model_load_s": 0.5},
            "linearity_plain": {"t_small": 1.0, "t_large": 9.0, "n_small": 10, "n_large": 100}}


def test_a_beam_run_that_lost_articles_reports_no_speed_up():
    """Workers whose extraction failed time less work: no speed-up may be claimed from them."""
    full = bench.summarize(_report(100))
    assert full["speedup_2_workers"] == 2.5 and "incomplete_beam_runs" not in full
    lost = bench.summarize(_report(0))
    assert "speedup_2_workers" not in lost and "beam2_articles_per_s" not in lost
    assert lost["incomplete_beam_runs"] == "2 worker(s): 0 of 100 articles"
    assert lost["targets"][">= 1.8x faster on 2 workers"] == (None, None)
