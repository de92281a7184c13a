"""Fault suite (issue 10): every kind of bad input and fault, run through the real job.

Each test asserts the three promises of docs/RELIABILITY.md:

* no good article is lost (every good id is in ``articles``, with its events);
* nothing is duplicated (event ids, article ids and reject origins are unique);
* every bad record is in ``rejects`` with its reason and origin (file, line).

One Beam run costs seconds, so most input faults share one run (``batch``) whose
expected outcome is spelled out line by line; faults that need their own output
root or process (timeouts, kills, concurrent runs, unwritable roots) run apart.

Fault kinds covered:
  1 malformed JSON (broken line, JSON that is not an object)
  2 missing / unparsable ``published`` (and missing id, missing text)
  3 publication date in the future
  4 empty or whitespace-only text
  5 binary text (NUL bytes) and non-UTF-8 bytes
  6 a 5 MB article: a >5 MB line is rejected unparsed, a 4.8 MB one truncated (warned,
    flagged), a >5 MB manifest text file is rejected; memory stays bounded
  7 non-English text without a language field (detected), and with a foreign field
  8 duplicate ids with different (and same) texts, within and across files
  9 unreadable input files among readable ones (corrupt gzip, dangling symlink, FIFO)
 10 the process killed (SIGKILL) between staging and commit: previous output intact,
    the next run completes
 11 the process killed (SIGKILL) in the middle of applying its commit: the next run
    rolls it forward
 12 two runs into one output root at once: the second refuses (exit 2, clear message)
 13 an output root that is not writable: exit 2 before any work
 14 per-article extraction time bound: a slow article is rejected (extraction_timeout)
 15 re-running the same input: same rows, nothing doubled
"""
from __future__ import annotations

import collections
import gzip
import hashlib
import json
import logging
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import duckdb
import pytest

from pipeline import job, store
from tests.conftest import REPO, article, write_jsonl

RUN_DATE = "2026-01-15"
TABLES = ("events", "mentions", "articles", "rejects")

FRENCH = ("Au moins cinq personnes ont été tuées dimanche dans un attentat à la voiture piégée à Bagdad, "
          "selon la police. L'explosion s'est produite près d'un marché très fréquenté du quartier, où des "
          "dizaines de personnes faisaient leurs courses. Les blessés ont été transportés vers les hôpitaux.")
SPANISH = ("Al menos cinco personas murieron el domingo en un atentado con coche bomba en Bagdad, según la "
           "policía. La explosión se produjo cerca de un mercado muy concurrido del barrio, donde decenas de "
           "personas hacían sus compras. Los heridos fueron trasladados a los hospitales cercanos.")
GERMAN = ("Mindestens fünf Menschen sind am Sonntag bei einem Autobombenanschlag in Bagdad getötet worden, "
          "wie die Polizei mitteilte. Die Explosion ereignete sich in der Nähe eines belebten Marktes, wo "
          "Dutzende Menschen einkauften. Die Verletzten wurden in nahe gelegene Krankenhäuser gebracht.")
ARABIC = ("قتل خمسة أشخاص على الأقل يوم الأحد في تفجير سيارة مفخخة في بغداد، حسبما قالت الشرطة. "
          "ووقع الانفجار بالقرب من سوق مزدحم في حي مدينة الصدر.")
CAPS_WIRE = ("BAGHDAD, MARCH 13 (AFP) -- GUNMEN KILLED FIVE PEOPLE AT A CHECKPOINT IN BAGHDAD ON SUNDAY, POLICE "
             "SAID. THE ATTACK ALSO WOUNDED THREE OTHERS, A HOSPITAL OFFICIAL SAID.")
FILLER = "The weather was mild and the markets were calm as traders waited for news from the capital. "


# --------------------------------------------------------------------------- helpers

def tables(out: Path) -> dict[str, list[dict]]:
    return {t: store.read_table(out, t).to_pylist() for t in TABLES}


