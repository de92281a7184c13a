"""Pure date normalization: time expressions in news text -> dated windows.

No Beam and no spaCy here; the third-party dependencies are ``dateparser`` (imported
lazily, used for numeric dates such as ``6/12/2014``) and ``python-dateutil`` (Easter, for the
named days such as "Good Friday"). Everything else is compiled regular
expressions plus calendar arithmetic, which is what keeps the module fast (well under
1 ms per typical article) and predictable.

Public API (imported by other modules, keep stable)
---------------------------------------------------
``PRECISIONS``, ``DateWindow``, ``find_time_expressions``, ``dateline_date``,
``publication_window``, ``resolve_event_date``, ``narrated_shift``.

Every expression is resolved against ``anchor``, the article's publication date, into a
``DateWindow``: an inclusive ``[date_start, date_end]`` window, a ``precision`` and a best
single day ``event_date``.

Precisions
----------
``day``          one calendar day ("Sunday", "yesterday", "30 DECEMBER", "late Saturday").
``days``         a span of a few days ("June 10-12", "since Tuesday", "in recent days",
                 "overnight", "over the weekend", "a few days ago", "early June").
``week``         a calendar week (Monday..Sunday) ("last week", "this week", "two weeks ago").
``month``        a calendar month ("in December 2011", "last month", "earlier this month").
``year``         a year or several ("in 2003", "last year", "the 1990s").
``publication``  nothing in the text: the publication day, labelled as a fallback.

How ``event_date`` is chosen inside a window
--------------------------------------------
1. ``day``: that day.
2. ``since X`` spans (window = X .. anchor): X's own best day (the onset).
3. Every other window: the middle day (rounded down) of the part of the window that is not
   after the anchor. So "last week" -> its Thursday, "this week" published on a Friday ->
   Wednesday, "last month" -> the 15th/16th, "in December 2011" -> Dec 16, "in June"
   written on June 10 -> June 5, "in 2003" -> July 2, 2003, "over the weekend" -> Saturday,
   "overnight" -> the day before the anchor. Windows wholly in the future (explicit future
   wording) use their plain middle.
The invariant ``date_start <= event_date <= date_end`` always holds (enforced in one place).

Resolution rules
----------------
* Weekdays refer to the most recent such day on or before the anchor ("Sunday" in a Sunday
  article is that Sunday; "on Friday" in a Sunday article is two days earlier). "last
  Sunday" is the most recent Sunday strictly before the anchor. Clear future wording
  ("next Friday", "will ... on Friday", "scheduled for Friday", "this coming Friday") picks
  the first such day on/after (for "next": strictly after) the anchor. Parts of a day
  ("late Saturday", "early Sunday", "Saturday night") keep that day.
* "today", "this morning", "tonight", "earlier today" -> anchor; "yesterday", "last night"
  -> anchor - 1; "the day before yesterday" -> anchor - 2; "overnight" -> window
  [anchor - 1, anchor], best day anchor - 1 (night-time events reported the next day).
* "N days ago" -> that day; "a week ago" -> days window of +-1 day around anchor - 7;
  "N weeks ago" -> week window around it; "N months/years ago" -> that month/year.
* Past-tense reports never end after the anchor: windows that contain it ("this week",
  "in June" written in June, "in 2017" written in 2017, "over the weekend" on a Saturday)
  are cut at the anchor unless future wording is present.
* Explicit dates without a year take the year that puts them on or before the anchor,
  unless that date falls at most 7 days after the anchor (then it is taken as upcoming), or 120
  days for a scheduled vote or summit, or a day a call or appeal asks for ("called for street
  protests on March 19", told on March 8).
  Two-digit years take the century nearest the anchor ("89" -> 1989) and are accepted only
  within 30 years before .. 1 year after the anchor (so "ON 3 JANUARY 15 PEOPLE" keeps 15
  out of the date).
* Month and weekday names must be capitalized (always true in edited English and in ALL
  CAPS text), which keeps the verbs "may" and "march" out. Years alone need a preposition
  ("in 2003", "since 1980", "during 1989") and must not be followed by a count noun.
  Numbers, percentages, calibres, times ("3:13 p.m."), ages and thousands ("1,700") are
  never dates.

Event date resolution (``resolve_event_date``)
----------------------------------------------
Among the sentence's expressions, those in the trigger's clause (clauses split at ';',
' -- ', dashes and ", and/but/while/..." boundaries) win; the nearest to the trigger wins
inside that set, with a small distance penalty for coarse (month/year) expressions so that
"the rebels, fighting since 1980, attacked the town on Sunday" dates the attack Sunday.
Else the nearest expression anywhere in the sentence, else ``context`` (the date the article
set earlier), else ``publication_window(anchor)``.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass

from dateutil.easter import easter

__all__ = [
    "PRECISIONS",
    "DateWindow",
    "find_time_expressions",
    "dateline_date",
    "names_scheduled_event",
    "publication_window",
    "resolve_event_date",
    "narrated_shift",
]

PRECISIONS = ("day", "days", "week", "month", "year", "publication")

_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class DateWindow:
    date_start: dt.date
    date_end: dt.date  # inclusive
    event_date: dt.date  # best day, always date_start <= event_date <= date_end
    precision: str  # one of PRECISIONS
    text: str  # the expression as written; "" for the publication fallback
    start: int = -1  # char offset of the expression in the text passed in (-1 if none)
    end: int = -1


# ---------------------------------------------------------------------------------------------
# Window construction (the single place where event_date is chosen and invariants enforced)
# ---------------------------------------------------------------------------------------------

def _clamp(d: dt.date, lo: dt.date, hi: dt.date) -> dt.date:
    return lo if d < lo else hi if d > hi else d


def _middle(a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=(b - a).days // 2)


def _window(start: dt.date, end: dt.date, precision: str, anchor: dt.date,
            best: dt.date | None = None) -> tuple[dt.date, dt.date, dt.date, str]:
    if end < start:
        start, end = end, start
    if best is None:
        if precision == "day":
            best = start
        else:
            hi = min(end, anchor) if start <= anchor else end
            best = _middle(start, hi)
    best = _clamp(best, start, end)
    return start, end, best, precision


#: Days in a unit of an interval, and how far either way "two weeks" or "a month" may stretch.
_INTERVAL_DAYS = {"day": (1, 0, "day"), "week": (7, 3, "week"), "month": (30, 10, "month"), "year": (365, 120, "year")}
#: An interval with no count ("days after", "weeks before"): (fewest, most) days.
_UNCOUNTED_DAYS = {"day": (2, 7, "week"), "week": (14, 49, "month"), "month": (60, 330, "year"), "year": (730, 3650, "year")}


def earlier_by(window: DateWindow, unit: str, count: int | None) -> DateWindow:
    """The window of an event told as `count` `unit`s before another one ("came two weeks after a truck
    bomb", "a month after another child died"): `window` is the later event's. `count` None is an
    interval without a number ("days after")."""
    anchor = window.event_date
    if count is None:
        lo, hi, precision = _UNCOUNTED_DAYS[unit]
        start, end = anchor - dt.timedelta(days=hi), anchor - dt.timedelta(days=lo)
        best = None
    else:
        per, slack, precision = _INTERVAL_DAYS[unit]
        best = anchor - dt.timedelta(days=per * count)
        start, end = best - dt.timedelta(days=slack), best + dt.timedelta(days=slack)
    start, end, best, precision = _window(start, end, precision, anchor, best)
    return DateWindow(start, end, best, precision, window.text, window.start, window.end)


def interval_count(words: str) -> int | None:
    """"two" -> 2, "a" -> 1, "10" -> 10; None for anything else."""
    words = words.lower().strip()
    return int(words) if words.isdigit() else _NUMWORDS.get(words)


def publication_window(anchor: dt.date) -> DateWindow:
    """The labelled fallback: the publication day itself."""
    return DateWindow(anchor, anchor, anchor, "publication", "", -1, -1)


# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
_FULL_MONTHS = [m for m in _MONTHS if len(m) > 4 or m in ("may", "june", "july")]
# Capitalized (first letter upper) month names; ALL CAPS included.
_MON = r"(?:%s)" % "|".join(
    "(?:%s%s)" % (m[0].upper(), "".join("[%s%s]" % (c, c.upper()) for c in m[1:]))
    for m in sorted(_MONTHS, key=len, reverse=True)
)
_MON_FULL = r"(?:%s)" % "|".join(
    "(?:%s%s)" % (m[0].upper(), "".join("[%s%s]" % (c, c.upper()) for c in m[1:]))
    for m in sorted(_FULL_MONTHS, key=len, reverse=True)
)
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
_WD = r"(?:%s)" % "|".join(
    "(?:%s%s)" % (w[0].upper(), "".join("[%s%s]" % (c, c.upper()) for c in w[1:]))
    for w in _WEEKDAYS
)
_NUMWORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a few": 3, "several": 4, "some": 3, "few": 3, "couple of": 2,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_NUM = (r"(?:\d{1,3}|a couple of|couple of|a few|several|an|a|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)")
_DNUM = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|ST|ND|RD|TH)?"
_NOT_NUMBER_AFTER = r"(?![\d:])(?!\.\d)(?!,\d{3})(?!\s*%)(?!\s*(?:percent|per cent|mm|cm|km|kg|a\.m|p\.m|am\b|pm\b|hours|GMT))"
_FUTURE_RE = re.compile(
    r"\b(?:will|shall|won't|wo n't|going to|scheduled|slated|planned|plans to|plan to|"
    r"expected to|set to|due to|is to|are to|to be held|upcoming|tomorrow)\b|'ll\b",
    re.I)
#: A date used as the name of a scheduled event ("the 8 April elections", "the June 5 vote").
_PLANNED_NOUN_AFTER = re.compile(
    r"(?i)\s+(?:general\s+|presidential\s+|parliamentary\s+|municipal\s+|local\s+)?(?:elections?|votes?|vote|polls?|"
    r"referendum|ballot|runoffs?|run-offs?|inauguration|summit|deadline|talks)\b")
_COUNT_NOUN = re.compile(
    r"\s*(?:(?!(?:that|which|who|and|or|were|was|had|have|has|is|are|when|as|after|before|where|while)\b)"
    r"[A-Za-z][A-Za-z-]*\s+)?(?:people|persons|men|women|children|troops|soldiers|civilians|"
    r"residents|fighters|rebels|guerrillas|police|policemen|officers|members|families|homes|houses|"
    r"dead|deaths|killed|wounded|injured|victims|militants|students|workers|refugees|prisoners|"
    r"hostages|casualties|rounds|shots|cars|vehicles|buildings|km|miles|kilometers|meters|"
    r"dollars|pesos|votes)\b", re.I)  # "1,500 troops", not "the February 1994 shelling of the market"
_HOLIDAY_BEFORE = re.compile(  # whole words: "a car wash Monday" is no Ash Monday
    r"\b(?:Good|Black|Super|Bloody|Ash|Palm|Easter|Holy|Cyber|Maundy|Shrove|Whit|Low|Trinity|"
    r"Blue|Manic|Casual|Fat)\s+$", re.I)


def _cap_ok(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _month_num(tok: str) -> int:
    return _MONTHS[tok.lower().rstrip(".")]


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _months_from(d: dt.date, k: int) -> dt.date:
    """The same day k months away (a day past the month's end becomes its last: 31 March -> 28 Feb)."""
    y, mo = _add_months(d.year, d.month, k)
    return dt.date(y, mo, min(d.day, _month_end(y, mo).day))


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _numval(tok: str) -> int:
    tok = tok.lower().strip()
    if tok.isdigit():
        return int(tok)
    return _NUMWORDS.get(tok, 1)


def _two_digit_year(yy: int, anchor: dt.date) -> int | None:
    cands = [1900 + yy, 2000 + yy, 1800 + yy]
    y = min(cands, key=lambda c: (abs(c - anchor.year), c))
    if anchor.year - 30 <= y <= anchor.year + 1:
        return y
    return None


def _year_ok(y: int, anchor: dt.date) -> bool:
    return 1800 <= y <= anchor.year + 10


def _infer_year(m: int, d: int, anchor: dt.date, grace: int = 7) -> dt.date:
    """Year for a month/day without year: on/before anchor unless <= grace days after it."""
    for y in (anchor.year + 1, anchor.year, anchor.year - 1, anchor.year - 2):
        try:
            c = dt.date(y, m, d)
        except ValueError:
            continue
        if c <= anchor + dt.timedelta(days=grace):
            return c
    raise ValueError("no valid year")


def _infer_month_year(m: int, anchor: dt.date, mode: str = "past") -> int:
    """Year of a month named without year: the most recent such month on/before the anchor
    ("last": strictly before the anchor's month; "next"/"future": on/after)."""
    if mode == "last":
        return anchor.year if m < anchor.month else anchor.year - 1
    if mode == "next":
        return anchor.year if m > anchor.month else anchor.year + 1
    if mode == "future":
        return anchor.year if m >= anchor.month else anchor.year + 1
    return anchor.year if m <= anchor.month else anchor.year - 1


def _weekday_date(wd: int, anchor: dt.date, mode: str) -> dt.date:
    """mode: past (on/before), strict_past (before), future (on/after), next (after)."""
    back = (anchor.weekday() - wd) % 7
    fwd = (wd - anchor.weekday()) % 7
    if mode == "past":
        return anchor - dt.timedelta(days=back)
    if mode == "strict_past":
        return anchor - dt.timedelta(days=back or 7)
    if mode == "future":
        return anchor + dt.timedelta(days=fwd)
    return anchor + dt.timedelta(days=fwd or 7)


def _clause_prefix(text: str, pos: int) -> str:
    lo = max(0, pos - 90)
    seg = text[lo:pos]
    cut = max(seg.rfind("."), seg.rfind(";"), seg.rfind("!"), seg.rfind("?"), seg.rfind("\n"))
    return seg[cut + 1:] if cut >= 0 else seg


def _future_context(text: str, pos: int) -> bool:
    return bool(_FUTURE_RE.search(_clause_prefix(text, pos)))


# ---------------------------------------------------------------------------------------------
# Patterns. Each rule: (compiled regex, handler, priority). Handlers return None (no hit) or
# (start, end, best, precision[, span_end_override]). Matches are then chosen greedily:
# longest first, then priority, never overlapping.
# ---------------------------------------------------------------------------------------------

_RULES: list[tuple[re.Pattern, object, int, tuple[str, ...], bool]] = []
_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _rule(pattern: str, prio: int = 0, flags: int = 0, keys: tuple[str, ...] = (), digit: bool = False):
    """Register a rule. It only runs on texts that contain one of `keys` (lower-cased
    substrings; empty = always) and, if `digit`, a digit: a cheap pre-filter."""
    rx = re.compile(pattern, flags)

    def deco(fn):
        _RULES.append((rx, fn, prio, keys, digit))
        return fn
    return deco


_WD_PREFIX = r"(?:(?P<wd>" + _WD + r")(?:'s)?,?\s+(?:the\s+)?)?"
_YEAR_TAIL = r"(?:,?\s+(?P<y>(?:1[89]|20)\d\d|'\d\d)(?!\d|,\d|\.\d))?"
#: A year after day and month. A colon after a two-digit "year" makes it a time ("5 May 19:30");
#: after four digits it ends a list entry's date ("30 November 2016: Separatists kill four soldiers").
_YEAR_TAIL_DM = r"(?:,?\s+(?P<y>(?:1[89]|20)\d\d(?!\d|,\d|\.\d|\s*%)|(?:\d\d|'\d\d)(?!\d|,\d|:|\.\d|\s*%)))?"


def _resolve_year(m: re.Match, anchor: dt.date):
    """(year or None, end offset of the year part if accepted, else end before it)."""
    y = m.group("y")
    if not y:
        return None, m.end()
    v = int(y.lstrip("'"))
    if len(y.lstrip("'")) == 2:
        yr = _two_digit_year(v, anchor)
    else:
        yr = v if _year_ok(v, anchor) else None
    if yr is None:
        return None, _trim_end(m)
    return yr, m.end()


def _trim_end(m: re.Match) -> int:
    # end of the match without the rejected year (and the separator before it)
    s = m.string[m.start():m.start("y")]
    return m.start() + len(s.rstrip(" ,\t\n'"))


def _explicit_day(m: re.Match, anchor: dt.date, mon: str, day: int):
    if not _cap_ok(mon):
        return None
    if mon.lower() == "may" and not (mon == "MAY" or mon == "May"):
        return None
    month = _month_num(mon)
    if not 1 <= day <= 31:
        return None
    yr, end = _resolve_year(m, anchor)
    if yr is not None:
        d = dt.date(yr, month, day)
    else:
        # "to boycott the 8 April elections" (told on 27 March): a coming vote, not last year's April
        # ("the elections scheduled for April 5", told on 7 March: this year's, to come)
        planned = _PLANNED_NOUN_AFTER.match(m.string, m.end()) or _scheduled_for(m.string, m.start())
        planned = planned or _called_for(m.string, m.start())
        d = _infer_year(month, day, anchor, grace=120 if planned else 7)
    wd = m.groupdict().get("wd")
    start = m.start()
    if wd and _WEEKDAYS[wd.lower()] != d.weekday():
        start = m.start("wd") + len(wd)  # weekday disagrees: keep the explicit date only
        rest = m.string[start:m.end()]
        start += len(rest) - len(rest.lstrip(" ,'s"))
    pre = m.string[max(0, start - 6):start]
    if pre.lower() == "since " and d <= anchor and not _point_of_since(m.string, end):
        return start - 6, end, d, anchor, "days", d
    return start, end, d, d, "day"


# "between June 10 and 12", "June 10-12", "from June 10 to June 12, 2014"
@_rule(r"(?<![\w])(?P<pre>(?i:between|from)\s+)?" + _WD_PREFIX + r"(?P<mon>" + _MON + r")\.?\s+"
       r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th|ST|ND|RD|TH)?\s*(?P<conn>-|–|(?i:to|and|through|until|till))\s*"
       r"(?:(?P<mon2>" + _MON + r")\.?\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"
       + _YEAR_TAIL, prio=5, keys=_MONTH_KEYS, digit=True)
def _r_range_md(m, anchor):
    return _range(m, anchor)


# "between 10 and 12 June", "10-12 JUNE 1989", "between 20 January and 7 May"
@_rule(r"(?<![\w.,:])(?P<pre>(?i:between|from)\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
       r"(?:\s+(?:of\s+)?(?P<mon1>" + _MON + r")\b\.?)?\s*"
       r"(?P<conn>-|–|(?i:to|and|through|until|till))\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
       r"(?P<mon>" + _MON + r")\b\.?" + _YEAR_TAIL_DM, prio=5, keys=_MONTH_KEYS, digit=True)
def _r_range_dm(m, anchor):
    if m.group("mon1") and not m.group("pre"):
        return None       # "on 3 June and 17 July": two days told
    return _range(m, anchor, m.group("mon1"), m.group("mon"))


def _range(m, anchor, first: str | None = None, second: str | None = None):
    """A span of days; its months as written: `first` and `second`, else the groups "mon" and "mon2"."""
    mon = first or m.group("mon")
    mon2 = second if first else m.groupdict().get("mon2")
    for name in (mon, mon2):
        if name and (not _cap_ok(name) or name.lower() == "may" and name not in ("May", "MAY")):
            return None
    conn = m.group("conn").lower()
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    mon2_same = not mon2 or _month_num(mon2) == _month_num(mon)
    if conn == "and" and not m.group("pre") and not (d2 == d1 + 1 and mon2_same):
        return None       # "on June 3 and 17": two days told; "ON 7 AND 8 JANUARY", "on April 10 and April 11": a span
    m1 = _month_num(mon)
    m2 = _month_num(mon2) if mon2 else m1
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31) or (m2 == m1 and d2 <= d1):
        return None
    yr, end = _resolve_year(m, anchor)
    if yr is not None:
        a = dt.date(yr, m1, d1)
        b = dt.date(yr if m2 >= m1 else yr + 1, m2, d2)
        if b < a:
            return None
    else:
        b = _infer_year(m2, d2, anchor)
        a = dt.date(b.year if m1 <= m2 else b.year - 1, m1, d1)
    if (b - a).days > 62:
        # "between Jan. 1 and June 30": a reporting period (so the figures told over it are a tally)
        return m.start(), end, a, b, "month" if (b - a).days <= 366 else "year"
    return m.start(), end, a, b, "days"


