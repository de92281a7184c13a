"""Incidents: linking rules (pure), reconciliation, determinism, scale, and linking across runs."""
from __future__ import annotations

import datetime as dt
import random
import time

import duckdb
import pytest

import schemas
from pipeline import incidents, job, store
from tests.conftest import commit_events, write_jsonl

BAGHDAD = {"place_name": "Baghdad", "geonameid": 98182, "admin1_code": "IQ.07", "country_code": "IQ",
           "latitude": 33.34058, "longitude": 44.40088, "geo_precision": "place"}
KADHIMIYA = {"place_name": "Kadhimiya", "geonameid": 7, "admin1_code": "IQ.07", "country_code": "IQ",
             "latitude": 33.3800, "longitude": 44.3400, "geo_precision": "place"}  # ~7 km from Baghdad centre
BAQUBAH = {"place_name": "Baqubah", "geonameid": 98854, "admin1_code": "IQ.10", "country_code": "IQ",
           "latitude": 33.74659, "longitude": 44.64366, "geo_precision": "place"}  # ~50 km away
BAGHDAD_REGION = {"place_name": "Baghdad", "geonameid": 98181, "admin1_code": "IQ.07", "country_code": "IQ",
                  "latitude": 33.3, "longitude": 44.4, "geo_precision": "admin1"}


def row(eid: str, date: str, etype: str = "bombing", place: dict | None = None, *, art: str | None = None,
        pub: str | None = None, source: str | None = "Wire", precision: str = "day", start: str | None = None,
        end: str | None = None, killed: tuple | None = None, claimed: bool = False, actor: str | None = None,
        incident_id: str | None = None) -> dict:
    r = {
        "event_id": eid, "article_id": art or f"art-{eid}", "event_date": date, "date_start": start or date,
        "date_end": end or date, "date_precision": precision, "event_type": etype,
        "location_text": (place or BAGHDAD)["place_name"], **(place or BAGHDAD),
        "casualties_claimed": claimed, "published": pub or date, "source": source,
        "actor1_norm": actor, "actor2_norm": None, "incident_id": incident_id,
    }
    for kind in ("killed", "wounded"):
        for i, lv in enumerate(("low", "best", "high")):
            r[f"{kind}_{lv}"] = killed[i] if (killed and kind == "killed") else None
    return r


def groups(result: incidents.LinkResult) -> set[frozenset[str]]:
    return {frozenset(inc["event_ids"]) for inc in result.incidents}


# --------------------------------------------------------------------------- pair rules

def test_same_city_different_day_stays_apart():
    rows = [row("a", "2016-03-12", "shooting"), row("b", "2016-03-13", "shooting")]
    assert groups(incidents.link_events(rows)) == {frozenset({"a"}), frozenset({"b"})}


def test_no_chain_through_a_vague_report_merges_different_days():
    rows = [row("a", "2016-03-12", "attack"), row("b", "2016-03-13", "attack"),
            row("c", "2016-03-12", "attack", precision="days", start="2016-03-12", end="2016-03-13")]
    got = groups(incidents.link_events(rows))
    assert len(got) == 2 and not any({"a", "b"} <= g for g in got)


def test_updated_death_toll_links_and_reconciles():
    first = row("e1", "2016-03-13", art="A", pub="2016-03-14", source="Wire A", killed=(10, 10, None))  # "at least 10"
    later = row("e2", "2016-03-13", art="B", pub="2016-03-15", source="Wire B", killed=(15, 15, 15))  # "rose to 15"
    res = incidents.link_events([first, later])
    assert len(res.incidents) == 1
    inc = res.incidents[0]
    assert (inc["killed_low"], inc["killed_best"], inc["killed_high"]) == (15, 15, 15)
    assert inc["casualties_claimed"] is False
    assert inc["num_articles"] == 2 and inc["num_sources"] == 2 and inc["num_events"] == 2
    assert (inc["first_report"], inc["last_report"]) == ("2016-03-14", "2016-03-15")
    assert inc["article_ids"] == ["A", "B"] and inc["event_ids"] == ["e1", "e2"]
    assert inc["event_date"] == "2016-03-13" and inc["place_name"] == "Baghdad"
    assert inc["incident_id"] == incidents.incident_id_for([first])  # named after the first report


