"""Measure extraction on the annotated development corpora (``python -m pipeline eval``).

Issue 13. The corpora live OUTSIDE the repository, in ``<repo root>/../shared/data``
(``muc-dev/`` and ``gva-dev/``), with their scorers in ``../shared/tools``. This
module never copies any of that data into the repository: samples, pipeline
output, scorer JSON and the per-item error list are written into a temporary
work directory (``--workdir`` to keep them), and the documents it writes hold
only figures, counts and the pipeline's own short field values (as shapes).

What one evaluation does, per corpus:

1. picks the articles: the whole corpus, or a fixed seeded sample
   (``--sample N --seed S``; for MUC the sample keeps the proportion of articles
   with incidents (gold) to articles without (``no_incident.txt``));
2. runs the Beam job in-process (``pipeline.job.run``) into a fresh output root;
3. writes the publication-date baseline (one events row per article holding only
   its publication date) into a second root with ``pipeline.store``;
4. scores both roots with the corpus's scorer, run as a subprocess with this
   Python and ``--json``;
5. groups the misses and false alarms by cause (``error_analysis``), from the
   scorer's per-item output, the gold file and the events table.

``--write-docs`` writes ``docs/evaluation.md`` (figures of the full run and of the
guard sample, with a machine-readable JSON block that ``tests/test_regression.py``
reads) and, on full runs, ``docs/error-analysis.md``.
"""
from __future__ import annotations

import argparse
import collections
import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any, Callable, Iterable

from pipeline.gazetteer import haversine_km

log = logging.getLogger("pipeline.evaluation")

REPO = Path(__file__).resolve().parent.parent
DOC_EVALUATION = REPO / "docs" / "evaluation.md"
DOC_ERRORS = REPO / "docs" / "error-analysis.md"
DEFAULT_SEED = 13
GUARD_SAMPLE = 200
#: A guarded figure may fall this many percentage points below the recorded one.
TOLERANCE_POINTS = 2.0
FIGURES_MARKER = "<!-- evaluation-figures: machine-readable; written by `python -m pipeline eval --write-docs` -->"


# --------------------------------------------------------------------------- corpora

def shared_dir() -> Path:
    """``<repo root>/../shared`` (``NEWSEVENTS_SHARED`` overrides it)."""
    env = os.environ.get("NEWSEVENTS_SHARED")
    return Path(env).resolve() if env else (REPO.parent / "shared").resolve()


@dataclasses.dataclass(frozen=True)
class Corpus:
    name: str
    title: str
    articles: Path
    gold: Path
    scorer: Path
    no_incident: Path | None = None


def corpora(shared: Path | None = None) -> dict[str, Corpus]:
    shared = shared or shared_dir()
    data, tools = shared / "data", shared / "tools"
    return {
        "muc": Corpus("muc", "MUC-3/4 (Latin American wire reports, 1988-1990)",
                      data / "muc-dev" / "articles.jsonl", data / "muc-dev" / "gold.jsonl",
                      tools / "score_muc.py", data / "muc-dev" / "no_incident.txt"),
        "gva": Corpus("gva", "GVA / SemEval-2018 Task 5 (US local news, 2013-2017)",
                      data / "gva-dev" / "articles.jsonl", data / "gva-dev" / "gold.jsonl",
                      tools / "score_gva.py"),
    }


def missing_data_reason(shared: Path | None = None) -> str | None:
    """None when every corpus file and scorer is there, else a sentence saying what is missing."""
    shared = shared or shared_dir()
    missing = [str(p) for c in corpora(shared).values()
               for p in (c.articles, c.gold, c.scorer, c.no_incident) if p is not None and not p.exists()]
    if missing:
        return (f"annotated development data not found under {shared} (expected beside the repository as "
                f"../shared; missing: {', '.join(missing[:3])}{' ...' if len(missing) > 3 else ''})")
    return None


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@dataclasses.dataclass
class Prepared:
    """The articles of one evaluation of one corpus (all of them or a sample), as files in the work dir."""
    corpus: Corpus
    articles: Path
    gold: Path
    no_incident: Path | None
    published: dict[str, str]          # article id -> YYYY-MM-DD
    gold_rows: list[dict[str, Any]]
    no_incident_ids: list[str]
    sample: int | None
    seed: int | None

    @property
    def ids(self) -> list[str]:
        return sorted(self.published)

    @property
    def digest(self) -> str:
        """Identifies the article selection (a hash of the sorted ids; no text)."""
        return hashlib.sha1("\n".join(self.ids).encode("utf-8")).hexdigest()[:16]


def _published_by_id(path: Path, keep: set[str] | None = None) -> tuple[dict[str, str], list[str]]:
    published: dict[str, str] = {}
    lines: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            aid = str(rec.get("id"))
            if keep is not None and aid not in keep:
                continue
            published[aid] = str(rec.get("published") or "")[:10]
            lines.append(line if line.endswith("\n") else line + "\n")
    return published, lines


def select_ids(corpus: Corpus, sample: int | None, seed: int) -> set[str] | None:
    """The sampled article ids (None = all). MUC keeps the gold / no-incident proportion."""
    if not sample:
        return None
    rng = random.Random(seed)
    gold_ids = sorted({str(g["article_id"]) for g in _read_jsonl(corpus.gold)})
    if corpus.no_incident is None:
        return set(rng.sample(gold_ids, min(sample, len(gold_ids))))
    no_inc = sorted({line.strip() for line in open(corpus.no_incident, encoding="utf-8") if line.strip()})
    total = len(gold_ids) + len(no_inc)
    k_gold = min(len(gold_ids), round(sample * len(gold_ids) / total))
    k_none = min(len(no_inc), sample - k_gold)
    return set(rng.sample(gold_ids, k_gold)) | set(rng.sample(no_inc, k_none))