# "Sunday, June 12, 2014", "June 12", "Jun. 12th", "JUNE 12, 1989"
@_rule(r"(?<![\w])" + _WD_PREFIX + r"(?P<mon>" + _MON + r")\.?\s+" + _DNUM + r"(?!\d|:\d)"
       r"(?!\.\d)(?!,\d{3})(?!\s*(?:%|percent|per cent|mm\b|cm\b|km\b|kg\b|a\.m|p\.m|am\b|pm\b|hours\b|GMT))"
       + _YEAR_TAIL, prio=4, keys=_MONTH_KEYS, digit=True)
def _r_mdy(m, anchor):
    if not m.group("wd") and re.search(r"\d(?:st|nd|rd|th|ST|ND|RD|TH)?\s+(?:of\s+)?$",
                                       m.string[max(0, m.start() - 8):m.start()]):
        return None
    return _explicit_day(m, anchor, m.group("mon"), int(m.group("d")))


# "12 June 2014", "3 JAN 89", "30 DECEMBER", "the 12th of June"
@_rule(r"(?<![\w.,:/$#-])" + _WD_PREFIX + _DNUM + r"\s+(?:of\s+)?(?P<mon>" + _MON + r")\b\.?"
       + _YEAR_TAIL_DM, prio=4, keys=_MONTH_KEYS, digit=True)
