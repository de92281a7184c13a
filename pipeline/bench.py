"""``python -m pipeline bench``: throughput, Beam overhead, stage costs, memory and scaling.

Builds a synthetic corpus (``--articles``, default 2,000 articles of ~800 words) by recombining
the sentences of the sample articles in ``seeds/`` with varied places, dates, weekdays, numbers
and armed groups (seeded RNG; every article has its own text and publication date, so no cache
can hit across articles), then measures, in one process and one run:

* a plain Python loop over the *same* per-element functions the Beam graph calls (read_spec,
  validate_record, key_by_bucket, dedupe_bucket, ExtractEvents.process on each bucket of
  articles, group_by_partition, StagePartition.process, key_summary, write_summaries), then the
  job's driver step (job.finish_staged): the baseline;
* the Beam job (``pipeline.job.run``) on FnApiRunner with 1 worker (in-process) and with
  2 workers (``--direct_num_workers 2 --direct_running_mode multi_processing``);
* per-stage times (profiler-free: the pure functions timed separately on ``--stage-articles``);
* gazetteer and model load time and RSS; peak RSS of every worker process;
* cost growth: per-article time at N/10 versus N in the plain loop, and with ``--scale`` the
  Beam job on 1,000 versus 10,000 articles;
* with ``--profile``, cProfile's top functions of the plain loop.

Wall-clock figures depend on what else runs on the machine; CPU-second figures are printed too.
"""
from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import pstats
import random
import re
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterator

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

#: Place names that occur in the seeds (longest first so "Sadr City" wins over "Sadr").
SEED_PLACES = sorted({
    "Baghdad", "Anbar", "Tal Afar", "Rutba", "Qaim", "Haditha", "Mosul", "Tikrit", "Samarra", "Baquba",
    "Baqubah", "Falluja", "Fallujah", "Ramadi", "Rawah", "Anah", "Kirkuk", "Sadr City", "Erbil", "Najaf",
    "Karbala", "Basra", "Diyala", "Nineveh", "Salahuddin", "Cairo", "Jordan", "Saudi Arabia", "Syria",
    "Iran", "Iraq", "Turkey", "Kurdistan", "Amman", "Damascus", "Tehran", "Washington", "Aleppo",
}, key=len, reverse=True)
SEED_COUNTRIES = {"Iraq", "Syria", "Iran", "Jordan", "Saudi Arabia", "Turkey"}

