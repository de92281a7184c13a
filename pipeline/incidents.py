"""Incidents: link the events (reports) of one real-world happening across articles and runs.

Pure Python, no Beam. The driver calls :func:`plan_links` after the pipeline staged a run's
events and before the commit, so linking sees the events of earlier runs and its changes (the few
events files whose incident ids change, the incidents partitions) go into the run's one commit
journal: every events file is written once. Workers write each event with its singleton incident
id (:func:`singleton_incident_id`, what most events keep). :func:`update_root` links a root whose
events were committed unlinked; :func:`link_events` is the pure core (also what the benchmark times). The rules and thresholds are documented in ``docs/incidents.md``.

Linking, in short:

* **Blocking.** Only linkable events are compared (date precision ``day``, ``days``, ``week`` or
  ``publication``, window at most :data:`MAX_WINDOW_DAYS` long; place precision ``place`` or
  ``admin1``). Each is indexed under (area, 7-day bucket) for every bucket its window touches,
  where the areas are its first-level region and, for place-precise events, a ~28 km grid cell
  (queried with its neighbours). Two events are compared only when they share a key, so a
  million events never make a million-squared comparison.
* **Pair rule.** Two events link when their date windows overlap (a ``publication`` date,
  i.e. no date in the text, also covers the day before: the report of yesterday's event),
  their places are compatible (same GeoNames id, or within :data:`MAX_DISTANCE_KM`, or the
  same first-level region when one is only region-precise), their types are compatible (equal,
  generic ``attack``/``killing``/``shooting`` with a violent specific type, or within the
  protest family) and their named actors do not contradict each other.
* **Hard conflicts** keep two events apart even through a chain of links: both dated to a day
  and the days differ (never merge two attacks in the same city on different days), both
  place-precise and farther apart than the distance threshold, or different named groups.
  Links are applied in a fixed order (closest first) and a link that would put two
  conflicting events into one incident is skipped.

Every event belongs to exactly one incident (singletons included).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa

from pipeline.gazetteer import haversine_km

#: Places farther apart than this (both place-precise) are different incidents.
MAX_DISTANCE_KM = 25.0
#: Events whose date window is longer than this are not linked (too vague to tell apart).
MAX_WINDOW_DAYS = 7
#: A `publication` date (no date in the text) also matches the day before publication.
PUBLICATION_LOOKBACK_DAYS = 1
#: Grid cell for distance blocking (degrees of latitude; longitude scaled by latitude).
CELL_DEG = 0.25
BUCKET_DAYS = 7

LINKABLE_PRECISION = frozenset({"day", "days", "week", "publication"})
LINKABLE_GEO = frozenset({"place", "admin1"})
GENERIC_TYPES = frozenset({"attack", "killing", "shooting"})
VIOLENT_TYPES = frozenset({
    "attack", "bombing", "shelling", "airstrike", "armed_clash", "mass_killing", "shooting", "killing", "arson",
})
PROTEST_TYPES = frozenset({"protest", "riot", "rally"})
#: Normalized actor names that identify one organisation (two different ones contradict);
#: the generic categories (security forces, police, militants, civilians, ...) never do.
GENERIC_ACTORS = frozenset({"Security forces", "Police", "Militants", "Civilians", "Protesters"})
PRECISION_RANK = {"day": 0, "days": 1, "week": 2, "month": 3, "year": 4, "publication": 5}
GEO_RANK = {"place": 0, "admin1": 1, "country": 2, "unknown": 3}
_EPOCH = dt.date(1970, 1, 1)

#: Event columns linking needs (the rest of the events row is left alone).
EVENT_COLUMNS = (
    "event_id", "article_id", "event_date", "date_start", "date_end", "date_precision", "event_type",
    "location_text", "place_name", "geonameid", "admin1_code", "country_code", "latitude", "longitude",
    "geo_precision", "killed_low", "killed_best", "killed_high", "wounded_low", "wounded_best", "wounded_high",
    "casualties_claimed", "actor1_norm", "actor2_norm", "published", "source", "incident_id",
)


def _date(v: Any) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v)[:10])


@dataclass
class _Ev:
    row: dict[str, Any]
    id: str
    date: dt.date
    start: dt.date
    end: dt.date
    precision: str
    etype: str
    geo: str
    geonameid: int | None
    admin1: str | None
    lat: float | None
    lon: float | None
    named: frozenset[str]
    actor1: str | None
    published: dt.date
    linkable: bool = False
    match_start: dt.date = _EPOCH
    keys: list[tuple[Any, ...]] = field(default_factory=list)

    @classmethod
    def of(cls, row: dict[str, Any]) -> "_Ev":
        date = _date(row["event_date"])
        start, end = _date(row.get("date_start")) or date, _date(row.get("date_end")) or date
        published = _date(row.get("published")) or date
        actors = (row.get("actor1_norm"), row.get("actor2_norm"))
        ev = cls(
            row=row, id=row["event_id"], date=date, start=start, end=end,
            precision=row.get("date_precision") or "publication", etype=row.get("event_type") or "",
            geo=row.get("geo_precision") or "unknown", geonameid=row.get("geonameid"),
            admin1=row.get("admin1_code"), lat=row.get("latitude"), lon=row.get("longitude"),
            named=frozenset(a for a in actors if a and a not in GENERIC_ACTORS),
            actor1=actors[0] if actors[0] and actors[0] not in GENERIC_ACTORS else None,
            published=published,
        )
        ev.match_start = start - dt.timedelta(days=PUBLICATION_LOOKBACK_DAYS) if ev.precision == "publication" else start
        ev.linkable = (
            ev.precision in LINKABLE_PRECISION
            and (end - start).days < MAX_WINDOW_DAYS
            and ev.geo in LINKABLE_GEO
            and (ev.geo != "admin1" or bool(ev.admin1))
            and (ev.geo != "place" or (ev.geonameid is not None or (ev.lat is not None and ev.lon is not None)))
        )
        return ev


# --------------------------------------------------------------------------- pair rules

def _distance(a: _Ev, b: _Ev) -> float | None:
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return 0.0
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def types_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if (a in GENERIC_TYPES and b in VIOLENT_TYPES) or (b in GENERIC_TYPES and a in VIOLENT_TYPES):
        return True
    if {a, b} == {"killing", "mass_killing"}:
        return True
    return a in PROTEST_TYPES and b in PROTEST_TYPES


def conflict(a: _Ev, b: _Ev) -> bool:
    """Hard reasons two events are never in one incident, even through other events."""
    if a.precision == "day" and b.precision == "day" and a.date != b.date:
        return True
    if a.geo == "place" and b.geo == "place" and a.geonameid != b.geonameid:
        d = _distance(a, b)
        if d is None or d > MAX_DISTANCE_KM:
            return True
    if a.actor1 and b.actor1 and a.actor1 != b.actor1 and a.actor1 not in b.named and b.actor1 not in a.named:
        return True
    return False


def pair_score(a: _Ev, b: _Ev) -> tuple[int, float] | None:
    """None when the two events do not link; else a sort key (closest first)."""
    if not (a.linkable and b.linkable):
        return None
    if a.match_start > b.end or b.match_start > a.end:
        return None
    if not types_compatible(a.etype, b.etype) or conflict(a, b):
        return None
    if a.geo == "place" and b.geo == "place":
        dist = _distance(a, b)
        if dist is None:
            return None
    elif a.admin1 and a.admin1 == b.admin1:
        dist = MAX_DISTANCE_KM  # region-level agreement ranks after any place-level match
    else:
        return None
    day_gap = abs((a.date - b.date).days)
    return day_gap, round(dist, 3)


# --------------------------------------------------------------------------- blocking

def _cell_width(row: int) -> float:
    lat = (row + 0.5) * CELL_DEG
    return CELL_DEG / max(math.cos(math.radians(lat)), 0.05)


def _areas(ev: _Ev, query: bool) -> list[tuple[Any, ...]]:
    """Blocking areas. Place-precise events meet each other through grid cells only (a region
    can be large and busy); region-precise events meet everything in their region."""
    out: list[tuple[Any, ...]] = []
    if ev.geo == "admin1":
        out.append(("a1", ev.admin1))
        if query:
            out.append(("a1p", ev.admin1))
        return out
    if ev.admin1:
        out.append(("a1", ev.admin1) if query else ("a1p", ev.admin1))
    if ev.lat is not None and ev.lon is not None:
        row = math.floor(ev.lat / CELL_DEG)
        rows = (row - 1, row, row + 1) if query else (row,)
        for r in rows:
            col = math.floor(ev.lon / _cell_width(r))
            for c in ((col - 1, col, col + 1) if query else (col,)):
                out.append(("cell", r, c))
    elif ev.geonameid is not None:
        out.append(("gid", ev.geonameid))
    return out


def _buckets(ev: _Ev) -> range:
    return range((ev.match_start - _EPOCH).days // BUCKET_DAYS, (ev.end - _EPOCH).days // BUCKET_DAYS + 1)


# --------------------------------------------------------------------------- linking

@dataclass
class LinkResult:
    """`assignments`: event_id -> incident_id for every event of the touched incidents;
    `incidents`: their rows (dicts with ``event_date``); `comparisons`: pairs compared."""

    assignments: dict[str, str]
    incidents: list[dict[str, Any]]
    comparisons: int = 0
    absorbed: set[str] = field(default_factory=set)


def incident_id_for(members: Iterable[dict[str, Any]]) -> str:
    """Deterministic id: a hash of the earliest report's event_id (by published date, then id)."""
    first = min(members, key=lambda r: (str(_date(r.get("published")) or _date(r["event_date"])), r["event_id"]))
    return _incident_id(first["event_id"])