def _r_dmy(m, anchor):
    return _explicit_day(m, anchor, m.group("mon"), int(m.group("d")))


# "29-Mar-2011", "3-JAN-89" (database and log style)
@_rule(r"(?<![\w.,:/$#-])(?P<d>[0-3]?\d)-(?P<mon>" + _MON + r")-(?P<y>(?:1[89]|20)\d\d|\d\d)(?![\w-])",
       prio=4, flags=re.I, keys=_MONTH_KEYS, digit=True)
def _r_d_mon_y(m, anchor):
    return _explicit_day(m, anchor, m.group("mon"), int(m.group("d")))


@functools.lru_cache(maxsize=4096)
def _dateparser_day(span: str, anchor: dt.date, order: str) -> dt.date | None:
    try:
        import dateparser  # lazy: only numeric dates need it
    except Exception:  # pragma: no cover - dependency missing
        return None
    try:
        res = dateparser.parse(
            span, languages=["en"],
            settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                      "RELATIVE_BASE": dt.datetime(anchor.year, anchor.month, anchor.day),
                      "DATE_ORDER": order, "STRICT_PARSING": True})
    except Exception:
        return None
    return res.date() if res else None


# "6/12/2014", "06/12/14", "2014-06-12", "12.06.2014"
@_rule(r"(?<![\w./:-])(?:(?P<iso>(?:19|20)\d\d-[01]?\d-[0-3]?\d)|(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)"
       r"(?P<yy>(?:19|20)\d\d|\d\d))(?![\w/:-]|\.\d)", prio=4, keys=("/", "-", "."), digit=True)
def _r_numeric(m, anchor):
    span = m.group(0)
    if m.group("iso"):
        y, mo, d = (int(x) for x in span.split("-"))
        day = dt.date(y, mo, d)
    else:
        a, b = int(m.group("a")), int(m.group("b"))
        yy = m.group("yy")
        if m.group("sep") == "." and len(yy) == 2:
            return None  # "1.2.12" is more often a version/score than a date
        if len(yy) == 2:
            y = _two_digit_year(int(yy), anchor)
            if y is None:
                return None
            span = "%d%s%d%s%d" % (a, m.group("sep"), b, m.group("sep"), y)
        order = "DMY" if (a > 12 or m.group("sep") == ".") else "MDY"
        day = _dateparser_day(span, anchor, order)
        if day is None:
            mo, d = (b, a) if order == "DMY" else (a, b)
            day = dt.date(int(span.rsplit(m.group("sep"), 1)[1]), mo, d)
        if order == "MDY" and b <= 12 and day > anchor + _DAY:
            # "12/06/2014" in a story of 15 June 2014 is 12 June (day first, as most of the world
            # writes it), not 6 December, which has not happened yet
            swapped = dt.date(day.year, b, a)
            if swapped <= anchor + _DAY:
                day = swapped
    if not _year_ok(day.year, anchor):
        return None
    return m.start(), m.end(), day, day, "day"


_NTH_NOUN = re.compile(
    r"(?i)\s+(?:[a-z]+\s+)?(?:floor|day|days|anniversary|time|round|century|street|st\b|avenue|ave\b|"
    r"precinct|division|battalion|brigade|regiment|district|ward|grade|place|quarter|attempt|"
    r"consecutive|straight|year|week|month|of|inning|minute|hole|lap|stage|amendment|army|corps)\b")


# "on the 12th" (day of the current or previous month)
@_rule(r"(?i)\b(?P<on>on\s+|since\s+)?the\s+(?P<d>[0-3]?\d)(?P<suf>st|nd|rd|th|d)\b",
       prio=2, keys=("the",), digit=True)
def _r_the_nth(m, anchor):
    if m.group("suf").lower() == "d" and m.group("d")[-1] not in "23":
        return None      # the old style's "2d", "3d", "22d", "23d" only
    rest = m.string[m.end():m.end() + 30]
    if not re.match(r"(?i)\s*(?:[,.;)]|$|and\b|of\s+this\s+month|at\b|when\b)", rest):
        if not m.group("on") or _NTH_NOUN.match(rest):
            return None
    d = int(m.group("d"))
    if not 1 <= d <= 31:
        return None
    y, mo = anchor.year, anchor.month
    for _ in range(3):
        try:
            c = dt.date(y, mo, d)
            if c <= anchor:
                break
        except ValueError:
            pass
        y, mo = _add_months(y, mo, -1)
    else:
        return None
    if m.group("on") and m.group("on").lower().startswith("since") and not _point_of_since(m.string, m.end()):
        return m.start(), m.end(), c, anchor, "days", c
    return m.start(), m.end(), c, c, "day"


# "December 2011", "in early June 1989", "mid-January 2014"
@_rule(r"(?<![\w])(?:(?P<part>early|mid|late|the end of|the beginning of|the start of|the middle of)[\s-]+)?"
       r"(?P<mon>" + _MON_FULL + r"|Sept?\.?|SEPT?\.?|(?:Jan|Feb|Mar|Apr|Aug|Oct|Nov|Dec|JAN|FEB|MAR|APR|AUG|OCT|NOV|DEC)\.)"
       r"(?:\s+of)?,?\s+(?P<y>(?:1[89]|20)\d\d)(?!\d|,\d|\.\d)", prio=3,
       flags=re.I, keys=_MONTH_KEYS, digit=True)
def _r_month_year(m, anchor):
    mon = m.group("mon")
    if not _cap_ok(mon):
        return None
    y = int(m.group("y"))
    if not _year_ok(y, anchor) or _is_count(m.string, m.end()):
        return None
    return _month_window(m, anchor, y, _month_num(mon), m.group("part"))


_SINCE_WHEN = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)


def _point_of_since(text: str, end: int) -> bool:
    """"the deadliest since February, when a truck bomb killed 130": the clause tells what happened
    then, so the date is that point, not the span from it to the report."""
    return _SINCE_WHEN.match(text, end) is not None


_CLOCK_RANGE = re.compile(r"(?i)\s*(?:to|-|until|till)\s*([0-2]\d[0-5]\d)\b")


def _is_count(s: str, pos: int) -> bool:
    return bool(_COUNT_NOUN.match(s, pos))


def _month_window(m, anchor, y, mo, part):
    a, b = dt.date(y, mo, 1), _month_end(y, mo)
    prec = "month"
    if part:
        p = part.lower()
        if p in ("early", "the beginning of", "the start of"):
            b, prec = dt.date(y, mo, 10), "days"
        elif p in ("mid", "the middle of"):
            a, b, prec = dt.date(y, mo, 11), dt.date(y, mo, 20), "days"
        else:
            a, prec = dt.date(y, mo, 21), "days"
    return m.start(), m.end(), a, b, prec


# "in December", "since March", "last June", "early September"
@_rule(r"(?<![\w])(?P<prep>(?:[Tt]hrough|THROUGH|[Uu]ntil|UNTIL|[Bb]y|BY)\s+(?:the end of|THE END OF)|"
       r"[Ii]n|IN|[Ss]ince|SINCE|[Dd]uring|DURING|[Uu]ntil|UNTIL|[Bb]y|BY|[Ee]arly|EARLY|[Mm]id|MID|"
       r"[Ll]ate|LATE|[Ll]ast|LAST|[Tt]his|THIS|[Nn]ext|NEXT|[Ff]rom|FROM|[Tt]hrough|THROUGH|[Bb]efore|BEFORE|"
       r"[Aa]fter|AFTER|[Oo]f|OF|[Tt]he end of|THE END OF|[Tt]he beginning of|THE BEGINNING OF)[\s-]+"
       r"(?:(?P<part>early|mid|late|EARLY|MID|LATE)[\s-]+)?(?P<mon>" + _MON_FULL + r")\b(?!\s*\d)(?!\.\d)"
       r"(?!,\s*(?:(?:1[89]|20)\d\d|\d{1,2}(?:st|nd|rd|th))\b)", prio=2, keys=_MONTH_KEYS)  # "In September, 10 people"
def _r_month_alone(m, anchor):
    mon = m.group("mon")
    if not _cap_ok(mon) or (mon.lower() == "may" and mon not in ("May", "MAY")):
        return None
    prep = m.group("prep").lower()
    if prep == "may":
        return None
    if prep.endswith(" the end of"):
        prep = prep.split()[0]   # "through the end of June, 316 had been killed": the month is counted to its end
    mode = "past"
    if prep == "last":
        mode = "last"
    elif prep == "next" or (prep in ("this", "by", "until") and _future_context(m.string, m.start())):
        mode = "next" if prep == "next" else "future"
    elif _future_context(m.string, m.start()):
        mode = "future"
    mo = _month_num(mon)
    y = _infer_month_year(mo, anchor, mode)
    part = m.group("part")
    if part is None and prep in ("early", "mid", "late", "the end of", "the beginning of"):
        part = prep
    s, e, a, b, prec = _month_window(m, anchor, y, mo, part)
    if mode in ("past", "last") and a <= anchor < b:
        b = anchor  # past-tense report: nothing after the publication day
    if prep == "since" and not _point_of_since(m.string, e):
        b = max(anchor, a)
        return s, e, a, b, prec if prec == "days" else "month" if (b - a).days <= 31 else "year", a
    return s, e, a, b, prec


#: Words after "the <Month>" that make it a name or a month used otherwise, not the time of a noun
#: ("the March for Our Lives", "the June of 1991", "the August of his life").
_NOT_A_NOUN_AFTER_MONTH = (r"(?:for|of|to|on|in|and|or|the|a|an|at|by|with|from|that|which|who|is|was|were|has|"
                           r"had|will|would|issue|edition|number|sun|heat|rains?|elections?|polls?|vote|deadline|"
                           r"session|meeting|summit|talks|visit|trip|festival|fair|holidays?|day|days)\b")


# "the February shooting", "THE NOVEMBER MASSACRE": the month a noun happened in
@_rule(r"(?<![\w])(?:[Tt]he|THE)\s+(?:(?P<part>early|mid|late|EARLY|MID|LATE)[\s-]+)?(?P<mon>" + _MON_FULL + r")"
       r"(?=\s+(?!(?i:" + _NOT_A_NOUN_AFTER_MONTH + r"))[A-Za-z])", prio=2, keys=_MONTH_KEYS)
def _r_the_month_noun(m, anchor):
    mon = m.group("mon")
    if not _cap_ok(mon) or mon.lower() in ("may", "march"):
        return None  # "the may", "the March rally": a verb or the word itself, too often
    mo = _month_num(mon)
    y = _infer_month_year(mo, anchor, "past")
    s, e, a, b, prec = _month_window(m, anchor, y, mo, m.group("part"))
    # the expression starts at the month (or its part), after "the"
    return m.start("part") if m.group("part") else m.start("mon"), e, a, min(b, max(a, anchor)), prec