def test_best_is_median_of_bests_within_low_high():
    rows = [row(f"e{i}", "2016-03-13", killed=k) for i, k in enumerate([(5, 5, 5), (6, 6, 6), (20, 20, 20)])]
    inc = incidents.link_events(rows).incidents[0]
    assert (inc["killed_low"], inc["killed_best"], inc["killed_high"]) == (20, 20, 20)  # median 6, clamped to low
    rows = [row(f"e{i}", "2016-03-13", killed=k) for i, k in enumerate([(None, 8, None), (None, 12, None), (None, 30, None)])]
    inc = incidents.link_events(rows).incidents[0]
    assert (inc["killed_low"], inc["killed_best"], inc["killed_high"]) == (None, 12, None)


def test_claims_are_kept_apart_from_reports():
    report = row("r", "2016-03-13", killed=(10, 10, 10))
    claim = row("c", "2016-03-13", killed=(60, 60, 60), claimed=True)
    inc = incidents.link_events([report, claim]).incidents[0]
    assert inc["killed_best"] == 10 and inc["casualties_claimed"] is False
    only_claim = incidents.link_events([row("c", "2016-03-13", killed=(60, 60, 60), claimed=True),
                                        row("x", "2016-03-13")]).incidents[0]
    assert only_claim["killed_best"] == 60 and only_claim["casualties_claimed"] is True


@pytest.mark.parametrize("a, b, linked", [
    (row("a", "2016-03-13", place=BAGHDAD), row("b", "2016-03-13", place=KADHIMIYA), True),     # ~7 km
    (row("a", "2016-03-13", place=BAGHDAD), row("b", "2016-03-13", place=BAQUBAH), False),      # ~50 km
    (row("a", "2016-03-13", place=KADHIMIYA), row("b", "2016-03-13", place=BAGHDAD_REGION), True),  # same admin1
    (row("a", "2016-03-13", "attack"), row("b", "2016-03-13", "bombing"), True),                # generic + specific
    (row("a", "2016-03-13", "bombing"), row("b", "2016-03-13", "protest"), False),
    (row("a", "2016-03-13", "protest"), row("b", "2016-03-13", "riot"), True),
    (row("a", "2016-03-13", actor="Taliban"), row("b", "2016-03-13", actor="Islamic State"), False),
    (row("a", "2016-03-13", actor="Militants"), row("b", "2016-03-13", actor="Islamic State"), True),
    # a report with no date in the text, published the next day, links to the dated report
    (row("a", "2016-03-13"), row("b", "2016-03-14", precision="publication", pub="2016-03-14"), True),
    (row("a", "2016-03-13"), row("b", "2016-03-15", precision="publication", pub="2016-03-15"), False),
    # a week-precise report overlapping a day-precise one
    (row("a", "2016-03-13"), row("b", "2016-03-10", precision="week", start="2016-03-07", end="2016-03-13"), True),
    # month-precise reports are too vague to link
    (row("a", "2016-03-13"), row("b", "2016-03-16", precision="month", start="2016-03-01", end="2016-03-31"), False),
])
def test_pair_rules(a, b, linked):
    assert (len(incidents.link_events([a, b]).incidents) == 1) is linked


def test_incident_columns_match_schema():
    res = incidents.link_events([row("a", "2016-03-13", killed=(3, 3, 3)), row("b", "2016-03-13")])
    rows = [{k: v for k, v in r.items() if k != "event_date"} for r in res.incidents]
    table = store.rows_to_table("incidents", rows)
    assert table.schema == schemas.INCIDENTS
    assert set(res.incidents[0]) - {"event_date"} == set(schemas.INCIDENTS.names)


# --------------------------------------------------------------------------- determinism, incremental, scale