#: Scenarios: a country, its towns/provinces (all resolvable offline), and active groups.
SCENARIOS = [
    ("Iraq", ["Baghdad", "Mosul", "Tikrit", "Samarra", "Ramadi", "Fallujah", "Kirkuk", "Basra", "Najaf",
              "Karbala", "Baqubah", "Haditha", "Erbil", "Anbar", "Diyala", "Hit", "Sinjar"],
     ["ISIS", "Sunni militants", "Shiite militias", "the Mahdi Army"]),
    ("Syria", ["Aleppo", "Homs", "Hama", "Idlib", "Raqqa", "Deir ez-Zor", "Daraa", "Damascus", "Latakia",
               "Palmyra", "Kobani", "Douma", "Manbij"],
     ["rebels", "government forces", "the Nusra Front", "Kurdish fighters"]),
    ("Afghanistan", ["Kabul", "Kandahar", "Helmand", "Kunduz", "Jalalabad", "Herat", "Ghazni",
                     "Mazar-i-Sharif", "Lashkar Gah", "Khost", "Farah", "Nangarhar"],
     ["the Taliban", "insurgents", "the Haqqani network", "Afghan forces"]),
    ("Nigeria", ["Maiduguri", "Borno", "Yola", "Kano", "Damaturu", "Bauchi", "Gwoza", "Baga", "Yobe",
                 "Adamawa", "Chibok", "Jos"],
     ["Boko Haram", "gunmen", "Islamist militants", "vigilantes"]),
    ("Somalia", ["Mogadishu", "Kismayo", "Baidoa", "Beledweyne", "Merca", "Afgoye", "Galkayo",
                 "Jowhar", "Bosaso"],
     ["al-Shabaab", "militants", "clan militias", "AMISOM troops"]),
    ("Ukraine", ["Donetsk", "Luhansk", "Mariupol", "Sloviansk", "Kramatorsk", "Debaltseve", "Avdiivka",
                 "Horlivka", "Kharkiv", "Odesa"],
     ["separatists", "pro-Russian rebels", "Ukrainian forces", "militiamen"]),
    ("Yemen", ["Sanaa", "Aden", "Taiz", "Marib", "Hodeidah", "Saada", "Mukalla", "Ibb", "Lahij"],
     ["Houthi rebels", "al-Qaeda militants", "tribesmen", "coalition forces"]),
    ("Mali", ["Gao", "Timbuktu", "Kidal", "Mopti", "Bamako", "Menaka", "Segou", "Sevare"],
     ["jihadists", "Tuareg rebels", "gunmen", "Malian troops"]),
    ("Pakistan", ["Peshawar", "Quetta", "Karachi", "Miranshah", "Bannu", "Lahore", "Swat",
                  "Dera Ismail Khan", "Parachinar"],
     ["the Pakistani Taliban", "militants", "gunmen", "security forces"]),
    ("Libya", ["Tripoli", "Benghazi", "Sirte", "Misrata", "Derna", "Sabha", "Ajdabiya", "Zawiya"],
     ["militias", "rebels", "Islamist fighters", "forces loyal to Haftar"]),
    ("Colombia", ["Cali", "Medellin", "Cucuta", "Tumaco", "Arauca", "Popayan", "Quibdo"],
     ["FARC rebels", "ELN guerrillas", "paramilitaries", "gunmen"]),
    ("Democratic Republic of the Congo", ["Goma", "Beni", "Bunia", "Butembo", "Uvira", "Bukavu", "Rutshuru"],
     ["M23 rebels", "ADF militants", "militiamen", "Congolese troops"]),
]
SEED_GROUPS = ["ISIS", "militants", "Sunni militants", "gunmen", "fighters"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "dozens of", "scores of", "hundreds of"]
_WORD_NUMBERS = r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"

_PLACE_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p in SEED_PLACES) + r")\b")
_GROUP_RE = re.compile(r"\bISIS\b")
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_MONTH_DAY_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")( \d{1,2}\b)?")
_YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")
_NUM_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})*|\d+)(?![\w.]?\d)")
_NUMWORD_RE = re.compile(_WORD_NUMBERS)


def seed_sentences() -> list[str]:
    """Every sentence of the sample articles (the recombination pool)."""
    from pipeline.sentences import split_sentences

    pool: list[str] = []
    for line in (SEEDS / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        text = (SEEDS / entry["file"]).read_text(encoding="utf-8")
        pool.extend(s.text for s in split_sentences(text) if len(s.text.split()) >= 4)
    return pool


def _vary(sentence: str, rng: random.Random, places: dict[str, str], scenario: tuple, year: int) -> str:
    country, towns, groups = scenario

    def place(m: re.Match) -> str:
        name = m.group(1)
        if name not in places:
            places[name] = country if name in SEED_COUNTRIES and rng.random() < 0.7 else rng.choice(towns)
        return places[name]

    s = _PLACE_RE.sub(place, sentence)
    s = _GROUP_RE.sub(lambda m: rng.choice(groups), s)
    s = _WEEKDAY_RE.sub(lambda m: rng.choice(WEEKDAYS), s)
    s = _MONTH_DAY_RE.sub(
        lambda m: rng.choice(MONTHS) + (f" {rng.randint(1, 28)}" if m.group(2) else ""), s)
    s = _YEAR_RE.sub(lambda m: str(year - rng.choice((0, 0, 0, 1, 2))), s)
    s = _NUM_RE.sub(lambda m: f"{rng.randint(1, 400):,}" if "," not in m.group(1) or rng.random() < 0.5
                    else f"{rng.randint(1000, 90000):,}", s)
    s = _NUMWORD_RE.sub(lambda m: rng.choice(NUMBER_WORDS[:11]), s)
    return s


def make_article(i: int, rng: random.Random, pool: list[str], words: int = 800) -> dict:
    """One synthetic article: headline line, then paragraphs of 1-4 varied sentences."""
    published = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randrange(15 * 365))
    scenario = rng.choice(SCENARIOS)
    places: dict[str, str] = {}
    target = int(rng.gauss(words, words * 0.12))
    headline = _vary(rng.choice(pool), rng, places, scenario, published.year).rstrip(".")
    paras: list[str] = []
    n = len(headline.split())
    while n < target:
        k = rng.choice((1, 2, 2, 3, 3, 4))
        para = " ".join(_vary(rng.choice(pool), rng, places, scenario, published.year) for _ in range(k))
        paras.append(para)
        n += len(para.split())
    sep = "\n\n" if rng.random() < 0.5 else "\n"
    text = headline + "\n\n" + sep.join(paras)
    return {
        "id": f"bench-{i:06d}",
        "published": published.isoformat(),
        "text": text,
        "source": rng.choice(("AP", "AFP", "Reuters", "CNN", "BBC", "Al Jazeera", "local press")),
        "title": headline[:120],
        "language": "en",
    }