_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def _season_window(season: str, y: int) -> tuple[dt.date, dt.date]:
    """Meteorological seasons of the northern hemisphere; a winter is named by the year it ends in."""
    first, last = _SEASON_MONTHS[season]
    if season == "winter":
        return dt.date(y - 1, 12, 1), _month_end(y, 2)
    return dt.date(y, first, 1), _month_end(y, last)


# "last summer", "this spring", "in the summer of 1994", "during the winter", "in autumn 2003"
# ("the fall" only with "last"/"this" or a year: "since the fall of Kabul" is no season)
@_rule(r"(?i)(?<![\w])(?P<prep>last|this|past|in|during|through|since|over)\s+(?:the\s+)?"
       r"(?:(?P<part>early|late|mid)[\s-]+)?(?P<season>spring|summer|autumn|fall|winter)\b"
       r"(?:,?\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d\d)(?!\d))?", prio=2,
       keys=("spring", "summer", "autumn", "fall", "winter"))
def _r_season(m, anchor):
    season, prep = m.group("season").lower(), m.group("prep").lower()
    if season == "fall" and not m.group("y") and prep not in ("last", "this"):
        return None
    part = (m.group("part") or "").lower()

    def window(y: int) -> tuple[dt.date, dt.date]:
        a, b = _season_window(season, y)
        if part == "early":
            return a, _month_end(a.year, a.month)
        if part == "late":
            return dt.date(b.year, b.month, 1), b
        if part == "mid":
            y2, m2 = _add_months(a.year, a.month, 1)
            return dt.date(y2, m2, 1), _month_end(y2, m2)
        return a, b
    if m.group("y"):
        a, b = window(int(m.group("y")))
    else:
        y = anchor.year + (1 if season == "winter" and anchor.month == 12 else 0)
        a, b = window(y)
        if prep in ("last", "past") and b >= anchor or prep not in ("this", "last", "past") and a > anchor:
            a, b = window(y - 1)  # the last one over, or the latest begun
        if a > anchor:
            return None
    b = min(b, max(a, anchor))
    if prep == "since":
        return m.start(), m.end(), a, max(anchor, a), "year", a
    return m.start(), m.end(), a, b, "month" if (b - a).days <= 31 else "year"


# "in 2003", "since 1980", "during 1989", "in early 2010"
@_rule(r"(?<![\w])(?P<prep>in|since|during|until|till|through|by|of|from|before|after|early|late|mid|around|circa|the year)"
       r"[\s-]+(?:the\s+year\s+)?(?:(?P<part>early|late|mid)[\s-]+)?(?P<y>(?:1[89]|20)\d\d)"
       r"(?!\d|,\d|\.\d|\s*%|s\b|'s\b|-(?:\d|year|old|member|strong|page))", prio=1, flags=re.I, digit=True)
def _r_year(m, anchor):
    y = int(m.group("y"))
    if not _year_ok(y, anchor) or _is_count(m.string, m.end()):
        return None
    clock = _CLOCK_RANGE.match(m.string, m.end())
    if clock and (clock.group(1).startswith("0") or int(clock.group(1)) < y):
        return None       # "A CURFEW FROM 1900 TO 0600": hours, not years
    a, b = dt.date(y, 1, 1), dt.date(y, 12, 31)
    part = (m.group("part") or (m.group("prep") if m.group("prep").lower() in ("early", "late", "mid") else "")).lower()
    if part == "early":
        b = dt.date(y, 4, 30)
    elif part == "late":
        a = dt.date(y, 9, 1)
    elif part == "mid":
        a, b = dt.date(y, 5, 1), dt.date(y, 8, 31)
    if m.group("prep").lower() == "since" and not _point_of_since(m.string, m.end()):
        return m.start(), m.end(), a, max(a, anchor), "year", a
    if a <= anchor < b and not _future_context(m.string, m.start()):
        b = anchor  # past-tense report: nothing after the publication day
    return m.start(), m.end(), a, b, "year"


# "between 1973 and 1990", "from 1980 to 1985", "1992-1995": a span of years (an era when long)
@_rule(r"(?<![\w/-])(?:(?P<pre>between|from|BETWEEN|FROM|Between|From)\s+)?(?P<y1>(?:1[89]|20)\d\d)\s*"
       r"(?:(?P<join>and|to|until|till|through|AND|TO|UNTIL|TILL|THROUGH)\s+|[-\u2013]\s*)(?P<y2>(?:1[89]|20)\d\d)"
       r"(?![\w/-])", prio=2, digit=True)
def _r_year_range(m, anchor):
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    join = (m.group("join") or "-").lower()
    if join == "and" and not m.group("pre") or not y1 < y2 or not (_year_ok(y1, anchor) and _year_ok(y2, anchor)):
        return None       # "in 1990 and 1991" are two years told, not a span
    if m.group("pre") and m.group("pre").lower() == "between" and join != "and":
        return None
    b = min(dt.date(y2, 12, 31), max(anchor, dt.date(y2, 1, 1)))
    return m.start(), m.end(), dt.date(y1, 1, 1), b, "year"


#: Event nouns a year may name: "the 1982 massacre", "the 2009 killing of a clerk".
_YEAR_EVENT_NOUNS = (r"massacres?|killings?|attacks?|bombings?|shootings?|murders?|coup|war|uprising|invasion|"
                     r"robber(?:y|ies)|carjackings?|home\s+invasions?|stabbings?|homicides?|deaths?|"
                     r"riots?|assassinations?|earthquake|hijacking|kidnappings?|siege|offensive|genocide|slayings?|"
                     r"rampage|ambush|raid|strike|airstrike|blast|explosion|fire|revolution|intifada|occupation")


# "the 1982 massacre", "its 2014 offensive", "the May 2022 shooting" (the month form: _r_month_year)
@_rule(r"(?i)\b(?:the|its|their|his|her|a)\s+(?P<y>(?:1[89]|20)\d\d)\s+(?=(?:[a-z\-]+\s+){0,2}?(?:"
       + _YEAR_EVENT_NOUNS + r")\b)", prio=1, digit=True)
def _r_year_of_event(m, anchor):
    y = int(m.group("y"))
    if not _year_ok(y, anchor):
        return None
    end = m.start("y") + 4
    return m.start("y"), end, dt.date(y, 1, 1), min(dt.date(y, 12, 31), max(anchor, dt.date(y, 1, 1))), "year"


# "the 1990s", "the early 1980s"
@_rule(r"(?i)\bthe\s+(?:(?P<part>early|mid|late)[\s-]+)?(?P<y>(?:1[89]|20)\d0)'?s\b", prio=1, keys=("0s", "0's"), digit=True)
def _r_decade(m, anchor):
    y = int(m.group("y"))
    if not _year_ok(y, anchor):
        return None
    a, b = dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    p = (m.group("part") or "").lower()
    if p == "early":
        b = dt.date(y + 3, 12, 31)
    elif p == "late":
        a = dt.date(y + 6, 1, 1)
    elif p == "mid":
        a, b = dt.date(y + 3, 1, 1), dt.date(y + 6, 12, 31)
    return m.start(), m.end(), a, b, "year"


# "between Friday and Sunday", "from Monday to Wednesday"
# ("between Tuesday afternoon and early Wednesday": parts of the day widen nothing, the days are the window)
@_rule(r"(?<![\w])(?:[Bb]etween|BETWEEN|[Ff]rom|FROM)\s+(?:(?i:early|late)\s+)?(?P<w1>" + _WD + r")"
       r"(?:\s+(?i:night|morning|afternoon|evening))?\s+(?:and|to|through|until|AND|TO|THROUGH|UNTIL)\s+"
       r"(?:(?i:early|late)\s+)?(?P<w2>" + _WD + r")(?:\s+(?i:night|morning|afternoon|evening))?\b",
       prio=5, keys=("between", "from"))
def _r_wd_range(m, anchor):
    w1, w2 = _WEEKDAYS[m.group("w1").lower()], _WEEKDAYS[m.group("w2").lower()]
    fut = _future_context(m.string, m.start())
    b = _weekday_date(w2, anchor, "future" if fut else "past")
    a = b - dt.timedelta(days=(w2 - w1) % 7)
    if fut and a < anchor:
        a, b = a + dt.timedelta(days=7), b + dt.timedelta(days=7)
        if _weekday_date(w1, anchor, "future") <= b - dt.timedelta(days=7):
            a, b = a - dt.timedelta(days=7), b - dt.timedelta(days=7)
    return m.start(), m.end(), a, b, "days"


# "on Friday and Saturday", "late Monday and early Tuesday": two days in a row are one window
@_rule(r"(?<![\w])(?:(?i:on|late|early)\s+)?(?P<w1>" + _WD + r")(?:\s+(?i:night|morning|afternoon|evening))?"
       r"\s+(?:and|AND|or|OR)\s+(?:(?i:early|late)\s+)?(?P<w2>" + _WD + r")(?:\s+(?i:night|morning|afternoon|evening))?\b",
       prio=5, keys=("day",))
def _r_wd_pair(m, anchor):
    w1, w2 = _WEEKDAYS[m.group("w1").lower()], _WEEKDAYS[m.group("w2").lower()]
    if (w2 - w1) % 7 != 1 or _future_context(m.string, m.start()):
        return None       # "on Mondays and Thursdays", "Tuesday and Friday" apart: two days, not one window
    b = _weekday_date(w2, anchor, "past")
    return m.start(), m.end(), b - _DAY, b, "days"


_WD_MODS = r"(?:last|this past|this coming|past|this|next|coming|on|since|early|late|earlier|later|by|before|until)"


#: ("a Monday night shooting" is that Monday's)
_ANY_WEEKDAY_BEFORE = re.compile(r"(?i)(?:\b(?:a|an)\s+(?:busy|quiet|typical|normal|recent|certain|rainy|sunny|"
                                 r"cold|hot|warm|ordinary|regular)\s+|\b(?:every|each|any)\s+)$")
#: A past perfect ("had collected", "had reached"): "by Monday" is a day gone by.
_PAST_PERFECT = re.compile(r"(?i)\bhad\b")


# "Sunday", "on Friday", "last Sunday", "late Saturday", "Saturday night", "since Tuesday"
@_rule(r"(?<![\w])(?:(?P<mod>(?i:" + _WD_MODS + r"))\s+)?(?:(?P<mod2>(?i:early|late|on|overnight))\s+)?(?P<wd>" + _WD + r")"
       r"(?P<poss>'s)?(?:\s+(?P<part>(?i:morning|afternoon|evening|night|overnight|nite)))?(?![\w])", prio=3, keys=("day",))
