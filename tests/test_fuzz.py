"""Property-based fuzzing (issue 10): the parsers never raise on any input and keep their invariants.

* dates:    find_time_expressions / resolve_event_date -> date_start <= event_date <= date_end,
            offsets inside the text and text[start:end] == the expression's text;
* numbers:  parse_quantity / extract_casualties -> low <= best <= high, spans inside the text;
* places:   find_places -> offsets inside the text, text[start:end] == mention text;
* sentences: split_sentences -> ordered, non-overlapping, text[start:end] == sentence text;
* readers + articles.validate on arbitrary bytes -> raw records or rejects, never an exception;
* language: looks_english never raises.

Text strategies mix news vocabulary, numbers, dates, punctuation, upper case and arbitrary
unicode, so the generated strings reach deep into the rule tables rather than staying noise.
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import tempfile

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline import articles, dates, language, numbers, places, readers, sentences
from pipeline.config import defaults
from pipeline.gazetteer import Gazetteer

#: 150 examples per property in CI; FUZZ_EXAMPLES=5000 for a deeper run by hand or nightly.
FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
CFG = defaults()
TODAY = dt.date(2026, 1, 15)

NEWS_WORDS = """
killed wounded injured dead died shot bombing attack attacked gunmen militants rebels soldiers police
civilians people at least more than about nearly some dozens hundreds of scores two three seven twelve
twenty-one a dozen none no one killing were was on in at by near the a an and or but said says
Sunday Monday Tuesday Wednesday Thursday Friday Saturday yesterday today tonight overnight last next
week month year weekend morning night ago earlier later since between from to until early late mid
January February March April May June July August September October November December Jan. Feb. Sept.
Baghdad Kabul Aleppo Mosul Paris Springfield Georgia Jordan Washington Kandahar Lagos Sanaa Gaza
U.S. Gen. Mr. St. a.m. p.m. No. al- Abu El Los San New York province district village city
claimed Taliban Islamic State army troops seized captured withdrew shelling airstrike suicide
1 4 17 34 100 1,700 2014 1989 '89 90s 1990s 3rd 22nd 12/06/2014 2014-06-22 10:30 5% 300km
""".split()
PUNCT = list(".,;:!?-—–()[]\"'/\n\t ") + ["--", "...", " (AP) -- ", " (Reuters) - ", "\n\n", "’", "“", "”"]

_token = st.one_of(
    st.sampled_from(NEWS_WORDS),
    st.sampled_from(NEWS_WORDS).map(str.upper),
    st.integers(min_value=-5, max_value=10**7).map(str),
    st.sampled_from(PUNCT),
    st.text(max_size=6),
)
news_text = st.lists(_token, max_size=60).map(" ".join)
news_like = st.one_of(
    news_text,
    news_text.map(str.upper),  # ALL-CAPS wire copy
    st.lists(_token, max_size=40).map("".join),  # no spaces: tokens glued together
    st.text(max_size=200),  # anything at all
)
anchors = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
extreme_anchors = st.sampled_from([dt.date(1, 1, 1), dt.date(1, 12, 31), dt.date(9999, 1, 1), dt.date(9999, 12, 31)])

_GAZ: list[Gazetteer] = []


def gaz() -> Gazetteer:
    if not _GAZ:
        _GAZ.append(Gazetteer.load())
    return _GAZ[0]


def check_window(w: dates.DateWindow, text: str | None = None) -> None:
    assert isinstance(w.date_start, dt.date) and isinstance(w.event_date, dt.date)
    assert w.date_start <= w.event_date <= w.date_end, w
    assert w.precision in dates.PRECISIONS, w
    if text is not None and w.start >= 0:
        assert 0 <= w.start < w.end <= len(text), w
        assert text[w.start:w.end] == w.text, w


def check_count(c: numbers.Count | None) -> None:
    if c is None:
        return
    vals = [v for v in (c.low, c.best, c.high) if v is not None]
    assert all(isinstance(v, int) and v >= 0 for v in vals), c
    assert vals == sorted(vals), f"low <= best <= high violated: {c}"


# --------------------------------------------------------------------------- dates

@FUZZ
@given(news_like, anchors)
@example("between June 30 and July 2, 2014", dt.date(2014, 7, 5))
@example("LAST WEEK IN BAGHDAD, 3 JAN 89 (AFP) --", dt.date(1989, 1, 4))
@example("the 1990s and early 2000s", dt.date(2014, 6, 22))
def test_find_time_expressions_never_raises_and_keeps_invariants(text, anchor):
    found = dates.find_time_expressions(text, anchor)
    assert isinstance(found, list)
    last = -1
    for w in found:
        check_window(w, text)
        assert w.start >= last, "in text order"
        last = w.start


@FUZZ
@given(news_like, extreme_anchors)
def test_find_time_expressions_at_the_ends_of_the_calendar(text, anchor):
    for w in dates.find_time_expressions(text, anchor):
        check_window(w, text)


@FUZZ
@given(news_like, anchors, st.one_of(st.none(), st.integers(min_value=-10, max_value=300)), st.booleans())
def test_resolve_event_date_never_raises_and_keeps_invariants(sentence, anchor, trigger, with_context):
    context = dates.publication_window(anchor) if with_context else None
    w = dates.resolve_event_date(sentence, anchor, trigger, context)
    check_window(w, sentence)


# --------------------------------------------------------------------------- numbers

quantities = st.one_of(
    news_like,
    st.builds(lambda q, n: f"{q} {n}", st.sampled_from(["at least", "more than", "about", "up to", "nearly",
                                                          "between", "some", "over", "fewer than", ""]),
              st.one_of(st.integers(min_value=0, max_value=10**9).map(str),
                        st.sampled_from(["seventeen", "twenty-one", "two dozen", "dozens", "hundreds",
                                         "1,700", "3 to 5", "5 and 6", "a hundred", "one thousand"]))),
)


@FUZZ
@given(quantities)
@example("between 30 and 40")
@example("555-1234")
@example("99999999999999999999999")
def test_parse_quantity_never_raises_and_low_best_high_ordered(text):
    check_count(numbers.parse_quantity(text))


@FUZZ
@given(news_like, st.integers(min_value=-20, max_value=400), st.one_of(st.none(), st.integers(-20, 400)))
@example("At least 4 people were killed and 12 wounded.", 0, None)
@example("TWO WERE SHOT, ONE FATALLY", 0, None)
def test_extract_casualties_never_raises_and_keeps_invariants(text, start, end):
    cas = numbers.extract_casualties(text, start, end)
    check_count(cas.killed)
    check_count(cas.wounded)
    for span in (cas.killed_span, cas.wounded_span):
        if span is not None:
            assert 0 <= span[0] <= span[1] <= len(text), span


# --------------------------------------------------------------------------- places

@FUZZ
@given(news_like)
@example("KABUL, Afghanistan (AP) -- Gunmen killed 4 in Kandahar province.")
@example("Springfield, Ill. and Georgia's capital Tbilisi")
def test_find_places_never_raises_and_offsets_match(text):
    for m in places.find_places(text, gaz()):
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start:m.end] == m.text, m


# --------------------------------------------------------------------------- sentences

def check_sentences(text: str, max_chars: int) -> None:
    out = sentences.split_sentences(text, max_chars)
    last_end = 0
    for s in out:
        assert 0 <= s.start < s.end <= len(text), s
        assert text[s.start:s.end] == s.text, s
        assert s.start >= last_end, "sentences do not overlap"
        last_end = s.end
    # nothing but white space is dropped between sentences
    kept = "".join("".join(s.text.split()) for s in out)
    assert kept == "".join(text.split())


@FUZZ
@given(news_like)
@example("Gen. Smith said 4 were killed at 10 a.m. Sunday. Police said... \n\nNEW PARAGRAPH")
@example(" ".join(["word"] * 800))  # run-on text over max_chars, cut at spaces
def test_split_sentences_offsets_ordered_and_exact(text):
    check_sentences(text, 1500)


@FUZZ
@given(st.text(alphabet="abc \u4e2d", min_size=1, max_size=80), st.integers(min_value=1, max_value=20))
@example("killed", 1)
@example("x" * 3001, 1500)
def test_split_sentences_cuts_runs_without_spaces(text, max_chars):
    check_sentences(text, max_chars)


# --------------------------------------------------------------------------- readers + validation

def _read_and_validate(path: str, kind: str = "jsonl") -> list[dict]:
    out = []
    for rec in readers.read_input(readers.InputSpec(kind, path), max_line_bytes=2_000, max_decompressed_bytes=20_000):
        assert rec["kind"] in ("raw", "reject"), rec
        if rec["kind"] == "reject":
            assert rec["reason"] and isinstance(rec["detail"], str)
            out.append(rec)
            continue
        v = articles.validate(rec, CFG, TODAY)
        assert v["kind"] in ("article", "reject"), v
        if v["kind"] == "article":
            assert v["text"].strip() and "\x00" not in v["text"]
            assert len(v["text"]) <= CFG.get("limits", "max_article_chars")
            assert dt.date.fromisoformat(v["published"]) <= TODAY + dt.timedelta(days=1)
        out.append(v)
    return out


json_lines = st.lists(
    st.one_of(
        st.binary(max_size=300),
        st.fixed_dictionaries(
            {"id": st.one_of(st.text(max_size=20), st.integers(), st.none()),
             "published": st.one_of(st.dates().map(str), st.text(max_size=25), st.none(), st.integers()),
             "text": st.one_of(news_like, st.none(), st.integers())},
            optional={"language": st.one_of(st.sampled_from(["en", "fr", "EN-us", ""]), st.integers()),
                      "title": st.text(max_size=20)},
        ).map(lambda d: json.dumps(d).encode()),
    ),
    max_size=12,
)


@FUZZ
@given(json_lines, st.booleans())
def test_readers_and_validate_never_raise_on_any_bytes(lines, gz):
    data = b"\n".join(lines)
    fd, path = tempfile.mkstemp(suffix=".jsonl.gz" if gz else ".jsonl")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(gzip.compress(data) if gz else data)
        recs = _read_and_validate(path)
        assert len(recs) <= data.count(b"\n") + 1
    finally:
        os.unlink(path)


@FUZZ
@given(st.binary(max_size=400))
@example(blob=b"\x08\x00\x00\x00\x00\x00\x00\x00\x02\x01")   # a gzip header, then a corrupt deflate stream
def test_readers_never_raise_on_raw_bytes_even_gzip_looking(blob):
    for prefix in (b"", b"\x1f\x8b"):
        fd, path = tempfile.mkstemp(suffix=".jsonl")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(prefix + blob)
            _read_and_validate(path)
        finally:
            os.unlink(path)


@FUZZ
@given(st.lists(st.fixed_dictionaries({
    "id": st.text(max_size=10), "published": st.sampled_from(["2016-03-14", "x"]),
    "file": st.one_of(st.sampled_from(["a.txt", "../a.txt", "/etc/hostname", "/dev/zero", "sub/../a.txt",
                                       "link", ".", "", "a.txt\x00.png"]), st.text(max_size=15), st.integers())}),
    max_size=6), st.binary(max_size=200))
def test_manifest_reader_never_raises_and_never_leaves_its_directory(entries, body):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "a.txt"), "wb") as fh:
            fh.write(body)
        os.symlink("/etc/hostname", os.path.join(d, "link"))
        with open(os.path.join(d, "manifest.jsonl"), "w") as fh:
            for e in entries:
                fh.write(json.dumps(e) + "\n")
        for rec in _read_and_validate(d, "manifest"):
            if rec["kind"] == "article":
                assert rec["text"] == body.decode("utf-8"), "only a.txt can be read"


# --------------------------------------------------------------------------- language

@FUZZ
@given(news_like)
def test_language_detector_never_raises(text):
    ok, why = language.looks_english(text)
    assert isinstance(ok, bool) and why
    en, fo, n = language.scores(text)
    assert 0 <= en <= 1 and 0 <= fo <= 1 and n >= 0
