"""`python -m pipeline query` (DuckDB views, formats, errors) and `report` (HTML, rendered in Chromium)."""
from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import query, report
from pipeline.store import OutputRoot, stage_partition

REPO = Path(__file__).resolve().parent.parent
XSS_EVIDENCE = 'Gunmen killed 5 people. </script><script>alert("xss")</script><img src=x onerror=alert(1)>'
XSS_PLACE = "<b onmouseover=alert(2)>Evil</b>"
RUN_ID = "20240102T000000Z-abcdef"


def _event(i: int, date: str, etype: str, place: str, lat: float | None, lon: float | None,
           killed: int | None = None, wounded: int | None = None, **kw) -> dict:
    row = {
        "event_id": f"e{i:03d}", "article_id": f"a{i % 3}", "date_start": date, "date_end": date,
        "date_precision": ["day", "days", "week", "month"][i % 4], "date_text": "on Sunday",
        "event_type": etype, "location_text": place, "place_name": place, "country_code": "IQ",
        "latitude": lat, "longitude": lon, "geo_precision": "place" if lat is not None else "unknown",
        "killed_low": killed, "killed_best": killed, "killed_high": killed,
        "wounded_low": wounded, "wounded_best": wounded, "wounded_high": wounded,
        "casualties_claimed": False, "evidence": f"Sentence {i} about {place}.", "published": date,
        "source": "Test Wire", "num_mentions": 1, "extractor_version": "test",
    }
    row.update(kw)
    return row


def make_root(path: Path) -> Path:
    """A small output root written through the store's own staging and commit."""
    events = [
        _event(0, "2014-06-10", "attack", "Baghdad", 33.34, 44.40, 12, 30),
        _event(1, "2014-06-10", "shelling", "Mosul", 36.34, 43.13, 3, None),
        _event(2, "2014-06-11", "armed_clash", "Tikrit", 34.61, 43.68, None, 4),
        _event(3, "2014-06-12", "bombing", XSS_PLACE, 33.42, 43.30, 5, 9, evidence=XSS_EVIDENCE),
        _event(4, "2014-06-12", "protest", "Basra", 30.51, 47.78),
        _event(5, "2014-06-14", "territory_seized", "Iraq", None, None, country_code="IQ"),
    ]
    by_date: dict[str, list[dict]] = {}
    for e in events:
        by_date.setdefault(e["date_start"], []).append(e)
    root = OutputRoot(path)
    with root:
        staging = str(root.staging_dir(RUN_ID))
        staged = []
        for date, rows in by_date.items():
            staged.append(stage_partition(staging, "events", date, rows))
            staged.append(stage_partition(staging, "mentions", date, [
                {"event_id": r["event_id"], "article_id": r["article_id"], "sentence": r["evidence"],
                 "char_start": 0, "char_end": 10, "trigger": "killed"} for r in rows]))
        staged.append(stage_partition(staging, "articles", "", [
            {"article_id": f"a{i}", "published": "2014-06-15", "source": "Test Wire", "title": f"t{i}",
             "truncated": False, "num_events": 2, "input_file": "in.jsonl", "line": i + 1}
            for i in range(3)]))
        staged.append(stage_partition(staging, "rejects", "", [
            {"article_id": None, "reason": "bad_json", "detail": "x", "input_file": "in.jsonl", "line": 7},
            {"article_id": None, "reason": "bad_json", "detail": "y", "input_file": "in.jsonl", "line": 8},
            {"article_id": "z", "reason": "empty_text", "detail": "", "input_file": "in.jsonl", "line": 9},
        ]))
        record = {"run_id": RUN_ID, "status": "committed", "exit_code": 3,
                  "started_utc": "20240102T000000Z", "finished_utc": "20240102T000010Z",
                  "inputs": [{"kind": "jsonl", "path": "in.jsonl"}],
                  "counts": {"read": 6, "processed": 3, "rejected": 3, "events": 6, "mentions": 6,
                             "rejects_by_reason": {"bad_json": 2, "empty_text": 1}},
                  "timings_s": {"pipeline": 1.5, "commit": 0.1}}
        root.commit(RUN_ID, staged, set(), set(), record)
    return path


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return make_root(tmp_path_factory.mktemp("q") / "out")