def _r_weekday(m, anchor):
    wdtok = m.group("wd")
    if _HOLIDAY_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]):
        return None
    if not m.group("mod") and _ANY_WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return None       # "on a busy Tuesday evening", "every Friday": no day in particular
    # "Friday prayers" etc. are still that Friday; "Sunday Times" / "Saturday Night Live" are not dates
    tail = m.string[m.end():m.end() + 12]
    if re.match(r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Live|Night Live|School|Mail)\b", tail) \
            or (m.group("part") or "").lower() == "night" and re.match(r"\s+Live\b", tail):
        return None
    wd = _WEEKDAYS[wdtok.lower()]
    mod = (m.group("mod") or "").lower()
    part = (m.group("part") or "").lower()
    if mod in ("next", "this coming", "coming"):
        d = _weekday_date(wd, anchor, "next" if mod == "next" else "future")
    elif mod in ("last", "this past", "past"):
        d = _weekday_date(wd, anchor, "strict_past")
        if mod == "last" and d == anchor - _DAY:
            d -= 7 * _DAY  # "last Friday" written on a Saturday is a week ago Friday: yesterday is "Friday"
    elif mod in ("by", "before", "until") and _PAST_PERFECT.search(m.string, max(0, m.start() - 120), m.end() + 120) \
            and not _future_context(m.string, m.start()):
        d = _weekday_date(wd, anchor, "past")   # "they had collected 100 bodies by Wednesday": a past deadline
    elif mod in ("by", "before", "until") or _future_context(m.string, m.start()):
        d = _weekday_date(wd, anchor, "future")
    else:
        d = _weekday_date(wd, anchor, "past")
    if mod == "since" and not _point_of_since(m.string, m.end()):
        return m.start(), m.end(), d, max(d, anchor), "days", d
    if part == "overnight" or (m.group("mod2") or "").lower() == "overnight":
        return m.start(), m.end(), d, d + _DAY if d < anchor else d, "days", d
    return m.start(), m.end(), d, d, "day"


# relative days: "today", "yesterday afternoon", "last night", "early this morning", "overnight"
@_rule(r"(?i)(?<![\w])(?:(?:early|late|earlier|later)\s+)?(?P<w>the\s+day\s+before\s+yesterday|yesterday|today|tonight|"
       r"this\s+(?:morning|afternoon|evening)|last\s+(?:night|evening)|overnight|the\s+previous\s+night)"
       r"(?:\s+(?P<part>morning|afternoon|evening|night))?(?:'s)?(?![\w])", prio=3, keys=("today", "yesterday", "tonight", "morning", "afternoon", "evening", "night"))
def _r_relday(m, anchor):
    w = re.sub(r"\s+", " ", m.group("w").lower())
    if w == "today" and re.search(r"(?:USA|U\.S\.A\.|NBC's|the)\s+$", m.string[max(0, m.start() - 8):m.start()]) \
            and m.group(0)[0].isupper():
        return None  # "USA Today", "the Today show": names, not dates
    if w == "the day before yesterday":
        d = anchor - 2 * _DAY
    elif w in ("yesterday", "last night", "last evening", "the previous night"):
        d = anchor - _DAY
    elif w == "overnight":
        if re.match(r"\s+(?:on|to)\b|\s+" + _WD + r"\b|\s+(?:stay|stays|shift|bus|flight|train)\b",
                    m.string[m.end():m.end() + 14]):
            return None  # "overnight Saturday" is the weekday rule's; "overnight stay" is not a date
        return m.start(), m.end(), anchor - _DAY, anchor, "days", anchor
    else:
        d = anchor
    return m.start(), m.end(), d, d, "day"


_AGO_TODAY = re.compile(r"\s+(?:today|this\s+(?P<week>week))\b", re.IGNORECASE)


# "two days ago", "a week ago", "three months ago", "a few days ago"
@_rule(r"(?i)(?<![\w])(?:(?:about|some|nearly|almost|roughly|more than|less than|just over|over)\s+)?"
       r"(?P<n>" + _NUM + r")\s+(?P<u>days?|weeks?|fortnights?|months?|years?)\s+(?:ago|earlier|before)(?![\w])", prio=3,
       keys=(" ago",))
def _r_ago(m, anchor):
    if m.group(0).lower().endswith(("earlier", "before")) and not re.search(
            r"(?i)\b(?:ago)\b", m.group(0)):
        # "two days earlier" is relative to a narrated date, not to the anchor: not handled
        return None
    ntok = m.group("n").lower()
    n = _numval(ntok)
    if n <= 0 or n > 400:
        return None
    u = m.group("u").lower().rstrip("s")
    vague = ntok in ("a few", "several", "some", "few", "a couple of", "couple of")
    today = _AGO_TODAY.match(m.string, m.end())
    if today and not vague and u in ("year", "month", "week"):
        # "ONE YEAR AGO TODAY": an anniversary, to the day; "forty years ago this week": that week
        if u == "week":
            d = anchor - dt.timedelta(days=7 * n)
        else:
            d = _months_from(anchor, -n * (12 if u == "year" else 1))
        if today.group("week"):
            monday = d - dt.timedelta(days=d.weekday())
            return m.start(), today.end(), monday, monday + dt.timedelta(days=6), "week"
        return m.start(), today.end(), d, d, "day"
    if u == "fortnight":
        u, n = "week", 2 * n
    if u == "day":
        d = anchor - dt.timedelta(days=n)
        if vague:
            return m.start(), m.end(), anchor - dt.timedelta(days=7 if ntok != "a couple of" else 3), \
                anchor - _DAY, "days"
        return m.start(), m.end(), d, d, "day"
    if u == "week":
        d = anchor - dt.timedelta(days=7 * n)
        if vague:
            return m.start(), m.end(), anchor - dt.timedelta(days=35), anchor - dt.timedelta(days=7), "days"
        if n == 1:
            return m.start(), m.end(), d - _DAY, d + _DAY, "days", d
        return m.start(), m.end(), d - 3 * _DAY, d + 3 * _DAY, "week", d
    if u == "month":
        y, mo = _add_months(anchor.year, anchor.month, -n)
        if vague:
            a = dt.date(*_add_months(anchor.year, anchor.month, -6), 1)
            return m.start(), m.end(), a, anchor - dt.timedelta(days=28), "month"
        return m.start(), m.end(), dt.date(y, mo, 1), _month_end(y, mo), "month"
    y = anchor.year - n
    if y < 1:
        return None
    return m.start(), m.end(), dt.date(y, 1, 1), dt.date(y, 12, 31), "year"


def _nth_weekday(y: int, month: int, wd: int, n: int) -> dt.date:
    """The n-th weekday `wd` (0 = Monday) of a month; n = -1 is the last one."""
    if n < 0:
        last = _month_end(y, month)
        return last - dt.timedelta(days=(last.weekday() - wd) % 7)
    first = dt.date(y, month, 1)
    return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))


#: Named days: (month, day) for fixed ones, or a function of the year. National days that differ by
#: country ("Independence Day") are left out; the US ones below are named only in US news.
_HOLIDAYS: dict[str, object] = {
    "new year's eve": (12, 31), "new year's day": (1, 1), "new year's": (1, 1), "new year day": (1, 1),
    "new year eve": (12, 31),
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
    "halloween": (10, 31), "valentine's day": (2, 14), "st. patrick's day": (3, 17), "st patrick's day": (3, 17),
    "fourth of july": (7, 4), "july fourth": (7, 4),
    "easter sunday": easter, "easter": easter,
    "good friday": lambda y: easter(y) - 2 * _DAY,
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4), "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1), "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "mother's day": lambda y: _nth_weekday(y, 5, 6, 2), "father's day": lambda y: _nth_weekday(y, 6, 6, 3),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "martin luther king jr. day": lambda y: _nth_weekday(y, 1, 0, 3),
}
_HOLIDAY_NAMES = "|".join(re.escape(k).replace("'", "['\u2019]").replace(r"\ ", r"\s+")
                          for k in sorted(_HOLIDAYS, key=len, reverse=True))


#: What may follow a holiday named without "on" for it to be a date: punctuation, the end, or a
#: preposition or conjunction ("shot Christmas Day outside a bar"), not a noun ("Christmas party").
_HOLIDAY_AFTER = re.compile(r"\s*(?:[,.;:)!?]|$)|\s+(?:in|at|on|outside|near|inside|when|after|as|and|while|"
                            r"around|about|during|before|because|by|with|from|to|that|where)\b")


_HOURS_OF = re.compile(r"(?i)\b(?:hours|morning|night|evening|eve)\s+of\s+$")


# "on Christmas Eve", "New Year's Day", "Thanksgiving night", "over the Memorial Day weekend", "Easter Sunday"
@_rule(r"(?i)(?<![\w'])(?:(?P<mod>on|at|last|this\s+past|next|this\s+coming|until|before|since|over|during|after)\s+(?:the\s+)?)?"
       r"(?P<h>" + _HOLIDAY_NAMES + r")(?:\s+(?P<part>eve|morning|afternoon|evening|night|weekend|holiday\s+weekend))?"
       r"(?:,?\s+(?P<y>(?:1[89]|20)\d\d)(?!\d|,\d))?(?![\w])",
       prio=3, keys=("christmas", "new year", "halloween", "thanksgiving", "easter", "good friday", "memorial day",
                     "labor day", "fourth", "valentine", "patrick", "mother", "father", "boxing day", "luther king"))
def _r_holiday(m, anchor):
    h = re.sub(r"\s+", " ", m.group("h").lower().replace("\u2019", "'"))
    part = re.sub(r"\s+", " ", (m.group("part") or "").lower())
    mod = re.sub(r"\s+", " ", (m.group("mod") or "").lower())
    if not mod and _HOURS_OF.search(m.string, max(0, m.start() - 24), m.start()):
        mod = "on"        # "in the early hours of New Year day"
    if not m.group("h")[0].isupper():
        return None       # "the fourth of july's fireworks" in lower case is not a name we trust
    if mod in ("next", "this coming", "until", "before") or _future_context(m.string, m.start()):
        return None       # a plan, not a report
    if part == "eve" and h.endswith(" day"):
        return None
    if not mod and not part and not _HOLIDAY_AFTER.match(m.string, m.end()):
        return None       # "a Christmas party", "Good Friday services": the holiday names a thing
    rule = _HOLIDAYS[h]

    def on(y: int) -> dt.date:
        d = rule(y) if callable(rule) else dt.date(y, *rule)
        return d - _DAY if part == "eve" else d

    if m.group("y"):
        d = on(int(m.group("y")))      # "on Christmas Eve 2000": the year written
        if not _year_ok(d.year, anchor) or d > anchor + _DAY:
            return None
    else:
        d = on(anchor.year)
        if d > anchor + _DAY:
            d = on(anchor.year - 1)
        if mod == "last" and d >= anchor - _DAY:
            d = on(d.year - 1)
        if (anchor - d).days > 366:
            return None
    if "weekend" in part:
        # the days off around it: Saturday to a Monday holiday, Thursday to Sunday for Thanksgiving
        wd = d.weekday()
        a, b = {0: (d - 2 * _DAY, d), 3: (d, d + 3 * _DAY), 4: (d, d + 2 * _DAY),
                6: (d - 2 * _DAY, d)}.get(wd, (d - _DAY, d + _DAY))
        return m.start(), m.end(), a, b, "days", d
    return m.start(), m.end(), d, d, "day"