def prepare(corpus: Corpus, workdir: Path, sample: int | None, seed: int) -> Prepared:
    keep = select_ids(corpus, sample, seed)
    published, lines = _published_by_id(corpus.articles, keep)
    gold_rows = [g for g in _read_jsonl(corpus.gold) if str(g["article_id"]) in published]
    no_inc: list[str] = []
    if corpus.no_incident is not None:
        no_inc = [x for x in (line.strip() for line in open(corpus.no_incident, encoding="utf-8"))
                  if x and x in published]
    if keep is None:
        return Prepared(corpus, corpus.articles, corpus.gold, corpus.no_incident, published, gold_rows,
                        no_inc, None, None)
    d = workdir / f"{corpus.name}-input"
    d.mkdir(parents=True, exist_ok=True)
    (d / "articles.jsonl").write_text("".join(lines), encoding="utf-8")
    (d / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold_rows), encoding="utf-8")
    ni_path = None
    if corpus.no_incident is not None:
        ni_path = d / "no_incident.txt"
        ni_path.write_text("".join(x + "\n" for x in no_inc), encoding="utf-8")
    return Prepared(corpus, d / "articles.jsonl", d / "gold.jsonl", ni_path, published, gold_rows, no_inc,
                    sample, seed)


# --------------------------------------------------------------------------- running and scoring

def run_pipeline(articles: Path, out_root: Path, workers: int) -> dict[str, Any]:
    """Run the Beam job in-process; returns counts and timings."""
    from pipeline import job

    argv = ["--input", str(articles), "--output", str(out_root)]
    if workers > 1:
        argv += ["--direct_num_workers", str(workers), "--direct_running_mode", "multi_processing"]
    t0 = time.monotonic()
    result = job.run(argv)
    wall = time.monotonic() - t0
    rec = result.record
    counts = rec["counts"]
    pipeline_s = float(rec["timings_s"]["pipeline"])
    return {
        "articles": counts["processed"], "rejected": counts["rejected"],
        "rejects_by_reason": counts.get("rejects_by_reason", {}), "events": counts["events"],
        "pipeline_s": round(pipeline_s, 1), "wall_s": round(wall, 1), "workers": workers,
        "articles_per_s": round(counts["processed"] / pipeline_s, 2) if pipeline_s else None,
        "extractor_version": rec.get("versions", {}).get("extractor"),
    }


def write_baseline(out_root: Path, published: dict[str, str]) -> int:
    """One events row per article holding only its publication date, written with pipeline.store."""
    from pipeline import store

    root = store.OutputRoot(out_root)
    root.check_writable()
    root.lock()
    try:
        root.recover()
        run_id = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-baseline"
        staging = root.staging_dir(run_id)
        staging.mkdir(parents=True)
        by_day: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
        for aid, pub in published.items():
            if not pub:
                continue
            by_day[pub].append({
                "event_id": hashlib.sha1(f"publication-baseline\x00{aid}".encode()).hexdigest()[:20],
                "article_id": aid, "date_start": pub, "date_end": pub, "date_precision": "publication",
                "published": pub, "num_mentions": 0, "extractor_version": "publication-date-baseline",
            })
        staged = [store.stage_partition(str(staging), "events", day, rows) for day, rows in sorted(by_day.items())]
        n = sum(len(r) for r in by_day.values())
        record = {"run_id": run_id, "kind": "publication-date baseline", "counts": {"events": n}}
        root.commit(run_id, staged, set(published), set(), record)
        return n
    finally:
        root.unlock()


def run_scorer(prep: Prepared, out_root: Path, json_path: Path) -> dict[str, Any]:
    c = prep.corpus
    cmd = [sys.executable, str(c.scorer), str(out_root), "--json", str(json_path), "--gold", str(prep.gold)]
    if c.name == "muc" and prep.no_incident is not None:
        cmd += ["--no-incident", str(prep.no_incident)]
    if c.name == "gva":
        cmd += ["--per-article"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"scorer failed ({' '.join(cmd)}):\n{proc.stdout}\n{proc.stderr}")
    with open(json_path, encoding="utf-8") as fh:
        return json.load(fh)


EVENT_COLUMNS = ["article_id", "event_date", "published", "date_precision", "date_text", "event_type",
                 "location_text", "place_name", "geonameid", "admin1_code", "country_code", "latitude",
                 "longitude", "geo_precision", "killed_best", "wounded_best", "evidence"]


def read_events(out_root: Path) -> list[dict[str, Any]]:
    from pipeline import store

    ds = store.open_table(out_root, "events")
    cols = [c for c in EVENT_COLUMNS if c in ds.schema.names]
    rows = ds.to_table(columns=cols).to_pylist()
    for r in rows:
        for c in EVENT_COLUMNS:
            r.setdefault(c, None)
    return rows


# --------------------------------------------------------------------------- figures

def _rate(d: dict[str, Any] | None) -> float | None:
    if not d:
        return None
    if "rate" in d:
        return d["rate"]
    return d.get("recall") if d.get("n") else None


def _pct(x: float | None) -> float | None:
    return None if x is None else round(100.0 * x, 1)


def row_stats(events: list[dict[str, Any]], n_articles: int) -> dict[str, Any]:
    n = len(events)
    off_pub = sum(1 for r in events if r["event_date"] is not None and r["published"] is not None
                  and r["event_date"] != r["published"])
    return {
        "rows": n,
        "rows_per_article": round(n / n_articles, 2) if n_articles else None,
        "rows_not_on_publication_date": _pct(off_pub / n) if n else None,
        "articles_with_rows": len({r["article_id"] for r in events}),
    }


def figures_muc(score: dict[str, Any], events: list[dict[str, Any]], n_articles: int) -> dict[str, Any]:
    """Percentages (0-100) of one scored MUC root; keys are stable (the guard reads them)."""
    s = score["summary"]
    fa = score["false_alarms"]
    out: dict[str, Any] = {}
    for subset in ("core", "all"):
        p = "" if subset == "core" else "all_"
        S = s[subset]
        out.update({
            f"{p}incidents": S["incident article has rows"]["n"],
            f"{p}article_has_rows": _pct(_rate(S["incident article has rows"])),
            f"{p}date": _pct(_rate(S["date hit"])),
            f"{p}date_pm1": _pct(_rate(S["date hit +-1 day"])),
            f"{p}date_not_pub": _pct(_rate(S["published not in window"])),
            f"{p}date_not_pub_n": S["published not in window"]["n"],
            f"{p}country": _pct(_rate(S["country hit"])),
            f"{p}place": _pct(_rate(S["place hit"])),
            f"{p}killed": _pct(_rate(S["deaths hit"])),
            f"{p}wounded": _pct(_rate(S["injuries hit"])),
            f"{p}combined": _pct(_rate(S["combined (one row)"])),
            f"{p}combined_pm1": _pct(_rate(S["combined +-1 day"])),
        })
    n_ni = fa["no_incident_articles"]
    out["no_incident_articles"] = n_ni
    out["false_alarms"] = _pct(fa["articles_with_rows"] / n_ni) if n_ni else None
    out["false_alarm_rows"] = fa["rows"]
    out.update(row_stats(events, n_articles))
    return out