def assert_no_duplicates(out: Path) -> dict[str, list[dict]]:
    """The tables are readable (pyarrow and DuckDB) and hold no row twice."""
    t = tables(out)
    ev_ids = [r["event_id"] for r in t["events"]]
    assert len(ev_ids) == len(set(ev_ids)), "duplicate event ids"
    art_ids = [r["article_id"] for r in t["articles"]]
    assert len(art_ids) == len(set(art_ids)), "duplicate article rows"
    origins = [(r["input_file"], r["line"], r["reason"]) for r in t["rejects"]]
    assert len(origins) == len(set(origins)), "duplicate reject rows"
    mention_keys = [(r["event_id"], r["char_start"]) for r in t["mentions"]]
    assert len(mention_keys) == len(set(mention_keys)), "duplicate mention rows"
    assert {r["article_id"] for r in t["events"]} <= set(art_ids), "events of an article with no article row"
    for table in TABLES:
        n = duckdb.sql(f"SELECT count(*) FROM {store.duckdb_source(out, table)}").fetchall()[0][0]
        assert n == len(t[table]), table
    return t


def snapshot(root: Path, skip: tuple[str, ...] = (store.STAGING, store.LOCK)) -> dict[str, str]:
    """Relative path -> sha256 of every file under root (the output's exact state)."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if rel.split("/")[0] in skip or not p.is_file():
            continue
        out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def run_ok(*argv: str) -> job.RunResult:
    result = job.run([*argv, "--run_date", RUN_DATE])
    assert result.exit_code in (job.EXIT_OK, job.EXIT_OK_WITH_REJECTS)
    return result


# --------------------------------------------------------------------------- the batch run (kinds 1-9)

class Expect:
    """Builds input lines and records what each one must become."""

    def __init__(self) -> None:
        self.good: dict[str, bool] = {}  # id -> expect events
        self.rejects: list[tuple[str, int | None, str]] = []

    def file(self, path: Path, lines: list[tuple[object, str | None]]) -> Path:
        """lines: (record, outcome); outcome is 'good', 'good-noevents' or a reject reason."""
        write_jsonl(path, [rec for rec, _ in lines])
        self._note(path, lines)
        return path

    def gz(self, path: Path, lines: list[tuple[object, str | None]]) -> Path:
        with gzip.open(path, "wb") as fh:
            for rec, _ in lines:
                fh.write(json.dumps(rec).encode() + b"\n")
        self._note(path, lines)
        return path

    def _note(self, path: Path, lines: list[tuple[object, str | None]]) -> None:
        for lineno, (rec, outcome) in enumerate(lines, 1):
            if outcome in ("good", "good-noevents"):
                assert isinstance(rec, dict)
                self.good[rec["id"]] = outcome == "good"
            else:
                self.rejects.append((str(path), lineno, outcome))


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    d = tmp_path_factory.mktemp("batch_in")
    x = Expect()
    big_text = "Gunmen killed 4 people in Baghdad on Sunday, police said. " + FILLER * (4_800_000 // len(FILLER))
    main = x.file(d / "main.jsonl", [
        (article(1), "good"),
        ('{"id": "bad-json", "published": "2016-03-14", "text": "unterminated', "bad_json"),          # 1
        ("[1, 2, 3]", "bad_json"),
        (article(2), "good"),
        ({"id": "nopub", "text": "Gunmen killed 4 people in Baghdad on Sunday, police said."},
         "missing_published"),                                                                         # 2
        (article(90, id="badpub1", published="yesterday"), "bad_published"),
        (article(91, id="badpub2", published="2016-02-30"), "bad_published"),
        ({"published": "2016-03-14", "text": "Gunmen killed 4 people in Baghdad."}, "missing_id"),
        ({"id": "notext", "published": "2016-03-14"}, "missing_text"),
        (article(92, id="future", published="2099-06-01"), "future_published"),                         # 3
        (article(93, id="empty", text=""), "empty_text"),                                               # 4
        (article(94, id="blank", text="   \n\t  \n   "), "empty_text"),
        (article(95, id="nul", text="Gunmen killed\x00\x01\x02 4 people \x00 in Baghdad"), "binary_text"),  # 5
        (b'{"id": "latin1", "published": "2016-03-14", "text": "Caf\xe9 bombed in Baghdad, 4 killed."}', "not_utf8"),
        (b"\xff\xfe\x00\x89PNG\r\x1a garbage \xc3\x28", "not_utf8"),
        (article(3), "good"),
        (article(96, id="huge-line", text="x" * 5_100_000), "line_too_long"),                           # 6
        (article(4, id="big", text=big_text), "good"),
        (article(97, id="fr", text=FRENCH), "not_english"),                                             # 7
        (article(98, id="es", text=SPANISH), "not_english"),
        (article(99, id="de", text=GERMAN), "not_english"),
        (article(100, id="ar", text=ARABIC), "not_english"),
        (article(101, id="fr-tagged", text=FRENCH, language="fr"), "unsupported_language"),
        (article(5, id="caps", text=CAPS_WIRE), "good"),
        (article(6, id="short", text="Two soldiers were shot dead in Kabul."), "good"),
        (article(7, id="en-tagged", text=FRENCH.replace("Bagdad", "Baghdad"), language="en"), "good-noevents"),
        (article(2, text="A different text: a bomb killed 9 people in Mosul on Monday."), "duplicate_id"),  # 8
        (article(3), "duplicate_id"),  # same text again
        (article(8, id="calm", text=FILLER * 3), "good-noevents"),
    ])
    second = x.gz(d / "second.jsonl.gz", [
        (article(10), "good"),
        (article(1, text="Rebels shelled Aleppo on Monday, killing 12 civilians."), "duplicate_id"),
        (article(11), "good"),
    ])
    # unreadable files among readable ones (kind 9): each is one reject with no line number
    corrupt = d / "corrupt.jsonl.gz"
    corrupt.write_bytes(b"\x1f\x8b" + b"this is not a gzip stream" * 10)
    dangling = d / "dangling.jsonl"
    os.symlink(d / "does-not-exist.jsonl", dangling)
    fifo = d / "fifo.jsonl"
    os.mkfifo(fifo)  # opening it for reading would block forever: must be refused, not read
    for p in (corrupt, dangling, fifo):
        x.rejects.append((str(p), None, "unreadable_file"))
    # a manifest directory with a too-large text file (kind 6, manifest form)
    mdir = d / "manifest_in"
    mdir.mkdir()
    (mdir / "ok.txt").write_text("Militants killed 6 soldiers in Kandahar on Saturday, officials said.")
    with open(mdir / "big.txt", "wb") as fh:
        fh.write(b"Gunmen killed 4 people in Baghdad. " * (5_100_000 // 35 + 1))
    write_jsonl(mdir / "manifest.jsonl", [
        {"id": "m-ok", "file": "ok.txt", "published": "2016-03-14"},
        {"id": "m-big", "file": "big.txt", "published": "2016-03-14"},
    ])
    x.good["m-ok"] = True
    x.rejects.append((str(mdir / "manifest.jsonl"), 2, "too_large"))

    out = tmp_path_factory.mktemp("batch_out")
    capture = _Capture()
    logging.getLogger("pipeline").addHandler(capture)
    t0 = time.monotonic()
    try:
        result = job.run(["--input", str(main), str(second), str(corrupt), str(dangling), str(fifo), str(mdir),
                          "--output", str(out), "--run_date", RUN_DATE])
    finally:
        logging.getLogger("pipeline").removeHandler(capture)
    return {"out": out, "result": result, "expect": x, "tables": tables(out), "warnings": capture.messages,
            "seconds": time.monotonic() - t0, "main": main}


def test_batch_exit_code_and_run_record(batch):
    result, x = batch["result"], batch["expect"]
    assert result.exit_code == job.EXIT_OK_WITH_REJECTS
    counts = result.record["counts"]
    assert counts["processed"] == len(x.good)
    assert counts["rejected"] == len(x.rejects)
    assert counts["rejects_by_reason"] == dict(sorted(collections.Counter(r for _, _, r in x.rejects).items()))
    assert batch["seconds"] < 120


def test_batch_no_good_article_lost(batch):
    t, x = batch["tables"], batch["expect"]
    assert sorted(r["article_id"] for r in t["articles"]) == sorted(x.good)
    with_events = {r["article_id"] for r in t["events"]}
    expected = {i for i, has_events in x.good.items() if has_events}
    assert expected <= with_events, f"good articles without events: {expected - with_events}"
    assert with_events <= set(x.good)


def test_batch_every_bad_record_rejected_with_reason(batch):
    t, x = batch["tables"], batch["expect"]
    got = collections.Counter((r["input_file"], r["line"], r["reason"]) for r in t["rejects"])
    assert got == collections.Counter(x.rejects)
    assert all(r["detail"] for r in t["rejects"]), "every reject says why"
    by_reason = {r["reason"]: r for r in t["rejects"]}
    assert "does not look English" in by_reason["not_english"]["detail"]
    assert "different text" in next(r["detail"] for r in t["rejects"]
                                    if r["reason"] == "duplicate_id" and r["article_id"] == "a0002")
    assert "same text" in next(r["detail"] for r in t["rejects"]
                               if r["reason"] == "duplicate_id" and r["article_id"] == "a0003")


def test_batch_nothing_duplicated(batch):
    assert_no_duplicates(batch["out"])


def test_batch_duplicate_id_keeps_first_occurrence(batch):
    t = batch["tables"]
    arts = {r["article_id"]: r for r in t["articles"]}
    assert arts["a0002"]["line"] == 4 and arts["a0002"]["input_file"] == str(batch["main"])
    assert arts["a0001"]["input_file"] == str(batch["main"])  # not the copy in second.jsonl.gz
    places = {r["place_name"] for r in t["events"] if r["article_id"] == "a0002"}
    assert "Mosul" not in places


def test_batch_big_article_truncated_with_warning(batch):
    arts = {r["article_id"]: r for r in batch["tables"]["articles"]}
    assert arts["big"]["truncated"] is True
    assert all(not r["truncated"] for k, r in arts.items() if k != "big")
    assert any("big" in m and "truncated" in m for m in batch["warnings"]), batch["warnings"]
    big_events = [r for r in batch["tables"]["events"] if r["article_id"] == "big"]
    assert big_events and big_events[0]["killed_best"] == 4


def test_batch_caps_and_short_english_kept(batch):
    ev = [r for r in batch["tables"]["events"] if r["article_id"] in ("caps", "short")]
    assert {r["article_id"] for r in ev} == {"caps", "short"}


def test_rerun_same_input_is_idempotent(batch):
    out = batch["out"]
    before = snapshot(out, skip=(store.STAGING, store.LOCK, store.RUNS))
    again = job.run(["--input", *[r["path"] for r in batch["result"].record["inputs"]],
                     "--output", str(out), "--run_date", RUN_DATE])
    assert again.exit_code == job.EXIT_OK_WITH_REJECTS
    assert again.record["counts"] == batch["result"].record["counts"]
    assert snapshot(out, skip=(store.STAGING, store.LOCK, store.RUNS)) == before
    t = assert_no_duplicates(out)
    assert len(t["rejects"]) == len(batch["expect"].rejects)
    assert not (out / store.STAGING).exists() or not any((out / store.STAGING).iterdir())


# --------------------------------------------------------------------------- kind 14: extraction time bound

def test_slow_article_rejected_with_extraction_timeout(tmp_path):
    cfg = tmp_path / "fast.yaml"
    cfg.write_text("extraction:\n  article_timeout_s: 1.0\n")
    # ~3000 sentences with trigger words: about 10 s of parsing, far over the 1 s budget;
    # the short articles need ~20 ms each.
    slow = article(50, id="slow", text=" ".join(
        f"Gunmen killed {i % 9 + 2} people in Baghdad on Sunday, police said." for i in range(3000)))
    src = write_jsonl(tmp_path / "in.jsonl", [article(1), slow, article(2), "{oops"])
    out = tmp_path / "out"
    t0 = time.monotonic()
    result = job.run(["--input", str(src), "--output", str(out), "--config", str(cfg), "--run_date", RUN_DATE])
    assert time.monotonic() - t0 < 60
    assert result.exit_code == job.EXIT_OK_WITH_REJECTS
    t = assert_no_duplicates(out)
    assert sorted(r["article_id"] for r in t["articles"]) == ["a0001", "a0002"]
    got = sorted((r["line"], r["reason"], r["article_id"]) for r in t["rejects"])
    assert got == [(2, "extraction_timeout", "slow"), (4, "bad_json", None)]
    assert "time budget" in next(r["detail"] for r in t["rejects"] if r["reason"] == "extraction_timeout")
    assert not any(r["article_id"] == "slow" for r in t["events"])


# --------------------------------------------------------------------------- kind 13: unwritable output root

@pytest.mark.parametrize("where", ["under_file", "proc"])
def test_unwritable_output_root_is_a_clear_error_before_any_work(tmp_path, monkeypatch, capsys, where):
    src = write_jsonl(tmp_path / "in.jsonl", [article(1)])
    if where == "under_file":  # root ignores file modes, so use a path below a regular file
        blocker = tmp_path / "blocker"
        blocker.write_text("a file, not a directory")
        out = blocker / "out"
    else:
        out = Path("/proc/newsevents-out")  # procfs refuses new entries, even to root

    def no_pipeline(*a, **k):
        raise AssertionError("a pipeline was built for an unwritable output root")

    monkeypatch.setattr(job.beam, "Pipeline", no_pipeline)
    before = snapshot(tmp_path)
    t0 = time.monotonic()
    code = job.main_run(["--input", str(src), "--output", str(out), "--run_date", RUN_DATE])
    assert code == job.EXIT_USAGE
    assert time.monotonic() - t0 < 5
    err = capsys.readouterr().err
    assert "not writable" in err and str(out) in err
    assert snapshot(tmp_path) == before
    assert not out.exists()


# --------------------------------------------------------------------------- kinds 10-12: kills and concurrent runs

CHILD = textwrap.dedent('''
    """A job run in its own process, stopped at a chosen point of its commit."""
    import os, signal, sys, time
    from pathlib import Path

    from pipeline import job, store

    mode, marker, argv = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    if mode == "hold_before_commit":
        # Staging is complete and the lock is held; wait here to be killed.
        def commit(self, run_id, *args, **kwargs):
            marker.write_text(run_id)
            time.sleep(600)
        store.OutputRoot.commit = commit
    elif mode == "die_mid_apply":
        # SIGKILL ourselves after the second file of the journal was moved into place.
        real_apply, real_replace, state = store.OutputRoot._apply, os.replace, {"on": False, "n": 0}

        def replace(src, dst):
            real_replace(src, dst)
            if state["on"]:
                state["n"] += 1
                if state["n"] == 2:
                    marker.write_text("dying")
                    os.kill(os.getpid(), signal.SIGKILL)

        def apply(self, journal):
            state["on"] = True
            return real_apply(self, journal)

        os.replace = replace
        store.OutputRoot._apply = apply
    job.run(argv)
    sys.exit(99)  # never reached in either mode
''')


def spawn(tmp: Path, mode: str, argv: list[str]) -> tuple[subprocess.Popen, Path]:
    script = tmp / "child.py"
    script.write_text(CHILD)
    marker = tmp / f"marker-{mode}"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, str(script), mode, str(marker), *argv], cwd=str(REPO), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return proc, marker


def wait_for(marker: Path, proc: subprocess.Popen, timeout: float = 180) -> None:
    t0 = time.monotonic()
    while not marker.exists():
        if proc.poll() is not None and not marker.exists():
            raise AssertionError(f"child exited {proc.returncode} early: {proc.stderr.read().decode()[-3000:]}")
        if time.monotonic() - t0 > timeout:
            proc.kill()
            raise AssertionError("child never reached its stop point")
        time.sleep(0.1)


@pytest.fixture(scope="module")
def crash_inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("crash_in")
    x = write_jsonl(d / "x.jsonl", [article(i) for i in range(1, 5)])
    # y: new articles, plus a re-processed x article whose text changed (its old rows must go)
    y = write_jsonl(d / "y.jsonl", [article(i, published="2016-03-20") for i in range(20, 24)]
                    + [article(2, text="Rebels shelled Aleppo on Monday, killing 12 civilians.")])
    ref = tmp_path_factory.mktemp("crash_ref")
    run_ok("--input", str(x), "--output", str(ref))
    run_ok("--input", str(y), "--output", str(ref))
    return {"x": x, "y": y, "reference": assert_no_duplicates(ref)}


def same_content(got: dict[str, list[dict]], want: dict[str, list[dict]]) -> None:
    for table, key in (("events", "event_id"), ("articles", "article_id")):
        drop = {"input_file"}  # the reference read the same files
        norm = lambda rows: sorted(({k: v for k, v in r.items() if k not in drop} for r in rows),  # noqa: E731
                                   key=lambda r: r[key])
        assert norm(got[table]) == norm(want[table]), table


def test_killed_between_staging_and_commit_and_concurrent_run_refused(tmp_path, crash_inputs, capsys):
    out = tmp_path / "out"
    x, y = crash_inputs["x"], crash_inputs["y"]
    run_ok("--input", str(x), "--output", str(out))
    before = snapshot(out)

    proc, marker = spawn(tmp_path, "hold_before_commit", ["--input", str(y), "--output", str(out),
                                                          "--run_date", RUN_DATE])
    try:
        wait_for(marker, proc)
        run_id = marker.read_text()
        staged = list((out / store.STAGING / run_id / "new").rglob("*.parquet"))
        assert staged, "the child had staged its output"

        # kind 12: a second run into the same root while the first holds it
        code = job.main_run(["--input", str(x), "--output", str(out), "--run_date", RUN_DATE])
        assert code == job.EXIT_USAGE
        err = capsys.readouterr().err
        assert "another run is writing to" in err and "--wait_for_lock" in err
        assert snapshot(out) == before, "the refused run changed the output"
    finally:
        # kind 10: SIGKILL between staging and commit
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert snapshot(out) == before, "a run killed before its commit changed the output"
    assert (out / store.STAGING / run_id).exists()  # abandoned, not yet cleaned
    assert not (out / store.RUNS / f"{run_id}.json").exists()

    # the next run takes the lock the dead process held, drops its staging and completes
    result = run_ok("--input", str(y), "--output", str(out))
    assert result.exit_code == job.EXIT_OK
    assert not (out / store.STAGING / run_id).exists()
    same_content(assert_no_duplicates(out), crash_inputs["reference"])


def test_killed_while_applying_commit_is_rolled_forward(tmp_path, crash_inputs, caplog):
    out = tmp_path / "out"
    x, y = crash_inputs["x"], crash_inputs["y"]
    run_ok("--input", str(x), "--output", str(out))

    proc, marker = spawn(tmp_path, "die_mid_apply", ["--input", str(y), "--output", str(out),
                                                     "--run_date", RUN_DATE])
    try:
        proc.wait(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert marker.exists() and proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()[-3000:]
    journals = list((out / store.STAGING).glob(f"*/{store.JOURNAL}"))
    assert len(journals) == 1, "the journal was written before the first move"
    killed_run = journals[0].parent.name
    moves = [op for op in json.loads(journals[0].read_text())["ops"] if op[0] == "move"]
    assert len(moves) > 2
    done = [op for op in moves if not (out / op[1]).exists() and (out / op[2]).exists()]
    assert len(done) == 2, "killed half-way: two files moved, the rest still staged"

    # The next run (any input; here an empty one) finishes the interrupted commit first.
    empty = write_jsonl(tmp_path / "empty.jsonl", [])
    with caplog.at_level(logging.WARNING, logger="pipeline"):
        run_ok("--input", str(empty), "--output", str(out))
    assert any("interrupted commit" in r.getMessage() and killed_run in r.getMessage() for r in caplog.records)
    assert not (out / store.STAGING / killed_run).exists()
    assert (out / store.RUNS / f"{killed_run}.json").exists(), "the run record is part of the journal"
    same_content(assert_no_duplicates(out), crash_inputs["reference"])

    # and re-running the killed run's input changes nothing
    before = snapshot(out, skip=(store.STAGING, store.LOCK, store.RUNS))
    run_ok("--input", str(y), "--output", str(out))
    assert snapshot(out, skip=(store.STAGING, store.LOCK, store.RUNS)) == before


def test_second_run_can_wait_for_the_lock(tmp_path, crash_inputs):
    """With --wait_for_lock the second run waits for the first, then completes: both commit."""
    out = tmp_path / "out"
    holder = store.OutputRoot(out)
    holder.lock()
    released = threading.Event()

    def release():
        time.sleep(1.0)
        released.set()
        holder.unlock()

    threading.Thread(target=release, daemon=True).start()
    result = job.run(["--input", str(crash_inputs["x"]), "--output", str(out), "--wait_for_lock",
                      "--run_date", RUN_DATE])
    assert released.is_set() and result.exit_code == job.EXIT_OK
    assert_no_duplicates(out)