@pytest.fixture(scope="module")
def empty_out(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("e") / "out"
    OutputRoot(path).check_writable()
    OutputRoot(path)._ensure_readable_empty_tables()
    return path


def q(out: Path, sql: str):
    return query.connect(out).sql(sql).fetchall()


# --------------------------------------------------------------------------- query: views

def test_every_view_is_registered(out):
    names = {r[0] for r in q(out, "SELECT view_name FROM duckdb_views() WHERE NOT internal")}
    assert set(query.VIEWS) <= names


def test_views_read_the_tables_with_event_date_as_date(out):
    assert q(out, "SELECT count(*) FROM events") == [(6,)]
    assert q(out, "SELECT count(*) FROM mentions") == [(6,)]
    assert q(out, "SELECT count(*) FROM articles") == [(3,)]
    assert q(out, "SELECT reason, count(*) FROM rejects GROUP BY 1 ORDER BY 1") == [("bad_json", 2), ("empty_text", 1)]
    assert q(out, "SELECT DISTINCT typeof(event_date) FROM events") == [("DATE",)]
    assert q(out, "SELECT count(*) FROM events WHERE event_date = DATE '2014-06-10'") == [(2,)]
    assert q(out, "SELECT count(*) FROM events e JOIN mentions m USING (event_id, event_date)") == [(6,)]


def test_runs_view_has_one_row_per_run_record(out):
    rows = q(out, "SELECT run_id, status, read, rejected, events, inputs, "
                  "record->>'$.counts.rejects_by_reason.bad_json' FROM runs")
    assert rows == [(RUN_ID, "committed", 6, 3, 6, ["in.jsonl"], "2")]


def test_incidents_is_empty_until_the_table_exists(out, tmp_path):
    assert q(out, "SELECT count(*) FROM incidents") == [(0,)]
    cols = {r[0]: r[1] for r in q(out, "DESCRIBE incidents")}
    assert cols["incident_id"] == "VARCHAR" and cols["event_date"] == "DATE"
    # once a run writes incidents/, the view reads it
    root = tmp_path / "out"
    shutil.copytree(out, root)
    part = root / "incidents" / "event_date=2014-06-10"
    part.mkdir(parents=True)
    pq.write_table(pa.table({"incident_id": ["i1", "i2"], "num_events": [2, 1]}), part / "part-x.parquet")
    assert query.connect(root).sql(
        "SELECT count(*), any_value(typeof(event_date)) FROM incidents").fetchall() == [(2, "DATE")]


def test_a_fresh_root_has_empty_typed_views(empty_out):
    for view in query.VIEWS:
        assert q(empty_out, f"SELECT count(*) FROM {view}") == [(0,)]
    assert ("event_date", "DATE") in {(r[0], r[1]) for r in q(empty_out, "DESCRIBE events")}


# --------------------------------------------------------------------------- query: CLI and formats

def test_table_output(out, capsys):
    assert query.main(["--output", str(out), "SELECT event_type, count(*) AS n FROM events GROUP BY 1"]) == 0
    text = capsys.readouterr().out
    assert "event_type" in text and "territory_seized" in text


def test_csv_and_json_to_stdout(out, capsys):
    sql = "SELECT event_date, place_name, killed_best FROM events ORDER BY event_id"
    assert query.main(["--output", str(out), "--format", "csv", sql]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "event_date,place_name,killed_best" and lines[1] == "2014-06-10,Baghdad,12"
    assert len(lines) == 7
    assert query.main(["--output", str(out), "--format", "json", sql]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == {"event_date": "2014-06-10", "place_name": "Baghdad", "killed_best": 12}
    assert len(rows) == 6


def test_formats_to_a_file(out, tmp_path):
    for fmt in ("csv", "json", "parquet", "table"):
        target = tmp_path / f"r.{fmt}"
        assert query.main(["--output", str(out), "--format", fmt, "--to", str(target),
                           "SELECT * FROM events"]) == 0
        assert target.stat().st_size > 0
    table = pq.read_table(tmp_path / "r.parquet")
    assert table.num_rows == 6 and pa.types.is_date32(table.schema.field("event_date").type)


def test_parquet_needs_to(out, capsys):
    assert query.main(["--output", str(out), "--format", "parquet", "SELECT 1"]) == 2
    assert "--to" in capsys.readouterr().err


@pytest.mark.parametrize("sql, message", [
    ("SELEC 1", "Parser Error"),
    ("SELECT nope FROM events", "nope"),
    ("SELECT * FROM no_such_table", "no_such_table"),
])
def test_bad_sql_is_a_clear_error(out, capsys, sql, message):
    assert query.main(["--output", str(out), sql]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and "Traceback" not in err


def test_bad_sql_through_the_cli_exits_2_without_traceback(out):
    proc = subprocess.run([sys.executable, "-m", "pipeline", "query", "--output", str(out), "SELECT FROM WHERE"],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 2
    assert "error:" in proc.stderr and "Traceback" not in proc.stderr


def test_missing_root_is_a_usage_error(tmp_path, capsys):
    assert query.main(["--output", str(tmp_path / "nope"), "SELECT 1"]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert report.main(["--output", str(tmp_path / "nope"), "--to", str(tmp_path / "r.html")]) == 2


# --------------------------------------------------------------------------- report: HTML

@pytest.fixture(scope="module")
def report_html(out, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("r") / "report.html"
    assert report.main(["--output", str(out), "--to", str(target)]) == 0
    return target


def test_report_is_self_contained(report_html):
    page = report_html.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]*\bsrc=", page, re.I), "scripts must be inline"
    assert not re.search(r"<link\b|@import|url\(\s*['\"]?https?:", page, re.I)
    assert not re.search(r"<(img|iframe)\b[^>]*\bsrc=['\"]?https?:", page, re.I)
    assert page.count("plotly.js v") >= 1  # the library itself is embedded
    for section in ("timeline", "casualties", "map", "places", "rejects", "date-precision", "geo-precision"):
        assert f'id="chart-{section}"' in page
    # the charts' own data (not the embedded library): no geo/tile maps, which fetch topojson or tiles
    calls = [b for b in re.findall(r"<script[^>]*>(.*?)</script>", page, re.S)
             if "Plotly.newPlot(" in b and len(b) < 500_000]
    assert len(calls) == 7
    types = set()
    for call in calls:
        start = call.index("[", call.index("Plotly.newPlot("))
        traces, _ = json.JSONDecoder().raw_decode(call[start:])  # the data array (the layout follows)
        types |= {t["type"] for t in traces}
    assert {"bar", "scatter", "pie"} <= types
    assert not types & {"scattergeo", "choropleth", "scattermapbox", "scattermap", "densitymapbox", "densitymap"}


def test_report_escapes_untrusted_text(report_html):
    page = report_html.read_text(encoding="utf-8")
    assert 'alert("xss")' not in page and "<img src=x" not in page and "<b onmouseover" not in page
    assert "&lt;/script&gt;&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in page
    # in chart data (JSON inside <script>) the label is entity-escaped for plotly and '<' is \\u003c
    assert "\\u003cb onmouseover" not in page
    assert page.count("</script>") == page.count("<script")


def test_report_of_a_fresh_root(empty_out, tmp_path):
    target = tmp_path / "empty.html"
    assert report.main(["--output", str(empty_out), "--to", str(target)]) == 0
    page = target.read_text(encoding="utf-8")
    assert "no events" in page and "no rejects" in page


# --------------------------------------------------------------------------- report: in a real browser

BROWSERS = ("chromium", "chromium-browser")
#: Hosts Chromium itself contacts in the background (updates, accounts); never the page.
BROWSER_SERVICE_HOSTS = re.compile(r"(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)$")


@pytest.fixture(scope="session")
def chromium() -> str:
    """Chromium from Debian packages; installed here on CI (root), else the test is skipped."""
    found = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
    if found:
        return found
    if os.environ.get("CI") and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update"], check=True, env=env, capture_output=True, timeout=600)
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"],
                       check=True, env=env, capture_output=True, timeout=900)
        found = shutil.which("chromium")
        if found:
            return found
        pytest.fail("apt-get install chromium succeeded but no chromium on PATH")
    pytest.skip("Chromium not installed: run `apt-get install -y chromium` (CI=1 as root installs it)")


def png_pixels(path: Path) -> tuple[int, int, bytes]:
    """(width, height, RGB bytes) of a PNG: Pillow when installed, else a small zlib decoder."""
    try:
        from PIL import Image
    except ImportError:
        return _decode_png(path.read_bytes())
    with Image.open(path) as im:
        rgb = im.convert("RGB")
        return rgb.width, rgb.height, rgb.tobytes()


def _decode_png(data: bytes) -> tuple[int, int, bytes]:
    """8-bit RGB/RGBA non-interlaced PNG (what Chromium writes) -> RGB bytes."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and color in (2, 6) and interlace == 0, "unsupported PNG"
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride, prev, out = zlib.decompress(idat), width * bpp, bytearray(width * bpp), bytearray()
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa_, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa_ <= pb and pa_ <= pc else b if pb <= pc else c)) & 255
        out += line if bpp == 3 else bytes(v for j in range(0, stride, 4) for v in line[j:j + 3])
        prev = line
    return width, height, bytes(out)


def test_report_draws_in_headless_chromium(chromium, report_html, tmp_path):
    shot, netlog = tmp_path / "shot.png", tmp_path / "netlog.json"
    proc = subprocess.run(
        [chromium, "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", f"--user-data-dir={tmp_path / 'profile'}",
         # no network: a page that fetched scripts, tiles or topojson would fail and log it
         "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", f"--log-net-log={netlog}",
         "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000", "--window-size=1400,2400",
         f"--screenshot={shot}", "--dump-dom", report_html.as_uri()],
        capture_output=True, text=True, timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    console = [ln for ln in proc.stderr.splitlines() if ":CONSOLE" in ln]
    assert not [ln for ln in console if re.search(r"Uncaught|Error|error", ln)], console

    dom = proc.stdout
    charts = re.findall(r'id="chart-([a-z-]+)"', dom)
    assert len(set(charts)) == 7
    assert dom.count('class="main-svg"') >= 2 * 7, "plotly did not draw every chart"
    assert dom.count('class="point"') >= 5  # bars, bubbles
    assert dom.count('class="slice"') >= 2  # pies
    assert "Tikrit" in dom and "&lt;/script&gt;" in dom

    if netlog.exists():
        hosts = set(re.findall(r'https?://([A-Za-z0-9.-]+)', netlog.read_text(encoding="utf-8", errors="replace")))
        assert not {h for h in hosts if not BROWSER_SERVICE_HOSTS.search(h)}, hosts

    width, height, rgb = png_pixels(shot)
    assert (width, height) == (1400, 2400)
    n = width * height
    step = 7  # sample pixels: enough for statistics, fast in pure Python
    samples = [rgb[i * 3:i * 3 + 3] for i in range(0, n, step)]
    mean = sum(sum(p) for p in samples) / (3 * len(samples))
    var = sum((sum(p) / 3 - mean) ** 2 for p in samples) / len(samples)
    colored = sum(1 for p in samples if max(p) - min(p) > 60) / len(samples)
    assert var > 100, f"screenshot looks blank (variance {var:.1f})"
    assert colored > 0.005, f"no coloured chart marks in the screenshot ({colored:.4f})"