def _scenario(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    places = [BAGHDAD, KADHIMIYA, BAQUBAH, BAGHDAD_REGION] + [
        {"place_name": f"P{i}", "geonameid": 1000 + i, "admin1_code": f"XX.{i % 40:02d}", "country_code": "XX",
         "latitude": rng.uniform(-50, 60), "longitude": rng.uniform(-120, 150), "geo_precision": "place"}
        for i in range(max(n // 20, 5))
    ]
    types = ["attack", "bombing", "shooting", "shelling", "protest", "armed_clash"]
    out = []
    for i in range(n):
        d = (dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(365))).isoformat()
        pub = (dt.date.fromisoformat(d) + dt.timedelta(days=rng.randrange(3))).isoformat()
        out.append(row(f"ev{i:07d}", d, rng.choice(types), rng.choice(places), pub=pub,
                       source=f"S{rng.randrange(9)}", killed=(k := rng.randrange(20), k, k)))
    return out


def test_same_inputs_same_ids_in_any_order():
    rows = _scenario(400)
    a = incidents.link_events(rows)
    shuffled = rows[:]
    random.Random(1).shuffle(shuffled)
    b = incidents.link_events(shuffled)
    assert a.assignments == b.assignments and a.incidents == b.incidents
    assert len(a.incidents) < len(rows)  # some linking happened


def test_incremental_linking_matches_one_shot():
    rows = _scenario(400)
    one_shot = incidents.link_events(rows).assignments
    first, second = rows[::2], rows[1::2]
    r1 = incidents.link_events(first)
    settled = [{**r, "incident_id": r1.assignments[r["event_id"]]} for r in first]
    r2 = incidents.link_events(settled + second, all_incidents=False)
    merged = {**r1.assignments, **r2.assignments}
    # the same partition of events into incidents, with the same ids
    assert merged == one_shot


def test_blocking_avoids_pairwise_comparisons():
    rows = _scenario(5000)
    t0 = time.monotonic()
    res = incidents.link_events(rows)
    took = time.monotonic() - t0
    assert res.comparisons < 5000 * 20  # far below n^2/2 = 12.5 million
    assert sorted(res.assignments) == sorted(r["event_id"] for r in rows)
    assert took < 30


# --------------------------------------------------------------------------- end to end, across runs

ART_A = {"id": "A", "published": "2016-03-14", "source": "Wire A",
         "text": "A car bomb killed at least 10 people at a crowded market in Baghdad on Sunday, police said."}
ART_C = {"id": "C", "published": "2016-03-14", "source": "Wire C",
         "text": "Gunmen shot dead four people at a checkpoint in Baghdad on Saturday, police said."}
ART_B = {"id": "B", "published": "2016-03-15", "source": "Wire B",
         "text": "Police said 15 people were killed in Sunday's car bombing at a Baghdad market, up from 10."}


@pytest.fixture(scope="module")
def linked_roots(tmp_path_factory):
    base = tmp_path_factory.mktemp("incidents")
    two_runs = base / "two_runs"
    day1 = write_jsonl(base / "day1.jsonl", [ART_A, ART_C])
    day2 = write_jsonl(base / "day2.jsonl", [ART_B])
    r1 = job.run(["--input", str(day1), "--output", str(two_runs)])
    after_first = store.read_table(two_runs, "events").to_pylist()
    r2 = job.run(["--input", str(day2), "--output", str(two_runs)])
    one_run = base / "one_run"
    r3 = job.run(["--input", str(day1), str(day2), "--output", str(one_run)])
    return {"two_runs": two_runs, "one_run": one_run, "after_first": after_first, "records": (r1, r2, r3)}


def _by_article(root) -> dict[str, dict]:
    return {r["article_id"]: r for r in store.read_table(root, "events").to_pylist()}


def test_later_article_links_to_incident_of_earlier_run(linked_roots):
    root = linked_roots["two_runs"]
    ev = _by_article(root)
    assert set(ev) == {"A", "B", "C"}
    assert ev["A"]["incident_id"] and ev["B"]["incident_id"] == ev["A"]["incident_id"]
    assert ev["C"]["incident_id"] != ev["A"]["incident_id"]  # same city, the day before
    # the first run's incident id is kept (the first report names the incident)
    first = {r["article_id"]: r["incident_id"] for r in linked_roots["after_first"]}
    assert first["A"] == ev["A"]["incident_id"]
    incs = {r["incident_id"]: r for r in store.read_table(root, "incidents").to_pylist()}
    assert len(incs) == 2  # no stale or duplicate incident rows
    inc = incs[ev["A"]["incident_id"]]
    assert inc["article_ids"] == ["A", "B"] and inc["num_sources"] == 2
    assert inc["killed_low"] == max(ev["A"]["killed_low"], ev["B"]["killed_low"]) == 15
    assert inc["killed_best"] == 15 and inc["event_type"] == "bombing"
    assert inc["event_date"] == dt.date(2016, 3, 13)
    assert inc["first_report"] == dt.date(2016, 3, 14) and inc["last_report"] == dt.date(2016, 3, 15)
    assert linked_roots["records"][1].record["incidents"]["pending_events"] == 1


def test_one_run_and_two_runs_give_the_same_incidents(linked_roots):
    a = sorted(store.read_table(linked_roots["one_run"], "incidents").to_pylist(), key=lambda r: r["incident_id"])
    b = sorted(store.read_table(linked_roots["two_runs"], "incidents").to_pylist(), key=lambda r: r["incident_id"])
    assert a == b


def test_incidents_table_is_readable_and_rerun_is_stable(linked_roots, tmp_path):
    root = linked_roots["two_runs"]
    got = duckdb.sql(f"SELECT typeof(event_date), count(*) FROM {store.duckdb_source(root, 'incidents')} "
                     "GROUP BY 1").fetchall()
    assert got == [("DATE", 2)]
    # an empty root has a readable empty incidents table
    store.OutputRoot(tmp_path).commit("r0", [], set(), set(), {"run_id": "r0"})
    assert store.read_table(tmp_path, "incidents").num_rows == 0


# --------------------------------------------------------------------------- the root, without Beam

def _commit(root: store.OutputRoot, run_id: str, rows: list[dict]) -> None:
    commit_events(root, run_id, rows, drop=("incident_id",))  # the run's events are not linked yet


def assert_consistent(path) -> tuple[dict, dict]:
    events = {r["event_id"]: r for r in store.read_table(path, "events").to_pylist()}
    incs = store.read_table(path, "incidents").to_pylist()
    by_id = {r["incident_id"]: r for r in incs}
    assert len(by_id) == len(incs), "duplicate incident rows"
    members: dict[str, set] = {}
    for e in events.values():
        assert e["incident_id"] in by_id, e
        members.setdefault(e["incident_id"], set()).add(e["event_id"])
    assert {i: set(r["event_ids"]) for i, r in by_id.items()} == members
    return events, by_id


def test_reprocessed_article_dissolves_and_relinks(tmp_path):
    root = store.OutputRoot(tmp_path)
    _commit(root, "r1", [row("a1", "2016-03-13", art="A", pub="2016-03-14", killed=(10, 10, None)),
                         row("c1", "2016-03-12", "shooting", art="C", pub="2016-03-14")])
    incidents.update_root(root, "r1")
    _commit(root, "r2", [row("b1", "2016-03-13", art="B", pub="2016-03-15", killed=(15, 15, 15))])
    incidents.update_root(root, "r2")
    events, incs = assert_consistent(tmp_path)
    assert events["a1"]["incident_id"] == events["b1"]["incident_id"] != events["c1"]["incident_id"]
    # article B is re-extracted and its event now falls on Saturday: it leaves A's incident and
    # joins C's (a Saturday bombing and a Saturday shooting in Baghdad: generic + specific type)
    _commit(root, "r3", [row("b2", "2016-03-12", art="B", pub="2016-03-15", killed=(15, 15, 15))])
    stats = incidents.update_root(root, "r3")
    events, incs = assert_consistent(tmp_path)
    assert set(events) == {"a1", "c1", "b2"}
    assert events["b2"]["incident_id"] == events["c1"]["incident_id"] != events["a1"]["incident_id"]
    assert incs[events["a1"]["incident_id"]]["killed_best"] == 10  # B's 15 left A's incident
    assert stats["pending_events"] >= 2
    # nothing pending: nothing rewritten
    assert incidents.update_root(root, "r4")["incidents_written"] == 0


def test_events_left_unlinked_by_a_crash_are_linked_next_time(tmp_path):
    root = store.OutputRoot(tmp_path)
    _commit(root, "r1", [row("a1", "2016-03-13", art="A")])
    _commit(root, "r2", [row("b1", "2016-03-13", art="B")])  # "crash": no linking after either
    assert store.read_table(tmp_path, "incidents").num_rows == 0
    incidents.update_root(root, "r3")
    events, incs = assert_consistent(tmp_path)
    assert len(incs) == 1 and events["a1"]["incident_id"] == events["b1"]["incident_id"]
    assert not (tmp_path / store.STAGING).exists() or not any((tmp_path / store.STAGING).iterdir())


# --------------------------------------------------------------------------- linking before the commit

def test_reprocessed_article_relinks_within_its_run(tmp_path):
    """A run links its staged events before its commit, the re-processed article's old rows
    excluded: the root ends as if the final articles had been linked in one go."""
    two = tmp_path / "two"
    first = write_jsonl(tmp_path / "first.jsonl", [ART_A, ART_B, ART_C])
    # B is corrected: the report is now of Saturday's shooting at the checkpoint (C's incident)
    b_fixed = {**ART_B, "text": "Police said gunmen shot dead four people at a Baghdad checkpoint on Saturday."}
    second = write_jsonl(tmp_path / "second.jsonl", [b_fixed])
    job.run(["--input", str(first), "--output", str(two)])
    before = _by_article(two)
    assert before["A"]["incident_id"] == before["B"]["incident_id"] != before["C"]["incident_id"]
    r2 = job.run(["--input", str(second), "--output", str(two)])
    assert r2.record["status"] == "committed" and r2.record["incidents"]["pending_events"] >= 2
    events, incs = assert_consistent(two)
    ev = _by_article(two)
    assert ev["B"]["incident_id"] == ev["C"]["incident_id"] != ev["A"]["incident_id"]
    assert incs[ev["A"]["incident_id"]]["article_ids"] == ["A"]
    one = tmp_path / "one"
    job.run(["--input", str(write_jsonl(tmp_path / "all.jsonl", [ART_A, b_fixed, ART_C])), "--output", str(one)])
    rows = lambda p: sorted(store.read_table(p, "incidents").to_pylist(), key=lambda r: r["incident_id"])  # noqa: E731
    assert rows(two) == rows(one)


def test_each_events_file_is_written_once(tmp_path, monkeypatch):
    """Linking does not rewrite the run's events or incidents files: workers write the singleton
    incident ids and incidents, and only files that linking changes are written again."""
    writes: list[str] = []
    real = store.write_parquet

    def counting(path, table):
        writes.append(str(path))
        return real(path, table)

    monkeypatch.setattr(store, "write_parquet", counting)
    src = write_jsonl(tmp_path / "in.jsonl", [ART_A, ART_C])  # different days: no link
    result = job.run(["--input", str(src), "--output", str(tmp_path / "out")])
    for table in ("events", "incidents"):  # incidents: the workers' singletons stand
        got = [w for w in writes if f"/{table}/" in w]
        assert got and len(got) == len({w.rsplit("/", 1)[-1] for w in got}), table
    assert result.record["incidents"]["events_relinked"] == 0
    assert result.record["incidents"]["partitions_rewritten"] == 0
    assert_consistent(tmp_path / "out")


def test_linking_failure_commits_events_and_the_next_run_links_them(tmp_path, monkeypatch):
    out = tmp_path / "out"
    src = write_jsonl(tmp_path / "in.jsonl", [ART_A, ART_B])

    def broken(*a, **kw):
        raise RuntimeError("linking broke")

    monkeypatch.setattr(incidents, "plan_links", broken)
    result = job.run(["--input", str(src), "--output", str(out)])
    assert result.exit_code == job.EXIT_FAILED and result.record["status"] == "committed_without_incidents"
    assert "linking broke" in result.record["incidents"]["error"]
    assert store.read_table(out, "events").num_rows >= 2 and store.read_table(out, "incidents").num_rows == 0
    monkeypatch.undo()
    job.run(["--input", str(write_jsonl(tmp_path / "empty.jsonl", [])), "--output", str(out)])
    events, incs = assert_consistent(out)
    ev = _by_article(out)
    assert ev["A"]["incident_id"] == ev["B"]["incident_id"]