def _incident_id(event_id: str) -> str:
    return "inc-" + hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:20]


def link_events(rows: Iterable[dict[str, Any]], all_incidents: bool = True) -> LinkResult:
    """Group event rows into incidents.

    Rows with an ``incident_id`` are *settled*: their existing grouping is kept (and may grow
    or merge); rows without one are *pending* and are compared with every candidate in their
    blocks. Returns the incidents holding a pending event, or all of them when `all_incidents`.
    Deterministic: the result does not depend on the order of `rows`.
    """
    evs = sorted((_Ev.of(r) for r in rows), key=lambda e: e.id)
    parent = list(range(len(evs)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(evs))}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri == rj:
            return
        if len(members[ri]) < len(members[rj]) or (len(members[ri]) == len(members[rj]) and rj < ri):
            ri, rj = rj, ri
        parent[rj] = ri
        members[ri].extend(members.pop(rj))

    settled: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(evs):
        if e.row.get("incident_id"):
            settled[e.row["incident_id"]].append(i)
    for group in settled.values():
        for j in group[1:]:
            union(group[0], j)
    pending = [i for i, e in enumerate(evs) if not e.row.get("incident_id")]

    blocks: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    buckets: dict[int, range] = {}
    for i, e in enumerate(evs):
        if e.linkable:
            buckets[i] = bs = _buckets(e)
            for area in _areas(e, query=False):
                for b in bs:
                    blocks[(area, b)].append(i)
    pairs: list[tuple[tuple[int, float], str, str, int, int]] = []
    compared: set[tuple[int, int]] = set()
    for i in pending:
        e = evs[i]
        if not e.linkable:
            continue
        for area in _areas(e, query=True):
            for b in buckets[i]:
                for j in blocks.get((area, b), ()):
                    if j == i:
                        continue
                    key = (i, j) if i < j else (j, i)
                    if key in compared:
                        continue
                    compared.add(key)
                    score = pair_score(evs[key[0]], evs[key[1]])
                    if score is not None:
                        pairs.append((score, evs[key[0]].id, evs[key[1]].id, key[0], key[1]))
    pairs.sort()
    for _, _, _, i, j in pairs:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        if any(conflict(evs[a], evs[b]) for a in members[ri] for b in members[rj]):
            continue
        union(ri, rj)

    pending_set = set(pending)
    result = LinkResult({}, [], comparisons=len(compared))
    for root, group in members.items():
        if not all_incidents and not any(i in pending_set for i in group):
            continue
        inc = _reconcile([evs[i] for i in group])
        result.incidents.append(inc)
        for r in (evs[i].row for i in group):
            result.assignments[r["event_id"]] = inc["incident_id"]
            old = r.get("incident_id")
            if old and old != inc["incident_id"]:
                result.absorbed.add(old)
    result.incidents.sort(key=lambda r: r["incident_id"])
    return result