def articles(n: int, seed: int = 0, words: int = 800) -> Iterator[dict]:
    rng = random.Random(seed)
    pool = seed_sentences()
    for i in range(n):
        yield make_article(i, rng, pool, words)


def write_corpus(path: Path, n: int, seed: int = 0, words: int = 800) -> dict:
    """Write `n` articles as JSON Lines; returns {"articles", "words", "bytes"}."""
    path.parent.mkdir(parents=True, exist_ok=True)
    total_words = 0
    with open(path, "w", encoding="utf-8") as fh:
        for art in articles(n, seed, words):
            total_words += len(art["text"].split())
            fh.write(json.dumps(art) + "\n")
    return {"articles": n, "words": total_words, "bytes": path.stat().st_size}


# ============================================================================ measuring

TARGETS = {
    "beam_overhead_max": 1.15,        # pipeline on 1 worker / plain loop
    "speedup_2_workers_min": 1.8,     # 2 workers vs 1
    "articles_per_s_per_core_min": 25.0,
    "peak_rss_per_worker_max_mb": 1536.0,
    "scale_10x_tolerance": 0.10,      # 10k within 10% of 10 x 1k
}


def _rss_mb(pid: int | None = None) -> float:
    """Resident set size in MiB (psutil when installed, else /proc)."""
    try:
        import psutil

        return psutil.Process(pid).memory_info().rss / 2**20
    except ImportError:
        with open(f"/proc/{pid or 'self'}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    return float("nan")


def _peak_self_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class WorkerSampler:
    """Samples RSS and CPU time of this process's Beam worker subprocesses (psutil) while a run lasts.

    Peak RSS per worker also comes from ``getrusage(RUSAGE_CHILDREN)`` (max over reaped children)."""

    def __init__(self, interval: float = 0.25) -> None:
        self.interval = interval
        self.peak: dict[int, float] = {}
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> "WorkerSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        me = psutil.Process()
        while not self._stop.is_set():
            for child in me.children(recursive=True):
                try:
                    if "sdk_worker_main" not in " ".join(child.cmdline()):
                        continue
                    rss = child.memory_info().rss / 2**20
                    t = child.cpu_times()
                except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                    continue
                self.peak[child.pid] = max(self.peak.get(child.pid, 0.0), rss)
                self.cpu[child.pid] = t.user + t.system
            self._stop.wait(self.interval)


def plain_loop(corpus: Path, config: Any, workdir: Path, checkpoints: tuple[int, ...] = ()) -> dict[str, Any]:
    """The per-element functions of the Beam graph, called in a plain loop (no Beam)."""
    from pipeline import transforms
    from pipeline.readers import expand_inputs
    from pipeline.job import finish_staged, new_run_id
    from pipeline.store import OutputRoot

    today = dt.date.today().isoformat()
    fn = transforms.ExtractEvents(config)
    fn.setup()
    c0, t0 = time.process_time(), time.perf_counter()
    recs = []
    specs = expand_inputs([str(corpus)])
    for spec in specs:
        for raw in transforms.read_spec((spec.kind, spec.path), config):
            recs.append(transforms.validate_record(raw, config, today))
    t_read = time.perf_counter() - t0
    buckets: dict[int, list[dict]] = defaultdict(list)
    n_buckets = transforms.bucket_count([(s.kind, s.path) for s in specs])
    for rec in recs:
        key, rec = transforms.key_by_bucket(rec, n_buckets)
        buckets[key].append(rec)
    groups: dict[tuple[str, str], list[list[tuple[str, dict]]]] = defaultdict(list)
    marks: dict[int, float] = {}
    t1 = time.perf_counter()
    done, pending_marks = 0, sorted(checkpoints)
    for key in sorted(buckets):
        bucket = transforms.skip_seen_all(transforms.dedupe_bucket((key, buckets[key])), None, "")
        for out in fn.process(bucket):
            for key_, rows in transforms.group_by_partition(out):
                groups[key_].append(rows)
        done += sum(r["kind"] == "article" for r in bucket)
        while pending_marks and done >= pending_marks[0]:
            marks[done] = time.perf_counter() - t1  # the bucket that reached the mark
            pending_marks.pop(0)
    t_extract = time.perf_counter() - t1
    # Write, link and commit into an output root exactly as the job's driver does after the pipeline.
    out = workdir / "plain-out"
    shutil.rmtree(out, ignore_errors=True)
    root = OutputRoot(str(out))
    root.lock()
    run_id = new_run_id()
    staging = root.staging_dir(run_id)
    staging.mkdir(parents=True)
    t2 = time.perf_counter()
    stage = transforms.StagePartition(str(staging))
    shards: dict[int, list[dict]] = defaultdict(list)
    for item in groups.items():
        for summary in stage.process(item):
            key, summary = transforms.key_summary(summary)
            shards[key].append(summary)
    for item in sorted(shards.items()):
        transforms.write_summaries(item, str(staging))
    t_write = time.perf_counter() - t2
    t3 = time.perf_counter()
    record: dict[str, Any] = {"run_id": run_id, "timings_s": {}}
    try:
        finish_staged(root, staging, run_id, record)
    finally:
        root.unlock()
    t_commit = time.perf_counter() - t3
    wall = time.perf_counter() - t0
    articles = [r for r in recs if r["kind"] == "article"]
    return {
        "articles": len(articles),
        "words": sum(len(r["text"].split()) for r in articles),
        "events": sum(table == "events" for chunks in groups.values() for rows in chunks for table, _ in rows),
        "files": sum(len({table for rows in chunks for table, _ in rows}) for chunks in groups.values()),
        "wall_s": wall, "cpu_s": time.process_time() - c0,
        "read_s": t_read, "extract_s": t_extract, "write_s": t_write, "link_commit_s": t_commit,
        "linking_s": record["timings_s"].get("incidents"), "commit_s": record["timings_s"].get("commit"),
        "checkpoints_s": marks,
        "records": articles,
    }


def stage_times(articles: list[dict], res: Any) -> dict[str, float]:
    """Seconds per stage over `articles`, timing the pure functions one by one (no profiler)."""
    from pipeline import dates as dates_mod
    from pipeline import lexicon
    from pipeline.events import extract_events
    from pipeline.nlp import parse_view
    from pipeline.numbers import extract_casualties
    from pipeline.places import find_places
    from pipeline.sentences import split_sentences

    t = defaultdict(float)
    pc = time.perf_counter
    for art in articles:
        text = art["text"]
        anchor = dt.date.fromisoformat(art["published"])
        a = pc()
        sents = split_sentences(text, res.max_sentence_chars)
        view = parse_view(text)
        cands = [s for s in sents if lexicon.has_trigger(s.text)]
        b = pc()
        list(res.nlp.pipe([view[s.start:s.end] for s in cands], batch_size=64))
        c = pc()
        for s in sents:
            dates_mod.find_time_expressions(s.text, anchor)
        d = pc()
        find_places(text, res.gazetteer)
        e = pc()
        for s in cands:
            extract_casualties(text, s.start, s.end)
        f = pc()
        extract_events(art, res)
        g = pc()
        t["sentences"] += b - a
        t["parse"] += c - b
        t["dates"] += d - c
        t["places"] += e - d
        t["numbers"] += f - e
        t["extract_events"] += g - f
        t["candidate_sentences"] += len(cands)
        t["sentences_n"] += len(sents)
    parts = sum(t[k] for k in ("sentences", "parse", "dates", "places", "numbers"))
    t["events_rest"] = max(t["extract_events"] - parts, 0.0)
    return dict(t)


def profile_loop(articles: list[dict], res: Any, out: Path, top: int = 25) -> str:
    from pipeline.events import extract_events

    prof = cProfile.Profile()
    prof.enable()
    for art in articles:
        extract_events(art, res)
    prof.disable()
    prof.dump_stats(str(out))
    buf = io.StringIO()
    st = pstats.Stats(prof, stream=buf).strip_dirs()
    st.sort_stats("tottime").print_stats(top)
    st.sort_stats("cumulative").print_stats(top)
    return buf.getvalue()


def run_job(corpus: Path, out: Path, extra: list[str]) -> dict[str, Any]:
    from pipeline import job

    shutil.rmtree(out, ignore_errors=True)
    c0, t0 = time.process_time(), time.perf_counter()
    with WorkerSampler() as sampler:
        result = job.run(["--input", str(corpus), "--output", str(out), *extra])
    wall = time.perf_counter() - t0
    counts = result.record["counts"]
    return {
        "wall_s": wall,
        "driver_cpu_s": time.process_time() - c0,
        "worker_cpu_s": sum(sampler.cpu.values()),
        "worker_cpu_s_each": {str(k): round(v, 1) for k, v in sampler.cpu.items()},
        "children_maxrss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "worker_peak_rss_mb": {str(k): round(v, 1) for k, v in sampler.peak.items()},
        "processed": counts["processed"], "events": counts["events"],
        "pipeline_s": result.record["timings_s"].get("pipeline"),
        "commit_s": result.record["timings_s"].get("commit"),
        "incidents_s": result.record["timings_s"].get("incidents"),
        "incidents": result.record.get("incidents"),
        "files": {t: len(list((out / t).rglob("*.parquet"))) for t in ("events", "mentions", "articles", "rejects")},
        "partitions": len(counts["events_per_partition"]),
    }


def _fmt_rate(n: int, words: int, secs: float) -> str:
    return f"{n / secs:7.2f} articles/s  {words / secs:9.0f} words/s"


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("MET" if ok else "NOT MET")


def run_bench(args: argparse.Namespace) -> dict[str, Any]:
    from pipeline import resources
    from pipeline.config import load_config

    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="newsevents-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    say = lambda *a: print(*a, flush=True)  # noqa: E731
    R: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                                     "loadavg_start": os.getloadavg()}, "args": vars(args)}
    config = load_config(args.config)

    corpus = workdir / f"corpus-{args.articles}-{args.seed}.jsonl"
    t = time.perf_counter()
    R["corpus"] = write_corpus(corpus, args.articles, args.seed, args.words)
    R["corpus"]["build_s"] = time.perf_counter() - t
    words = R["corpus"]["words"]
    say(f"corpus: {args.articles} articles, {words} words ({words / args.articles:.0f}/article), "
        f"{R['corpus']['bytes'] / 2**20:.1f} MiB -> {corpus}")

    # -- resources: model + gazetteer, once per process
    rss0 = _rss_mb()
    from pipeline.places import Gazetteer
    t = time.perf_counter()
    gaz = Gazetteer.load()
    t_gaz = time.perf_counter() - t
    rss_gaz = _rss_mb()
    t = time.perf_counter()
    res = resources.get(config)
    t_model = time.perf_counter() - t
    R["resources"] = {"gazetteer_load_s": t_gaz, "gazetteer_rss_mb": rss_gaz - rss0, "gazetteer_entries": len(gaz),
                      "model_load_s": t_model, "model_rss_mb": _rss_mb() - rss_gaz, "process_rss_mb": _rss_mb()}
    say(f"resources: gazetteer {t_gaz:.1f}s +{rss_gaz - rss0:.0f} MiB ({len(gaz)} entries); spaCy model "
        f"{t_model:.1f}s +{_rss_mb() - rss_gaz:.0f} MiB; process RSS {_rss_mb():.0f} MiB")

    # -- plain loop (baseline)
    tenth = max(args.articles // 10, 1)
    plain = plain_loop(corpus, config, workdir, checkpoints=(tenth, args.articles))
    records = plain.pop("records")
    R["plain"] = plain
    say(f"plain loop (1 core):  {_fmt_rate(plain['articles'], plain['words'], plain['wall_s'])}  "
        f"wall {plain['wall_s']:.1f}s cpu {plain['cpu_s']:.1f}s (read {plain['read_s']:.1f}s, "
        f"extract {plain['extract_s']:.1f}s, write {plain['write_s']:.2f}s, "
        f"linking + commit {plain['link_commit_s']:.1f}s)")

    # -- per-stage times
    sub = records[: args.stage_articles]
    st = stage_times(sub, res)
    n = len(sub)
    R["stages_ms_per_article"] = {
        "read+validate": 1000 * plain["read_s"] / plain["articles"],
        "sentences (split + trigger scan)": 1000 * st["sentences"] / n,
        "parse (nlp.pipe, candidate sentences)": 1000 * st["parse"] / n,
        "dates (find_time_expressions, all sentences)": 1000 * st["dates"] / n,
        "places (find_places, whole article)": 1000 * st["places"] / n,
        "numbers (extract_casualties, candidate sentences)": 1000 * st["numbers"] / n,
        "events rest (rules, per-trigger dates, merging)": 1000 * st["events_rest"] / n,
        "extract_events total": 1000 * st["extract_events"] / n,
        "linking": None,  # filled in from the Beam run (the driver links before the commit)
        "write (Arrow + Parquet, staged)": 1000 * plain["write_s"] / plain["articles"],
    }
    R["stages_counts"] = {"sentences_per_article": st["sentences_n"] / n,
                          "candidate_sentences_per_article": st["candidate_sentences"] / n}
    say(f"stages (ms/article over {n} articles; {st['sentences_n'] / n:.0f} sentences, "
        f"{st['candidate_sentences'] / n:.0f} parsed):")
    for k, v in R["stages_ms_per_article"].items():
        say(f"  {k:52} {'(from the Beam run, below)' if v is None else f'{v:8.2f}'}")

    if args.profile:
        prof_out = workdir / "plain-loop.prof"
        text = profile_loop(sub, res, prof_out, args.profile_top)
        R["profile_file"] = str(prof_out)
        say(f"cProfile of extract_events over {n} articles ({prof_out}):")
        say(text)

    # -- Beam: 1 worker (in-process FnApiRunner: model already loaded, as in any warm worker)
    runs: dict[str, Any] = {}
    for w in args.workers:
        extra = ["--runner", "FnApiRunner"]
        if w > 1:
            extra += ["--direct_num_workers", str(w), "--direct_running_mode", "multi_processing"]
        r = run_job(corpus, workdir / f"out-{w}w", extra)
        runs[str(w)] = r
        peak = max(r["worker_peak_rss_mb"].values(), default=_peak_self_mb())
        say(f"beam {w} worker{'s' if w > 1 else ' '}:       {_fmt_rate(r['processed'], words, r['wall_s'])}  "
            f"wall {r['wall_s']:.1f}s (pipeline {r['pipeline_s']:.1f}s, linking {r['incidents_s']:.1f}s, "
            f"commit {r['commit_s']:.1f}s)  cpu driver {r['driver_cpu_s']:.1f}s workers {r['worker_cpu_s']:.1f}s  "
            f"peak RSS/worker {peak:.0f} MiB  files {r['files']}")
    R["beam"] = runs
    first = runs.get("1") or next(iter(runs.values()), None)
    if first and first["processed"]:
        R["stages_ms_per_article"]["linking"] = 1000 * first["incidents_s"] / first["processed"]
        say(f"  {'linking (driver, before the commit; Beam run)':52} {R['stages_ms_per_article']['linking']:8.2f}")

    # -- linear cost
    cp = sorted(plain["checkpoints_s"].items())
    (n_small, t_small), (n_large, t_large) = (cp[0], cp[-1]) if len(cp) >= 2 else ((tenth, None), (args.articles, None))
    R["linearity_plain"] = {"n_small": n_small, "n_large": n_large, "t_small": t_small, "t_large": t_large}
    if args.scale:
        small, large = 1000, 10000
        big = workdir / f"corpus-{large}-{args.seed}.jsonl"
        write_corpus(big, large, args.seed, args.words)
        sm = workdir / f"corpus-{small}-{args.seed}.jsonl"
        write_corpus(sm, small, args.seed, args.words)
        r1 = run_job(sm, workdir / "out-1k", ["--runner", "FnApiRunner"])
        r10 = run_job(big, workdir / "out-10k", ["--runner", "FnApiRunner"])
        R["scale"] = {"t_1k": r1["wall_s"], "t_10k": r10["wall_s"], "ratio": r10["wall_s"] / r1["wall_s"]}
        say(f"scale: 1k {r1['wall_s']:.1f}s, 10k {r10['wall_s']:.1f}s, ratio {R['scale']['ratio']:.2f} (linear = 10)")

    R["summary"] = summarize(R)
    R["machine"]["loadavg_end"] = os.getloadavg()
    say("")
    say(format_summary(R["summary"]))
    if args.json:
        Path(args.json).write_text(json.dumps(R, indent=2, default=str), encoding="utf-8")
        say(f"results: {args.json}")
    if not args.keep and not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    return R


def summarize(R: dict[str, Any]) -> dict[str, Any]:
    plain = R["plain"]
    words, n = plain["words"], plain["articles"]
    S: dict[str, Any] = {"articles": n, "words": words}
    # a run that did not process every article (extraction failed in its workers) times less work:
    # its rates, overhead and speed-up would be false, so they are left out and named
    beam = {w: b for w, b in R["beam"].items() if b.get("processed") == n}
    incomplete = sorted(set(R["beam"]) - set(beam))
    if incomplete:
        S["incomplete_beam_runs"] = ", ".join(
            f"{w} worker(s): {R['beam'][w].get('processed')} of {n} articles" for w in incomplete)
    S["plain_articles_per_s"] = n / plain["wall_s"]
    S["plain_articles_per_cpu_s"] = n / plain["cpu_s"]
    if "1" in beam:
        b1 = beam["1"]
        S["beam1_articles_per_s"] = n / b1["wall_s"]
        S["beam1_words_per_s"] = words / b1["wall_s"]
        S["beam1_articles_per_cpu_s"] = n / b1["driver_cpu_s"]
        S["beam_overhead"] = b1["wall_s"] / plain["wall_s"]
        S["beam_overhead_cpu"] = b1["driver_cpu_s"] / plain["cpu_s"]
        # the graph alone: Beam's pipeline phase against the loop's read + extract + write
        S["beam_overhead_pipeline_only"] = b1["pipeline_s"] / (plain["wall_s"] - plain["link_commit_s"])
    if "2" in beam:
        b2 = beam["2"]
        S["beam2_articles_per_s"] = n / b2["wall_s"]
        S["beam2_words_per_s"] = words / b2["wall_s"]
        S["beam2_peak_rss_per_worker_mb"] = max(b2["worker_peak_rss_mb"].values(), default=None)
        load = R["resources"]["gazetteer_load_s"] + R["resources"]["model_load_s"]
        S["worker_startup_load_s"] = load
        if "1" in beam:
            S["speedup_2_workers"] = beam["1"]["wall_s"] / b2["wall_s"]
            S["speedup_2_workers_excl_load"] = beam["1"]["wall_s"] / max(b2["wall_s"] - load, 1e-9)
    lin = R["linearity_plain"]
    if lin["t_small"] and lin["t_large"]:
        S["linearity_plain_ratio"] = lin["t_large"] / lin["t_small"]
        S["linearity_plain_expected"] = lin["n_large"] / lin["n_small"]
    if "scale" in R:
        S["scale_ratio_10k_1k"] = R["scale"]["ratio"]
    T = TARGETS
    S["targets"] = {
        "beam overhead <= 1.15x plain loop": (S.get("beam_overhead"), _ok(S.get("beam_overhead"), T["beam_overhead_max"], le=True)),
        ">= 1.8x faster on 2 workers": (S.get("speedup_2_workers"), _ok(S.get("speedup_2_workers"), T["speedup_2_workers_min"])),
        ">= 25 articles/s per core": (S.get("beam1_articles_per_s"), _ok(S.get("beam1_articles_per_s"), T["articles_per_s_per_core_min"])),
        "<= 1.5 GB peak RSS per worker": (S.get("beam2_peak_rss_per_worker_mb"), _ok(S.get("beam2_peak_rss_per_worker_mb"), T["peak_rss_per_worker_max_mb"], le=True)),
        "10k within 10% of 10x 1k": (S.get("scale_ratio_10k_1k"), None if "scale_ratio_10k_1k" not in S
                                     else abs(S["scale_ratio_10k_1k"] / 10 - 1) <= T["scale_10x_tolerance"]),
    }
    return S


def _ok(value: float | None, bound: float, le: bool = False) -> bool | None:
    if value is None:
        return None
    return value <= bound if le else value >= bound


def format_summary(S: dict[str, Any]) -> str:
    lines = ["summary:"]
    for k, v in S.items():
        if k == "targets":
            continue
        lines.append(f"  {k:34} {v:.3f}" if isinstance(v, float) else f"  {k:34} {v}")
    lines.append("targets:")
    for name, (value, ok) in S["targets"].items():
        shown = "-" if value is None else f"{value:.2f}"
        lines.append(f"  {name:36} {shown:>9}  {_verdict(ok)}")
    if S["targets"]["10k within 10% of 10x 1k"][0] is None and "linearity_plain_ratio" in S:
        lines.append(f"  (without --scale: plain loop N vs N/10 ratio {S['linearity_plain_ratio']:.2f}, "
                     f"linear = {S['linearity_plain_expected']:.0f})")
    return "\n".join(lines)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m pipeline bench",
        description="Benchmark the extraction job on a synthetic corpus (see README 'Performance').",
    )
    p.add_argument("--articles", type=int, default=2000, help="corpus size (default 2000, minimum 2000 "
                   "for reported figures; smaller for a quick check)")
    p.add_argument("--words", type=int, default=800, help="mean words per article (default 800)")
    p.add_argument("--seed", type=int, default=0, help="RNG seed of the corpus (default 0)")
    p.add_argument("--workers", type=lambda s: [int(x) for x in s.split(",")], default=[1, 2],
                   help="worker counts for the Beam runs, comma-separated (default 1,2)")
    p.add_argument("--stage-articles", type=int, default=200, help="articles timed stage by stage (default 200)")
    p.add_argument("--profile", action="store_true", help="cProfile extract_events over the stage articles")
    p.add_argument("--profile-top", type=int, default=25)
    p.add_argument("--scale", action="store_true", help="also run the Beam job on 1k and 10k articles (slow)")
    p.add_argument("--config", default=None, help="run configuration YAML (default configs/default.yaml)")
    p.add_argument("--workdir", default=None, help="keep corpus and outputs here (default: a temp dir, removed)")
    p.add_argument("--keep", action="store_true", help="keep the temp dir")
    p.add_argument("--json", default=None, metavar="FILE", help="write all figures as JSON")
    return p


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    run_bench(args)
    return 0