_SPAN = (r"(?i)(?<![\w])(?P<e>(?:(?:early|late|earlier|later)\s+)?(?:this|last|next|the\s+past|the\s+last|past)\s+"
         r"(?:week|weekend|month|year)|(?:earlier|later|early|late)\s+(?:in\s+)?(?:the|this)\s+(?:week|month|year)|"
         r"over\s+the\s+(?:weekend|week)|the\s+weekend|this\s+weekend|during\s+the\s+weekend|"
         r"in\s+recent\s+(?:days|weeks|months)|(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:"
         + _NUM + r"\s+)?(?:days|weeks|months|day|week|month)|(?:in|over)\s+the\s+(?:past|last)\s+(?:few|several|couple\s+of)\s+"
         r"(?:days|weeks|months)|last\s+(?:few|several|couple\s+of)\s+(?:days|weeks)|recent\s+days|"
         r"(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?P<hours>\d{1,3})\s+hours)(?![\w])")


# "killed in four days of clashes", "after three days of rioting": a run of days ending at the report
@_rule(r"(?i)(?<![\w])(?:in|after|during|over|following|from)\s+(?P<n>" + _NUM + r")\s+days\s+of\s+(?:[a-z-]+\s+){0,2}?"
       r"(?:clashes|fighting|riots?|rioting|violence|protests?|unrest|battles?|bombings?|shelling|air\s?strikes|"
       r"attacks|demonstrations|bombardment|looting)\b", prio=2, keys=("days of",))
def _r_days_of(m, anchor):
    n = _numval(m.group("n").lower())
    if not n or not 2 <= n <= 14 or _future_context(m.string, m.start()):
        return None
    return m.start(), m.end(), anchor - dt.timedelta(days=n - 1), anchor, "days", anchor