# --------------------------------------------------------------------------- reconciliation

def _median_int(values: list[int]) -> int:
    m = statistics.median(values)
    return int(math.floor(m + 0.5))


def reconcile_counts(rows: list[dict[str, Any]], kind: str) -> tuple[dict[str, int | None], bool]:
    """low = max of lows, high = max of highs, best = median of bests clamped into [low, high].

    Only reports count (``casualties_claimed`` false); claimed figures are used only when no
    report states this count at all, and then the second value is True.
    """
    def stating(rs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [r for r in rs if any(r.get(f"{kind}_{lv}") is not None for lv in ("low", "best", "high"))]

    src = stating([r for r in rows if not r.get("casualties_claimed")])
    claimed = False
    if not src:
        src = stating([r for r in rows if r.get("casualties_claimed")])
        claimed = bool(src)
    lows = [r[f"{kind}_low"] for r in src if r.get(f"{kind}_low") is not None]
    highs = [r[f"{kind}_high"] for r in src if r.get(f"{kind}_high") is not None]
    bests = [r[f"{kind}_best"] for r in src if r.get(f"{kind}_best") is not None]
    low = max(lows) if lows else None
    high = max(highs) if highs else None
    if low is not None and high is not None and high < low:
        high = low
    best = _median_int(bests) if bests else None
    if best is not None:
        if low is not None and best < low:
            best = low
        if high is not None and best > high:
            best = high
    return {"low": low, "best": best, "high": high}, claimed


def reconcile(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One incident row from its member event rows (see docs/incidents.md)."""
    return _reconcile([_Ev.of(r) for r in rows])


def _reconcile(evs: list[_Ev]) -> dict[str, Any]:
    evs = sorted(evs, key=lambda e: (e.published, e.id))
    rows = [e.row for e in evs]
    if len(evs) == 1:
        return _single(evs[0])
    # when: the most precise date; its most common day; the window all members containing it share
    best_rank = min(PRECISION_RANK.get(e.precision, 9) for e in evs)
    precise = [e for e in evs if PRECISION_RANK.get(e.precision, 9) == best_rank]
    day_counts = Counter(e.date for e in precise)
    event_date = min(day_counts, key=lambda d: (-day_counts[d], d))
    holding = [e for e in evs if e.start <= event_date <= e.end]
    start = max(e.start for e in holding)
    end = min(e.end for e in holding)
    # where: the most precise place, the most often named among those, the earliest report
    geo_rank = min(GEO_RANK.get(e.geo, 9) for e in evs)
    at_rank = [e for e in evs if GEO_RANK.get(e.geo, 9) == geo_rank]
    place_counts = Counter((e.geonameid, e.admin1, e.row.get("place_name")) for e in at_rank)
    top = max(place_counts.values())
    place = next(e for e in at_rank if place_counts[(e.geonameid, e.admin1, e.row.get("place_name"))] == top).row
    # what: the most reported specific type (a generic attack/killing/shooting yields to it)
    types = Counter(e.etype for e in evs)
    specific = {t: n for t, n in types.items() if t not in GENERIC_TYPES}
    pool = specific or dict(types)
    etype = next(e.etype for e in evs if e.etype in pool and pool[e.etype] == max(pool.values()))
    out: dict[str, Any] = {
        "incident_id": _incident_id(evs[0].id),
        "event_date": event_date.isoformat(),
        "date_start": start.isoformat(),
        "date_end": end.isoformat(),
        "date_precision": precise[0].precision,
        "event_type": etype,
    }
    for col in _PLACE_COLUMNS:
        out[col] = place.get(col)
    claimed_any = False
    for kind in ("killed", "wounded"):
        counts, claimed = reconcile_counts(rows, kind)
        claimed_any |= claimed
        for lv, v in counts.items():
            out[f"{kind}_{lv}"] = v
    out["casualties_claimed"] = claimed_any
    for col in ("actor1_norm", "actor2_norm"):
        vals = Counter(r.get(col) for r in rows if r.get(col))
        out[col] = next((r[col] for r in rows if r.get(col) and vals[r[col]] == max(vals.values())), None)
    article_ids = sorted({r["article_id"] for r in rows})
    sources = {r.get("source") for r in rows if r.get("source")}
    unsourced = {r["article_id"] for r in rows if not r.get("source")}
    published = [e.published for e in evs]
    out.update({
        "num_events": len(rows),
        "num_articles": len(article_ids),
        "num_sources": len(sources) + len(unsourced),
        "first_report": min(published).isoformat(),
        "last_report": max(published).isoformat(),
        "article_ids": article_ids,
        "event_ids": sorted(r["event_id"] for r in rows),
    })
    return out


_PLACE_COLUMNS = ("location_text", "place_name", "geonameid", "admin1_code", "country_code", "latitude",
                  "longitude", "geo_precision")


def _single(e: _Ev) -> dict[str, Any]:
    """The incident of one event (the common case): its own values."""
    r = e.row
    out: dict[str, Any] = {
        "incident_id": _incident_id(e.id), "event_date": e.date.isoformat(), "date_start": e.start.isoformat(),
        "date_end": e.end.isoformat(), "date_precision": e.precision, "event_type": e.etype,
    }
    for col in _PLACE_COLUMNS:
        out[col] = r.get(col)
    stated = False
    for col in ("killed_low", "killed_best", "killed_high", "wounded_low", "wounded_best", "wounded_high"):
        out[col] = r.get(col)
        stated |= out[col] is not None
    out["casualties_claimed"] = bool(r.get("casualties_claimed")) and stated
    out["actor1_norm"], out["actor2_norm"] = r.get("actor1_norm"), r.get("actor2_norm")
    out.update({
        "num_events": 1, "num_articles": 1, "num_sources": 1,
        "first_report": e.published.isoformat(), "last_report": e.published.isoformat(),
        "article_ids": [r["article_id"]], "event_ids": [e.id],
    })
    return out


# --------------------------------------------------------------------------- the output root

def _partition_of(path: Path) -> str:
    return path.parent.name.split("=", 1)[1]


def _read(path: Path, columns: list[str] | None = None) -> pa.Table:
    from pipeline.store import read_file

    return read_file(path, columns)


def _read_rows(path: Path, columns: list[str] | None = None, part: str | None = None) -> list[dict[str, Any]]:
    """A file's rows with ``event_date`` (`part`, else the file's partition folder)."""
    rows = _read(path, columns).to_pylist()
    part = part if part is not None else _partition_of(path)
    for r in rows:
        r["event_date"] = part
    return rows


def singleton_incident_id(event_id: str) -> str:
    """The incident id of an event linked to no other (what workers write before linking)."""
    return _incident_id(event_id)


def singleton_incidents(rows: Iterable[dict[str, Any]], event_date: str) -> list[dict[str, Any]]:
    """The incident rows of one partition's events as if none linked to another (most do not):
    what workers stage beside the events, so the driver rewrites only partitions linking changes."""
    out = []
    for r in rows:
        inc = _single(_Ev.of({**r, "event_date": event_date}))
        del inc["event_date"]
        out.append(inc)
    return out


@dataclass
class LinkPlan:
    """What linking changes: `writes` maps a root-relative path (events files of earlier runs,
    incidents partitions) to its new content, `deletes` are root-relative paths, `staged_writes`
    maps a staged events file of this run to its new content; `stats` for the run record."""

    writes: dict[str, pa.Table] = field(default_factory=dict)
    deletes: set[str] = field(default_factory=set)
    staged_writes: dict[Path, pa.Table] = field(default_factory=dict)
    #: staged incidents files that must not be committed (their partition holds no incident now)
    staged_deletes: set[Path] = field(default_factory=set)
    stats: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Inputs:
    """What linking reads (:func:`_read_inputs`): the files involved and the incident membership
    they state. Root paths are :class:`Path`; `stored` / `row_file` grow as rows are loaded."""

    root: Any
    replaced: set[str]
    ev_files: list[Path]  # the root's events files (not those a staged file overwrites)
    inc_files: list[Path]  # the root's incidents files (likewise)
    staged_files: list[Path]  # this run's staged events files
    staged_inc: dict[str, Path]  # partition -> this run's staged singleton incidents file
    staged_inc_rels: set[str]  # their root-relative paths
    event_date: dict[str, str]  # event_id -> partition, every event of the root and the run
    by_inc: dict[str, set[str]]  # incident_id -> event ids, as the events say it
    table_inc: dict[str, set[str]]  # incident_id -> event ids, as the incidents table says it
    inc_file: dict[str, Path]  # incident_id -> its incidents file
    staged_rows: list[dict[str, Any]]  # the staged events' linking columns, with event_date
    dirty: set[str]  # incidents whose two memberships differ
    pending: set[str]  # events to link: staged, without an incident id, or in a dirty incident
    row_file: dict[str, Path] = field(default_factory=dict)  # event_id -> the file holding its row
    stored: dict[str, str | None] = field(default_factory=dict)  # event_id -> incident id in its file


_ROW_COLUMNS = [c for c in EVENT_COLUMNS if c != "event_date"]


def _read_inputs(root: Any, staging: Path | None, replaced: set[str],
                 staged: list[dict[str, Any]] | None) -> _Inputs:
    """Step 1, reading: which files take part, and the membership of every incident as the
    events and as the incidents table state it (the root's ids only; the staged events' rows)."""
    from pipeline import store

    new_dir = Path(staging) / "new" if staging is not None else Path()
    if staged is None:
        staged = store.staged_summaries(staging) if staging is not None else []
    staged_ev = [s for s in staged if s["table"] == "events"]
    staged_files = [new_dir / s["staged"] for s in staged_ev]
    staged_rels = {s["path"] for s in staged_ev}
    # a root file with the name of a staged one is overwritten by it at the commit (same content)
    ev_files = [f for f in root.files("events")
                if f.name != store.EMPTY_FILE and f.relative_to(root.path).as_posix() not in staged_rels]
    inc_files = [f for f in root.files("incidents") if f.name != store.EMPTY_FILE]
    staged_inc = {s["partition"]: new_dir / s["staged"] for s in staged if s["table"] == "incidents"}
    staged_inc_rels = {s["path"] for s in staged if s["table"] == "incidents"}
    inc_files = [f for f in inc_files if f.relative_to(root.path).as_posix() not in staged_inc_rels]
    event_date: dict[str, str] = {}
    event_inc: dict[str, str | None] = {}
    id_cols = ["event_id", "incident_id"] + (["article_id"] if replaced else [])
    for f in ev_files:
        part = _partition_of(f)
        t = _read(f, id_cols)
        cols = [t.column(c).to_pylist() for c in id_cols]
        for i, (eid, iid) in enumerate(zip(cols[0], cols[1])):
            if replaced and cols[2][i] in replaced:
                continue
            event_date[eid] = part
            event_inc[eid] = iid
    staged_rows: list[dict[str, Any]] = []
    row_file: dict[str, Path] = {}
    stored: dict[str, str | None] = {}
    for s, f in zip(staged_ev, staged_files):
        part = s["partition"]
        got = [dict(r, event_date=part) for r in s["values"]] if "values" in s else _read_rows(f, _ROW_COLUMNS, part)
        for r in got:
            event_date[r["event_id"]] = r["event_date"]
            event_inc[r["event_id"]] = None
            stored[r["event_id"]] = r.get("incident_id")
            row_file[r["event_id"]] = f
            staged_rows.append(r)
    by_inc: dict[str, set[str]] = defaultdict(set)
    for eid, iid in event_inc.items():
        if iid:
            by_inc[iid].add(eid)
    table_inc: dict[str, set[str]] = {}
    inc_file: dict[str, Path] = {}
    for f in inc_files:
        t = _read(f, ["incident_id", "event_ids"])
        for iid, eids in zip(t.column("incident_id").to_pylist(), t.column("event_ids").to_pylist()):
            table_inc[iid] = set(eids or ())
            inc_file[iid] = f
    dirty = {i for i in set(by_inc) | set(table_inc) if by_inc.get(i) != table_inc.get(i)}
    pending = {e for e, i in event_inc.items() if not i or i in dirty}
    return _Inputs(root, replaced, ev_files, inc_files, staged_files, staged_inc, staged_inc_rels, event_date,
                   by_inc, table_inc, inc_file, staged_rows, dirty, pending, row_file, stored)


def _read_candidates(inp: _Inputs) -> list[dict[str, Any]]:
    """Step 1, reading: the rows to link: the staged events, the root's events partitions near
    the pending ones, and every member of an incident found there (pending rows unlinked)."""
    span = MAX_WINDOW_DAYS + PUBLICATION_LOOKBACK_DAYS + 1
    want: set[str] = set()
    for d_iso in {inp.event_date[e] for e in inp.pending}:
        d = dt.date.fromisoformat(d_iso)
        want.update((d + dt.timedelta(days=k)).isoformat() for k in range(-span, span + 1))
    files_by_part: dict[str, list[Path]] = defaultdict(list)
    for f in inp.ev_files:
        files_by_part[_partition_of(f)].append(f)
    loaded_parts: set[str] = set()
    rows: list[dict[str, Any]] = list(inp.staged_rows)

    def load(parts: Iterable[str]) -> None:
        for part in sorted(set(parts) - loaded_parts):
            loaded_parts.add(part)
            for f in files_by_part.get(part, ()):
                for r in _read_rows(f, _ROW_COLUMNS):
                    if inp.replaced and r["article_id"] in inp.replaced:
                        continue
                    inp.row_file[r["event_id"]] = f
                    inp.stored[r["event_id"]] = r.get("incident_id")
                    rows.append(r)

    load(p for p in want if p in files_by_part)
    incs = {r["incident_id"] for r in rows if r.get("incident_id") and r["event_id"] not in inp.pending}
    load(inp.event_date[e] for i in incs for e in inp.by_inc.get(i, ()))
    for r in rows:
        if r["event_id"] in inp.pending:
            r["incident_id"] = None
    return rows


def _plan_event_writes(inp: _Inputs, result: LinkResult, plan: LinkPlan) -> None:
    """Step 3, planning: the events files whose incident ids change, with their new content."""
    changed_files: dict[Path, dict[str, str]] = defaultdict(dict)
    for eid, iid in result.assignments.items():
        if inp.stored.get(eid) != iid:
            changed_files[inp.row_file[eid]][eid] = iid
    staged_set = set(inp.staged_files)
    for f, updates in changed_files.items():
        t = _read(f)
        if inp.replaced and f not in staged_set:  # the commit would drop these rows: drop them here
            keep = [a not in inp.replaced for a in t.column("article_id").to_pylist()]
            if not all(keep):
                t = t.filter(pa.array(keep))
        ids = t.column("event_id").to_pylist()
        cur = t.column("incident_id").to_pylist()
        new = [updates.get(e, c) for e, c in zip(ids, cur)]
        t = t.set_column(t.schema.get_field_index("incident_id"), "incident_id", pa.array(new, pa.string()))
        if f in staged_set:
            plan.staged_writes[f] = t
        else:
            plan.writes[f.relative_to(inp.root.path).as_posix()] = t
    plan.stats["events_relinked"] = sum(len(u) for u in changed_files.values())


def _plan_incident_writes(inp: _Inputs, result: LinkResult, plan: LinkPlan) -> int:
    """Step 3, planning: the incidents partitions: replaced, absorbed and dissolved incidents
    dropped, the new rows added; a partition whose incidents are the workers' staged singletons
    is left alone. Returns how many partitions are rewritten."""
    from pipeline import store

    root_rel = lambda f: f.relative_to(inp.root.path).as_posix()  # noqa: E731
    new_ids = {inc["incident_id"] for inc in result.incidents}
    drop = inp.dirty | result.absorbed | (new_ids & set(inp.table_inc))
    new_by_part: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for inc in result.incidents:
        new_by_part[inc["event_date"]].append(inc)
    touched_parts = set(new_by_part) | {_partition_of(inp.inc_file[i]) for i in drop if i in inp.inc_file}
    inc_files_by_part: dict[str, list[Path]] = defaultdict(list)
    for f in inp.inc_files:
        inc_files_by_part[_partition_of(f)].append(f)
    staged_singletons: dict[str, set[str]] = defaultdict(set)
    for r in inp.staged_rows:
        staged_singletons[r["event_date"]].add(_incident_id(r["event_id"]))
    rewritten = 0
    for part in sorted(touched_parts | set(inp.staged_inc)):
        new_rows = new_by_part.get(part, [])
        staged_f = inp.staged_inc.get(part)
        existing = sorted(inc_files_by_part.get(part, ()))
        if staged_f is not None and not existing and all(r["num_events"] == 1 for r in new_rows) \
                and {r["incident_id"] for r in new_rows} == staged_singletons[part]:
            continue  # the workers' singleton incidents are the partition's incidents: nothing to write
        rewritten += 1
        keep_rows: list[dict[str, Any]] = []
        for f in existing:
            keep_rows += [r for r in _read(f).to_pylist() if r["incident_id"] not in drop]
        out_rows = sorted(keep_rows + [{k: v for k, v in r.items() if k != "event_date"} for r in new_rows],
                          key=lambda r: r["incident_id"])
        plan.deletes.update(root_rel(f) for f in existing)
        if not out_rows:
            if staged_f is not None:
                plan.staged_deletes.add(staged_f)
            continue
        if staged_f is not None:
            plan.staged_writes[staged_f] = store.rows_to_table("incidents", out_rows)
            continue
        if existing:
            rel = root_rel(existing[0])
        else:
            digest = hashlib.sha1("\n".join(r["incident_id"] for r in out_rows).encode()).hexdigest()[:20]
            rel = f"{store.partition_dir('incidents', part)}/part-{digest}.parquet"
        plan.writes[rel] = store.rows_to_table("incidents", out_rows)
    plan.deletes -= set(plan.writes) | inp.staged_inc_rels
    return rewritten


def plan_links(root: Any, staging: Path | None = None, replaced: Iterable[str] = (),
               staged: list[dict[str, Any]] | None = None) -> LinkPlan:
    """Link the pending events of an output root (plus a run's staged events) into incidents.

    Pending: events without an ``incident_id``, the members of incidents whose membership
    changed, and every event staged under ``staging/new/events`` (a run not yet committed;
    its rows carry :func:`singleton_incident_id` values or none). `staged`: the staging area's
    file summaries (:func:`pipeline.store.staged_summaries`, read when not given); an events
    summary's ``values`` stand for its file's rows. `replaced`: article ids the
    run re-processed; their rows in the root are treated as gone (the commit drops them).
    Only the events partitions near the pending events are read, and only the files whose
    incident ids change are rewritten. `root` is a :class:`pipeline.store.OutputRoot` whose
    lock is held; nothing is written here except the staged events files' new content, which
    is returned (the caller writes everything through one journal).

    Three steps: reading (:func:`_read_inputs`, :func:`_read_candidates`), linking
    (:func:`link_events`), planning the writes (:func:`_plan_event_writes`,
    :func:`_plan_incident_writes`).
    """
    import time

    t0 = time.monotonic()
    inp = _read_inputs(root, staging, set(replaced), staged)
    plan = LinkPlan(stats={"pending_events": len(inp.pending), "incidents_written": 0, "events_relinked": 0})
    if not inp.pending and not inp.dirty:
        plan.stats["seconds"] = round(time.monotonic() - t0, 3)
        return plan
    result = link_events(_read_candidates(inp), all_incidents=False)
    _plan_event_writes(inp, result, plan)
    rewritten = _plan_incident_writes(inp, result, plan)
    plan.stats.update({
        "incidents_written": len(result.incidents),
        "incidents_absorbed": len(result.absorbed - {inc["incident_id"] for inc in result.incidents}),
        "partitions_rewritten": rewritten,
        "comparisons": result.comparisons,
        "seconds": round(time.monotonic() - t0, 3),
    })
    return plan


def update_root(root: Any, run_id: str) -> dict[str, Any]:
    """Link pending events of an output root into incidents; write the changes atomically.

    For roots whose events were committed without linking (a run that died before linking, or
    written by an older version); a run links its own events before its commit
    (:func:`plan_links` with its staging area). `root` is a :class:`pipeline.store.OutputRoot`
    whose lock is held.
    """
    plan = plan_links(root)
    if plan.writes or plan.deletes:
        root.apply_changes(run_id, plan.writes, plan.deletes)
    return plan.stats