def figures_gva(score: dict[str, Any], events: list[dict[str, Any]], n_articles: int) -> dict[str, Any]:
    r = score["recall"]
    out = {
        "articles_scored": score["gold_articles"],
        "date": _pct(_rate(r["all"]["date"])),
        "date_pm1": _pct(_rate(r["all"]["date_pm1"])),
        "date_late": _pct(_rate(r["late"]["date"])),
        "date_late_n": r["late"]["date"]["n"],
        "place": _pct(_rate(r["all"]["place"])),
        "place30km": _pct(_rate(r["all"]["place30km"])),
        "killed": _pct(_rate(r["own-flag"]["killed"])),
        "killed_n": r["own-flag"]["killed"]["n"],
        "wounded": _pct(_rate(r["own-flag"]["wounded"])),
        "wounded_n": r["own-flag"]["wounded"]["n"],
        "all_killed": _pct(_rate(r["all"]["killed"])),
        "all_wounded": _pct(_rate(r["all"]["wounded"])),
        "incident": _pct(_rate(r["all"]["incident"])),
        "text_incident": _pct(_rate(r["text"]["incident"])),
        "article_has_rows": _pct(score["articles_with_rows"] / score["gold_articles"]) if score["gold_articles"] else None,
        "killed_rows_not_gold": _pct(score["rows_killed_not_gold"] / score["rows_killed_stated"])
        if score["rows_killed_stated"] else None,
        "false_alarms": None,   # every GVA article reports an incident
    }
    out.update(row_stats(events, n_articles))
    return out


#: Headline figures the regression guard checks: (corpus, key, higher is better).
GUARDED: list[tuple[str, str, bool]] = [
    ("muc", "date", True), ("muc", "date_not_pub", True), ("muc", "country", True), ("muc", "place", True),
    ("muc", "killed", True), ("muc", "wounded", True), ("muc", "combined", True), ("muc", "false_alarms", False),
    ("gva", "date", True), ("gva", "date_late", True), ("gva", "place", True), ("gva", "killed", True),
    ("gva", "wounded", True), ("gva", "incident", True),
]

#: Issue 13 targets on the full development corpora: (corpus, key, label, target %, higher is better).
TARGETS: list[tuple[str, str, str, float, bool]] = [
    ("muc", "date_not_pub", "MUC core: date where the publication date is outside the window", 60, True),
    ("muc", "country", "MUC core: country", 95, True),
    ("muc", "place", "MUC core: place", 75, True),
    ("muc", "killed", "MUC core: deaths", 70, True),
    ("muc", "combined", "MUC core: combined (one row, exact window)", 50, True),
    ("muc", "false_alarms", "MUC: no-incident articles that get events", 20, False),
    ("gva", "date_late", "GVA: date on articles published 2+ days after the incident", 50, True),
    ("gva", "place", "GVA: place", 85, True),
    ("gva", "killed", "GVA: killed where the number is in the text", 75, True),
    ("gva", "incident", "GVA: incident (one row: date +-1, place, killed)", 50, True),
]


# --------------------------------------------------------------------------- error analysis

MONTHS = ("january february march april may june july august september october november december "
          "jan feb mar apr jun jul aug sep sept oct nov dec").split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()


def date_shape(text: str | None) -> str:
    """A date expression reduced to its shape: numbers -> N, month names -> MONTH, weekdays -> WEEKDAY."""
    if not text:
        return "(none)"
    words = []
    for w in re.findall(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]", text.lower()):
        if w.isdigit():
            w = "N"
        elif w in MONTHS:
            w = "MONTH"
        elif w in WEEKDAYS:
            w = "WEEKDAY"
        if not (w == "N" and words and words[-1] == "N"):
            words.append(w)
    return " ".join(words)[:40]


def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", re.sub(r"[^A-Za-z0-9]+", " ", s)).strip().upper()


def _d(x: Any) -> dt.date | None:
    if x is None or isinstance(x, dt.date):
        return x
    return dt.date.fromisoformat(str(x)[:10])


def _is_fallback(r: dict[str, Any]) -> bool:
    return r["date_precision"] == "publication" or not r["date_text"]


class Tally:
    """cause -> count, with a few sub-counters (pipeline field values as shapes / codes)."""

    def __init__(self) -> None:
        self.counts: collections.Counter[str] = collections.Counter()
        self.detail: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)

    def add(self, cause: str, detail: Iterable[str] = ()) -> None:
        self.counts[cause] += 1
        for d in detail:
            self.detail[cause][d] += 1

    def as_dict(self) -> dict[str, Any]:
        return {c: {"count": n, "detail": self.detail[c].most_common(5)} for c, n in self.counts.most_common()}


def _date_causes(rows: list[dict[str, Any]], ok: Callable[[dt.date, int], bool],
                 position: Callable[[dt.date], str]) -> tuple[str, list[str]]:
    """Why no row of an article has a right date: (cause, detail)."""
    dated = [r for r in rows if not _is_fallback(r) and r["event_date"] != r["published"]]
    if not dated:
        return "no date found (publication date or dateline used)", [
            f"{date_shape(r['date_text'])} [{r['date_precision']}]" for r in rows[:1]]
    if any(ok(r["event_date"], 1) for r in rows):
        near = [r for r in rows if ok(r["event_date"], 1)]
        return "wrong date rule: off by one day", [f"{date_shape(r['date_text'])} [{r['date_precision']}]" for r in near[:1]]
    pos = collections.Counter(position(r["event_date"]) for r in dated)
    where = pos.most_common(1)[0][0]
    return f"wrong date rule: date {where} the gold", [
        f"{date_shape(r['date_text'])} [{r['date_precision']}]" for r in dated[:1]]