@_rule(_SPAN, prio=2, keys=("week", "month", "year", "recent", "days", "hours"))
def _r_span(m, anchor):
    e = re.sub(r"\s+", " ", m.group("e").lower())
    s0, e0 = m.start(), m.end()
    if m.group("hours"):
        days = -(-int(m.group("hours")) // 24)       # "in the past 24 hours": since yesterday
        if not 1 <= days <= 14:
            return None
        return s0, e0, anchor - dt.timedelta(days=days), anchor, "days", anchor
    mon = anchor - dt.timedelta(days=anchor.weekday())
    if "weekend" in e:
        if "next" in e or ("this" in e and _future_context(m.string, m.start())):
            sat = _weekday_date(5, anchor, "next" if "next" in e else "future")
            return s0, e0, sat, sat + _DAY, "days"
        if "last" in e and anchor.weekday() in (5, 6):
            sat = _weekday_date(5, anchor, "strict_past")
        else:
            sat = _weekday_date(5, anchor, "past")
        return s0, e0, sat, max(sat, min(sat + _DAY, anchor)), "days", sat
    if "recent" in e or "past" in e or ("last" in e and re.search(r"\d|few|several|couple|days|weeks|months|"
                                                                     r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", e)):
        # rolling windows ending at the anchor
        mm = re.search(r"(\d+|few|several|couple of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"fifteen|twenty|thirty)\s+(day|week|month)", e)
        n = _numval("a few" if mm and mm.group(1) == "few" else mm.group(1)) if mm else 0
        unit = mm.group(2) if mm else re.search(r"(day|week|month|year)", e).group(1)
        if "recent" in e and not mm:
            n = {"day": 7, "week": 4, "month": 4}[unit] if unit != "day" else 7
            unit = "day" if unit == "day" else unit
            if unit == "day":
                n = 7
        if n <= 0:
            n = {"day": 7, "week": 1, "month": 1, "year": 1}[unit] if "few" not in e else 3
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        days = min(days, 3660)
        prec = "days" if days <= 14 else "week" if days <= 31 else "month" if days <= 366 else "year"
        if unit == "week" and n == 1:
            prec = "week"
        return s0, e0, anchor - dt.timedelta(days=days), anchor, prec
    late = e.startswith(("late", "later"))
    early = e.startswith(("early", "earlier"))
    if "week" in e:
        if "last" in e:
            a = mon - dt.timedelta(days=7)
            b = a + dt.timedelta(days=6)
        elif "next" in e:
            a = mon + dt.timedelta(days=7)
            b = a + dt.timedelta(days=6)
        else:
            a, b = mon, mon + dt.timedelta(days=6)
            if not _future_context(m.string, m.start()) and not e.startswith("later"):
                b = anchor
                if e.startswith("earlier") and anchor > mon:
                    b = anchor - _DAY
        if early and "last" in e or early and "next" in e:
            b = a + dt.timedelta(days=2)
            return s0, e0, a, b, "days"
        if late and ("last" in e or "next" in e):
            a = a + dt.timedelta(days=3)
            return s0, e0, a, b, "days"
        return s0, e0, a, b, "week"
    if "month" in e:
        k = -1 if "last" in e else 1 if "next" in e else 0
        y, mo = _add_months(anchor.year, anchor.month, k)
        a, b = dt.date(y, mo, 1), _month_end(y, mo)
        if k == 0 and not _future_context(m.string, m.start()) and not e.startswith("later"):
            b = anchor - _DAY if e.startswith("earlier") and anchor.day > 1 else anchor
        if k != 0 and early:
            b = dt.date(y, mo, 10)
            return s0, e0, a, b, "days"
        if k != 0 and late:
            a = dt.date(y, mo, 21)
            return s0, e0, a, b, "days"
        return s0, e0, a, b, "month"
    # year
    k = -1 if "last" in e else 1 if "next" in e else 0
    y = anchor.year + k
    a, b = dt.date(y, 1, 1), dt.date(y, 12, 31)
    if k == 0 and not _future_context(m.string, m.start()) and not e.startswith("later"):
        b = max(a, anchor - _DAY) if e.startswith("earlier") else anchor
    if k != 0 and early:
        b = dt.date(y, 4, 30)
    if k != 0 and late:
        a = dt.date(y, 9, 1)
    return s0, e0, a, b, "year"


_HAS_DIGIT = re.compile(r"\d")
_FULL_MONTH_DOT = re.compile(r"(?i)(?:uary|march|april|may|june|july|ust|ber)\.$")


# ---------------------------------------------------------------------------------------------
# Public functions
# ---------------------------------------------------------------------------------------------

def _as_date(anchor) -> dt.date:
    if isinstance(anchor, dt.datetime):
        return anchor.date()
    if isinstance(anchor, str):
        return dt.date.fromisoformat(anchor[:10])
    return anchor


#: Nouns that a date names when it stands between "the" and them: places, streets, works and
#: groups named after a day ("the 5 November dam", "the April 19 Movement", "the 9 July avenue").
_GROUP_NOUNS = (r"movement|front|forces|command|commandos?|brigades?|battalion|organi[sz]ation|group|alliance|"
                r"coalition|party|unit|column|detachment|regiment|division")
_NAMED_AFTER_DATE = re.compile(
    r"\s+(?:dam|avenue|av|street|st|square|plaza|bridge|boulevard|blvd|neighbou?rhood|district|"
    r"colony|park|stadium|school|hospital|highway|road|market|airport|port|"
    r"barracks|garrison|settlement|cooperative|canton|hamlet|village|town|city|province|department|"
    r"hydroelectric|power\s+plant|" + _GROUP_NOUNS + r")\b", re.IGNORECASE)
#: ... a group's name needs no "the": "[19 APRIL MOVEMENT]", "rebels of 23 March Movement"
_GROUP_AFTER_DATE = re.compile(r"\s+(?:youth\s+|people's\s+|popular\s+)?(?:" + _GROUP_NOUNS + r")\b", re.IGNORECASE)
_QUOTES = "\"'\u201c\u201d\u2018\u2019"
_AS_OF_BEFORE = re.compile(r"(?i)\bas\s+of\s+$")
#: A web page's own time stamp ("Posted: Sunday, March 8, 2015 11:41 AM EDT", "Updated: Jun 20,
#: 2016"): when the page was written, never a date of the event.
_STAMP_BEFORE = re.compile(r"(?i)\b(?:posted|updated|published|last\s+updated|last\s+modified)"
                           r"(?:\s+(?:on|at))?\s*:?\s*$")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


#: What names a day to come: "scheduled for April 5", "due on 3 May" (its year is the coming one).
_SCHEDULED_FOR_BEFORE = re.compile(r"(?i)\b(?:scheduled|set|slated|planned|due|fixed)\s+(?:for|on)\s+(?:the\s+)?$")


def _scheduled_for(text: str, start: int) -> bool:
    return _SCHEDULED_FOR_BEFORE.search(text, max(0, start - 25), start) is not None


#: What a call or appeal asks for, in the same clause before the date: "called for strikes and street
#: protests on March 19" (told on March 8) names a coming day.
_CALLED_FOR = re.compile(r"(?i)\b(?:call(?:ed|s|ing)?|appeal(?:ed|s|ing)?|urg(?:ed|es|ing))\b[^.;:!?\n]{0,60}?\bfor\b"
                         r"[^.;:!?\n]{0,60}$")


def _called_for(text: str, start: int) -> bool:
    return _CALLED_FOR.search(_clause_prefix(text, start)) is not None
#: A place-name noun right after a month ("August Town", "May Pen", "JUNE LAKE").
_PLACE_NOUN_AFTER_MONTH = re.compile(r"\s+(?:Town|Pen|City|Hill|Park|Lake|Valley|Village|Bay|Beach|Island|"
                                     r"TOWN|PEN|CITY|HILL|PARK|LAKE|VALLEY|VILLAGE|BAY|BEACH|ISLAND)\b")


def find_time_expressions(text: str, anchor: dt.date) -> list[DateWindow]:
    """All time expressions in `text`, in text order, each resolved against `anchor`.

    Never raises on any string (non-str input gives []). Regex pre-filtered; dateparser is
    only consulted for numeric dates (cached per span and anchor)."""
    if not isinstance(text, str) or not text:
        return []
    anchor = _as_date(anchor)
    low = text.lower()
    has_digit = _HAS_DIGIT.search(text) is not None
    cands = []
    for rx, fn, prio, keys, digit in _RULES:
        if digit and not has_digit:
            continue
        if keys and not any(k in low for k in keys):
            continue
        for m in rx.finditer(text):
            try:
                r = fn(m, anchor)
            except (ValueError, OverflowError, KeyError, IndexError, AttributeError, TypeError):
                r = None
            if not r:
                continue
            s, e, a, b, prec = r[:5]
            best = r[5] if len(r) > 5 else None
            if e <= s:
                continue
            cands.append((s, e, prio, a, b, prec, best))
    if not cands:
        return []
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out = []
    for s, e, prio, a, b, prec, best in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        if _NAMED_AFTER_DATE.match(text, e) and _THE_BEFORE.search(text, max(0, s - 12), s) \
                or _GROUP_AFTER_DATE.match(text, e) \
                or s > 0 and text[s - 1] in _QUOTES and text[e:e + 1] in _QUOTES and text[e:e + 1]:
            continue  # "the 5 November dam", "the April 19 Movement", 'the "9 May" Forces': a name, not a date
        if prec == "month" and _PLACE_NOUN_AFTER_MONTH.match(text, e):
            continue  # "in August Town", "May Pen, Clarendon": a place named with a month
        if _AS_OF_BEFORE.search(text, max(0, s - 10), s):
            continue  # "still unknown as of Wednesday morning": when something was said, not when it happened
        if _STAMP_BEFORE.search(text, max(0, s - 20), s):
            continue  # "Posted: Sunday, March 8, 2015": the page's time stamp
        try:
            ds, de, ev, p = _window(a, b, prec, anchor, best)
        except (ValueError, OverflowError):
            continue
        if text[e - 1] == "." and _FULL_MONTH_DOT.search(text, s, e):
            e -= 1  # "30 AUGUST." : the period ends the sentence, it is no abbreviation
        out.append(DateWindow(ds, de, ev, p, text[s:e], s, e))
    out.sort(key=lambda w: w.start)
    out = _of_last_year(text, low, _apposed_calendar_dates(text, out), anchor)
    if len(out) > 1:
        # "7 December - A church was attacked during Sunday service": beside a date, the weekday names the service
        named = [w for w in out if w.text.strip().lower() in _WEEKDAYS and _WEEKDAY_SERVICE.match(text, w.end)]
        if named and len(named) < len(out):
            out = [w for w in out if w not in named]
    return out


_LAST_YEAR_AFTER = re.compile(r"(?i)\s*(?:,\s*|of\s+)?last\s+year\b")
_LAST_YEAR_BEFORE = re.compile(r"(?i)\blast\s+year\s*,?\s*(?:on|in)?\s*$")


def _of_last_year(text: str, low: str, out: list[DateWindow], anchor: dt.date) -> list[DateWindow]:
    """'on Oct. 31 last year', 'in February of last year', 'last year on March 3': the day or month
    lies in the year before the publication's, whatever side of the publication day it falls on
    (`low`: the text lower-cased)."""
    if len(out) < 2 or "last" not in low:
        return out
    drop: set[int] = set()
    for i, w in enumerate(out):
        if w.precision not in ("day", "days", "month") or _YEAR_DIGITS.search(w.text) \
                or not re.search(_MON, w.text):
            continue
        for j, glue in ((i + 1, _LAST_YEAR_AFTER), (i - 1, _LAST_YEAR_BEFORE)):
            if not 0 <= j < len(out) or out[j].precision != "year" or "last" not in out[j].text.lower():
                continue
            m = glue.fullmatch(text, w.end, out[j].end) if j > i else \
                glue.fullmatch(text, out[j].start, w.start)
            if not m:
                continue
            months = 12 * (anchor.year - 1 - w.date_start.year)
            moved = [_months_from(d, months) for d in (w.date_start, w.date_end, w.event_date)]
            lo, hi = min(w.start, out[j].start), max(w.end, out[j].end)
            out[i] = DateWindow(moved[0], moved[1], moved[2], w.precision, text[lo:hi], lo, hi)
            drop.add(j)
            break
    return [w for k, w in enumerate(out) if k not in drop]


_YEAR_DIGITS = re.compile(r"\b(?:1[6-9]|2\d)\d\d\b|'\d\d\b")


_WEEKDAY_WORD = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")


def _apposed_calendar_dates(text: str, out: list[DateWindow]) -> list[DateWindow]:
    """'on Monday night, Nov. 28': a weekday followed by the calendar date it names takes that date
    (the writer's explicit date wins over resolving the weekday against the publication day)."""
    for i in range(len(out) - 1):
        w, nxt = out[i], out[i + 1]
        if w.precision == "day" and nxt.precision == "day" and w.date_start != nxt.date_start \
                and _WEEKDAY_WORD.search(w.text) and not _HAS_DIGIT.search(w.text) and _HAS_DIGIT.search(nxt.text) \
                and re.fullmatch(r"\s*,?\s*(?:\(\s*)?", text[w.end:nxt.start]) \
                and abs((w.date_start - nxt.date_start).days) <= 14:
            out[i] = dataclasses.replace(w, date_start=nxt.date_start, date_end=nxt.date_end,
                                         event_date=nxt.event_date)
    return out


_DATELINE_END = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:--|—|–|-\s|/|:|\(|\n|\[)")


#: An older newspaper dateline: a place in capitals (after "From Our Own Correspondent,"), a comma, the
#: date or weekday, then a full stop and the first sentence ("ALGIERS, Oct. 1. Two bombs exploded").
_OLD_DATELINE_HEAD = re.compile(r"\s*(?:From\s+Our\s+(?:Own\s+)?(?:Special\s+)?Correspondent,?\s*)?"
                                r"[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,2}(?:,\s*[A-Z][A-Za-z.'\-]+)?,\s*")
_OLD_DATELINE_END = re.compile(r"\.\s+(?=[A-Z\"'])")


def _old_style_dateline(text: str, w: DateWindow) -> bool:
    return w.start >= 0 and w.precision == "day" and _OLD_DATELINE_HEAD.fullmatch(text, 0, w.start) is not None \
        and _OLD_DATELINE_END.match(text, w.end) is not None


def dateline_date(text: str, anchor: dt.date) -> DateWindow | None:
    """The date in an article's dateline ('SAN SALVADOR, 3 JAN 89 (AFP) --', 'BOGOTA, 12 Jun 90
    (EFE) --', 'KABUL, June 12 (Reuters) -'), looked for in the first ~200 characters only.
    Only explicit calendar dates count, and only when a dateline delimiter follows them."""
    if not isinstance(text, str) or not text:
        return None
    anchor = _as_date(anchor)
    head = text[:200]
    for w in find_time_expressions(head, anchor):
        if w.precision != "day" or w.start > 120:
            continue
        if _old_style_dateline(head, w):
            return w      # "ALGIERS, Oct. 1. Two bombs ...", "From Our Own Correspondent, NICOSIA, Tuesday."
        if not re.search(r"\d", w.text) and not re.search(_MON, w.text):
            continue
        if not re.search(r"\d", w.text):
            continue
        if _DATELINE_END.match(head, w.end) or w.end >= len(head.rstrip()):
            return w
        if _MONITOR_HEAD.fullmatch(head, 0, w.start) and re.match(r"\s*\)", head[w.end:]):
            return w
    return None


#: A monitoring service's header before its date: "(TEGUCIGALPA RADIO AMERICA IN SPANISH 1800 GMT 16 NOV 90)"
_MONITOR_HEAD = re.compile(r"\s*\(\s*[A-Z][A-Za-z.'\- ]{1,80}?\s\d{3,4}\s*(?:GMT|UTC|Z)\s+")


#: A story may be filed days before it is published (a translation service, a weekly digest); a
#: dated line further back is more likely a headline's date than the filing day.
MAX_FILING_LAG_DAYS = 31
#: After a wire dateline's date: the agency, then a dash or colon ("NAIROBI, Aug. 7 (AP) -- ", "LIMA, 5 FEB
#: 91 -", "RAIPUR, APRIL 24 (PTI): "), or the agency alone before the first sentence ("April 24 (PTI) Naxals").
_WIRE_DATE_END = re.compile(r"\s*(?:(?:\([^)]{1,40}\)\s*)?(?:--|\u2014|\u2013|-\s|:\s)"
                            r"|\([A-Z][A-Za-z]{1,12}\)\s+(?=[A-Z]))")
#: Before it: the place, then a comma, perhaps with its region ("NAIROBI, ", "SAN JOSE (COSTA RICA), ",
#: "CULIACAN, Sinaloa, ").
_WIRE_PLACE = re.compile(r"\s*[A-Z][A-Za-z.'\- ]{1,40}(?:\([^()\n]{1,40}\))?,\s*(?:[A-Z][A-Za-z.'\- ]{1,30},\s*)?")


def writing_day(text: str, published: dt.date, dateline: DateWindow | None) -> dt.date:
    """The day a story's "today", "yesterday" and weekdays count from: the day of a wire dateline
    filed before publication ("NAIROBI, Aug. 7 - A bomb exploded today", published Aug. 8, tells of
    Aug. 7), else the publication day. A headline's date ("Four shot in Tulsa, Feb. 21, 2013" on a
    line of its own) is the event's, not the writer's, so only a place-comma-date-dash line counts."""
    if dateline is None or dateline.start < 0:
        return published
    lag = (published - dateline.date_start).days
    if not 0 < lag <= MAX_FILING_LAG_DAYS or dateline.date_start != dateline.date_end:
        return published
    if not (_WIRE_PLACE.fullmatch(text, 0, dateline.start) and _WIRE_DATE_END.match(text, dateline.end)) \
            and not (_MONITOR_HEAD.fullmatch(text, 0, dateline.start) and text.startswith(")", dateline.end)) \
            and not _old_style_dateline(text, dateline):
        return published
    return dateline.date_start


_CLAUSE_BOUNDARY = re.compile(
    r";|\s--\s|\s—\s|—|\s–\s|\n|(?<=[.!?])\s+(?=[A-Z\"'])|"
    r",\s+(?:and|but|while|whereas|although|though|meanwhile|however|and\s+then|as\s+well\s+as)\b|"
    r"\s(?:but|while|whereas|meanwhile)\s", re.I)


#: A weekday naming a weekly gathering ("during Sunday service", "Friday prayers").
_WEEKDAY_SERVICE = re.compile(r"(?i)\s+(?:service|services|mass|prayers?|worship|sermon|market|school)\b")
#: An opening phrase of concession or sequence, up to its comma: its date is another event's.
_INTRO_PHRASE = re.compile(r"(?i)\s*(?:despite|in\s+spite\s+of|although|though|even\s+though|after|before|following)"
                           r"\b[^,;]{3,120},")


def _clause_id(bounds: list[int], pos: int) -> int:
    k = 0
    for b in bounds:
        if pos >= b:
            k += 1
        else:
            break
    return k


_COARSE_PENALTY = {"day": 0, "days": 5, "week": 10, "month": 25, "year": 40, "publication": 60}
#: A date of when someone spoke counts as this much further away than it is.
_STATEMENT_PENALTY = 80


_NARRATED = re.compile(
    r"(?i)\b(?:the\s+(?:next|following)\s+(?P<next>day|morning|afternoon|evening|night)|"
    r"(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?P<dir>later|afterwards?|earlier|before(?=\s*[,.;]))|"
    # "the day after, ..." moves the date; "the day after the shooting" is dated by that event
    r"the\s+(?:day|night|evening|morning)\s+(?P<rel>after|before)(?=\s*[,.;]|\s+(?:when|as|while|where)\b)|"
    # "the previous night", "the preceding day"
    r"the\s+(?P<prev>previous|preceding)\s+(?:day|morning|afternoon|evening|night)\b)")


_SAID_BEFORE = re.compile(r"(?i)\b(?:said|says|told|added|recalled|recounted|stated|announced|testified|"
                         r"confirmed)\s+$")
_SAID_ON_BEFORE = re.compile(
    r"(?i)\b(?:said|says|told|added|stated|announced|confirmed)\s+(?:(?:reporters|journalists|the\s+\w+)\s+)?"
    r"on\s+$")


def said_before(sentence: str, start: int) -> bool:
    """The date expression at `start` dates a statement ("police said Saturday", "told reporters on
    Monday"), not an event."""
    return _SAID_BEFORE.search(sentence, max(0, start - 20), start) is not None \
        or _SAID_ON_BEFORE.search(sentence, max(0, start - 20), start) is not None


#: "The attack came two days after a car bomb killed 12": what the complement tells happened that
#: many days before (after) the story's date.
RELATIVE_EVENT_RE = re.compile(
    r"(?i)\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"\d{1,3})(?:th|st|nd|rd)?\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+"
    r"(?P<dir>after|before|since)\s+(?![,.;])")


def _complement_offset(rel: re.Match) -> int:
    """Days from the main clause's event to the complement's: "two days after X" puts X at -2 (weeks
    count 7 days, months 30, years 365: see `complement_window` for the window they give)."""
    n = rel.group("n").lower()
    k = int(n) if n.isdigit() else _NUMWORDS.get(n, 1)
    unit = rel.group("unit").lower().rstrip("s")
    k *= {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}[unit]
    return -k if rel.group("dir").lower() in ("after", "since") else k


def complement_window(rel: re.Match, base: dt.date) -> DateWindow:
    """The date of what the complement of "N days/weeks/months/years after (before, since)" tells,
    from the main clause's day: a day for days, a week, the month, or the year for longer spans
    ("buried on Thursday, 61 years after his murder": that year)."""
    unit = rel.group("unit").lower().rstrip("s")
    n = rel.group("n").lower()
    k = int(n) if n.isdigit() else _NUMWORDS.get(n, 1)
    sign = -1 if rel.group("dir").lower() in ("after", "since") else 1
    text, a, b = rel.group(0).strip(), rel.start(), rel.end()
    if unit == "day":
        d = base + dt.timedelta(days=sign * k)
        return DateWindow(d, d, d, "day", text, a, b)
    if unit == "week":
        d = base + dt.timedelta(days=sign * 7 * k)
        return DateWindow(d - dt.timedelta(days=3), d + dt.timedelta(days=3), d, "week", text, a, b)
    if unit == "month":
        best = _months_from(base, sign * k)
        return DateWindow(best.replace(day=1), _month_end(best.year, best.month), best, "month", text, a, b)
    years = sign * k * (10 if unit == "decade" else 1)
    best = _months_from(base, 12 * years) if 1 <= base.year + years <= 9999 else base
    return DateWindow(dt.date(best.year, 1, 1), dt.date(best.year, 12, 31), best, "year", text, a, b)


#: A main clause told in the present ("A boy is recovering, two days after he was shot"): it speaks
#: of the report's day.
_PRESENT_MAIN = re.compile(r"(?i)\b(?:is|are|remains?|continues?|stays?)\b")


def narrated_shift(sentence: str, context: DateWindow | None, trigger: int | None = None,
                   anchor: dt.date | None = None, told_here: bool = False) -> DateWindow | None:
    """A date told relative to the story's last date ("the next day", "two days later", "the day
    before"), when that date is a day: the context moved by that many days. An event told in the
    complement of "N days after" (`trigger` past it) lies N days before the context, or before the
    report's day (`anchor`) when the main clause is in the present. None otherwise."""
    if not isinstance(sentence, str):
        return None
    rel = RELATIVE_EVENT_RE.search(sentence)
    if rel is not None and trigger is not None and trigger >= rel.end():
        present = anchor is not None and _PRESENT_MAIN.search(sentence, 0, rel.start())
        if not (present or told_here or rel.group("unit").lower().startswith("day")):
            return None   # "a photo posted about a week before the shooting": the photo's day is unknown
        base = anchor if present else \
            context.event_date if context is not None and context.precision == "day" else None
        if base is None:
            return None
        return complement_window(rel, base)
    if context is None or context.precision != "day":
        return None
    m = _NARRATED.search(sentence)
    if m is None or said_before(sentence, m.start()):
        return None       # "the woman said the next day": when she spoke, not when anything happened
    if m.group("next"):
        k = 1
    elif m.group("prev"):
        k = -1
    elif m.group("rel"):
        k = 1 if m.group("rel").lower() == "after" else -1
    else:
        n = m.group("n").lower()
        k = int(n) if n.isdigit() else _NUMWORDS.get(n, 1)
        if m.group("dir").lower() in ("earlier", "before"):
            k = -k
    d = context.event_date + dt.timedelta(days=k)
    return DateWindow(d, d, d, "day", m.group(0), m.start(), m.end())


_SINCE_THE_BEFORE = re.compile(r"(?i)\bsince\s+(?:the|a|an)\s+$")


def yardstick(text: str, w: DateWindow, anchor: dt.date | None = None) -> bool:
    """'the bloodiest day since the Feb. 1 coup': the date of an event used as a yardstick, which
    dates nothing else told in the sentence ("since Friday" itself is a window, not this; "on the run
    since the Tuesday slaying", a month or less before `anchor`, names the event told)."""
    if anchor is not None and (anchor - w.date_end).days <= 31:
        return False
    return w.start > 0 and _SINCE_THE_BEFORE.search(text, max(0, w.start - 12), w.start) is not None


#: "since the protests began on Sept 16", "since fighting erupted in April": the start of a period
#: whose running total the sentence tells, no event of that day.
PERIOD_START_RE = re.compile(
    r"(?i)\bsince\s+(?:(?:the\s+|a\s+|an\s+|its\s+|their\s+|this\s+)?(?:[\w'-]+\s+){0,6}?"
    r"(?:began|begun|started|erupted|broke\s+out|flared(?:\s+up)?|(?:was|were)\s+launched)\b"
    r"|the\s+(?:start|beginning|launch|outbreak|onset)\s+of\b)")   # "since the start of the operation on 15 June"
_PERIOD_START_BEFORE = re.compile(PERIOD_START_RE.pattern + r"(?:\s+[\w'-]+){0,4}?\s+(?:on\s+|in\s+)?$")


def period_start(text: str, w: DateWindow, anchor: dt.date | None = None) -> bool:
    """'64 people have died since the demonstrations started on April 26': the day a period began (not a
    day of this week: "killed since the protests began on Tuesday" tells this week's unrest)."""
    if anchor is not None and (anchor - w.date_end).days <= 7:
        return False
    return w.start > 0 and _PERIOD_START_BEFORE.search(text, max(0, w.start - 80), w.start) is not None


def names_scheduled_event(text: str, w: DateWindow) -> bool:
    """'the 8 April elections', 'before the June 5 vote', 'an autopsy is set for Wednesday': the date names
    a scheduled event, so it dates nothing else told in the sentence."""
    return w.end >= 0 and bool(_PLANNED_NOUN_AFTER.match(text, w.end) or _scheduled_for(text, w.start))


def resolve_event_date(sentence: str, anchor: dt.date, trigger: int | None = None,
                       context: DateWindow | None = None) -> DateWindow:
    """The date governing the event whose trigger word starts at `trigger` in `sentence`.

    Order: the expression in the trigger's clause nearest to the trigger (coarse month/year
    expressions get a small distance penalty), else the nearest expression anywhere in the
    sentence, else `context`, else publication_window(anchor)."""
    anchor = _as_date(anchor)
    exprs = [w for w in find_time_expressions(sentence, anchor)
             if not names_scheduled_event(sentence, w) and not yardstick(sentence, w, anchor)
             and not period_start(sentence, w, anchor)] \
        if isinstance(sentence, str) else []
    if exprs:
        told = _NARRATED.search(sentence)
        if told is not None and trigger is not None:
            # "On Thursday, neighbours gathered at the scene of the night before, when one man was killed":
            # a day told relative to the sentence's own day is a date of its own
            days = [w for w in exprs if w.end <= told.start() and w.precision == "day"]
            shifted = narrated_shift(sentence, days[-1]) if days else None
            if shifted is not None:
                exprs.append(shifted)
        if trigger is None or not isinstance(trigger, int) or trigger < 0:
            trigger = None
        if trigger is None:
            # no trigger: the finest expression, first in the text among equals
            order = {p: i for i, p in enumerate(PRECISIONS)}
            return min(exprs, key=lambda w: (order.get(w.precision, 9) > 1, w.start))
        trigger = min(trigger, len(sentence))
        rel = RELATIVE_EVENT_RE.search(sentence)
        if rel is not None and trigger >= rel.end() and not any(w.start >= rel.end() for w in exprs):
            # "killed four in Kano on Wednesday, two days after a car bomb killed 12": the complement's
            # event is dated from the main clause's day
            main = resolve_event_date(sentence[:rel.start()], anchor, rel.start(), context)
            if main.precision == "day":
                return narrated_shift(sentence, main, trigger, told_here=True) or main
        if rel is not None and trigger < rel.start() and not any(w.start < rel.start() for w in exprs) \
                and rel.group("unit").lower().startswith("day") and rel.group("dir").lower() != "since":
            # "A bomb killed three a day after Saturday's attack": the main event from the complement's day
            other = resolve_event_date(sentence[rel.end():], anchor, 0, context)
            if other.precision == "day":
                d = other.event_date - dt.timedelta(days=_complement_offset(rel))
                return DateWindow(d, d, d, "day", rel.group(0).strip(), rel.start(), rel.end())
        bounds = [m.start() for m in _CLAUSE_BOUNDARY.finditer(sentence)]
        intro = _INTRO_PHRASE.match(sentence)
        if intro is not None:
            # "Despite the ceasefire announced on 17 June, barrel bombs were dropped on 28 June"
            bounds = sorted(bounds + [intro.end() - 1])
        tclause = _clause_id(bounds, trigger)

        def dist(w: DateWindow) -> int:
            if w.start <= trigger < w.end:
                d = 0
            else:
                d = w.start - trigger if w.start >= trigger else trigger - w.end
            # "762 were killed this year, police said on Saturday": when they spoke dates nothing told
            said = _STATEMENT_PENALTY if len(exprs) > 1 and said_before(sentence, w.start) else 0
            return d + _COARSE_PENALTY.get(w.precision, 0) + said

        same = [w for w in exprs if _clause_id(bounds, w.start) == tclause]
        pool = same or exprs
        return min(pool, key=lambda w: (dist(w), w.start))
    if context is not None:
        return narrated_shift(sentence, context, trigger, anchor) or context
    return narrated_shift(sentence, None, trigger, anchor) or publication_window(anchor)
