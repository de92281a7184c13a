"""Regression guard on the annotated development corpora (issue 13).

Re-runs the pipeline on the fixed seeded sample recorded in ``docs/evaluation.md``
(about 200 articles per corpus, from ``../shared/data``), scores it with
``../shared/tools/score_*.py`` and fails when a headline figure falls more than
2 points below the recorded one (false alarms: rises above it). Skips, saying
why, where ``../shared/data`` is absent. Refresh the recorded figures after an
improvement with ``python -m pipeline eval --sample 200 --write-docs``.

The other tests here use only synthetic values: no corpus data is in the repository.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline import evaluation, store

pytestmark = pytest.mark.regression

REFRESH = f"python -m pipeline eval --sample {evaluation.GUARD_SAMPLE} --write-docs"


@pytest.fixture(scope="module")
def guard_run(tmp_path_factory):
    reason = evaluation.missing_data_reason()
    if reason:
        pytest.skip(f"regression guard skipped: {reason}")
    recorded = evaluation.read_recorded().get("guard")
    if not recorded or not recorded.get("corpora"):
        pytest.fail(f"docs/evaluation.md records no guard figures; run `{REFRESH}` and commit it")
    current = evaluation.evaluate(
        names=sorted(recorded["corpora"]), sample=recorded["sample"], seed=recorded["seed"],
        workers=2, baseline=False, analyse=False, workdir=tmp_path_factory.mktemp("eval"),
    )
    return recorded, current


@pytest.mark.parametrize("corpus", ["muc", "gva"])
def test_headline_figures_do_not_fall(guard_run, corpus):
    recorded, current = guard_run
    if corpus not in recorded["corpora"]:
        pytest.fail(f"no guard figures recorded for {corpus}; run `{REFRESH}`")
    assert current["corpora"][corpus]["sample_digest"] == recorded["corpora"][corpus]["sample_digest"], (
        f"the {corpus} sample differs from the recorded one (data in ../shared changed?); run `{REFRESH}`")
    failures = evaluation.compare(recorded, current, corpus=corpus)
    shown = {k: current["corpora"][corpus]["system"].get(k) for n, k, _h in evaluation.GUARDED if n == corpus}
    assert not failures, (
        f"{corpus} figures fell below docs/evaluation.md:\n  " + "\n  ".join(failures)
        + f"\nnow: {shown}\n(see docs/error-analysis.md; if the change is intended, run `{REFRESH}`)")


# ----------------------------------------------------------------------------- no corpus needed

def _block(**figures):
    return {"sample": 200, "seed": 1, "corpora": {"muc": {"system": dict(figures)}}}


def test_compare_allows_two_points_and_no_more():
    rec = _block(date=60.0, place=80.0, false_alarms=30.0)
    assert evaluation.compare(rec, _block(date=58.0, place=80.0, false_alarms=32.0)) == []
    fails = evaluation.compare(rec, _block(date=57.9, place=90.0, false_alarms=32.1))
    assert [f.split()[0] for f in fails] == ["muc.date", "muc.false_alarms"]


def test_compare_reports_a_missing_figure():
    assert evaluation.compare(_block(date=60.0), _block(date=None)) == ["muc.date: recorded 60.0, now missing"]


def test_figures_block_round_trips_through_the_document(tmp_path):
    guard = {"generated_utc": "2026-01-01T00:00:00Z", "sample": 200, "seed": 13, "workers": 2, "cpus": 2,
             "corpora": {"gva": {"articles": 200, "sample_digest": "abc", "system": {"date": 50.0},
                                 "baseline": {"date": 40.0},
                                 "run": {"articles": 200, "rejected": 0, "events": 300, "pipeline_s": 60.0,
                                         "workers": 2, "articles_per_s": 3.3, "extractor_version": "x"}}}}
    doc = tmp_path / "evaluation.md"
    evaluation.write_docs(guard, evaluation_path=doc, errors_path=tmp_path / "errors.md")
    assert evaluation.read_recorded(doc)["guard"]["corpora"]["gva"]["system"]["date"] == 50.0
    assert not (tmp_path / "errors.md").exists()          # sample runs leave the error analysis alone
    full = dict(guard, sample=None, seed=None, _analysis={})
    evaluation.write_docs(full, evaluation_path=doc, errors_path=tmp_path / "errors.md")
    rec = evaluation.read_recorded(doc)
    assert rec["guard"]["sample"] == 200 and rec["full"]["sample"] is None   # both kept


def test_missing_data_is_a_clear_reason(tmp_path):
    reason = evaluation.missing_data_reason(tmp_path)
    assert reason and "not found" in reason and str(tmp_path) in reason


def test_baseline_is_one_publication_date_row_per_article(tmp_path):
    n = evaluation.write_baseline(tmp_path, {"a1": "2016-03-14", "a2": "2016-03-15"})
    rows = store.read_table(tmp_path, "events").to_pylist()
    assert n == 2 and sorted((r["article_id"], r["event_date"]) for r in rows) == [
        ("a1", dt.date(2016, 3, 14)), ("a2", dt.date(2016, 3, 15))]
    assert {r["date_precision"] for r in rows} == {"publication"}
    assert all(r["killed_best"] is None and r["country_code"] is None for r in rows)


@pytest.mark.parametrize("text,shape", [
    ("on 5 March", "on N MONTH"), ("last Sunday", "last WEEKDAY"), ("2014-06-22", "N - N - N"), (None, "(none)"),
])
def test_date_shape(text, shape):
    assert evaluation.date_shape(text) == shape