def analyse_muc(prep: Prepared, score: dict[str, Any], events: list[dict[str, Any]], km: float = 25.0
                ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """MUC misses and false alarms by cause. Returns (summary, per-item error list for the work dir)."""
    by_art: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for r in events:
        by_art[str(r["article_id"])].append(r)
    gold = {(str(g["article_id"]), g.get("template")): g for g in prep.gold_rows}
    t = {k: Tally() for k in ("event", "date", "place", "killed", "wounded", "combined", "non_event")}
    items: list[dict[str, Any]] = []
    numbered_dead: set[str] = set()
    numbered_hurt: set[str] = set()
    incidents_per_article = collections.Counter(str(g["article_id"]) for g in prep.gold_rows)
    for g in prep.gold_rows:
        if g.get("deaths") is not None or g.get("deaths_accept"):
            numbered_dead.add(str(g["article_id"]))
        if g.get("injuries") is not None or g.get("injuries_accept"):
            numbered_hurt.add(str(g["article_id"]))

    for res in score["per_incident"]:
        if not res["core"]:
            continue
        aid = str(res["article_id"])
        g = gold.get((aid, res.get("template")), {})
        rows = by_art.get(aid, [])
        windows = [(_d(s), _d(e)) for s, e in (g.get("date_windows") or [])]

        def ok(d: dt.date | None, slack: int = 0) -> bool:
            if d is None:
                return False
            return any((s is None or s - dt.timedelta(days=slack) <= d) and d <= e + dt.timedelta(days=slack)
                       for s, e in windows if e is not None)

        def position(d: dt.date) -> str:
            ends = [e for _s, e in windows if e]
            return "after" if ends and d > max(ends) else "before"

        item = {"corpus": "muc", "article_id": aid, "template": res.get("template"), "causes": []}
        if not rows:
            t["event"].add("event missed (no row for an article with an incident)",
                           [f"gold type {str(g.get('incident_type') or '?').lower()}"])
            item["causes"].append("event missed")
            items.append(item)
            continue
        if res["date_hit"] is False:
            cause, detail = _date_causes(rows, ok, position)
            t["date"].add(cause, detail)
            item["causes"].append(cause)
        if res["place_hit"] is False:
            cc = (g.get("country_code") or "").upper()
            alts = g.get("place_alternatives") or []
            alt_names = {_norm(a.get("text")) for a in alts if a.get("text")}
            named = [r for r in rows if _norm(r["location_text"]) in alt_names or _norm(r["place_name"]) in alt_names]
            if not any(r["country_code"] for r in rows):
                cause, detail = "unresolved place (no row has a country)", [
                    f"geo_precision {r['geo_precision']}" for r in rows[:1]]
            elif not res["country_hit"]:
                other = collections.Counter(r["country_code"] for r in rows if r["country_code"])
                chosen = other.most_common(1)[0][0]
                if named:
                    cause = "wrong namesake (the gold place name resolved in another country)"
                else:
                    cause = "wrong country (another place or country chosen)"
                detail = [f"{chosen} instead of {cc}"]
            else:
                in_cc = [r for r in rows if (r["country_code"] or "").upper() == cc]
                if all(r["geo_precision"] in ("country", "admin1", "unknown", None) for r in in_cc):
                    cause = "unresolved place (country or region only)"
                    detail = [f"geo_precision {r['geo_precision']}" for r in in_cc[:1]]
                elif named:
                    cause = "wrong namesake (same name, another place in the country)"
                    detail = []
                else:
                    cause = "other place chosen in the right country"
                    pts = [(a["latitude"], a["longitude"]) for a in alts
                           if a.get("latitude") is not None and a.get("longitude") is not None]
                    if g.get("latitude") is not None and g.get("longitude") is not None:
                        pts.append((g["latitude"], g["longitude"]))
                    dists = [haversine_km(r["latitude"], r["longitude"], la, lo) for r in in_cc
                             if r["latitude"] is not None and r["longitude"] is not None for la, lo in pts]
                    if not pts:
                        detail = ["gold place not in GeoNames (judged by name)"]
                    elif dists:
                        near = min(dists)
                        detail = ["nearest row " + ("< 50 km" if near < 50 else "50-150 km" if near < 150
                                                    else "> 150 km") + " from the gold place"]
                    else:
                        detail = []
            t["place"].add(cause, detail)
            item["causes"].append(cause)
        for key, field, tally in (("deaths_hit", "killed_best", "killed"), ("injuries_hit", "wounded_best", "wounded")):
            if res[key] is False:
                accept = set(g.get("deaths_accept" if tally == "killed" else "injuries_accept") or [])
                vals = [r[field] for r in rows if r[field] is not None]
                if not vals:
                    cause = "count missed (no row states a number)"
                    detail = []
                else:
                    hi = max(accept) if accept else None
                    over = hi is not None and all(v > hi for v in vals)
                    under = accept and all(v < min(accept) for v in vals)
                    cause = "count wrong: " + ("too high" if over else "too low" if under else "other number")
                    detail = []
                t[tally].add(cause, detail)
                item["causes"].append(f"{tally} {cause}")
        if res["combined"] is False and all(res[k] is not False for k in ("date_hit", "place_hit", "deaths_hit")):
            t["combined"].add("parts right but on different rows", [])
            item["causes"].append("combined split across rows")
        if item["causes"]:
            items.append(item)

    # false alarms and non-events
    no_inc = set(prep.no_incident_ids)
    for aid in sorted(no_inc):
        for r in by_art.get(aid, []):
            t["non_event"].add("non-event kept (row on an article without incidents)",
                               [f"event_type {r['event_type']}"])
            items.append({"corpus": "muc", "article_id": aid, "causes": ["non-event kept"],
                          "event_type": r["event_type"], "date_text": r["date_text"],
                          "location_text": r["location_text"], "evidence": r["evidence"]})
    surplus = 0
    for aid, n_inc in incidents_per_article.items():
        surplus += max(0, len(by_art.get(aid, [])) - n_inc)
    if surplus:
        t["non_event"].counts["surplus rows (more rows than incidents on incident articles)"] = surplus
    for aid, rows in by_art.items():
        for field, numbered, tally in (("killed_best", numbered_dead, "killed"), ("wounded_best", numbered_hurt, "wounded")):
            if aid in numbered:
                continue
            for r in rows:
                if r[field]:
                    t[tally].add("count invented (a number where the key gives none)",
                                 ["on a no-incident article" if aid in no_inc else "on an incident article"])
    summary = {
        "incidents_core": sum(1 for r in score["per_incident"] if r["core"]),
        "no_incident_articles": len(no_inc),
        "causes": {k: v.as_dict() for k, v in t.items()},
    }
    return summary, items


def analyse_gva(prep: Prepared, score: dict[str, Any], events: list[dict[str, Any]], km: float = 30.0
                ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    by_art: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for r in events:
        by_art[str(r["article_id"])].append(r)
    per = score["per_article"]
    t = {k: Tally() for k in ("event", "date", "place", "killed", "wounded", "combined", "non_event")}
    items: list[dict[str, Any]] = []
    for g in prep.gold_rows:
        aid = str(g["article_id"])
        hits = per.get(aid, {})
        rows = by_art.get(aid, [])
        gdate = _d(g["date"])
        late = bool(g.get("published")) and (_d(g["published"]) - gdate).days > 1
        item = {"corpus": "gva", "article_id": aid, "causes": []}
        if not rows:
            t["event"].add("event missed (no row for the article)", [])
            item["causes"].append("event missed")
            items.append(item)
            continue

        def ok(d: dt.date | None, slack: int = 0) -> bool:
            return d is not None and abs((d - gdate).days) <= slack

        if not hits.get("date"):
            cause, detail = _date_causes(rows, ok, lambda d: "after" if d > gdate else "before")
            if cause.startswith("no date"):
                detail = ["article published 2+ days after" if late else "article published within a day"]
            t["date"].add(cause, detail)
            item["causes"].append(cause)
        if not hits.get("place"):
            pts = [(g[a], g[b]) for a, b in (("lat", "lon"), ("gva_lat", "gva_lon"))
                   if g.get(a) is not None and g.get(b) is not None]
            city = _norm(g.get("city"))
            named = [r for r in rows if city and city in (_norm(r["place_name"]), _norm(r["location_text"]))]
            located = [r for r in rows if r["latitude"] is not None or r["admin1_code"]]
            if not located:
                cause, detail = "unresolved place (no row has a point or region)", [
                    "location_text present" if any(r["location_text"] for r in rows) else "no location_text"]
            elif not any((r["country_code"] or "").upper() == "US" for r in located):
                cause = "wrong namesake / wrong country (no row in the US)"
                detail = [f"{collections.Counter(r['country_code'] for r in located).most_common(1)[0][0]} instead of US"]
            elif named:
                cause, detail = "wrong namesake (the gold city name resolved elsewhere in the US)", []
            else:
                far = min((haversine_km(r["latitude"], r["longitude"], la, lo)
                           for r in located if r["latitude"] is not None for la, lo in pts), default=None)
                cause = "other place chosen (another place in the text or a wrong state)"
                detail = [f"geo_precision {r['geo_precision']}" for r in located[:1]]
                if far is not None and far > 500:
                    detail.append("nearest row > 500 km away")
            t["place"].add(cause, detail)
            item["causes"].append(cause)
        for key, field, flag, gkey in (("killed", "killed_best", "killed_in_text", "killed"),
                                       ("wounded", "wounded_best", "injured_in_text", "injured")):
            vals = [r[field] for r in rows if r[field] is not None]
            truth = int(g[gkey])
            if g.get(flag) and not hits.get(key):
                if not vals:
                    cause = "count missed (the number is in the text, no row states one)"
                else:
                    cause = "count wrong: " + ("too high" if all(v > truth for v in vals)
                                               else "too low" if all(v < truth for v in vals) else "other number")
                t[key].add(cause, [])
                item["causes"].append(f"{key} {cause}")
            if truth == 0 and any(v > 0 for v in vals):
                t[key].add("count invented (a number where GVA records none)", [])
                item["causes"].append(f"{key} count invented")
        if not hits.get("incident") and hits.get("date_pm1") and hits.get("place") and hits.get("killed"):
            t["combined"].add("parts right but on different rows", [])
            item["causes"].append("incident split across rows")
        if len(rows) > 1:
            for r in rows[1:]:
                t["non_event"].add("surplus rows (more than one row for a one-incident article)",
                                   [f"event_type {r['event_type']}"])
        if item["causes"]:
            items.append(item)
    return {"articles": len(prep.gold_rows), "causes": {k: v.as_dict() for k, v in t.items()}}, items


# --------------------------------------------------------------------------- one evaluation

def evaluate(names: Iterable[str] = ("muc", "gva"), sample: int | None = None, seed: int = DEFAULT_SEED,
             workers: int = 2, baseline: bool = True, analyse: bool = True, workdir: Path | None = None,
             shared: Path | None = None) -> dict[str, Any]:
    """Run, score (and analyse) the named corpora. Returns the figures block of this evaluation."""
    reason = missing_data_reason(shared)
    if reason:
        raise FileNotFoundError(reason)
    cs = corpora(shared)
    own_tmp = workdir is None
    work = Path(tempfile.mkdtemp(prefix="newsevents-eval-")) if own_tmp else Path(workdir)
    work.mkdir(parents=True, exist_ok=True)
    block: dict[str, Any] = {
        "generated_utc": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sample": sample, "seed": seed if sample else None, "workers": workers,
        "cpus": os.cpu_count(), "corpora": {},
    }
    analyses: dict[str, Any] = {}
    try:
        for name in names:
            c = cs[name]
            prep = prepare(c, work, sample, seed)
            log.info("%s: %d articles%s", name, len(prep.published),
                     f" (sample {sample}, seed {seed})" if sample else "")
            out = work / f"{name}-out"
            if out.exists():
                shutil.rmtree(out)
            run = run_pipeline(prep.articles, out, workers)
            log.info("%s: %d articles in %.1fs (%.2f articles/s), %d rows", name, run["articles"],
                     run["pipeline_s"], run["articles_per_s"] or 0, run["events"])
            score = run_scorer(prep, out, work / f"{name}-score.json")
            events = read_events(out)
            fig = figures_muc if name == "muc" else figures_gva
            entry: dict[str, Any] = {
                "articles": len(prep.published), "sample_digest": prep.digest, "run": run,
                "system": fig(score, events, len(prep.published)),
            }
            if name == "muc":
                entry["gold_articles"] = len({str(g["article_id"]) for g in prep.gold_rows})
                entry["no_incident_articles"] = len(prep.no_incident_ids)
            if baseline:
                bout = work / f"{name}-baseline"
                if bout.exists():
                    shutil.rmtree(bout)
                write_baseline(bout, prep.published)
                bscore = run_scorer(prep, bout, work / f"{name}-baseline-score.json")
                entry["baseline"] = fig(bscore, read_events(bout), len(prep.published))
            block["corpora"][name] = entry
            block["extractor_version"] = run["extractor_version"]
            if analyse:
                an, items = (analyse_muc if name == "muc" else analyse_gva)(prep, score, events)
                analyses[name] = an
                with open(work / f"{name}-errors.jsonl", "w", encoding="utf-8") as fh:
                    for it in items:
                        fh.write(json.dumps(it, default=str) + "\n")
    finally:
        if own_tmp:
            shutil.rmtree(work, ignore_errors=True)
    block["_analysis"] = analyses
    return block


# --------------------------------------------------------------------------- guard

def read_recorded(path: Path = DOC_EVALUATION) -> dict[str, Any]:
    """The machine-readable figures block of docs/evaluation.md ({} when absent)."""
    if not path.exists():
        return {}
    text = path.read_text(encoding="utf-8")
    i = text.find(FIGURES_MARKER)
    if i < 0:
        return {}
    m = re.search(r"```json\n(.*?)\n```", text[i:], re.S)
    return json.loads(m.group(1)) if m else {}


def compare(recorded: dict[str, Any], current: dict[str, Any], tolerance: float = TOLERANCE_POINTS,
            corpus: str | None = None) -> list[str]:
    """Guarded figures that fell more than `tolerance` points below (or, for false alarms, rose above)
    the recorded ones. `recorded` and `current` are figures blocks ({"corpora": {...}})."""
    failures = []
    for name, key, higher in GUARDED:
        if corpus and name != corpus:
            continue
        rec = recorded.get("corpora", {}).get(name, {}).get("system", {}).get(key)
        cur = current.get("corpora", {}).get(name, {}).get("system", {}).get(key)
        if rec is None or name not in current.get("corpora", {}):
            continue
        if cur is None:
            failures.append(f"{name}.{key}: recorded {rec:.1f}, now missing")
            continue
        drop = (rec - cur) if higher else (cur - rec)
        if drop > tolerance + 1e-9:
            direction = "fell" if higher else "rose"
            failures.append(f"{name}.{key} {direction} from {rec:.1f} to {cur:.1f} "
                            f"({drop:.1f} points; tolerance {tolerance:.1f})")
    return failures


# --------------------------------------------------------------------------- documents

def _fmt(x: Any, unit: str = "") -> str:
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:.1f}{unit}"
    return f"{x}{unit}"


MUC_ROWS = [
    ("date (exact window)", "date", "all_date"),
    ("date +-1 day", "date_pm1", "all_date_pm1"),
    ("date where the publication date is outside the window", "date_not_pub", "all_date_not_pub"),
    ("country", "country", "all_country"),
    ("place", "place", "all_place"),
    ("killed (deaths)", "killed", "all_killed"),
    ("wounded (injuries)", "wounded", "all_wounded"),
    ("combined (one row: date, place, deaths)", "combined", "all_combined"),
    ("combined +-1 day", "combined_pm1", "all_combined_pm1"),
    ("incident articles with at least one row", "article_has_rows", "all_article_has_rows"),
]
GVA_ROWS = [
    ("date (exact day)", "date", "all"),
    ("date +-1 day", "date_pm1", "all"),
    ("date, articles published 2+ days after the incident", "date_late", "late"),
    ("place (30 km or state)", "place", "all"),
    ("place within 30 km", "place30km", "all"),
    ("killed, where the number is in the text", "killed", "own-flag"),
    ("wounded, where the number is in the text", "wounded", "own-flag"),
    ("killed, all articles", "all_killed", "all"),
    ("wounded, all articles", "all_wounded", "all"),
    ("incident (one row: date +-1, place, killed)", "incident", "all"),
    ("incident, both numbers in the text", "text_incident", "text"),
    ("articles with at least one row", "article_has_rows", "all"),
]
COMMON_ROWS = [
    ("rows per article", "rows_per_article", ""),
    ("rows whose date is not the publication date", "rows_not_on_publication_date", "%"),
]


def _corpus_tables(name: str, entry: dict[str, Any]) -> list[str]:
    s, b = entry["system"], entry.get("baseline") or {}
    run = entry["run"]
    out = []
    if name == "muc":
        out += [f"{entry['articles']} articles ({entry.get('gold_articles')} with incidents, "
                f"{entry.get('no_incident_articles')} without); {s.get('incidents')} core incidents "
                f"({s.get('date_not_pub_n')} whose window excludes the publication date), "
                f"{s.get('all_incidents')} incidents in all.", "",
                "| figure (% of incidents) | core: pipeline | core: baseline | all: pipeline | all: baseline |",
                "|---|---:|---:|---:|---:|"]
        for label, k, ka in MUC_ROWS:
            out.append(f"| {label} | {_fmt(s.get(k))} | {_fmt(b.get(k))} | {_fmt(s.get(ka))} | {_fmt(b.get(ka))} |")
        out.append(f"| false alarms: no-incident articles that get rows (lower is better) | "
                   f"{_fmt(s.get('false_alarms'))} | {_fmt(b.get('false_alarms'))} | "
                   f"({s.get('false_alarm_rows')} rows) | |")
    else:
        out += [f"{entry['articles']} articles, one incident each; {s.get('date_late_n')} published 2+ days "
                f"after the incident; the killed number is in {s.get('killed_n')} texts, the injured number "
                f"in {s.get('wounded_n')}.", "",
                "| figure (% of articles) | subset | pipeline | baseline |", "|---|---|---:|---:|"]
        for label, k, sub in GVA_ROWS:
            out.append(f"| {label} | {sub} | {_fmt(s.get(k))} | {_fmt(b.get(k))} |")
        out.append("| false alarms on articles without incidents | – | n/a (every article reports one) | |")
        out.append(f"| rows whose killed_best differs from GVA's total | all | {_fmt(s.get('killed_rows_not_gold'))} | |")
    for label, k, unit in COMMON_ROWS:
        out.append(f"| {label} | {'| ' if name == 'gva' else ''}{_fmt(s.get(k), unit)} | {_fmt(b.get(k), unit)} |"
                   + (" | |" if name == "muc" else ""))
    out.append(f"| articles/s ({run['workers']} workers, Beam start-up included) | {'| ' if name == 'gva' else ''}"
               f"{_fmt(run.get('articles_per_s'))} | |" + (" | |" if name == "muc" else ""))
    out += ["", f"Run: {run['articles']} articles processed, {run['rejected']} rejected"
            + (f" ({', '.join(f'{k}={v}' for k, v in run.get('rejects_by_reason', {}).items())})"
               if run["rejected"] else "")
            + f", {run['events']} event rows, {run['pipeline_s']} s in the pipeline, extractor "
            f"`{run.get('extractor_version')}`."]
    return out


def _block_section(title: str, block: dict[str, Any] | None, how: str) -> list[str]:
    out = [f"## {title}", ""]
    if not block or not block.get("corpora"):
        out += [f"Not measured yet: run `{how}`.", ""]
        return out
    scope = (f"fixed sample of {block['sample']} articles per corpus (seed {block['seed']})"
             if block.get("sample") else "whole corpora")
    out += [f"Measured {block['generated_utc']} on {scope}, {block['workers']} workers on a "
            f"{block.get('cpus')}-CPU machine; regenerate with `{how}`.", ""]
    for name in ("muc", "gva"):
        entry = block["corpora"].get(name)
        if not entry:
            continue
        out += [f"### {corpora()[name].title}", ""] + _corpus_tables(name, entry) + [""]
    return out


def _targets_section(full: dict[str, Any] | None) -> list[str]:
    out = ["## Targets (issue 13, whole corpora)", "",
           "| target | goal | pipeline | baseline | met |", "|---|---:|---:|---:|:--:|"]
    for name, key, label, goal, higher in TARGETS:
        entry = (full or {}).get("corpora", {}).get(name) or {}
        v = entry.get("system", {}).get(key)
        bv = (entry.get("baseline") or {}).get(key)
        met = "–" if v is None else ("yes" if (v >= goal if higher else v <= goal) else "no")
        out.append(f"| {label} | {'>=' if higher else '<='} {goal:g} | {_fmt(v)} | {_fmt(bv)} | {met} |")
    return out + [""]


def render_evaluation(full: dict[str, Any] | None, guard: dict[str, Any] | None) -> str:
    strip = lambda b: None if b is None else {k: v for k, v in b.items() if not k.startswith("_")}  # noqa: E731
    full, guard = strip(full), strip(guard)
    lines = [
        "# Evaluation on the development corpora",
        "",
        "Generated by `python -m pipeline eval --write-docs` (issue 13); do not edit by hand.",
        "The two annotated development corpora live outside this repository, in `../shared/data`",
        "(see its README); `../shared/tools/score_muc.py` and `score_gva.py` score the output.",
        "All figures are percentages (recall: an item is hit when some event row of its article",
        "matches). **Baseline** = one row per article holding only its publication date, written",
        "with `pipeline.store` and scored by the same scorer. **core** (MUC) = non-optional,",
        "accomplished incidents, the set the targets use. GVA's counts are judged where the number",
        "occurs in the text (GVA's totals often are not stated). Error causes: `docs/error-analysis.md`.",
        "",
        "Regenerate:",
        "",
        "```sh",
        "make eval                                                  # whole corpora + docs (several minutes)",
        f"make eval SAMPLE={GUARD_SAMPLE}                                     # guard sample figures + docs",
        f".venv/bin/python -m pipeline eval --sample {GUARD_SAMPLE} --write-docs   # same",
        "make eval-guard                                            # the CI regression guard alone",
        "```",
        "",
        "Articles/s depend on the machine and on what else runs on it; compare them only between",
        "runs on the same machine.",
        "",
    ]
    lines += _targets_section(full)
    lines += _block_section("Whole corpora", full, "make eval")
    lines += _block_section("Guard sample (CI regression guard)", guard,
                            f"python -m pipeline eval --sample {GUARD_SAMPLE} --write-docs")
    lines += [
        "## Regression guard",
        "",
        "`tests/test_regression.py` (marker `regression`, part of `make test`) re-runs the guard sample",
        "below (same size, seed and article selection: `sample_digest`) and fails when one of these",
        f"figures falls more than {TOLERANCE_POINTS:g} points below the recorded value (false alarms: rises",
        "above it): " + ", ".join(f"`{n}.{k}`" for n, k, _h in GUARDED) + ".",
        "It skips, saying why, where `../shared/data` is absent. After an improvement, record the new",
        f"figures with `python -m pipeline eval --sample {GUARD_SAMPLE} --write-docs` and commit this file.",
        "",
        FIGURES_MARKER,
        "",
        "```json",
        json.dumps({"full": full, "guard": guard}, indent=1, sort_keys=True),
        "```",
        "",
    ]
    return "\n".join(lines)


CAUSE_GROUPS = [
    ("event", "Events missed"),
    ("date", "Date"),
    ("place", "Place"),
    ("killed", "Killed"),
    ("wounded", "Wounded"),
    ("combined", "Combined (one row)"),
    ("non_event", "Non-events kept / surplus rows"),
]
OWNER = {"event": "events", "date": "dates", "place": "places", "killed": "numbers (casualties)",
         "wounded": "numbers (casualties)", "combined": "events (merging)", "non_event": "events"}


def render_errors(block: dict[str, Any]) -> str:
    an = block.get("_analysis") or {}
    scope = (f"fixed sample of {block['sample']} articles per corpus (seed {block['seed']})"
             if block.get("sample") else "whole corpora")
    lines = [
        "# Error analysis on the development corpora",
        "",
        f"Generated by `python -m pipeline eval --write-docs` (issue 13) on {block['generated_utc']}, "
        f"{scope}, extractor `{block.get('extractor_version')}`; do not edit by hand. Figures: "
        "`docs/evaluation.md`.",
        "",
        "Each miss of the scorers (`--json` per-item output) is given one cause per field, from the",
        "event rows of its article and the gold; false alarms are rows on articles without incidents,",
        "surplus rows and numbers where the gold has none. No corpus text is quoted here: details are",
        "the pipeline's own values, reduced to shapes (`date_text` with numbers as N, month names as",
        "MONTH, weekdays as WEEKDAY; `[precision]`), country codes, `event_type` and `geo_precision`.",
        "An article can have several rows, so a cause says what the closest rows did, not which",
        "sentence was meant. To look at the items themselves, run",
        "`python -m pipeline eval --workdir /tmp/eval` and read `/tmp/eval/<corpus>-errors.jsonl`",
        "(outside the repository: it holds corpus evidence).",
        "",
        "Cause groups and who acts on them: "
        + "; ".join(f"{title.lower()} -> {OWNER[k]}" for k, title in CAUSE_GROUPS) + ".",
        "",
    ]
    for name in ("muc", "gva"):
        a = an.get(name)
        if not a:
            continue
        if name == "muc":
            lines += [f"## {corpora()[name].title}", "",
                      f"Over {a['incidents_core']} core incidents and {a['no_incident_articles']} articles "
                      "without incidents.", ""]
        else:
            lines += [f"## {corpora()[name].title}", "", f"Over {a['articles']} articles (one incident each); "
                      "counts on the articles whose number is in the text, plus invented numbers.", ""]
        lines += ["| group | cause | count | most frequent details (pipeline values) |", "|---|---|---:|---|"]
        for key, title in CAUSE_GROUPS:
            causes = a["causes"].get(key) or {}
            for cause, v in causes.items():
                det = "; ".join(f"{d} ({n})" for d, n in (v.get("detail") or [])[:5])
                lines.append(f"| {title} | {cause} | {v['count']} | {det} |")
        lines.append("")
        top = sorted(((v["count"], title, cause) for key, title in CAUSE_GROUPS
                      for cause, v in (a["causes"].get(key) or {}).items()), reverse=True)[:5]
        lines += ["Largest causes: " + "; ".join(f"{c} ({title.lower()}: {n})" for n, title, c in top) + ".", ""]
    return "\n".join(lines)


def write_docs(block: dict[str, Any], evaluation_path: Path = DOC_EVALUATION,
               errors_path: Path = DOC_ERRORS) -> list[Path]:
    """Merge this evaluation into docs/evaluation.md (full or guard part); full runs also
    write docs/error-analysis.md. Returns the paths written."""
    recorded = read_recorded(evaluation_path)
    full, guard = recorded.get("full"), recorded.get("guard")
    if block.get("sample"):
        guard = block
    else:
        full = block
    evaluation_path.parent.mkdir(parents=True, exist_ok=True)
    evaluation_path.write_text(render_evaluation(full, guard), encoding="utf-8")
    written = [evaluation_path]
    if not block.get("sample") and block.get("_analysis"):
        errors_path.write_text(render_errors(block), encoding="utf-8")
        written.append(errors_path)
    return written


def print_summary(block: dict[str, Any]) -> None:
    for name, entry in block["corpora"].items():
        s, b = entry["system"], entry.get("baseline") or {}
        keys = [k for n, k, _h in GUARDED if n == name] + ["rows_per_article", "rows_not_on_publication_date"]
        print(f"{name}: {entry['articles']} articles, {entry['run']['articles_per_s']} articles/s")
        for k in keys:
            print(f"  {k:<30} {_fmt(s.get(k)):>7}   baseline {_fmt(b.get(k)):>7}")
    for name, a in (block.get("_analysis") or {}).items():
        print(f"{name}: largest error causes")
        flat = sorted(((v["count"], g, c) for g, cs in a["causes"].items() for c, v in cs.items()), reverse=True)
        for n, g, c in flat[:8]:
            print(f"  {n:>5}  {g}: {c}")


# --------------------------------------------------------------------------- command line

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m pipeline eval",
        description="Run the pipeline over the annotated development corpora in ../shared/data, score it "
                    "with ../shared/tools/score_*.py, compare with the publication-date baseline, and "
                    "group the errors by cause.",
        epilog="make eval = whole corpora + docs; "
               f"--sample {GUARD_SAMPLE} --write-docs = refresh the regression guard's figures.",
    )
    ap.add_argument("--sample", type=int, default=None, metavar="N",
                    help="score a fixed seeded sample of N articles per corpus instead of everything")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"sample seed (default {DEFAULT_SEED})")
    ap.add_argument("--corpus", choices=("muc", "gva"), action="append",
                    help="only this corpus (repeatable; default both; --write-docs needs both)")
    ap.add_argument("--workers", type=int, default=2, help="Beam workers (multi_processing; default 2)")
    ap.add_argument("--write-docs", action="store_true",
                    help="write docs/evaluation.md (and, on whole corpora, docs/error-analysis.md)")
    ap.add_argument("--workdir", type=Path, default=None,
                    help="keep samples, output roots, scorer JSON and <corpus>-errors.jsonl here "
                         "(default: a temporary directory, removed). Keep it outside the repository.")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures block here")
    ap.add_argument("--from-json", type=Path, default=None, metavar="FILE",
                    help="do not run anything: write the docs from a figures block saved with --json")
    args = ap.parse_args(argv)
    if args.from_json is not None:
        block = json.loads(args.from_json.read_text(encoding="utf-8"))
        print_summary(block)
        for p in write_docs(block):
            print(f"wrote {p}")
        return 0
    reason = missing_data_reason()
    if reason:
        print(f"error: {reason}", file=sys.stderr)
        return 2
    names = args.corpus or ["muc", "gva"]
    if args.write_docs and set(names) != {"muc", "gva"}:
        print("error: --write-docs needs both corpora", file=sys.stderr)
        return 2
    if args.workdir is not None:
        wd = args.workdir.resolve()
        if wd == REPO or REPO in wd.parents:
            if not any(p.name == "out" for p in [wd, *wd.parents] if REPO in p.parents):
                print("error: --workdir must be outside the repository (or under its ignored out/)",
                      file=sys.stderr)
                return 2
    t0 = time.monotonic()
    block = evaluate(names, sample=args.sample, seed=args.seed, workers=args.workers, workdir=args.workdir)
    print_summary(block)
    if args.json:
        args.json.write_text(json.dumps(block, indent=1, default=str), encoding="utf-8")
    if args.write_docs:
        for p in write_docs(block):
            print(f"wrote {p}")
    print(f"evaluation took {time.monotonic() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
