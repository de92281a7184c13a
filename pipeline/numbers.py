"""Casualty counts: quantities in words/digits and killed/wounded figures from a clause.

Pure, regex based (no spaCy), precompiled at import.  Conventions for the
low/best/high mapping are documented in ``schemas/casualty_rules.md``.

Public API (stable): ``Count``, ``Casualties``, ``parse_quantity``,
``extract_casualties``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from pipeline.lexicon import ARMED_ENEMIES
from pipeline.regexcache import RegexCache

try:  # text2num is the maintained number-word parser; we wrap its gaps.
    from text_to_num import text2num as _text2num
except Exception:  # pragma: no cover - optional dependency
    _text2num = None

__all__ = ["Count", "Casualties", "parse_quantity", "extract_casualties", "HURT_THEN_DIED", "OF_THE_HURT_DIED"]

#: The casualty patterns embed the whole quantity grammar (about 1 MB of regex source in all):
#: compiled once per machine, not once per process (``regexcache``).
_REGEX_CACHE = RegexCache("numbers")


def _c(pattern: str, flags: int = 0) -> re.Pattern:
    return _REGEX_CACHE.compile(pattern, flags)


@dataclass(frozen=True)
class Count:
    low: int | None
    best: int | None
    high: int | None  # invariant: low <= best <= high when not None
    text: str = ""  # the quantity as written ("at least 4", "dozens")
    added: bool = False  # victims on top of others told elsewhere ("two guards were ALSO killed")
    #: more victims of an event told before ("THREE MORE PEOPLE WOUNDED IN THE RAID DIED"): they add
    #: to its toll, a group's too
    more: bool = False


@dataclass(frozen=True)
class Casualties:
    killed: Count | None  # None = not stated; Count(0,0,0) = stated as none
    wounded: Count | None
    claimed: bool = False  # the figure is one party's claim
    killed_span: tuple[int, int] | None = None  # char offsets of the evidence in the input text
    wounded_span: tuple[int, int] | None = None
    #: The wounded figure only says that people were shot ("the boy was shot"), with no death
    #: in this text: those shot may be the dead that another sentence tells.
    wounded_from_shot: bool = False


# ---------------------------------------------------------------------------
# number words
# ---------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_BIG = {"hundred": 100, "thousand": 1000, "million": 1000000}

_UNIT_RE = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_RE = "|".join(sorted(_TENS, key=len, reverse=True))
_SMALL = rf"(?:(?:{_TENS_RE})(?:-|\s+)(?:{_UNIT_RE})\b|(?:{_TENS_RE})\b|(?:{_UNIT_RE})\b)"
# "one hundred and twenty-five", "two thousand five hundred", "a hundred"
_WORDNUM = (
    rf"(?:(?:{_SMALL}|a(?=\s+(?:hundred|thousand)\b))"
    rf"(?:\s+(?:hundred|thousand|million)\b(?:\s+(?:and\s+)?{_SMALL})?)*)"
)
# digits: 34, 1,700 -- not part of times, decimals, phone numbers, money, calibres, ids
_DIGITS_R = r"(?<![\w.,:$#/\-£€])(?:\d{1,3}(?:,\d{3})+|\d+)"
_DIGITS = r"(?<![\w.,:$#/\-£€])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w%°]|[.,:/]\d|-\d)"

_VAGUE = {
    "tens": (10, 10, None),
    "dozens": (12, 12, None),
    "scores": (20, 20, None),
    "hundreds": (100, 100, None),
    "thousands": (1000, 1000, None),
    "several": (3, 3, None),
    "a few": (3, 3, None),
    "a handful": (3, 3, None),
    "a couple": (2, 2, 2),
    "a pair": (2, 2, 2),
    "both": (2, 2, 2),
    "a": (1, 1, 1),
    "an": (1, 1, 1),
    "half a dozen": (6, 6, 6),
    "a score": (20, 20, 20),
    "several dozen": (36, 36, None),
    "a few dozen": (36, 36, None),
    "several hundred": (300, 300, None),
    "a few hundred": (300, 300, None),
    "several thousand": (3000, 3000, None),
    "a few thousand": (3000, 3000, None),
    "a dozen": (12, 12, 12),
}

_CORE = (
    r"(?:half\s+a\s+dozen\b|a\s+score\s+of\b|(?:several|a\s+few)\s+(?:hundred|thousand|dozen)\b"
    r"|(?:tens|dozens|hundreds|scores)\s+of\s+thousands\b"
    rf"|(?:a|one|{_WORDNUM}|{_DIGITS})\s+dozen\b(?!s)"
    r"|(?:tens|dozens|scores|hundreds|thousands)\b(?=\s+of\b|\s+(?!of\b)[a-z]|\s*[,.;:)]|\s*$|\s+(?:were|was|had|have|are|died))"
    r"|a\s+(?:few|handful|couple|pair)\b(?:\s+of\b)?"
    r"|several\b|both\b"
    # "27 million", "1.5 million", "40 thousand": digits scaled by a word
    rf"|(?<![\w.,:$#/\-£€])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d{{1,2}})?\s+(?:million|thousand)\b"
    rf"|{_DIGITS}|{_WORDNUM}"
    r"|an?\b(?!\s+(?:total|number|lot|further|additional|estimated|few|handful|couple|pair|dozen|hundred|thousand|score)\b))"
)
_CORE_NAMED = _CORE  # readability alias

_Q_ATLEAST = (
    r"at\s+least|no\s+(?:fewer|less)\s+than|not\s+less\s+than|a\s+minimum\s+of|more\s+than|"
    r"well\s+over|just\s+over|over|upwards\s+of|in\s+excess\s+of|greater\s+than|"
    r"(?:a\s+)?further|an\s+additional|another|still\s+another|additional"
)
_Q_APPROX = (
    r"nearly|almost|close\s+to|just\s+under|about|around|some|approximately|approx\.?|roughly|"
    r"an\s+estimated|estimated|circa|perhaps|possibly|a\s+total\s+of|exactly|all|only|just"
)
_Q_UPPER = (
    r"up\s+to|as\s+many\s+as|as\s+much\s+as|fewer\s+than|less\s+than|under|no\s+more\s+than|"
    r"not\s+more\s+than|at\s+most|a\s+maximum\s+of"
)
_QUAL = rf"(?:(?P<q_atleast>{_Q_ATLEAST})|(?P<q_upper>{_Q_UPPER})|(?P<q_approx>{_Q_APPROX}))"
_RANGE = (
    rf"(?:between\s+(?P<r1a>{_CORE})\s+and\s+(?P<r1b>{_CORE})"
    rf"|from\s+(?P<r2a>{_CORE})\s+to\s+(?P<r2b>{_CORE})"
    rf"|(?P<r3a>{_DIGITS_R})\s*(?:to|or|-|/)\s*(?P<r3b>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\w%°]|[.,:/]\d|-\d))"
    rf"|(?P<r4a>{_WORDNUM})\s+(?:to|or)\s+(?P<r4b>{_WORDNUM}))"
)
# a full quantity expression with qualifier; named groups only in the parse regex
_QTY_PARSE = _c(
    rf"^(?:(?P<range>{_RANGE})|(?:{_QUAL}\s+)?(?P<core>{_CORE})"
    r"(?P<suffix>\s+or\s+more|\s*-?\s*plus|\s+or\s+so|\s+and\s+counting|\+)?)$"
)


def _strip_groups(pattern: str) -> str:
    return re.sub(r"\(\?P<[a-z0-9_]+>", "(?:", pattern)


_QUAL_NG = _strip_groups(_QUAL)
_RANGE_NG = _strip_groups(_RANGE)
# quantity as it appears inside running text (no anchors, no named groups)
Q = (
    rf"(?:{_RANGE_NG}|(?:{_QUAL_NG}\s+)?(?:{_CORE})"
    r"(?:\s+or\s+more\b|-plus\b|\+|\s+or\s+so\b)?)"
)

_ZERO_WORDS = {"no", "none", "nobody", "no one", "no-one", "zero", "nil", "not one", "not a single"}


def _words_to_int(s: str) -> int | None:
    """Number words to int: text2num first, own evaluator where it refuses."""
    s = re.sub(r"\s+", " ", s.strip().lower())
    if not s:
        return None
    if _text2num is not None:
        try:
            v = _text2num(s, "en")
            if isinstance(v, int):
                return v
        except Exception:
            pass
    total, cur, seen = 0, 0, False
    for tok in re.split(r"[\s-]+", s):
        if tok in ("and", ""):
            continue
        if tok in ("a", "an"):
            cur = cur or 1
            seen = True
        elif tok in _UNITS:
            cur += _UNITS[tok]
            seen = True
        elif tok in _TENS:
            cur += _TENS[tok]
            seen = True
        elif tok == "hundred":
            cur = (cur or 1) * 100
            seen = True
        elif tok in ("thousand", "million"):
            total += (cur or 1) * _BIG[tok]
            cur = 0
            seen = True
        else:
            return None
    return total + cur if seen else None


def _core_value(core: str) -> tuple[int | None, int | None, int | None] | None:
    c = re.sub(r"\s+", " ", core.strip().lower())
    c = re.sub(r" of$", "", c)
    if c in _VAGUE:
        return _VAGUE[c]
    m = re.fullmatch(r"(tens|dozens|hundreds|scores) of thousands", c)
    if m:
        base = {"tens": 10, "dozens": 12, "hundreds": 100, "scores": 20}[m.group(1)] * 1000
        return (base, base, None)
    m = re.fullmatch(r"(.+) dozen", c)
    if m:
        n = _atom_value(m.group(1))
        if n is None:
            return None
        return (n * 12, n * 12, n * 12)
    m = re.fullmatch(r"(\d[\d,]*(?:\.\d{1,2})?) (million|thousand)", c)
    if m:
        n = round(float(m.group(1).replace(",", "")) * _BIG[m.group(2)])
        return (n, n, n)
    n = _atom_value(c)
    if n is None:
        return None
    return (n, n, n)


def _atom_value(s: str) -> int | None:
    s = s.strip()
    if s in ("a", "an", "one"):
        return 1
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", s):
        try:
            return int(s.replace(",", ""))
        except ValueError:  # pragma: no cover
            return None
    return _words_to_int(s)


def _parse_q(s: str, original: str) -> Count | None:
    """Parse a lower-cased quantity expression (already isolated)."""
    s = re.sub(r"\s+", " ", s.strip())
    if s in _ZERO_WORDS:
        return Count(0, 0, 0, original)
    m = _QTY_PARSE.match(s)
    if not m:
        return None
    if m.group("range"):
        for a, b in (("r1a", "r1b"), ("r2a", "r2b"), ("r3a", "r3b"), ("r4a", "r4b")):
            if m.group(a) is not None:
                va, vb = _core_value(m.group(a)), _core_value(m.group(b))
                if va is None or vb is None or va[1] is None or vb[1] is None:
                    return None
                lo, hi = sorted((va[1], vb[1]))
                if a == "r3a" and (hi > 2 * lo + 10 or re.search(r"\d{3}\s*-\s*\d{4}", s)):
                    return None  # "555-1234" is a phone number, not a range
                if lo == hi or hi > 10 * max(lo, 1) + 10:
                    # "4 and 34" is not a range; refuse silly spans
                    return None
                return Count(lo, lo, hi, original)
        return None  # pragma: no cover
    val = _core_value(m.group("core"))
    if val is None:
        return None
    lo, best, hi = val
    suffix = (m.group("suffix") or "").strip()
    if m.group("q_atleast") or suffix in ("or more", "plus", "-plus", "- plus", "+", "and counting"):
        hi = None
    elif m.group("q_upper"):
        q = re.sub(r"\s+", " ", m.group("q_upper"))
        if q in ("fewer than", "less than", "under"):
            best = max(best - 1, 0) if best is not None else None
        hi = best
        lo = min(1, best) if best is not None else None
    # approx and exact keep (lo, best, hi)
    if best is None:
        return None
    if lo is not None and lo > best:
        lo = best
    if hi is not None and hi < best:
        hi = best
    return Count(lo, best, hi, original)


_LOWER_TABLE = str.maketrans({
    "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2019": "'", "\u2018": "'",
})


def _lower(text: str) -> str:
    """Lower-case keeping character offsets (one char in, one char out)."""
    t = text.translate(_LOWER_TABLE)
    low = t.lower()
    if len(low) == len(t):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in t)


# "[TEXT]", "[EXCERPT]", "[NAME AS TRANSLITERATED]", "PATRIOTIC UNION [UP]": a translator's or
# editor's note in brackets, written without lower-case letters
_EDITORIAL_NOTE = _c(r"\[[^\[\]a-z]{1,40}\]")


def _blank_editorial_notes(orig: str, low: str) -> str:
    """`low` with bracketed editorial notes blanked (so "[TEXT] JUDGE X DIED" has the subject
    "JUDGE X") and the other brackets turned into spaces; offsets kept."""
    if "[" not in orig:
        return low
    for m in _EDITORIAL_NOTE.finditer(orig):
        low = low[:m.start()] + " " * (m.end() - m.start()) + low[m.end():]
    return low.replace("[", " ").replace("]", " ")


def parse_quantity(text: str) -> Count | None:
    """'34', '1,700', 'seventeen', 'twenty-one', 'two dozen', 'dozens', 'at least 4', ...

    Returns None when the text is not a quantity. Never raises.
    """
    try:
        if not isinstance(text, str):
            return None
        original = text.strip()
        s = _lower(original).strip(" \t\r\n.,;:!?\"'()[]")
        if not s or len(s) > 200:
            return None
        return _parse_q(s, original)
    except Exception:  # pragma: no cover - defensive: never raise
        return None


# ---------------------------------------------------------------------------
# casualty extraction
# ---------------------------------------------------------------------------

# Words that cannot follow a quantity that counts people (units, objects, time).
_UNIT_AFTER = _c(
    r"(?:\s*-?\s*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|decades?|"
    r"centur(?:y|ies)|nights?|km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m\b|feet|foot|ft|yards?|"
    r"inch(?:es)?|acres?|hectares?|tons?|tonnes?|kg|kilos?|kilograms?|pounds?|lbs?|percent|per\s*cent|"
    r"%|p\.?m\b|a\.?m\b|o'clock|mm\b|millimet(?:er|re)s?|cal(?:ib(?:er|re))?\b|gauge|dollars?|"
    r"pesos?|euros?|cents?|rupees?|shekels?|dinars?|naira|rounds?|shots?|bullets?|shells?|cartridges?|"
    r"magazines?|times|blocks?|st\b|street|avenue|ave\b|road|rd\b|lane|drive|blvd|boulevard|highway|"
    r"route|floor|stor(?:y|ies)|villages?|towns?|houses?|homes?|buildings?|vehicles?|cars?|trucks?|"
    r"buses|bus\b(?!\s+(?:passengers|drivers|riders|commuters))|weapons?|rifles?|guns?|pistols?|handguns?|grenades?|bombs?|mines?|rockets?|"
    r"mortars?|missiles?|votes?|seats?|points?|goals?|degrees?|counts?|charges?|year-old|-year|yo\b|y\.o\.|"
    r"-month|-day|-hour|-week|-mile|-km|-kilomet|-foot|-inch|-story|-member|-man|-strong|-point|"
    r"-caliber|-calibre|-gauge|-mm|"
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?)"
    r")(?![a-z])",
)
# Words right before a number that make it an identifier, age, date or address.
_MONTH_WORD = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
               r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_BEFORE_BAD = _c(
    r"(?:\b(?:aged?|ages|route|highway|interstate|flight|bus|channel|page|section|chapter|article|"
    r"precinct|district|ward|room|apartment|apt|suite|unit|number|no|code|zip|lot|gate|platform|"
    r"exit|ext|phone|call|calling|year|years|since|until|till|both|"
    rf"{_MONTH_WORD}|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?\s*$|[#$€£]\s*$)"
)
_YEAR = _c(r"^(?:1[6-9]\d\d|20\d\d)$")
_COUNTED_NOUN_AFTER = _c(
    r"\s+(?:[a-z]+\s+)?(?:people|persons|civilians|soldiers|men|women|children|residents|villagers|"
    r"peasants|troops|others|victims|policemen|officers|rebels|militants|workers|bodies|corpses)\b")
#: a day written before its month ("23 september "): a number after the month is not its day
_DAY_MONTH_BEFORE = _c(rf"\b(?:[1-9]|[12]\d|3[01])\s+(?:{_MONTH_WORD})\.?\s*$")

_STOP = (
    r"and|or|but|after|before|when|while|as|because|since|who|whom|which|that|where|was|were|is|"
    r"are|be|been|being|had|has|have|said|says|say|told|than|if|then|killed|killing|dead|died|"
    r"wounded|wounding|injured|injuring|hurt|shot|also|to|by|with|during|until|following|later|"
    r"including|leaving|left|in|on|at|from|near"
)
#: A number word that is not the start of an age ("nine", but not "nine-year-old" or "twenty-five-year-old").
_NUMBER_WORD_NOT_AGE = rf"(?:{_UNIT_RE}|{_TENS_RE})\b(?![\w-]*-(?:years?|months?|weeks?|days?)-old)"
# subject gap between the quantity and its verb: up to 6 word tokens, no clause words, no numbers
_GAPTOK = (
    rf"(?:[\s,]+(?!(?:{_STOP}|a|an|several|both|dozens|hundreds)\b)(?!{_NUMBER_WORD_NOT_AGE})"
    r"(?:[a-z][a-z'\.\-]*|\d+-[a-z][\w\-]*))"
)
#: Plural nouns of persons that may share the number before them ("8,000 men and boys", "12 women and children").
_SHARED_PLURALS = r"(?:boys|girls|children|women|men|teenagers|youths|babies|infants)"
_GAPTOK_IN = (  # allows prepositions ("two people in the car were killed")
    r"(?:[\s,]+(?!(?:and|or|but|after|before|when|while|as|because|since|who|whom|which|that|was|"
    r"were|is|are|be|been|had|has|have|said|says|told|than|if|then|killed|killing|dead|died|"
    r"wounded|wounding|injured|injuring|hurt|shot|also|a|an|several|both|"
    rf"dozens|hundreds)\b)(?!{_NUMBER_WORD_NOT_AGE})(?:[a-z][a-z'\.\-]*|\d+-[a-z][\w\-]*)"
    r"|\s+(?:in|at|inside|outside|near|aboard|of|from)\s+an?\b"  # "four people involved in a shooting ... died",
    rf"|\s+and\s+{_SHARED_PLURALS}\b)"  # "8,000 men and boys"
    # "six members of a police patrol were killed"
)
_GAP = rf"(?:{_GAPTOK_IN}{{0,6}}?)"
_AUX_WORDS = (
    r"(?:been|being|all|also|both|reportedly|allegedly|apparently|later|then|subsequently|"
    r"reported|confirmed|believed|feared|said|thought|initially|eventually|each|just|already|since)"
)
# a have-form tells what happened to its subject only with "been" ("have been killed"; never "a gunman has
# killed three") or an injury suffered ("have suffered minor injuries")
_AUX = (
    r"(?:(?:were|was|are|is|got|get|would\s+be|will\s+be|are\s+feared|were\s+feared|are\s+reported|"
    r"were\s+reported|were\s+reportedly|was\s+reportedly|"
    r"(?:had|have|has|to\s+have|could\s+have|may\s+have|might\s+have|"
    r"(?:are|were|is|was)\s+(?:believed|reported|said|thought|feared|known)\s+to\s+have)(?=(?:\s+" + _AUX_WORDS + r")*?\s+(?:been|suffered|sustained|received)\b))"
    r"(?:\s+" + _AUX_WORDS + r")*)"
)
_ADV = (
    r"(?:(?:seriously|critically|gravely|badly|severely|slightly|lightly|mildly|fatally|mortally|"
    r"reportedly|allegedly|apparently|later|also|all|both|each|then|subsequently|instantly|"
    r"immediately|eventually|tragically|killed\s+and|injured\s+and|[a-z]{3,}ly(?<!only)(?<!early))\s+)*"
)

#: Where or how often a victim was shot, between "shot" and "and killed" ("shot in the head and killed",
#: "shot twice and killed").
_SHOT_HOW = (r"(?:(?:in|through)\s+(?:the|his|her|their)\s+[a-z]+(?:\s+and\s+(?:the\s+)?[a-z]+)?\s+|"
             r"(?:twice|once|repeatedly|(?:several|multiple|many|two|three|four|five|\d+)\s+times)\s+)")
_KILL_PASSIVE = (
    r"(?:(?:found|discovered)\s+(?:shot|stabbed|beaten|burned|strangled|bludgeoned|hacked)\s+(?:to\s+death|dead)|"
    r"shot\s+(?:and\s+killed|dead|to\s+death)|shot\s+and\s+fatally\s+wounded|shot\s+" + _SHOT_HOW + r"and\s+killed|"
    r"(?:stabbed|beaten|burned|burnt|hacked|bludgeoned|clubbed|strangled|tortured|machine-?gunned|"
    r"gunned|bombed|blown|crushed|choked|hanged|hacked)\s+to\s+death|killed|slain|murdered|executed|"
    r"massacred|assassinated|slaughtered|beheaded|decapitated|lynched|martyred|gunned\s+down|"
    r"machine-?gunned|fatally\s+(?:shot|stabbed|wounded|injured|hurt|struck|hit|beaten)|"
    r"mortally\s+wounded|(?:found|pronounced|confirmed|reported|declared|left)\s+dead|"
    r"dead\b(?!\s+(?:end|set|last|center|heat|serious|silence|wrong|of\s+night|ahead))|"
    r"among\s+the\s+dead|(?:found|discovered)\s+(?:murdered|slain))"
)
_DIE = (
    r"(?:died|die|dies|dying|perished|succumbed|passed\s+away|lost\s+(?:their|his|her)\s+lives?|"
    r"embraced\s+(?:shahadat|martyrdom)|"
    r"were\s+among\s+the\s+dead|have\s+died|had\s+died|has\s+died)"
)
#: "struck by a stray bullet", "hit by gunfire" (what follows says by what)
_HIT_BY = r"(?:struck|hit)\s+by\s+(?:a\s+)?(?:stray\s+|flying\s+)?"
_WOUND_PASSIVE = (
    r"(?:shot\s+and\s+(?:wounded|injured)|wounded|injured|hurt|hospitali[sz]ed|"
    r"left\s+(?:[a-z]+ly\s+)?(?:wounded|injured|hurt)|"
    # "were being treated at Edendale Hospital for stab and gunshot wounds"
    r"(?:still\s+)?(?:being\s+)?(?:treated|hospitali[sz]ed)\s+(?:(?:at|in)\s+(?:[\w\-'.]+\s+){1,4}?(?:hospitals?|clinics?|"
    r"infirmary|medical\s+cent(?:er|re)s?)\s+)?for\s+(?:[\w\-]+\s+){0,4}?(?:injuries|wounds|injury|wound)|"
    r"(?:taken|rushed|transported|airlifted|flown|evacuated)\s+to\s+(?:a\s+|the\s+|area\s+|local\s+|"
    r"\w+\s+){0,3}?hospitals?|"
    r"(?:suffered|sustained|received)\s+(?:[\w\-]+\s+){0,4}?(?:injuries|wounds|injury|wound)|"
    r"(?:stabbed(?!\s+(?:to\s+death|and\s+killed))|grazed|" + _HIT_BY + r"(?:gunfire|bullets?|shrapnel)))"
)
# plain "shot" (GVA: shot without a stated death is an injury); not "shot at"
_SHOT = (r"(?:shot(?!\s+(?:at(?!\s+(?:the|a|an|another|his|her|their|about|around|approximately|noon|midnight|\d+)\b)|"
         r"dead|to\s+death|and\s+killed|" + _SHOT_HOW + r"and\s+killed|"
         r"and\s+fatally|and\s+(?:wounded|injured)|down)\b))")

_VERB_ACT_KILL = (
    r"(?:shot\s+and\s+killed|shooting\s+and\s+killing|shot\s+dead|shooting\s+dead|killed|killing|kills|"
    r"murdered|murdering|executed|executing|massacred|massacring|slew|slaying|slaughtered|"
    r"(?:hacked|stabbed|beat|clubbed|burned|burnt|shot)\s+to\s+death|"
    r"slaughtering|assassinated|assassinating|beheaded|beheading|gunned\s+down|gunning\s+down|lynched|lynching|"
    r"annihilated|annihilating|liquidated|liquidating|martyring|"   # war communiques: "ANNIHILATING 17 SOLDIERS"
    r"claim(?:ed|ing|s)?\s+the\s+lives?\s+of|took\s+the\s+lives?\s+of|taking\s+the\s+lives?\s+of|"
    r"cost\s+the\s+lives?\s+of|costing\s+the\s+lives?\s+of|fatally\s+(?:shot|shooting|stabbed|"
    r"stabbing|wounded|wounding|injured|injuring|struck|striking|hit)|mortally\s+wound(?:ed|ing))"
)
_VERB_ACT_WOUND = (
    r"(?:shot\s+and\s+(?:wounded|injured)|shooting\s+and\s+(?:wounding|injuring)|wounded|wounding|"
    r"wounds|injured|injuring|injures|hurt|hurting|hospitali[sz]ed|hospitali[sz]ing)"
)
_VERB_ACT_SHOT = r"(?:shot|shooting|shoots)"
_OBJ_AFTER_OK = (  # what may follow an object-less "N killed" / "N wounded"
    r"(?=\s*(?:$|[,.;:!?)\-\"']|(?:and|in|on|at|when|after|during|while|as|since|including|"
    r"by|near|outside|inside|across|overnight|yesterday|today|tonight|this|last|early|late|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|amid|following|but|so|"
    r"according|police|officials?|authorities|said|says|were|was|,)\b))"
)

_PERSON_SG = (
    r"(?:man|woman|boy|girl|child|baby|infant|toddler|teen|teenager|youth|person|individual|"
    r"victim|resident|student|officer|policeman|policewoman|trooper|deputy|soldier|guard|juvenile|minor|"
    r"male|female|adult|patient|motorist|cyclist|bicyclist|jogger|homeowner|tenant|roommate|cashier|"
    r"driver|passenger|pedestrian|bystander|customer|clerk|employee|worker|shopkeeper|owner|"
    r"father|mother|son|daughter|husband|wife|brother|sister|girlfriend|boyfriend|friend|mom|dad|"
    r"grandmother|grandfather|stepfather|stepmother|neighbor|neighbour|suspect|gunman|shooter|robber|intruder|civilian|peasant|farmer|"
    r"journalist|reporter|priest|judge|mayor|councilman|official|leader|commander|colonel|"
    r"captain|lieutenant|sergeant|major|general|businessman|teacher|doctor|nurse|"
    r"bodyguard|escort|chauffeur|agent|member|activist|candidate|politician|unionist|priest|nun|"
    r"schoolteacher|professor|lecturer|headmaster|trader|merchant|vendor|engineer|lawyer|elder|cleric|imam|"
    r"pastor|medic|paramedic|firefighter|fireman|labou?rer|herder|herdsman|fisherman|miner|villager|tourist|"
    r"pilgrim|worshipp?er|diplomat|ambassador|envoy|consul|photographer|cameraman|editor|magistrate|"
    r"prosecutor|lawmaker|legislator|senator|governor|minister|inmate|prisoner|detainee|hostage|refugee|"
    r"constable|gendarme|marine|sailor|paratrooper|commando|sheriff|"
    r"security\s+guard|police\s+officer|army\s+officer|[a-z0-9]+-year-old(?:\s+[a-z]+)?)"
)




# (name, kind, regex, strength); quantity in group "q", verb/evidence = whole match
# kind: killed / wounded / shot ; strength: strong / total / subset / weak / zero
_PATTERNS: list[tuple[str, str, re.Pattern, str, bool]] = []


_NEEDS: dict[str, tuple[str, ...]] = {}  # pattern name -> substrings one of which must occur (speed)


def _add(name: str, kind: str, pattern: str, strength: str = "strong", need: tuple[str, ...] = ()) -> None:
    q_initial = pattern.startswith(f"(?P<q>{Q})") or pattern.startswith(f"(?P<q>(?P<q1>{Q})")
    _PATTERNS.append((name, kind, _c(pattern), strength, q_initial))
    if need:
        _NEEDS[name] = need


# death toll / number of dead (a total)
_add("toll", "killed",
     r"\b(?:(?:death|fatality|casualty)\s+(?:toll|count|figure)|toll|number\s+of\s+(?:the\s+)?"
     r"(?:dead|deaths|fatalities|people\s+killed|those\s+killed|victims))\b[^.;:!?]{0,140}?"
     r"\b(?:to|at|of|is|was|reached|hit|stands|stood|now|rose|climbed|reach|reaching|"
     rf"increased|as|totals?|totaled|totalled)\s+"
     rf"(?P<q>(?!an?\s+(?!dozen|score|few|handful|couple|hundred|thousand)[a-z])(?:{Q}))", "total")
# "The dead numbered 84", "the dead in the Calcutta riots numbered more than 2,000", "the wounded numbered 31"
_add("dead_numbered", "killed",
     rf"\bthe\s+dead\b[^.;:!?]{{0,60}}?\bnumbered\s+(?P<q>{Q})", "total", need=("numbered",))
_add("wounded_numbered", "wounded",
     rf"\bthe\s+(?:wounded|injured)\b[^.;:!?]{{0,60}}?\bnumbered\s+(?P<q>{Q})", "total", need=("numbered",))
# active: "killing four", "killed 12 people", "claimed the lives of 5"
_DET = r"(?:(?:the|all(?:\s+the)?|another)\s+|a\s+(?:group|band|gang|unit|squad)\s+of\s+)?"   # "liquidated a group of seven"
_add("act_kill", "killed", rf"\b{_VERB_ACT_KILL}\s+{_DET}(?P<q>{Q})")
# captives killed: "rounded up 17 men in Tarmiyah ... and shot them dead", "dragged five villagers from their
# homes and executed them"
_add("captives_killed", "killed",
     r"\b(?:rounded\s+up|seized|abducted|kidnapped|dragged|pulled|lined\s+up|captured|took\s+away|marched)\s+"
     rf"{_DET}(?P<q>{Q})\s+(?:[^.;:]{{0,100}}?)\band\s+(?:then\s+|later\s+)?(?:shot|killed|executed|murdered|"
     r"beheaded|hanged|stabbed|hacked|massacred|slaughtered)\s+(?:them|all\s+of\s+them)\b",
     need=("them",))
# (not "killing or wounding 150": a sum of dead and hurt, neither figure)
_add("act_wound", "wounded", rf"(?<!\sor\s)\b{_VERB_ACT_WOUND}\s+{_DET}(?P<q>{Q})")
_add("act_shot", "shot", rf"\b{_VERB_ACT_SHOT}\s+{_DET}(?P<q>{Q})(?!{_GAP}\s+(?:dead|to\s+death))")
# communiques: "neutralised 12 terrorists", "eliminated five militants" (an armed enemy after the number:
# not "eliminated 3,000 jobs")
_add("act_kill_combatants", "killed",
     rf"\b(?:neutrali[sz](?:ed|ing)|eliminat(?:ed|ing)|wiped\s+out|wiping\s+out)\s+{_DET}(?P<q>{Q})"
     rf"(?=\s+(?:[a-z\-]+\s+){{0,2}}?{ARMED_ENEMIES}\b)", need=("neutrali", "eliminat", "wip"))
# second object group: "killed 5 soldiers and 3 civilians", "killed 12 soldiers, four policemen and two
# children" (the middle group is read by the "_mid" pattern; not "12 people, five of them children")
_GROUP = rf"{Q}(?:\s+[a-z\-]+){{1,3}}?"
_MID_GROUP = rf"(?P<q>{Q})(?!\s+of\s+(?:them|whom|those|these)\b)(?:\s+[a-z\-]+){{1,3}}?"
_KILL_LIST_END = (r"(?=\s*(?:[,.;:]|$|\s+(?:in|on|at|when|during|while|near|inside|outside|after|before|who|that|as)\b"
                  r"|\s+and\s+(?:wounded|wounding|injured|injuring|hurt|left|[a-z]{3,}ing)\b))")
_WOUND_LIST_END = (r"(?=\s*(?:[,.;:]|$|\s+(?:in|on|at|when|during|while|near|inside|outside|after|before)\b"
                   r"|\s+and\s+[a-z]{3,}ing\b))")   # "wounding four soldiers and two civilians and damaging homes"
_add("act_kill_and", "killed",
     rf"\b{_VERB_ACT_KILL}\s+{_GROUP}(?:,\s+{_GROUP})?,?\s+and\s+(?P<q>{Q})(?:\s+[a-z\-]+){{1,2}}?" + _KILL_LIST_END)
_add("act_kill_mid", "killed",
     rf"\b{_VERB_ACT_KILL}\s+{_GROUP},\s+{_MID_GROUP},?\s+and\s+{Q}(?:\s+[a-z\-]+){{1,2}}?" + _KILL_LIST_END)
_add("act_wound_and", "wounded",
     rf"\b{_VERB_ACT_WOUND}\s+{_GROUP}(?:,\s+{_GROUP})?,?\s+and\s+(?P<q>{Q})(?:\s+[a-z\-]+){{1,2}}?" + _WOUND_LIST_END)
_add("act_wound_mid", "wounded",
     rf"\b{_VERB_ACT_WOUND}\s+{_GROUP},\s+{_MID_GROUP},?\s+and\s+{Q}(?:\s+[a-z\-]+){{1,2}}?" + _WOUND_LIST_END)
# "claimed 5 lives"
_add("lives", "killed", rf"\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|took|taking|takes)\s+(?P<q>{Q})\s+(?:\w+\s+)?lives\b")
# "left 3 dead", "leaving two people injured"
_add("left_dead", "killed",
     rf"\b(?:left|leaving|leave|leaves)\s+(?P<q>{Q}){_GAP}\s+(?:dead|killed|(?:fatally|mortally)\s+(?:wounded|injured))\b",
     "strong")
_add("left_wound", "wounded",
     rf"\b(?:left|leaving|leave|leaves)\s+(?P<q>{Q}){_GAP}\s+(?:(?:seriously|critically|badly|slightly)\s+)?"
     r"(?:wounded|injured|hurt)\b")
# "left one man dead and a 5-year-old girl injured": the second member of a "left" list
_add("left_and_wound", "wounded",
     rf"\b(?:left|leaving|leave|leaves)\s+{Q}{_GAP}\s+(?:dead|killed)\s+and\s+(?P<q>{Q}){_GAP}\s+"
     r"(?:(?:seriously|critically|badly|slightly)\s+)?(?:wounded|injured|hurt)\b")
# "killed two and sent three others to hospitals"
_add("sent_hospital", "wounded",
     rf"\b(?:sent|sending|sends)\s+(?P<q>{Q}){_GAP}\s+to\s+(?:the\s+|a\s+|area\s+|local\s+)?hospitals?\b")
# "and 5 injured" after a "left N dead" -- handled by subject patterns below
# nouns: "the deaths of 3 soldiers", "massacre of 30 peasants", "bodies of two men"
_add("noun_of", "killed",
     r"\b(?:deaths?|murders?|killings?|massacres?|assassinations?|executions?|slayings?|fatal\s+shootings?|"
     r"bodies|body|corpses?|remains)\s+of\s+(?:at\s+least\s+|some\s+|about\s+|nearly\s+)?"
     rf"(?P<q>{Q})(?=\s+(?:[a-z\-]+\s+){{0,3}}?(?:{_PERSON_SG}|people|persons|men|women|children|"
     r"[a-z\-]{2,}s|[a-z]*men|of\s+them|of\s+the)\b"
     r"|\s*(?:[,.;:]|$))")
# "the fatal shooting of one man and wounding of three other persons"
_add("noun_of_wound", "wounded",
     rf"\b(?:wounding|injuring|non-?fatal\s+shooting)\s+of\s+(?P<q>{Q})(?=\s+(?:[a-z\-]+\s+){{0,3}}?"
     rf"(?:{_PERSON_SG}|people|persons|men|women|children|others)\b)")
_add("noun_deaths", "killed", rf"(?P<q>{Q})(?:\s+[a-z\-]+)?\s+(?:deaths|fatalities|dead\s+bodies|bodies|corpses)\b")
_add("noun_injuries", "wounded",
     rf"(?P<q>{Q})(?:\s+(?:people|persons))?\s+(?:injuries|casualties\s+were\s+injured)\b(?=\s+(?:were|have\s+been)\s+reported)")
# "one fatally", "two of them fatally", "one of whom died"
_add("fatally", "killed",
     rf"(?P<q>{Q})\s+(?:of\s+(?:them|whom|those|the\s+victims)\s+)?(?:fatally|mortally)\b", "subset")
_add("of_whom_died", "killed",
     rf"(?P<q>{Q})\s+of\s+(?:them|whom)\s+(?:later\s+|subsequently\s+|eventually\s+)?"
     rf"(?:{_DIE}|(?:was|were|have\s+been|has\s+been)\s+(?:{_KILL_PASSIVE}))", "subset")
# a follow-up death: "a soldier injured in the ambush has died", "one of the wounded died"
#: Someone hurt in an event who then died, told after the subject ("[a soldier] wounded in the ambush
#: has died", "[a boy] who was shot Saturday evening in Little Village died Monday"), and "one of the
#: wounded died"; `events.FOLLOWUP_DEATH_RE` reads the same words without a subject.
_THEN_DIED = (
    r"(?:(?!\b(?:said|says|told|saw|and|but|while|who|when|after)\b)[^.;]){0,80}?"
    r"\s(?:(?:has|have|had|later|also|subsequently|eventually|since)\s+)*(?:died|succumbed)\b"
)
HURT_THEN_DIED = (
    r"(?:who\s+(?:was|were|had\s+been)\s+)?(?:critically\s+|seriously\s+|badly\s+|gravely\s+)?"
    r"(?:injured|wounded|hurt|shot|hospitali[sz]ed)\s+(?:(?!and\b)[\w']+\s+){0,3}?(?:in|during|on|at|after)\b"
    + _THEN_DIED
)
OF_THE_HURT_DIED = (
    # ("one of the wounded, a 27-year-old woman, died Sunday")
    r"of\s+the\s+(?:[a-z]+\s+)?(?:wounded|injured)(?:\s*,[^,;.]{1,50},)?\s+(?:(?:has|have|had|later|also|"
    r"subsequently|eventually|since)\s+)*(?:died|succumbed)\b"
)
_add("wounded_then_died", "killed", rf"(?<!\bof\s)(?P<q>{Q}){_GAP}\s+" + HURT_THEN_DIED, need=("died", "succumbed"))
_add("of_the_wounded_died", "killed", rf"(?P<q>{Q})\s+" + OF_THE_HURT_DIED, need=("died", "succumbed"))
# subject + passive / intransitive: "seven people ... were killed", "4 dead", "two men died"
_add("subj_kill_aux", "killed", rf"(?P<q>{Q}){_GAP}[\s,]+{_AUX}\s+{_ADV}{_KILL_PASSIVE}")
_add("subj_die", "killed", rf"(?P<q>{Q}){_GAP}[\s,]+(?:(?:later|also|all|both|reportedly|have|had|has|now|since|eventually|subsequently|then|[a-z]{{3,}}ly)\s+)*{_DIE}\b")
# "a fifth victim ... succumbed": the dead now number five (a total, like a toll)
_ORDINAL_N = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
              "tenth": 10}
_add("ordinal_died", "killed",
     rf"\b(?:a|the)\s+(?P<q>{'|'.join(_ORDINAL_N)})\s+(?:[a-z\-]+\s+)?(?:{_PERSON_SG}|victim|person)\b[^.;:]{{0,140}}?"
     r"\b(?:(?:has|have|later|also|since|now)\s+)*(?:died|succumbed|was\s+killed|was\s+pronounced\s+dead|is\s+dead)\b",
     "ordinal", need=tuple(_ORDINAL_N))
# "TWO PASSENGERS DIED AT THE SCENE. A THIRD DIED LATER AT A HOSPITAL": the ordinal alone
_add("ordinal_alone_died", "killed",
     rf"\b(?:a|the)\s+(?P<q>{'|'.join(_ORDINAL_N)})\s+(?:(?:has|have|later|also|since|now)\s+)*"
     r"(?:died|succumbed|was\s+pronounced\s+dead)\b", "ordinal", need=tuple(_ORDINAL_N))
_add("subj_dead", "killed", rf"(?P<q>{Q}){_GAP}[\s,]+(?:were\s+|are\s+|was\s+|is\s+)?(?:found\s+|left\s+|reported\s+|confirmed\s+)?dead\b(?!\s+(?:end|set|last|center|heat)\b)")
_add("subj_kill_noaux", "killed",
     rf"(?P<q>{Q})(?:\s+(?!(?:{_STOP})\b)[a-z][a-z'\-]*){{0,3}}?[\s,]+{_ADV}(?:killed|slain|murdered|executed|massacred|"
     rf"shot\s+dead|shot\s+to\s+death|shot\s+and\s+killed|gunned\s+down|assassinated){_OBJ_AFTER_OK}")
# a headline's bare singular subject: "Teen shot dead", "Man killed in Bronx shooting"
_HEADLINE_MODS = r"(?:(?!(?:a|an|the|his|her|their|its|this|that|one|another)\b)[a-z0-9\-']+\s+){0,2}?"
_add("headline_sg_kill", "killed",
     rf"^\W*(?P<q>{_HEADLINE_MODS}{_PERSON_SG})\s+{_ADV}(?:killed|slain|murdered|shot\s+dead|"
     rf"shot\s+to\s+death|shot\s+and\s+killed|stabbed\s+to\s+death|beaten\s+to\s+death|gunned\s+down)"
     rf"{_OBJ_AFTER_OK}", "strong1")
_add("headline_sg_wound", "wounded",
     rf"^\W*(?P<q>{_HEADLINE_MODS}{_PERSON_SG})\s+{_ADV}(?:wounded|injured|hurt|stabbed){_OBJ_AFTER_OK}",
     "strong1")
# "Rebels kill 12": a headline's present tense (not "to kill 12", "will kill")
_add("act_kill_present", "killed",
     rf"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bcan\s)(?<!\bnot\s)(?<!n't\s)"
     rf"(?<!\bmight\s)(?<!\bthreaten\s)(?<!\bvow\s)\bkill\s+{_DET}(?P<q>{Q})")
# relative clause on the counted noun: "six priests who were killed", "three soldiers that died"
_REL_PASSIVE = r"(?:who|that)\s+(?:were|was|had\s+been|have\s+been|has\s+been)(?:\s+(?:all|also|both|later|reportedly))*"
_add("rel_kill", "killed", rf"(?P<q>{Q}){_GAP}(?:\s*,[^,;]{{1,40}},)?[\s,]+{_REL_PASSIVE}\s+{_ADV}{_KILL_PASSIVE}",
     need=("who", "that"))
_add("rel_die", "killed",
     rf"(?P<q>{Q}){_GAP}(?:\s*,[^,;]{{1,40}},)?[\s,]+(?:who|that)\s+(?:(?:later|also|all|have|had|has)\s+)*{_DIE}\b",
     need=("who", "that"))
_add("rel_shot", "shot", rf"(?P<q>{Q}){_GAP}(?:\s*,[^,;]{{1,40}},)?[\s,]+{_REL_PASSIVE}\s+{_ADV}{_SHOT}\b",
     need=("who", "that"))
_add("rel_wound", "wounded", rf"(?P<q>{Q}){_GAP}(?:\s*,[^,;]{{1,40}},)?[\s,]+{_REL_PASSIVE}\s+{_ADV}{_WOUND_PASSIVE}",
     need=("who", "that"))
_add("subj_wound_aux", "wounded", rf"(?P<q>{Q}){_GAP}[\s,]+{_AUX}\s+{_ADV}{_WOUND_PASSIVE}")
_add("subj_wound_noaux", "wounded",
     rf"(?P<q>{Q})(?:\s+(?!(?:{_STOP})\b)[a-z][a-z'\-]*){{0,3}}?[\s,]+{_ADV}(?:wounded|injured|hurt|hospitali[sz]ed)"
     rf"{_OBJ_AFTER_OK}")
#: A headline's bare age noun ("7-year-old girl and her mother"): one person, a word of its own.
_AGE_NOUN = r"\d{1,3}-year-old"
# "A 3-year-old girl is recovering ... after being accidentally shot": the subject is the one shot
_AFTER_BEING = (rf"(?P<q>{Q})(?:\s+(?!(?:{_STOP})\b)(?:[a-z][a-z'\-]*|{_AGE_NOUN})){{0,3}}?\s+"
                r"(?:is|are|was|were|remains?|remained)\b[^.;:]{0,80}?\bafter\s+being\s+" + _ADV)
_add("subj_after_being_shot", "shot", _AFTER_BEING + r"shot\b(?!\s+(?:at|dead|to\s+death|and\s+killed))")
_add("subj_after_being_wounded", "wounded", _AFTER_BEING + r"(?:wounded|injured)\b")
# "one of four people shot and wounded Friday": a counted noun, then the pair of verbs
_add("subj_shot_wound_noaux", "wounded",
     rf"(?P<q>{Q})(?:\s+(?!(?:{_STOP})\b)[a-z][a-z'\-]*){{1,3}}?\s+shot\s+and\s+(?:wounded|injured)"
     rf"{_OBJ_AFTER_OK}")
_add("subj_wound_verb", "wounded",
     rf"(?P<q>{Q}){_GAP}[\s,]+(?:(?:also|later|each|all|both|reportedly)\s+)?(?:suffered|sustained|received)\s+"
     r"(?:[\w\-]+\s+){0,4}?(?:injuries|wounds|injury|wound)\b")
_add("subj_shot_aux", "shot", rf"(?P<q>{Q}){_GAP}[\s,]+{_AUX}\s+{_ADV}{_SHOT}\b")
# "two men showed up at a hospital with gunshot wounds": shot (the dead may be among them)
_add("subj_came_shot", "shot",
     rf"(?P<q>{Q}){_GAP}[\s,]+(?:(?:later|then)\s+)?(?:showed\s+up|turned\s+up|arrived|walked|went|drove|"
     r"was\s+driven|were\s+driven|was\s+dropped\s+off|were\s+dropped\s+off)\s+(?:at|to|into|in)\s+"
     r"(?:[\w\-']+\s+){0,4}?(?:hospitals?|medical\s+cent(?:er|re)|emergency\s+room|er|clinic|trauma\s+cent(?:er|re))"
     r"(?:\s+[\w\-']+){0,3}?\s+(?:with|suffering(?:\s+from)?)\s+(?:a\s+|multiple\s+|several\s+|non-life-threatening\s+|"
     r"life-threatening\s+)?(?:gunshot|bullet)\s+wounds?\b")
# headline style, no auxiliary: "4 shot, 1 killed in SE DC shooting", "Three men shot in Chicago"
_add("subj_shot_noaux", "shot",
     rf"(?P<q>{Q})(?:\s+(?!(?:{_STOP})\b)[a-z][a-z'\-]*){{0,2}}?\s+shot\b"
     r"(?=\s*[,;:.]|\s*$|\s+(?:in|at|on|near|during|after|overnight|outside|inside|while|early|late|last|"
     r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)")
# adjectival: "one dead terrorist", "two wounded soldiers"
_add("adj_dead", "killed", rf"(?P<q>{Q})\s+(?:dead|slain)\s+(?!end\b|set\b|heat\b)[a-z]+")
_add("adj_wounded", "wounded", rf"(?P<q>{Q})\s+(?:wounded|injured)\s+(?![a-z]+ed\b)[a-z]+(?<!and)\b")
# bodies found: "3 bodies were found"
_add("bodies", "killed", rf"(?P<q>{Q})\s+(?:[a-z\-]+\s+)?(?:bodies|corpses)\b")
# "a body was found in a driveway", "the body of a woman was discovered": one dead
_add("a_body", "killed",
     r"\b(?P<q>a|the)\s+(?:[a-z\-]+\s+)?(?:body|corpse)\s+(?:of\s+(?:a|an)\s+(?:[a-z0-9\-]+\s+){0,3}?)?"
     r"(?:was|has\s+been|had\s+been|were)\s+(?:later\s+)?(?:found|discovered|recovered|pulled|dumped)\b", "weak",
     need=("body", "corpse"))
# suicide
_add("suicide", "killed",
     r"\b(?:killed|killing|kills|fatally\s+shot|fatally\s+shooting)\s+(?:him|her|them)sel(?:f|ves)\b|"
     r"\b(?:shot|shooting|shoots)\s+(?:him|her|them)sel(?:f|ves)\s+(?:to\s+death|dead|fatally)\b|(?<!\bto\s)\b(?:took|taking|takes)\s+(?:his|her)\s+own\s+life\b|"
     r"\bcommitted\s+suicide\b|"
     # "before turning the gun on himself" (not when he survived: "... and is in critical condition")
     r"\bturn(?:ed|ing|s)\s+(?:the|a|his|her)\s+(?:gun|weapon|rifle|pistol|handgun|shotgun)\s+on\s+(?:him|her)self\b"
     r"(?![^.;]{0,80}\b(?:surviv\w*|critical|hospitali[sz]ed|injur\w*|wound\w*|condition)\b)", "suicide")
# "killed four worshippers and himself": the attacker too
_add("and_himself", "killed", r"\b(?:killed|killing|kills)\s+(?:[\w\-]+\s+){1,4}?and\s+(?P<q>(?:him|her)self)\b",
     "suicide", need=("self",))
# "cut the throats of 12 villagers": killed
_add("throats", "killed", rf"\b(?:cut|slit|slitting|cutting)\s+the\s+throats?\s+of\s+(?P<q>{Q})", need=("throat",))
# "blew himself up, killing himself and four others": the others, beside the attacker
_add("himself_and", "killed", rf"\b(?:killed|killing|kills)\s+(?:him|her|them)sel(?:f|ves)\s+and\s+(?P<q>{Q})",
     need=("self",))
# "X was killed ..., along with two of his bodyguards"
_ALONG_WITH = r"[^.;:]{0,80}?,?\s+(?:along|together)\s+with\s+"
_add("along_with", "killed",
     rf"\b(?:killed|murdered|assassinated|slain|executed|died|shot\s+dead)\b{_ALONG_WITH}"
     rf"(?P<q>{Q})(?!\s+(?:of\s+)?(?:[a-z\-]+\s+){{0,2}}?(?:gunmen|attackers|assailants|accomplices|suspects|men\s+who))",
     need=("along", "together"))
# "X was killed along with his bodyguard": one more victim (a counted one is read just above)
_ALONG_VERB = rf"\b(?:killed|murdered|assassinated|slain|executed|died|dead|shot\s+dead)\b{_ALONG_WITH}"
_add("along_with", "killed",
     rf"{_ALONG_VERB}(?P<q>(?:his|her|their|a|an|the)\s+(?:[a-z\-]+\s+){{0,2}}?{_PERSON_SG})\b(?!\s*(?:'s|who\s+(?:killed|shot)))",
     "strong1", need=("along", "together"))
# coordinated singular subjects: "a man and a woman were killed"
_CTOK = rf"(?:\s+(?!(?:{_STOP}|{_UNIT_RE}|{_TENS_RE}|a|an|hundred|thousand|million)\b)(?:[a-z][a-z'\-]*|{_AGE_NOUN}))"
_COORD = (
    # not the object of a preposition: "was taken to a hospital and his passenger was killed"
    # ("five soldiers, two policemen and three civilians were killed": a first group before the pair)
    rf"(?<![\w'\-])(?<!\bto\s)(?<!\bat\s)(?<!\bin\s)(?<!\binto\s)(?P<q>(?:(?P<q0>{Q}){_CTOK}{{1,3}}?,\s+(?={Q}\s))?"
    rf"(?:(?P<q1>{Q})|another|{_AGE_NOUN}){_CTOK}{{1,3}}?,?\s+and\s+(?:(?P<q2>{Q})|his|her|their|its|another|"
    rf"the(?=\s+(?:[a-z\-]+\s+)?{_PERSON_SG}\b(?!s)))"
    rf"{_CTOK}{{1,3}}?)"
)
_add("coord_kill", "killed", rf"{_COORD}[\s,]+{_AUX}\s+{_ADV}(?:{_KILL_PASSIVE})", "coord")
_add("coord_die", "killed", rf"{_COORD}[\s,]+(?:(?:later|also|both)\s+)*{_DIE}\b", "coord")
_add("coord_dead", "killed",
     rf"{_COORD}[\s,]+(?:are|were)\s+(?:(?:all|both|now|also|later)\s+)*(?:found\s+|confirmed\s+)?dead\b", "coord")
# "the shooting that left five people and an unborn baby dead"
_add("coord_left_dead", "killed", rf"\b(?:left|leaving|leave|leaves)\s+{_COORD}\s+(?:dead|killed)\b", "coord",
     need=("left", "leav"))
# "a triple homicide", "the double murder", "a quadruple shooting": the victims in one word
_MULTIPLE_N = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_add("multiple_kill", "killed",
     r"\b(?P<q>double|triple|quadruple|quintuple)\s+(?:homicides?|murders?|killings?|slayings?|fatal\s+shootings?|"
     r"murder-suicides?)\b", "multiple", need=("double", "triple", "quadruple", "quintuple"))
_add("multiple_shot", "shot", r"\b(?P<q>double|triple|quadruple|quintuple)\s+shootings?\b", "multiple",
     need=("double", "triple", "quadruple", "quintuple"))
# no auxiliary: "found two men and a woman shot dead", "the three people and an unborn baby killed inside"
_add("coord_kill_noaux", "killed",
     rf"{_COORD}[\s,]+{_ADV}(?:killed|slain|murdered|shot\s+dead|shot\s+to\s+death|gunned\s+down){_OBJ_AFTER_OK}",
     "coord")
# "5-year-old boy and 2 others wounded in drive-by" (a headline: no auxiliary)
_add("coord_wound_noaux", "wounded", rf"{_COORD}[\s,]+{_ADV}(?:wounded|injured|hurt){_OBJ_AFTER_OK}", "coord")
_add("coord_wound", "wounded", rf"{_COORD}[\s,]+{_AUX}\s+{_ADV}(?:{_WOUND_PASSIVE})", "coord")
_add("coord_shot", "shot", rf"{_COORD}[\s,]+{_AUX}\s+{_ADV}{_SHOT}\b", "coord")
# weak singular: "the victim died", "he was pronounced dead"
_WEAK_SUBJ = (
    rf"(?:\b(?:he|she)|\b(?:the|that|this|his|her|their|[a-z]+'s)\s+(?:[a-z\-]+\s+){{0,2}}?{_PERSON_SG}(?:\s+\([^)]*\))?"
    r"|\bwho(?=\s+(?:was|has\s+been|had\s+been)\b))"
)
_add("weak_kill", "killed", rf"(?P<q>{_WEAK_SUBJ})(?:,[^,;]{{1,40}},)?\s+{_AUX}\s+{_ADV}{_KILL_PASSIVE}", "weak")
_add("weak_die", "killed", rf"(?P<q>{_WEAK_SUBJ})(?:,[^,;]{{1,40}},)?\s+(?:(?:later|also|eventually|subsequently|then|[a-z]{{3,}}ly)\s+)*{_DIE}\b", "weak")
# "the teenager that accidentally shot himself on Thursday has died", "a female who was shot in a
# park died at the hospital": a relative clause between the victim and the death
_REL_GAP = (r"(?:(?!\b(?:said|says|say|told|tells|saw|see|seen|added|believes?|thinks?|knows?|heard|who|that)\b)"
            r"[^.;:]){3,90}?")  # the relative clause's words, not across a verb of saying or a second clause
_add("weak_rel_die", "killed",
     rf"(?P<q>{_WEAK_SUBJ})\s+(?:who|that)\s+{_REL_GAP}\s+(?:(?:has|had|later|since|then|eventually)\s+)*"
     r"(?:died|succumbed)\b", "weak", need=("who", "that"))
_add("rel_long_die", "killed",
     rf"(?P<q>{Q})(?:\s+[a-z0-9\-]+){{1,3}}?\s+(?:who|that)\s+(?:was|were)\s+{_REL_GAP}\s+"
     r"(?:(?:has|have|had|later|since|then|eventually)\s+)*(?:died|succumbed)\b", need=("who", "that"))
_add("weak_wound", "wounded", rf"(?P<q>{_WEAK_SUBJ})(?:,[^,;]{{1,40}},)?\s+{_AUX}\s+{_ADV}{_WOUND_PASSIVE}", "weak")
_add("weak_shot", "shot", rf"(?P<q>{_WEAK_SUBJ})(?:,[^,;]{{1,40}},)?\s+{_AUX}\s+{_ADV}{_SHOT}\b", "weak")
_add("weak_sg_kill", "killed",
     rf"\b(?P<q>was|has\s+been|had\s+been)\s+{_ADV}(?!dead\b)(?:{_KILL_PASSIVE})", "weak")
_add("weak_and_died", "killed",
     r"\b(?P<q>and|but|before|where\s+(?:he|she))\s+(?:later\s+|eventually\s+|subsequently\s+|then\s+)?"
     r"(?:died|succumbed)\b", "weak")
_add("weak_self_shot", "shot", r"\b(?P<q>shot|shooting|shoots)\s+(?:him|her)self\b(?!\s+(?:to\s+death|dead|fatally))", "weak")
_add("weak_act_kill", "killed",
     rf"\b{_VERB_ACT_KILL}\s+(?P<q>(?:his|her|their)\s+(?:[a-z\-]+\s+|\d+-(?:year|month|week)-old\s+)?(?:wife|husband|son|daughter|"
     r"mother|father|brother|sister|girlfriend|boyfriend|ex-wife|ex-girlfriend|ex-husband|"
     r"ex-boyfriend|grandmother|grandfather|stepfather|stepmother|child|baby|cousin|uncle|aunt|"
     r"nephew|niece|roommate|neighbor|neighbour|friend|partner|fiancee?))\b", "strong1")

# "A policeman was killed and his colleague injured": the verb of the second victim is left out
_add("elided_wound", "wounded",
     rf"\b(?:was|were)\s+(?:shot\s+dead|killed|shot|slain)\s+and\s+(?P<q>(?:his|her|their)\s+(?:[a-z\-]+\s+)?"
     rf"(?!and\b|was\b|were\b)[a-z]+|(?:a|an|one|another)\s+(?:[a-z\-]+\s+)?{_PERSON_SG})\s+(?:seriously\s+|critically\s+|badly\s+|slightly\s+)?(?:injured|wounded|hurt)\b"
     r"(?!\s+(?:a|an|the|his|her|their)\b)", "strong1", need=("injured", "wounded", "hurt"))

# hospital condition = wounded: "two others are in critical condition", "he was listed in stable condition"
_COND = (
    r"(?:(?:was|were|is|are|remains?|remained|has\s+been|have\s+been)\s+)(?:(?:still|now|also|later|"
    r"reportedly|initially|both|each)\s+)*(?:(?:listed|reported|described|hospitali[sz]ed|recovering|"
    # ("remains in a critical condition", "is in hospital in a serious but stable condition")
    r"upgraded|downgraded)\s+)?(?:as\s+)?(?:in\s+(?:the\s+)?hospital\s+)?(?:in\s+)?(?:an?\s+)?(?:(?:critical|serious|"
    r"stable|fair|good|grave|guarded|"
    r"satisfactory|life-threatening)(?:\s+(?:but|and|to)\s+(?:stable|critical|serious|fair))?)\s+condition\b"
)
_add("subj_cond", "wounded", rf"(?P<q>{Q}){_GAP}[\s,]+{_COND}", need=("condition",))
_add("weak_cond", "wounded", rf"(?P<q>{_WEAK_SUBJ})(?:,[^,;]{{1,40}},)?\s+{_COND}", "weak", need=("condition",))
_add("other_cond", "wounded",
     rf"\b(?P<q>another|a\s+second|a\s+third|the\s+other|the\s+second)(?:\s+(?:[a-z\-]+\s+)?{_PERSON_SG})?"
     rf"\s+(?:{_COND}|{_AUX}\s+{_ADV}{_WOUND_PASSIVE}|{_ADV}(?:wounded|injured|hurt)\b(?!\s+(?:a|an|the|his|her)\b))",
     "strong1")
_add("other_kill", "killed",
     rf"\b(?P<q>another|a\s+second|a\s+third|the\s+other|the\s+second)(?:\s+(?:[a-z\-]+\s+)?{_PERSON_SG})?"
     rf"\s+(?:{_AUX}\s+{_ADV}(?!dead\b){_KILL_PASSIVE}|(?:later\s+|also\s+)?died\b|(?:is|was)\s+dead\b)",
     "strong1")
# "Another teen, also 15, was shot in the foot": one more victim shot, on top of the dead
_add("other_shot", "shot",
     rf"\b(?P<q>another|a\s+second|a\s+third|the\s+other|the\s+second)(?:\s+(?:[a-z\-]+\s+)?{_PERSON_SG})?"
     rf"(?:,[^,;]{{1,40}},)?\s+{_AUX}\s+{_ADV}{_SHOT}\b", "strong1")
_NEEDS["other_cond"] = _NEEDS["other_kill"] = _NEEDS["other_shot"] = ("another", "other", "second", "third")
_NEEDS.update({"toll": ("toll", "number"), "lives": ("lives",), "suicide": ("sel", "suicide", "own", "himself", "herself"),
               "bodies": ("bod", "corpse"), "noun_deaths": ("death", "fatalit", "bod", "corpse"),
               "noun_injuries": ("injur", "casualt"), "fatally": ("fatally", "mortally"),
               "of_whom_died": ("them", "whom"), "left_dead": ("left", "leav"),
               "left_wound": ("left", "leav"), "weak_self_shot": ("sel",), "weak_and_died": ("died", "succumbed")})

# word starts where a quantity may begin (patterns that open with a quantity are only tried there)
_Q_START = _c(
    r"(?<![\w.,:$#/\-])\d|\b(?:at|no|not|a|an|more|well|just|over|upwards|in|greater|another|still|additional|"
    r"further|nearly|almost|close|about|around|some|approximately|approx|roughly|estimated|circa|perhaps|"
    r"possibly|exactly|all|only|up|as|fewer|less|under|between|from|half|tens|dozens|scores|hundreds|"
    rf"thousands|several|both|{_UNIT_RE}|{_TENS_RE})\b"
)

# named victims (mixed-case text only): "John Smith, 24, was shot and killed", "Crawford died"
_NAME = (
    r"(?<![\w.])(?!(?:The|This|That|It|He|She|They|We|Police|Officials|Authorities|Deputies|Officers|"
    r"Witnesses|Investigators|Sheriff|Army|Ministry|According|But|And|When|After|Before|Two|Three|One|"
    r"Four|Five|Six|Seven|Eight|Nine|Ten|No|None|Nobody|Both|All|Several|Many|Some|Others?|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Today|Yesterday|Tonight)\b)"
    r"[A-Z][a-z'\-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'\-]+|de|del|la|van|von)){0,3}(?:\s+(?:Jr|Sr|II|III)\.?)?"
    r"(?:\s*,\s*(?:\d{1,3}|[a-z\s,\-]{1,40}?)\s*,|\s*\(\d{1,3}\))?"
)
_NAMED: list[tuple[str, str, re.Pattern, str]] = [
    ("named_kill", "killed", _c(
        rf"(?P<q>{_NAME})\s+(?i:{_AUX}\s+{_ADV}{_KILL_PASSIVE})"), "weak"),
    ("named_die", "killed", _c(
        rf"(?P<q>{_NAME})\s+(?i:(?:(?:later|also|eventually|subsequently|then)\s+)*{_DIE}\b)"), "weak"),
    ("named_wound", "wounded", _c(
        rf"(?P<q>{_NAME})\s+(?i:{_AUX}\s+{_ADV}{_WOUND_PASSIVE})"), "weak"),
    ("named_shot", "shot", _c(
        rf"(?P<q>{_NAME})\s+(?i:{_AUX}\s+{_ADV}{_SHOT}\b)"), "weak"),
    ("along_with", "killed", _c(rf"(?i:{_ALONG_VERB})(?P<q>{_NAME})"), "strong1"),
    ("named_obj", "killed", _c(
        rf"\b(?i:{_VERB_ACT_KILL})\s+(?P<q>{_NAME})(?=\s*(?:[,.;:]|$|\s+(?:and|in|on|at|as|who|inside|outside|"
        r"near|while|when|after)\b))"), "weak"),
]

# ---------------------------------------------------------------------------
# noun phrases without a leading number: named victims, lists, nominalizations
# ---------------------------------------------------------------------------
# Grammatical number of a noun phrase decides the figure (works in ALL CAPS too):
# a singular NP, a name or a title => 1; "A, B AND C" => 3; "X AND HIS BODYGUARD" => 2;
# a plural noun without a number ("the priests") => no figure.

_NP_CUT = _c(
    r"[.;:!?()\"\[\]]|--|\s-\s|\b(?:in|on|at|by|with|during|when|while|after|before|near|outside|inside|as|who|"
    r"whom|which|that|whose|from|for|last|yesterday|today|tonight|this|early|late|then|because|since|"
    r"where|but|was|were|is|are|had|has|have|be|been|said|says|say|according|reportedly|apparently|"
    r"allegedly|around|about|shortly|into|onto|amid|following|despite|without|to|under|over|through|"
    r"against|among|between|himself|herself|themselves|itself|allegedly|and\s+(?:then|later|also|"
    r"wounded|wounding|injured|injuring|killed|killing|shot|shooting|fled|escaped|left|took|stole)|"
    r"died|dies|dead|killed|murdered|wounded|injured|hurt|shot|slain|executed|massacred|assassinated|"
    r"kidnapped|abducted|disappeared|arrested|captured|can|could|will|would|may|might|must|should|"
    # a participle after a name continues the sentence, it lists no one: "X, carried out by rebels"
    r"carried|committed|perpetrated|identified|believed|suspected|accused|described|considered|"
    r"thought|presumably|"
    # what an event noun did: "the assassination of X, its candidate, forced it to withdraw"
    r"forced|caused|prompted|sparked|shocked|triggered|angered|outraged|provoked|occurred|happened|"
    r"early|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|overnight|"
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)\b"
)
_DETS = r"(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|[a-z\-]+'s)"
_PLURAL_WORDS = _c(
    r"^(?:people|persons|men|women|children|police|policemen|guerrillas|guerillas|males|females|"
    r"couples|candidates|inmates|delegates|associates|comrades|others|both|all|families|relatives|"
    r"youths|troops|crew|peoples|militia|staff)$"
)
_PLURAL_END = _c(r"(?:[bcdfghklmnprtwy]s|ges|ees|ves|ies|ses|ches|shes|xes|men)$")
_NONPERSON = _c(
    r"^(?:it|they|we|he|she|i|nevertheless|however|meanwhile|moreover|also|them|us|me|you|there|here|this|that|so|due|now|again|home|everyone|everybody|anyone|"
    r"anybody|someone|somebody|one|none|all|each|more|less|much|time|one\s+another|each\s+other|"
    r"everything|anything|nothing|something|people|"
    r"hopes?|plans?|bills?|deals?|process|talks|peace|democracy|country|nation|movement|party|"
    r"government|army|state|engine|lights?|power|chances?)$"
)
_ORG_WORDS = _c(
    r"\b(?:government|army|police|group|front|country|nation|state|party|cartel|organi[sz]ation|"
    r"movement|forces|military|guerrillas|regime|ministry|company|city|department|world|year|week|"
    r"weekend|night|today|yesterday|shooting|attack|crash|fire)$"
)
_PERSONISH = _c(
    rf"\b(?:{_PERSON_SG}|grandson|granddaughter|nephew|niece|cousin|uncle|aunt|senator|president|minister|candidate|congressman|deputy|governor|"
    r"ambassador|msgr|monsignor|archbishop|bishop|father|dr|mr|mrs|ms|attorney|magistrate|"
    r"councillor|councilor|alderman|rector|director|chief|editor|banker|industrialist|rancher|"
    r"landowner|lawyer|engineer|[a-z0-9]+-year-old|infant|son|daughter|wife|husband|girlfriend|"
    r"boyfriend|mother|father|secretary|aide|assistant|cook|maid|housekeeper|mufti|imam|sheikh|shaikh|"
    r"cleric|rabbi|pastor|preacher|chieftain|elder|headman|governor|prefect|superintendent|inspector)\b"
)
_TITLE_START = _c(_PERSONISH.pattern.replace(r"\b(?:", r"^(?:", 1))
_Q_AT_START = _c(rf"(?P<q>{Q})(?=\s|$)")


#: A determiner opening a noun phrase ("a", "his", "another", "the victim's").
_DET_START = _c(r"(?:a|an|the|his|her|their|its|another|[a-z\-]+'s)\b")


#: Given names ending like a participle or an adverb, for text whose case says nothing.
_ED_LY_NAMES = frozenset("""
mohammed muhammed mohamed ahmed mehmed hamed saeed javed naveed waleed khaled rashed majed fahed zayed
hameed rasheed majeed fred ted ned jed reed emily kelly beverly holly molly sally shelly kimberly ashley
bradley stanley dudley wesley shirley billy lily
""".split())


_NP_TAIL_ADVERB = _c(r"\s+(?:there|here|today|yesterday|tonight|now|then|again|instead)[\s,]*$")


def _item_count(item: str, orig_item: str, caps: bool, low_ctx: str, off: int) -> int | None:
    """Persons in one conjunct: 1 for a singular NP/name, N for "N ..."; None if unknown/plural."""
    tail = _NP_TAIL_ADVERB.search(item)
    if tail:  # "KILLING CIVILIANS THERE": the adverb is no part of the name
        item, orig_item = item[:tail.start()], orig_item[:tail.start()]
    it = item.strip(" ,")
    it = re.sub(r"^(?:and|also|both|even)\s+", "", it)
    if not it:
        return None
    toks = it.split()
    if _NONPERSON.match(it):
        return None
    if it in ("him", "her"):
        return 1
    body = re.sub(r"^(?:the|these|those|his|her|their|its|our|[a-z\-]+'s)\s+", "", it)
    if re.match(_AGE_NOUN + r"\b", body) and not _PLURAL_END.search(toks[-1]):
        return 1        # "7-year-old girl and her mother" (a headline's bare age noun): one person
    m = _Q_AT_START.match(body)
    if m and m.group("q").strip() not in ("a", "an") and body[:m.end()].strip():
        q = m.group("q")
        qa = low_ctx.find(q, off)
        if qa < 0 or not _valid_q(low_ctx, qa, qa + len(q), q):
            return None
        c = _parse_q(q, q)
        if c is None or c.best is None or c.best == 0 or c.low != c.best or c.high != c.best:
            return None
        return c.best
    if re.match(r"^(?:others?|some|many|several|various|numerous|dozens|hundreds|scores|most|all)\b", body):
        return None
    head = toks[-1].rstrip(",'")
    if head.endswith("'s") or head in ("of", "and", "the", "a", "an"):
        return None
    if _PLURAL_WORDS.match(head) or (_PLURAL_END.search(head) and not head.endswith("ss")):
        if not (caps and len(toks) >= 2 and not re.match(rf"^{_DETS}\b", it) and
                _TITLE_START.match(it) and not _PLURAL_WORDS.match(head)):
            return None
    if any((_PLURAL_WORDS.match(t) or (_PLURAL_END.search(t) and not t.endswith("ss"))) and not _TITLE_START.match(t)
           and not (t == "police" and i < len(toks) - 1)  # "a police colonel"
           for i, t in enumerate(toks) if i > 0) or _NONPERSON.match(toks[0]) or (
               re.search(r"(?:ly|ed)$", toks[0]) and toks[0] not in _ED_LY_NAMES
               and (caps or len(toks) < 2 or not all(w[:1].isupper() for w in orig_item.split()))):
        return None  # "human beings continue", "lived at", "nevertheless" (not "Mohammed Ali", "Kelly Ruiz")
    has_det = bool(_DET_START.match(it))
    if has_det:
        headpart = it.split(" of ")[0]
        return 1 if (_PERSONISH.search(headpart) or re.search(r"\d+-year-old|\bvictim\b", headpart)) else None
    # bare NP: a name or a title (+ name)
    if not caps:
        words = orig_item.strip(" ,").split()
        if not words or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("de", "del", "la", "van", "von")
                                for w in words):
            return None
        if not (words[0][:1].isupper() or _PERSONISH.search(it)):
            return None
    if len(it.split(" of ")[0].split()) > 7:  # "leader of the national revolutionary movement" is one
        return None
    return 1


def _item_counts(parts: list[str], oparts: list[str], poffs: list[int], caps: bool, low_ctx: str,
                 off: int) -> list[int | None]:
    """`_item_count` of each conjunct (parts, their original-case text and offsets)."""
    return [_item_count(p, op, caps, low_ctx, off + po) for p, op, po in zip(parts, oparts, poffs)]


def _counted_group_list(parts: list[str], oparts: list[str], poffs: list[int], right: str, oright: str,
                        roff: int, m_and: re.Match | None, caps: bool, low_ctx: str, off: int) -> int | None:
    """"6 clergymen, a maid, and her daughter" (serial comma, singular members whose number is not
    the group's): a list of 8. "Two reporters, A and B" renames the group (None)."""
    if m_and is None or not right:
        return None
    if any(re.match(r"\s*[a-z]+ing\b", p) for p in [*parts[1:], right]):
        return None  # "wounding three others, and destroying several homes": a clause, not a victim
    first, *rest = _item_counts([*parts, right], [*oparts, oright], [*poffs, roff], caps, low_ctx, off)
    if first is None or any(c is None for c in rest):
        return None
    if all(_COUNTED_PERSONS.match(p.strip()) for p in [*parts[1:], right]):
        # "four railway workers, two soldiers and nine passengers": groups counted one by one ("three
        # people, two soldiers and a child" would rename the first group: the rest add up to it)
        return first if sum(rest) == first and _GENERIC_GROUP.match(parts[0].strip(), len(parts[0].strip().split()[0])) \
            else first + sum(rest)
    if not m_and.group(0).startswith(",") or first < 2 or any(c != 1 for c in rest) or len(rest) == first:
        return None
    return first + len(rest)


#: A plural noun of persons with no number of its own ("boys", "children" in "8,000 men and boys").
_BARE_PLURAL = _c(rf"(?:[a-z\-]+\s+)?{_SHARED_PLURALS}")
#: A group named by no more than its number ("five people"), which a list after it may break down.
_GENERIC_GROUP = _c(r"\s+(?:[a-z\-]+\s+)?(?:people|persons|individuals|victims|others)\b")
#: A number and a plural noun ("five other jesuits"), not a bare number (an age: "X, 25, and Y").
_COUNTED_PERSONS = _c(r"^\S+(?:\s+\S+)*\s+(?!(?:years?|old)\b)[a-z\-]+(?:s|men|people|police|children)$")


def _name_like(part: str) -> bool:
    toks = part.split()
    return (1 <= len(toks) <= 5 and not re.match(r"^(?:a|an|the|his|her|their|its)\b", part)
            and not re.search(r"\b(?:of|in|for|from|at|on|with|who|which)\b|\d", part))


#: Abbreviated titles whose dot does not end a noun phrase ("Mrs. Casanova", "Sgt. Ruiz").
_TITLE_DOT = _c(r"\b(mrs|mr|ms|dr|gen|col|lt|capt|sgt|cpl|msgr|rev|sen|rep|gov|maj|prof|fr)\.(?=\s)")


#: A parenthesised acronym inside a noun phrase ("the national revolutionary movement (mnr)").
_ACRONYM_PAREN = _c(r"\s\([a-z\-]{2,8}\)(?=[\s,])")


#: A singular person noun without a determiner, with at most two modifiers ("younger brother").
_BARE_PERSON = _c(rf"(?:[a-z\-]+\s+){{0,2}}(?:{_PERSON_SG}|nephew|niece|cousin|uncle|aunt|stepson|stepdaughter)")


#: A plural kin or victim group that a list of names renames ("her parents, A and B").
_KIN_GROUP = _c(r"(?:his|her|their|the)\s+(?:[a-z\-]+\s+)?(?:parents|grandparents|sons|daughters|children|"
                        r"brothers|sisters|kids|cousins|friends|victims|relatives)")


def _np_count(np: str, orig: str, caps: bool, low_ctx: str, off: int) -> tuple[int, int] | None:
    """(persons, length used) for the noun phrase at the start of np, or None."""
    np = re.sub(r"\b(?:as\s+well\s+as|along\s+with|together\s+with)\b", lambda m: " and" + " " * (len(m.group(0)) - 4), np)
    np = _TITLE_DOT.sub(lambda m: m.group(1) + " ", np)  # "mrs. casanova" is one name, not a cut
    np = _ACRONYM_PAREN.sub(lambda m: " " * len(m.group(0)), np)  # "movement (mnr), and x": no cut
    mcut = _NP_CUT.search(np)
    end = mcut.start() if mcut else len(np)
    if mcut and re.match(r"(?:died|dies|dead|killed|murdered|wounded|injured|hurt|shot|slain|executed|"
                         r"massacred|assassinated|kidnapped|abducted|disappeared|arrested|captured)\b", mcut.group(0)):
        # "398 soldiers and 800 wounded": the last conjunct belongs to the next figure
        mand = list(re.finditer(r",?\s+and\s+", np[:end]))
        if mand:
            end = mand[-1].start()
    seg = np[:end]
    # trailing punctuation/space
    seg = seg.rstrip(" ,")
    if not seg.strip():
        return None
    length = len(seg)
    oseg = orig[:length]
    # split into conjuncts: serial comma list "A, B, and C" / "A and B"
    m_and = None
    for mm in re.finditer(r",?\s+and\s+", seg):
        m_and = mm
        if mm.group(0).startswith(","):
            break
    if m_and is None:
        left, right, oleft, oright, roff = seg, "", oseg, "", 0
    else:
        left, right = seg[:m_and.start()], seg[m_and.end():]
        oleft, oright = oseg[:m_and.start()], oseg[m_and.end():]
        roff = m_and.end()
    parts, oparts, poffs = [], [], []
    pos = 0
    for p in re.sub(r"(?<=\d),(?=\d{3}\b)", "\0", left).split(","):   # ("8,000 men": one item)
        p = left[pos:pos + len(p)]
        if p.strip():
            parts.append(p)
            oparts.append(oleft[pos:pos + len(p)])
            poffs.append(pos)
        pos += len(p) + 1
    if not parts:
        return None
    if m_and is not None and len(parts) > 1 and _KIN_GROUP.fullmatch(parts[0].strip()) \
            and all(_name_like(p.strip()) for p in [*parts[1:], right.split(",")[0]]):
        # "her parents, Reyna Gonzalez, 42, and Julian Gonzalez, 45": the names are the group
        parts, oparts, poffs = parts[1:], oparts[1:], poffs[1:]
    if len(parts) > 1:
        if _Q_AT_START.match(parts[0].strip()) and parts[0].strip().split()[0] not in ("a", "an"):
            listed = _counted_group_list(parts, oparts, poffs, right, oright, roff, m_and, caps, low_ctx, off)
            if listed is not None:
                return listed, length
            return None  # "two reporters, A and B": apposition naming a counted group
        if m_and is not None and m_and.group(0).startswith(",") and any(
                c is None for c in _item_counts(parts, oparts, poffs, caps, low_ctx, off)):
            return None  # "A, the priests, and B": a list with an uncountable member
        if all(_name_like(p.strip()) for p in parts) or re.match(r"(?:a|an)\s", parts[0].strip()):
            # names, or indefinite phrases ("a colonel, a judge, and X"), are listed, not in apposition
            counts = _item_counts(parts, oparts, poffs, caps, low_ctx, off)
        else:
            counts = [_item_count(parts[0], oparts[0], caps, low_ctx, off + poffs[0])]  # apposition
            if counts[0] is not None and m_and is not None and m_and.group(0).startswith(","):
                # A phrase of another number cannot rename the first, so this is a list: "the six
                # Jesuits, a woman, and her daughter"; "rector X, five other Jesuits, and two women"
                rest = _item_counts(parts[1:], oparts[1:], poffs[1:], caps, low_ctx, off)
                if rest and (counts[0] > 1 and all(c == 1 for c in rest) or counts[0] == 1 and all(
                        c is not None and c > 1 and _COUNTED_PERSONS.match(p.strip()) for c, p in zip(rest, parts[1:]))):
                    counts += rest
    else:
        counts = [_item_count(parts[0], oparts[0], caps, low_ctx, off + poffs[0])]
        if right and " and " in parts[0] and counts[0] in (1, None):
            # "brothers A and B and their mother C": the first conjunct is itself a pair
            inner = _np_count(parts[0], oparts[0], caps, low_ctx, off + poffs[0])
            if inner is not None and inner[0] > 1 and inner[1] >= len(parts[0].rstrip()):
                counts = [inner[0]]
    if right and len(parts) == 1 and len(parts[0].split()) == 1 and _TITLE_START.match(parts[0].strip()):
        counts = []  # "senator and presidential candidate X" is one person
    if right:
        rparts = right.split(",")
        if len(rparts) > 1 and (not _name_like(rparts[1].strip()) or " of " not in parts[-1]
                                and _DET_START.match(rparts[0].strip())
                                and _BARE_PERSON.fullmatch(_DET_START.sub("", rparts[0].strip(), 1).strip())):
            # (a name after "her daughter," renames her: "A and her daughter, Kenacia" are two)
            right = rparts[0]
            oright = oright[:len(right)]
        elif len(rparts) > 1:
            return None
        rcount = _item_count(right, oright, caps, low_ctx, off + roff)
        if rcount is None and not m_and.group(0).startswith(",") and len(parts) == 1 and counts[0] \
                and counts[0] > 1 and _Q_AT_START.match(parts[0].strip()) and _BARE_PLURAL.fullmatch(right.strip()):
            return counts[0], length    # "8,000 men and boys", "12 women and children": one number for both
        if rcount is None and not m_and.group(0).startswith(",") and counts == [1] \
                and _DET_START.match(parts[-1].strip()) and _BARE_PERSON.fullmatch(right.strip()):
            rcount = 1      # "his mom and younger brother", "another man and woman": the determiner is shared
        if rcount is None and not m_and.group(0).startswith(",") and " of " in parts[-1] and counts[-1] is not None:
            # "X, wife of the head of the administration and logistics department": the "and" joins
            # the objects of "of", not persons
            return sum(counts), m_and.start()
        counts.append(rcount)
    if any(c is None for c in counts):
        return None
    return sum(counts), length


_NOMINAL = _c(
    r"\b(?P<noun>murders?|assassinations?|killings?|slayings?|deaths?|executions?|massacres?)"
    r"(?:\s+(?:on|last)\s+(?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2}|[a-z]+))?\s+of\s+")  # "the assassination on 22 march of"
_POSS_NOMINAL = _c(
    r"(?:\b(?P<pron>his|her)|(?P<poss>\b[a-z][\w\-\.]*(?:\s+[a-z][\w\-\.]*){0,4})'s)\s+"
    r"(?:(?:brutal|tragic|shooting|violent|cowardly|recent|abominable|vile|heinous|cold-blooded)\s+)?"
    r"(?P<noun>murder|assassination|killing|slaying|death)\b"
    r"(?!\s+(?:squads?|penalty|threats?|sentences?|toll|certificates?|row|list|of|spree|squad|"
    r"fields?|camps?|wish|knell|march))"
)
#: A possessor ending in a singular person noun: "the (top) leader", "the judge".
_PERSON_HEAD_END = _c(rf"\b(?:{_PERSON_SG}|minister|president|senator|candidate|governor|mayor|bishop|archbishop)$")
_VERB_OBJ = _c(
    rf"\b(?P<v>{_VERB_ACT_KILL}|(?P<w>wounded|wounding|injured|injuring|shot\s+and\s+(?:wounded|injured)))\s+"
    r"(?!(?:him|her|them)sel)"
)
#: "four soldiers and their driver", "six servicemen and the Honduran driver": one more person
_AND_ONE_MORE = _c(rf"\sand\s+(?:the|a|an|their|his|her|its)\s+(?:[a-z\-]+\s+)?{_PERSON_SG}$")
_COPULA_LIST = _c(
    r"(?:^\W*|\bamong\s+)(?:the\s+)?(?:(?:killed|dead|slain)|(?P<w>wounded|injured|hurt))\s+"
    # "The dead included four railway workers, two soldiers and nine passengers": some of a toll, like "among"
    r"(?:were|was|are|is|(?P<incl>included|include|includes))\s+"
    r"(?:identified\s+as\s+)?"
    # "the wounded were taken to hospital": a verb follows, not the list of names
    r"(?!(?:taken|rushed|brought|flown|sent|evacuated|transferred|treated|admitted|hospitali[sz]ed|airlifted|"
    r"moved|carried|driven|ferried|buried|being|still|mostly|mainly|all|both|in|at|from|said|reported|listed|"
    r"receiving|recovering|given|not|later|also)\b)")
_SUBJ_PRED = _c(
    rf"(?P<pl>\s+(?:were|have\s+been|had\s+been|are)\s+{_ADV}(?:{_KILL_PASSIVE})"
    rf"|\s+(?:(?:later|also|both|subsequently|eventually|then|[a-z]{{3,}}ly)\s+)*(?:died|perished|passed\s+away|"
    r"were\s+found\s+dead|were\s+(?:both\s+)?dead|have\s+died|had\s+died|has\s+died|lost\s+their\s+lives)\b)"
    r"|(?P<plw>\s+(?:were|have\s+been|had\s+been|are)\s+" + _ADV + _WOUND_PASSIVE + ")"
    r"|(?P<sgw>\s+(?:was|has\s+been)\s+" + _ADV + _WOUND_PASSIVE + ")"
    r"|(?P<pls>\s+(?:were|have\s+been|had\s+been|are)\s+" + _ADV + _SHOT + r"\b)"
)
_SUBJ_BOUND = _c(
    r"(?:^|[;:!?\"(\[\]]|--|\s-\s|\b(?:that|when|after|before|while|where|because|since|if|said|says|"
    r"reported|reports|announced|added|confirmed|stated|whom|which|who|but|although|though|yesterday|"
    r"today|tonight|in|on|at|during|near|by|from|with|as|meanwhile|also|however|then|whereas|than|"
    r"killing|killed|wounding|wounded|injuring|injured|shot|left|leaving)\b)"
)


def _np_mentions(low: str, masked: str, orig: str, caps: bool) -> list[tuple[str, str, int, int, int, int, int]]:
    """(name, kind, count, qstart, qend, start, end) readings of noun-phrase victims."""
    out = []
    # "the murder of X", "the assassination of A, B and C", "the deaths of X and his bodyguard"
    for m in _NOMINAL.finditer(masked):
        a = m.end()
        r = _np_count(masked[a:a + 200], orig[a:a + 200], caps, low, a)
        if r is None:
            continue
        n, ln = r
        noun = m.group("noun")
        if noun.startswith(("death", "execution")) and not (
                re.search(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten)\b", masked[a:a + ln])
                or _PERSONISH.search(masked[a:a + ln])
                or (not caps and re.match(r"[A-Z]", orig[a:a + 1]))):
            continue
        out.append(("nominal", "killed", n, a, a + ln, m.start(), a + ln))
    # "GALAN'S MURDER", "his assassination"
    for m in _POSS_NOMINAL.finditer(masked):
        if m.group("poss"):
            p = m.group("poss")
            if _ORG_WORDS.search(p) or re.search(r"\b(?:the|its|their|our)\s*$", p):
                continue
            det = list(re.finditer(r"\b(?:the|its|their|our)\b", p))
            if det and not _PERSON_HEAD_END.search(p):
                continue  # "the city's deaths"; but "the judge's assassination" is one victim
            start = m.start("poss") + det[-1].start() if det else m.start()
            if not caps and not re.search(r"[A-Z]", orig[m.start("poss"):m.end("poss")]) and not _PERSONISH.search(p):
                continue
        else:
            start = m.start()
        out.append(("poss_nominal", "killed", 1, start, m.end(), start, m.end()))
    # active objects: "killed presidency minister X and his driver", "wounding him"
    for m in _VERB_OBJ.finditer(masked):
        a = m.end()
        if re.search(r"\b(?:the|a|an|many|several|some|recently|newly|already|dead\s+and|being)\s+$",
                     masked[max(0, m.start() - 12):m.start()]):
            continue  # adjectival or nominal use: "the recently murdered senator", "the wounded man"
        if _Q_AT_START.match(masked, a) and not re.match(r"(?:a|an)\b", masked[a:a + 3]):
            # a counted object is read by the quantity patterns, unless it heads a list:
            # "killing 6 clergymen, a maid, and her daughter"
            if not re.search(r",\s*and\s|\sand\s+(?:the|a|an|their|his|her|its)\s", masked[a:a + 200]):
                continue  # no list can follow: skip the noun-phrase reading
            r = _np_count(masked[a:a + 200], orig[a:a + 200], caps, low, a)
            listed = masked[a:a + r[1]] if r is not None else ""
            if (re.search(r",[^,]+,\s*and\s", listed)
                    or _AND_ONE_MORE.search(listed) and r is not None and r[0] > 1) \
                    and not re.search(r"(?:,|\band)\s+[a-z]+ing\b", listed):
                kind = "wounded" if m.group("w") else "killed"
                out.append(("obj", kind, r[0], a, a + r[1], m.start(), a + r[1]))
            continue
        if re.match(r"(?:and|or|but|nor|so|then|not|more|less|off|out|up|down|back|over|too|again|dead|"
                    r"instantly|outright|immediately|only|just|almost|nearly|also|,)\b", masked[a:a + 12]) \
                or _NP_CUT.match(masked, a):
            continue
        r = _np_count(masked[a:a + 200], orig[a:a + 200], caps, low, a)
        if r is None:
            continue
        n, ln = r
        kind = "wounded" if m.group("w") else "killed"
        out.append(("obj", kind, n, a, a + ln, m.start(), a + ln))
    # a list after a copula: "Killed were A and B", "Among the dead were ...", "The dead were identified as ..."
    for m in _COPULA_LIST.finditer(masked):
        a = m.end()
        r = _np_count(masked[a:a + 200], orig[a:a + 200], caps, low, a)
        if r is not None:
            name = "copula_among" if m.group(0).lower().lstrip().startswith("among") or m.group("incl") \
                else "copula_list"
            out.append((name, "wounded" if m.group("w") else "killed", r[0], a, a + r[1], m.start(), a + r[1]))
    # subjects: "A, B AND C WERE KILLED", "X AND HIS BODYGUARD DIED", "JUDGE X DIED"
    for m in _SUBJ_PRED.finditer(masked):
        s0 = max(0, m.start() - 220)
        before = masked[s0:m.start()]
        bounds = list(_SUBJ_BOUND.finditer(before))
        if bounds and re.fullmatch(r"in|on|at|during|near|by|from|with|as", bounds[-1].group(0)):
            continue  # "40 members from A AND B died": the list is not the subject
        b = bounds[-1].end() if bounds else 0
        subj_start = s0 + b
        sub = masked[subj_start:m.start()]
        lead = len(sub) - len(sub.lstrip(" ,"))
        subj_start += lead
        sub = masked[subj_start:m.start()]
        if not sub.strip() or _Q_AT_START.match(sub) and not re.match(rf"(?:a|an|{_AGE_NOUN})\b", sub) \
                or re.match(r"(?:and|or|but|nor|then|so)\b", sub):
            continue
        plural_verb = bool(m.group("plw")) or bool(re.match(r"\s+(?:were|have|had|are|lost)\b", m.group(0)))
        r = _np_count(sub + " .", orig[subj_start:m.start()] + " .", caps, low, subj_start)
        if r is None:
            continue
        n, ln = r
        if ln < len(sub.rstrip(" ,")):
            continue  # the phrase is not the whole subject
        if n == 1 and (plural_verb or not caps):
            continue  # singular readings elsewhere; "X were killed" with one item is not parsed
        kind = "wounded" if m.group("plw") or m.group("sgw") else "shot" if m.group("pls") else "killed"
        out.append(("subj_np", kind, n, subj_start, subj_start + ln, subj_start, m.end()))
    return out

# zero statements
_ZERO_BOTH = _c(
    r"\b(?:there\s+(?:were|was|have\s+been|had\s+been)\s+no\s+(?:immediate\s+)?(?:reports?\s+of\s+)?"
    r"(?:casualties|victims)|no\s+(?:immediate\s+)?(?:reports?\s+of\s+)?casualties|"
    r"without\s+(?:causing\s+)?(?:any\s+)?casualties|(?:caused|causing|cause|resulted\s+in|left)\s+no\s+"
    r"(?:casualties|victims)|no\s+(?:one|body)\s+(?:was|were|has\s+been|had\s+been)\s+(?:killed\s+or\s+"
    r"(?:injured|wounded|hurt)|(?:injured|wounded|hurt)\s+or\s+killed)|nobody\s+(?:was|were|has\s+been|"
    r"had\s+been)\s+(?:killed\s+or\s+(?:injured|wounded|hurt)|(?:injured|wounded|hurt)\s+or\s+killed)|"
    r"no\s+(?:deaths|fatalities)\s+or\s+injuries|no\s+injuries\s+or\s+deaths|"
    # "NOBODY WAS HURT", "no one was harmed": nobody hurt is nobody killed either (not "no one else")
    r"(?:no\s+(?:one|body)|nobody)\s+(?:was|were|has\s+been|had\s+been)\s+(?:reported\s+)?(?:hurt|harmed))\b"
)
_ZERO_KILL = _c(
    r"\b(?:(?:no\s+(?:one|body|other\s+\w+)|nobody|none)(?:\s+else)?(?:\s+of\s+(?:them|the\s+\w+))?\s+"
    r"(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s+(?:reported\s+)?(?:killed|dead)|"
    r"(?:no\s+(?:one|body)|nobody|none)(?:\s+else)?\s+(?:died|has\s+died)|"
    r"no\s+(?:deaths|fatalities)\s+(?:were|was|have\s+been|had\s+been)?\s*(?:reported|caused|occurred)|"
    r"(?:there\s+(?:were|was)|with|caused|causing|reported)\s+no\s+(?:immediate\s+)?(?:reports?\s+of\s+)?"
    r"(?:deaths|fatalities|dead)|no\s+(?:immediate\s+)?reports?\s+of\s+(?:deaths|fatalities)|"
    r"no\s+(?:one|body)\s+(?:was|were)\s+killed)\b"
)
_ZERO_WOUND = _c(
    r"\b(?:(?:no\s+(?:one|body|other\s+\w+|\w+)|nobody|none)(?:\s+else)?(?:\s+of\s+(?:them|the\s+\w+))?\s+"
    r"(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s+(?:reported\s+)?(?:\w+ly\s+)?(?:injured|wounded|hurt)|"
    r"no\s+(?:other\s+|further\s+|additional\s+|serious\s+|immediate\s+)?injuries\s+"
    r"(?:were|was|have\s+been|had\s+been)?\s*(?:reported|caused|sustained|suffered)|"
    r"(?:there\s+(?:were|was)|with|caused|causing|reported|suffered|sustained)\s+no\s+"
    r"(?:other\s+|serious\s+|immediate\s+)?(?:reports?\s+of\s+)?injur(?:ies|y)|"
    r"no\s+(?:immediate\s+)?reports?\s+of\s+(?:any\s+)?injur(?:ies|y)|"
    r"(?:escaped|was\s+left|were\s+left)\s+(?:unhurt|uninjured|unharmed))\b"
)

# claims
#: "... said on Monday evening that", "... said in a statement": a party speaking, and when or how
_SAID_THAT = (
    r"(?:\s*,[^,;.]{1,60},)?\s+(?:[a-z\-()']+\s+){0,4}?(?:said|says|claimed|announced|stated|reported)\s+"
    r"(?:(?:on\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+|in\s+an?\s+(?:[a-z\-]+\s+){0,2}?(?:statement|broadcast|"
    r"communiqu[eé]|message|video)\s+)?(?:that\s+)?"
)
#: The speaker's own side: "his troops", "its fighters", "our forces".
_OWN_SIDE = (r"(?:its|his|her|their|our)\s+(?:[a-z\-]+\s+)?(?:troops|soldiers|forces|men|units?|fighters|guerrillas|"
             r"aircraft|warplanes|jets|planes|helicopters|gunships|artillery|drones)")
#: A rebel side's own voice: "rebel radio", "a guerrilla communique", "RADIO VENCEREMOS".
_REBEL_VOICE = (r"\b(?:(?:rebel|guerrilla|insurgent|clandestine|underground)\s+(?:radio|station|broadcasts?|command|"
                r"commanders?|communiqu[eé]s?|statements?|spokes(?:man|woman|person)|leaders?|sources?)|"
                r"radio\s+venceremos)")
_KILLED_ENEMY = r"\b(?:killed|killing|shot\s+dead|neutrali[sz]ed|eliminated|wiped\s+out|liquidated)\b"
_CLAIM = _c(
    r"\b(?:claim(?:ed|s|ing)?\b(?!\s+(?:responsibility|credit|the\s+lives?|(?:\S+\s+){0,3}lives\b|"
    r"(?:\S+\s+)?victims?\b))|boast(?:ed|s|ing)?\b|bragged|"
    r"(?:said|says|saying|announced|announcing|stated|stating|asserted|reported|adding)\s+"
    # (when or how it was said: "said on Friday", "said in a radio broadcast")
    r"(?:(?:on\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)\s+"
    r"|in\s+an?\s+(?:[a-z\-]+\s+){0,2}?(?:statement|broadcast|communiqu[eé]|message|video)\s+"
    # ("in a statement on its Andalus radio", "in a video posted on its website")
    r"(?:(?:posted\s+|broadcast\s+|published\s+)?(?:on|by|through)\s+(?:its|their|the\s+group's)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?:radio|website|channel|account|station|outlet|agency|media)\s+)?)?(?:that\s+)?"
    r"(?:it|they|(?:its|their|the\s+group's|the\s+movement's)\s+(?:[a-z\-]+\s+)?(?:fighters|forces|members|men|"
    r"militants|troops|units?|"
    r"mujahideen|soldiers|guerrillas))\s+(?:had\s+|have\s+|has\s+)?(?:(?:[a-z\-]+\s+){0,5}?(?:and\s+)?|"
    r"[^.;:]{0,120}?,\s+)"   # (or a clause before the count: "attacked the base on Sunday, killing 137")
    r"(?:killed|killing|executed|shot|massacred|eliminated|slain|murdered|beheaded|wiped\s+out|neutrali[sz]ed)|"
    # the army's own tally of what its troops did: "Troops killed 23 guerrillas ..., the army said"
    r"\b(?:troops|soldiers|the\s+army|(?:security|government|army|[a-z]+(?:i|ian|an|ese|ish))\s+forces|the\s+military|paratroopers|"
    r"commandos|warplanes|jets|air\s*strikes?)\b[^.;:]{0,40}?\b(?:killed|shot\s+dead)\s+(?!by\b|in\b|and\b|when\b|"
    r"during\b|while\b|after\b)[a-z0-9][^.;:]*,\s+"
    r"(?:the\s+|an?\s+)?(?:army|military|defen[cs]e\s+ministry|armed\s+forces|ministry\s+of\s+defen[cs]e|"
    r"(?:army|military)\s+(?:spokesman|spokeswoman|statement|communiqu[eé]|command|high\s+command))\s+"
    r"(?:said|says|reported|announced|claimed)\b|"
    # the army speaking of what its side did: "The Nigerian Army said troops neutralised 12 terrorists",
    # "an army spokesman said on Monday evening that soldiers had killed six ADF fighters", "an ECOMOG
    # spokesman said his troops killed more than 100 rebels"
    r"\b(?:army|military|armed\s+forces|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|ispr|government|coalition|"
    r"(?:official|state|state-run|government)\s+(?:[a-z\-]+\s+)?(?:news\s+agency|radio|television|media)|"
    r"(?:army|military|defen[cs]e)\s+(?:spokes(?:man|woman|person)|statement|communiqu[eé]))"
    + _SAID_THAT +
    r"(?:" + _OWN_SIDE + r"|(?:the\s+|army\s+|government\s+)?(?:troops|soldiers|security\s+forces|government\s+forces|"
    r"army|military|paratroopers|commandos|warplanes|jets|air\s*strikes?|strikes?|raids?|operations?))\b[^.;:]{0,80}?"
    + _KILLED_ENEMY + r"|"
    # any spokesman telling what "his troops" did ("an ECOMOG spokesman said his troops killed 100 rebels";
    # not "a hospital spokesman said soldiers killed 12")
    r"\bspokes(?:man|woman|person)" + _SAID_THAT + _OWN_SIDE + r"\b[^.;:]{0,80}?" + _KILLED_ENEMY + r"|"
    # a rebel radio or communique telling what the rebels did: "Rebel radio said in a broadcast that
    # guerrillas of the FMLN had killed 45 soldiers"
    + _REBEL_VOICE + _SAID_THAT + r"(?:[a-z\-]+\s+){0,2}?(?:guerrillas|rebels|fighters|insurgents|combatants|"
    r"mujahideen|rebel\s+forces|guerrilla\s+(?:forces|units|columns))\b[^.;:]{0,80}?" + _KILLED_ENEMY + r"|"
    # an armed group speaking: "Taliban spokesman Zabihullah Mujahid said", "the Taliban said in a statement",
    # "claimed responsibility and said 15 police had been killed"
    r"\b(?:the\s+)?(?:taliban|islamic\s+state|isis|isil|al-shabaab|al-qaeda|boko\s+haram|hamas|hezbollah|houthis?|"
    r"rebels|insurgents|militants|guerrillas|jihadists)(?:'s?)?\s+(?:spokes(?:man|woman|person)\s+)?"
    r"(?:[a-z\-]+\s+){0,3}?(?:said|says|claimed|announced|stated)\b(?!\s+(?:responsibility|credit)\b)"
    r"(?=[^.;]{0,80}\b(?:killed|dead|died|slain|wounded|injured|executed|eliminated)\b)|"
    r"\bclaimed\s+responsibility\b[^.;:]{0,40}?\b(?:said|saying)\b|"
    r"according\s+to\s+(?:a\s+|the\s+)?(?:statement\s+(?:by|from)\s+(?:the\s+)?)?(?:group|rebels?|insurgents?|"
    r"militants?|guerrillas?|militias?|islamic\s+state|isis|isil|taliban|al-shabaab|al-qaeda|boko\s+haram|"
    r"(?:group's|rebel|insurgent|militant|guerrilla|jihadist)\s+(?:statement|communiqu[eé]|claim)|"
    r"communiqu[eé]|claim|jihadists?|the\s+attackers|the\s+kidnappers|"
    # a party's own bulletin: "according to an army communique"
    r"an?\s+(?:[a-z]+\s+){0,2}(?:communiqu[eé]|bulletin))|"
    r"(?:communiqu[eé]|bulletin)\s+(?:said|says|stated|reported)|"
    r"could\s+not\s+(?:immediately\s+)?(?:be\s+)?(?:independently\s+)?(?:verified|confirmed|verify|confirm)|"
    r"cannot\s+be\s+(?:independently\s+)?(?:verified|confirmed)|(?:not\s+been|unable\s+to\s+be)\s+"
    r"(?:independently\s+)?(?:verified|confirmed)|unverified|unconfirmed|disputed|denied)"
)

_TRIGGER = _c(
    r"kill|dead|die|death|wound|injur|hurt|shot|shoot|slain|slay|slew|murder|execut|massacr|bod(?:y|ies)|"
    r"corps|casualt|fatal|toll|lives|life|hospital|slaughter|behead|assassin|perish|succumb|victim|gunned|"
    r"suicide|lynch|decapitat|remains|condition|passed\s+away|homicid|stabb|graz|(?:struck|hit)\s+by|throat|"
    r"martyr|shahadat|neutrali|eliminat|liquidat|annihilat|wip(?:ed|ing)\s+out"
)

# parentheticals whose numbers belong to a subset of the group: ", including two children,"
#: Ages between commas after a name: ", 24,", ", both 19,", ", aged 19 and 21,".
_AGES_ASIDE = r",\s*(?:both\s+|all\s+|ages?\s+|aged\s+)?\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*\s*,"
_MASK = _c(
    r"(?:,\s*|(?<![\-\u2014\u2013])\s+(?=including\s))(?:including|among\s+(?:them|whom|those)|of\s+whom|most\s+of\s+them|mostly|many\s+of\s+them|"
    r"(?:[a-z0-9\-]+\s+){1,3}of\s+(?:them|whom))\b"
    r"(?:(?!fatally|mortally|died|killed|dead|wounded|injured|hurt|critical|serious|and\s+(?:wounding|injuring)\b)"
    r"[^,;:()]){0,80}?"
    r"(?=,|;|$|\s+(?:were|was|have|had|are)\b)"
    r"|\([^()]{0,80}\)"
    r"|\ban?\s+(?:unknown|undetermined|unspecified|undisclosed|indeterminate)\s+number\b"  # no count at all
    # what is avenged is another event: "in revenge for the killing of a herder"
    r"|\bin\s+(?:retaliation|revenge|reprisal)\s+for\b[^,;:()]{0,80}"
    r"|" + _AGES_ASIDE + r"(?=\s)"  # ", 24," ages
    r"|\b(?:image|photo|picture|slide)\s+\d+\s+of\s+\d+\b"  # a gallery caption: "Image 2 of 9"
    r"|\b(?:jr|sr)\.?\s+\d{1,3}\s*,"
    # an age range: "five young men between 17 and 25 years old were killed"
    # ("killing between 12 and 15 militants" is a count: "between" needs "years")
    r"|\s(?:aged|ages?)\s+\d{1,2}\s*(?:and|to|-)\s*\d{1,2}(?:\s+years?(?:\s+old)?)?(?=[\s,])"
    # the ages of listed people: "her three brothers, aged three, six and 11, died"
    rf"|\s(?:aged|ages)\s+(?:\d{{1,2}}|{_WORDNUM})(?:,\s+(?:\d{{1,2}}|{_WORDNUM}))*,?\s+and\s+(?:\d{{1,2}}|{_WORDNUM})"
    r"(?:\s+years?(?:\s+old)?)?(?=[\s,.])"
    r"|\sbetween\s+\d{1,2}\s*(?:and|to|-)\s*\d{1,2}\s+years?(?:\s+old)?(?=[\s,.])"
)


def _mask_keeping_list_commas(m: re.Match) -> str:
    """Blank a `_MASK` match; an age inside a list of victims keeps the comma that ends it ("A, 24,
    B, 24, and C were hurt" lists three, not one name run into the next)."""
    g = m.group(0)
    if _AGES_ASIDE_RE.fullmatch(g) and _LIST_GOES_ON.match(m.string, m.end()):
        return " " * (len(g) - 1) + ","
    return " " * len(g)


_AGES_ASIDE_RE = _c(_AGES_ASIDE)


def _blank(s: str, a: int, b: int) -> str:
    return s[:a] + " " * (b - a) + s[b:]


@dataclass
class _Mention:
    kind: str
    count: Count
    qspan: tuple[int, int]
    span: tuple[int, int]
    strength: str
    name: str
    added: bool = False  # "also killed", "N other people", "along with N": on top of another victim


_COUNTED_OF_BEFORE = _c(rf"\b(?:\d+|{_UNIT_RE}|{_TENS_RE}|dozens|hundreds|scores|several|many|some|most|all)"
                                rf"\s+(?:[a-z\-]+\s+)?of\s+$")
_PREP_BEFORE = _c(r"\b(?:in|at|on|inside|outside|near|into|onto|from|behind|aboard|onboard|under|beside)\s+$")


#: A noun right before "both"/"all"/"each" makes it a floating quantifier of that noun phrase.
_FLOATING_AFTER = _c(
    r"(?<![\w'])(?!(?:and|or|but|of|that|which|who|where|when|while|as|were|was|are|is|have|had|has|been|"
    r"they|them|we|us|these|those|said|says|say|then|after|before|not|almost|nearly)\s*,?\s*$)"
    r"[a-z][a-z'’.-]*(?<!ed)(?<!ing)\s*,?\s*$")


_SHOT_AFTER = _c(r"\s+shot\b")
_SINGLE = frozenset({"one", "a", "an", "1", "single"})


#: A pair before an auxiliary that a floating "both"/"all" follows: "A and her son were (both)".
_PAIR_THEN_AUX = _c(r"\band\s+[^.;:]{1,60}?\s(?:were|are|have|had)\s+$")
_AGES_BEFORE = _c(r"\b(?:believed\s+to\s+be|thought\s+to\s+be|ages?|aged|ages\s+of)\s+"
                          r"(?:\d{1,3}\s*(?:,|and|&|to)\s*)*$")


#: A person noun right after a unit-like word: "a village guard", "a town councillor".
_PERSON_AFTER_UNIT = _c(r"\s*(?:guards?|headm[ae]n|chiefs?|elders?|councill?ors?|officials?|watchm[ae]n|"
                        r"leaders?|heads?|mayors?|teachers?|policem[ae]n|militiam[ae]n|defenders?)\b")


def _valid_q(low: str, a: int, b: int, qtext: str) -> bool:
    """Reject quantities that are units, ids, ages, dates, years."""
    tail = low[b:b + 30]
    unit = _UNIT_AFTER.match(tail)
    if unit and _PERSON_AFTER_UNIT.match(tail, unit.end()):
        unit = None       # "two policemen and a village guard": the word names what the person guards
    # "4 shot, 1 killed": a singular "shot" after a plural number is the participle, not a unit
    if unit and not (_SHOT_AFTER.match(tail) and qtext.strip() not in _SINGLE):
        # "34 people" never matches; units like "5 years", "9mm", "3:13 p.m."
        return False
    head = low[max(0, a - 25):a]
    if re.search(r"\b(?:no|not|nor|never|without)\s+$", head):
        return False
    if _AGES_BEFORE.search(low, max(0, a - 40), a):
        return False  # "two women, believed to be 30 and 60", "ages 19 and 21": ages, not a count
    core = qtext.strip()
    if core in ("both", "all", "each") and (_FLOATING_AFTER.search(re.sub(r",\s*\d{1,3}\s*,?\s*$", " ", head))
                                            or _PAIR_THEN_AUX.search(low[max(0, a - 80):a])):
        # "the two men both died", "Smith and Jones both died", "Veronica Mercado and her son were both
        # found dead": the subject holds the count
        return False
    if core in ("a", "an") and (_PREP_BEFORE.search(head) or _COUNTED_OF_BEFORE.search(head)):
        # "three men at a party were shot": the article of a place, not one victim; "six members of a
        # police patrol were killed": of the group the counted members belong to
        return False
    if re.fullmatch(r"\d[\d,]*", core):
        if _BEFORE_BAD.search(head) and not (_DAY_MONTH_BEFORE.search(head) and _COUNTED_NOUN_AFTER.match(tail)):
            return False  # (but "on 23 September 28 bodies were found": the day came before the month)
        if _YEAR.match(core) and not _COUNTED_NOUN_AFTER.match(tail):
            return False
        if re.match(r"\s*[-/.]\s*\d", tail) or re.search(r"\d\s*[-/.:]\s*$", head):
            return False
    return True


# appositions and relative clauses between a subject and its verb ("X, candidate for mayor, died";
# "two guards, who were inside the car, were killed") and dash asides ("-- aged 19 and 21 --")
_APPOS = _c(
    r",\s+(?P<c>[^,;:()]{2,90}?)\s*(?=,\s+(?:(?:also|later|all|both|reportedly|then|subsequently|eventually|each|"
    r"allegedly|apparently|instantly)\s+)*(?:was|were|has|have|had|is|are|died|dies|perished|succumbed)\b)"
)
_DASH_ASIDE = _c(r"\s--\s(?P<c>[^;:]{1,80}?)\s--(?=\s)")
#: A dateline with its source, ending in a dash ("la paz, 25 may 89 (dpa) --", "lima (ap) --"):
#: blanked before asides are paired, so its dash does not open an aside with the next one
#: ("-- two missionaries -- aged 19 and 21 -- were shot" keeps its subject).
_DATELINE_LEAD = _c(
    r"^\s*[A-Z][A-Z .'\-]{0,40}(?:,[^()\n]{1,30})?\s*\((?!(?:[^()]*\s)?(?i:and)\s)[^()\s]+(?:\s[^()\s]+){0,3}\)\s*--(?=\s)")
_CAS_WORD = _c(r"kill|dead|die|death|wound|injur|hurt|shot|slain|murder|execut|massacr|fatal|critical|"
                       r"serious|hospital|condition|victim")
_LEAD_QTY = _c(rf"(?:\d|(?:{_UNIT_RE}|{_TENS_RE}|several|both|dozens|hundreds|scores|many|some|all|most|"
                       r"other|others)\b)")
_QTY_NOUN = _c(rf"\b(?:\d+|{_UNIT_RE}|{_TENS_RE}|dozens|hundreds)\s+(?:[a-z\-]+\s+){{0,2}}?"
                       r"(?:people|persons|men|women|children|others|[a-z]{3,}s)\b")
_ENDS_QTY = _c(rf"\b(?:\d+|{_UNIT_RE}|{_TENS_RE}|them|whom|those)\s*$")
_COUNTED_BEFORE = _c(rf"\b(?:\d+|{_UNIT_RE}|{_TENS_RE})\b[^,;:]{{0,40}}$")


#: An aside of titles without determiners, one of them a person noun: "X, senator and presidential
#: hopeful, died" describes X (one person); "X, his wife and son, were killed" and a list of names
#: ("A, B and C, were killed") do not match.
_TITLES_ASIDE = _c(
    rf"^(?!.*\b(?:{_DETS}|\d+)\s)(?=.*{_PERSONISH.pattern})[a-z\-]+(?:\s+[a-z\-]+){{0,3}}"
    r"(?:\s*(?:,|and)\s+[a-z\-]+(?:\s+[a-z\-]+){0,3})+$")


#: A relative clause without commas between a counted subject and its passive verb: "six
#: priests and two women who worked with them were murdered" (kept when it tells a casualty:
#: "the gunmen who killed two people were arrested").
_REL_ASIDE = _c(
    r"(?<=[a-z])\s+who\s+(?!(?:were|was|are|is|had|have|has)\s+(?![a-z]+ing\b))[a-z][a-z' \-]{2,60}?"
    r"(?=\s+(?:were|was|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?:killed|murdered|slain|shot|executed|"
    r"massacred|assassinated|wounded|injured|hurt)\b)")


_REL_LIST_ASIDE = _c(r",(?P<c>\s+(?:who|whom|whose)\s+[^,;]{3,80}),(?=\s+and\s)")


#: What follows an age's closing comma when the list of victims goes on (a name, "and ..."), not the verb.
_LIST_GOES_ON = _c(
    r"\s*(?!(?:was|were|is|are|has|have|had|died|dies|remains?|remained|who|also|both|all|later|police|"
    r"said|says)\b)(?:and\s+)?[a-z][\w'.\-]*(?:\s+[a-z][\w'.\-]*){0,3}\s*(?:,|\band\b)")


#: An aside that describes a counted group as a whole ("all members of ...", "both residents of ...").
_GROUP_APPOS = _c(r"\s*(?:all|both|each)\s+(?!of\s+(?:them|whom)\b)[a-z]")


def _mask_asides(s: str) -> str:
    """Blank asides that separate a subject from its verb (offsets kept); quotes become spaces."""
    if '"' in s:
        s = s.replace('"', " ")
    if "--" in s:
        s = _DASH_ASIDE.sub(lambda m: m.group(0) if _CAS_WORD.search(m.group("c"))
                            else " " * (m.end() - m.start()), s)
    if " who " in s:
        s = _REL_ASIDE.sub(lambda m: m.group(0) if _CAS_WORD.search(m.group(0))
                           else " " * (m.end() - m.start()), s)
        # "X, 18, who was celebrating his birthday, and Y, 16, were killed": the aside in a list
        s = _REL_LIST_ASIDE.sub(lambda m: m.group(0) if _CAS_WORD.search(m.group("c"))
                                else "," + " " * (m.end() - m.start() - 1), s)
    if s.count(",") < 2:
        return s

    def rep(m: re.Match) -> str:
        c = m.group("c")
        if _GROUP_APPOS.match(c) and not _CAS_WORD.search(c) \
                and _COUNTED_BEFORE.search(s[max(0, m.start() - 60):m.start()]):
            closing.append(m.end())  # "three guards, all members of the security unit, were killed"
            return " " * (m.end() - m.start())
        if (not c.strip() or _CAS_WORD.search(c) or _LEAD_QTY.match(c)
                or re.match(r"(?:and|or|but|nor|including|then|among|as\s+well|along|together)\b", c)):
            return m.group(0)
        before = s[max(0, m.start() - 60):m.start()]
        if _QTY_NOUN.search(c) or _ENDS_QTY.search(before):
            return m.group(0)  # "a total of six people, ...": the aside holds the subject's count
        if re.search(r"\band\b", c) and not _COUNTED_BEFORE.search(before) and not _TITLES_ASIDE.match(c.strip()):
            return m.group(0)  # "the victims, John Smith and Bob Jones, were killed": the list is the count
        closing.append(m.end())
        return " " * (m.end() - m.start())

    closing: list[int] = []
    for _ in range(2):
        t = _APPOS.sub(rep, s)
        if t == s:
            break
        s = t
    if closing:  # the comma that closed an aside goes too: "X, a nun, was hurt" -> "X was hurt"
        chars = list(s)
        for i in closing:
            j = s.index(",", i)
            chars[j] = " "
        s = "".join(chars)
    return s


#: A person's age with no closing comma: "... and Jerry Coleman, 31 all died" (mixed case only: a name
#: of two to four capitalised words; not a place or day: "In New York, 31 died", "On Tuesday, 31 ...").
_NAME_AGE = _c(
    r"\b(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+),\s+(?P<age>\d{1,3})"
    r"(?=\s+(?:all|both|each|and|died|dies|was|were|is|are|has|have|had|of|from|who|remains?)\b)")
_NOT_NAME_WORDS = frozenset({
    "in", "at", "on", "from", "near", "outside", "inside", "across", "during", "after", "before", "since", "by",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "the"})


def _name_ages(orig: str) -> list[tuple[int, int]]:
    """Spans of ages written after a person's name without a closing comma."""
    spans = []
    for m in _NAME_AGE.finditer(orig):
        words = m.group("name").split()
        before = orig[max(0, m.start() - 12):m.start()].split()
        if any(w.lower().strip(".") in _NOT_NAME_WORDS for w in words) or (
                before and before[-1].lower() in _NOT_NAME_WORDS):
            continue
        spans.append(m.span("age"))
    return spans


#: "the u.s. ambassador and three other americans": a dotted abbreviation read as one word ("u-s-").
_DOTTED_ABBREVIATION = _c(r"(?<![a-z.])(?:[a-z]\.){2,3}(?=\s+[a-z])")


def _collect(low: str, orig: str) -> list[_Mention]:
    lead = _DATELINE_LEAD.match(orig)  # the place in capitals, in mixed-case text too
    masked = " " * lead.end() + low[lead.end():] if lead else low
    if _MIXED_CASE.search(orig):
        for a, b in _name_ages(orig):
            masked = _blank(masked, a, b)
    masked = _mask_asides(_MASK.sub(_mask_keeping_list_commas, masked))
    masked = _DOTTED_ABBREVIATION.sub(lambda m: m.group(0).replace(".", "-"), masked)
    starts = [m.start() for m in _Q_START.finditer(masked)]
    out: list[_Mention] = []
    for name, kind, rx, strength, q_initial in _PATTERNS:
        need = _NEEDS.get(name)
        if need and not any(w in masked for w in need):
            continue
        if q_initial:
            it = (m for m in (rx.match(masked, p) for p in starts) if m)
        else:
            it = rx.finditer(masked)
        for m in it:
            _add_mention(out, low, m, name, kind, strength)
    if _MIXED_CASE.search(orig) and not _MOSTLY_UPPER(orig):
        omasked = "".join(orig[k] if masked[k] == low[k] else " " for k in range(len(orig))) \
            if masked != low else orig
        for name, kind, rx, strength in _NAMED:
            for m in rx.finditer(omasked):
                if " " not in m.group("q").strip() and _PLURAL_AUX_AFTER.match(omasked, m.end("q")):
                    continue  # "Villagers were killed": a plural noun starting the sentence, not a name
                _add_mention(out, low, m, name, kind, strength)
    caps = _MOSTLY_UPPER(orig)
    omask = orig if masked == low else "".join(
        [o if mk == lk else " " for o, mk, lk in zip(orig, masked, low)])
    for name, kind, n, qa, qb, a, b in _np_mentions(low, masked, omask, caps):
        if _NEG_BEFORE.search(low[max(0, a - 30):a]):
            continue
        out.append(_Mention(kind, Count(n, n, n, low[qa:qb]), (qa, qb), (a, b),
                            "weak" if n == 1 else "strong", name))
    return out


def _MOSTLY_UPPER(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return True
    return sum(c.isupper() for c in letters) > 0.6 * len(letters)


_MIXED_CASE = _c(r"[a-z]")
_NEG_BEFORE = _c(r"\b(?:no\s+one|no-one|nobody|none|neither|no|not)(?:\s+[a-z]+)?(?:\s+else)?\s*$")


def _add_mention(out: list, low: str, m: re.Match, name: str, kind: str, strength: str) -> None:
    if "q" in m.re.groupindex and m.group("q") is not None:
        a, b = m.span("q")
        qtext = low[a:b]
    else:
        a, b = m.span()
        qtext = ""
    if strength in ("weak", "strong1", "suicide"):
        if _NEG_BEFORE.search(low[max(0, m.start() - 30):m.start()]):
            return
        cnt = Count(1, 1, 1, low[a:b])
    elif strength in ("ordinal", "multiple"):
        n = _ORDINAL_N[qtext] if strength == "ordinal" else _MULTIPLE_N[qtext]
        out.append(_Mention(kind, Count(n, n, n, qtext), (a, b), m.span(), "total", name))
        return
    elif strength == "coord":
        parts = []
        for g in ("q0", "q1", "q2"):
            if g == "q0" and m.group(g) is None:
                continue
            if m.group(g) is None:
                parts.append(Count(1, 1, 1, ""))
                continue
            ga, gb = m.span(g)
            c = _parse_q(low[ga:gb], low[ga:gb]) if _valid_q(low, ga, gb, low[ga:gb]) else None
            if c is None or c.best is None or c.best == 0:
                if g == "q0":
                    if m.group("q1") is not None:
                        a = m.start("q1")   # the count starts at the pair
                    continue    # "on 16 november, six priests and two women": a date, not a group
                return
            parts.append(c)
        if m.group("q0") is not None and len(parts) == 3 and parts[0].best == sum(c.best for c in parts[1:]) \
                and (_GENERIC_GROUP.match(low, m.end("q0")) or low[m.end("q"):m.end("q") + 1] == ","):
            # "five people, three men and two women were killed", "three civilians, two women and a man,
            # also died": the pair renames the group (not "five soldiers, two policemen and three civilians")
            parts = parts[:1]
        lo = sum(c.low or 0 for c in parts)
        be = sum(c.best for c in parts)
        hi = None if any(c.high is None for c in parts) else sum(c.high for c in parts)
        cnt = Count(min(lo, be), be, hi, low[a:b])
    else:
        if not _valid_q(low, a, b, qtext):
            return
        cnt = _parse_q(qtext, qtext)
        if cnt is None or cnt.best is None:
            return
    if name == "rel_kill" and cnt.best is not None and cnt.best > 1 and _SINGULAR_REL.search(low, m.start(), m.end()):
        return            # "THOUSANDS ... MARCHED TO COMMEMORATE ROMERO, WHO WAS SHOT DEAD": the one man
    if kind == "wounded" and (strength == "weak" and _GUNSHOT_WOUND.search(low, m.start(), m.end())
                              or _HIT_BY_BULLETS.search(low, m.start(), m.end())):
        kind = "shot"     # "the victim had suffered a gunshot wound", "all four were hit by gunfire": shot, maybe dead
    out.append(_Mention(kind, cnt, (a, b), m.span(), strength, name))


_SINGULAR_REL = _c(r"\b(?:who|that)\s+(?:was|has\s+been)\b")
_HIT_BY_BULLETS = _c(r"\b" + _HIT_BY + r"(?:gunfire|bullets?)\b")
_IN_CARE = _c(r"\bhospital|\bcondition\b")
#: One victim who suffered a gunshot wound was shot, no more: the victim may be among the dead
#: ("treated for a gunshot wound" is a survivor, "each suffered gunshot wounds" a group).
_GUNSHOT_WOUND = _c(r"\b(?:suffered|sustained|received)\s+(?:a|one)\s+(?:gunshot|bullet)\s+wound\b")

_DEFINITE_BEFORE = _c(r"\b(?:the|these|those|all|both|its|their)\s+$")


def _combine(ms: list[_Mention], low: str = "") -> tuple[Count | None, tuple[int, int] | None]:
    """Combine same-kind mentions: a total beats its parts; distinct groups add up."""
    if not ms:
        return None, None
    totals = [m for m in ms if m.strength == "total"]
    if totals:
        best = max(totals, key=lambda m: m.count.best or 0)
        return best.count, best.span
    strong = [m for m in ms if m.strength not in ("weak",)]
    if not strong:
        m = min(ms, key=lambda m: (m.span[0], -m.span[1]))
        return Count(1, 1, 1, m.count.text, added=all(w.added for w in ms)), m.span
    count, span = _combine_strong(strong, low)
    if count is None or count.best is None:
        return count, span
    if any(m.added for m in strong):
        # "X was assassinated ... two members of his escort were also killed" -> 1 + 2
        weak = [m for m in ms if m.strength == "weak" and not m.added and not any(
            o.span[0] <= m.qspan[0] < o.span[1] or m.span[0] <= o.qspan[0] < m.span[1] for o in strong)]
        if weak:
            w = min(weak, key=lambda m: m.span[0])
            return (Count(count.low + 1 if count.low is not None else None, count.best + 1,
                          None if count.high is None else count.high + 1, count.text),
                    (min(span[0], w.span[0]), max(span[1], w.span[1])))
        # (a death only: "found two more dead", "two more bodies" are often the lead's total told in detail)
        more = all(m.name == "other_n" and _MORE_AFTER.match(low, m.qspan[1]) and m.kind == "killed"
                   and _DIED_AFTER.search(low, m.qspan[1], m.span[1] + 1) for m in strong)
        if more or all(m.added and m.name != "other_n" for m in strong):
            return dataclasses.replace(count, added=True, more=more), span
    return count, span


_OF_THE_GROUP = _c(r"\s+of\s+(?:the|those|these)\s+(?:[a-z\-]+\s+)?(?:victims|people|persons|dead|ones)\b")
_PARTITIVE_AFTER = _c(r"\s+of\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+)?")


def _combine_strong(strong: list[_Mention], low: str) -> tuple[Count | None, tuple[int, int] | None]:
    # one mention per quantity span (several patterns may read the same number)
    seen: dict[tuple[int, int], _Mention] = {}
    for m in strong:
        seen.setdefault(m.qspan, m)
    strong = sorted(seen.values(), key=lambda m: m.qspan)
    # a part of a counted group is not added to it: "one of three people killed" is 3, not 4
    starts = {m.qspan[0] for m in strong}
    strong = [m for m in strong if not ((p := _PARTITIVE_AFTER.match(low, m.qspan[1])) and p.end() in starts)] or strong
    # ... nor one of a group named without a number ("identified as one of the victims who died")
    strong = [m for m in strong if not _OF_THE_GROUP.match(low, m.qspan[1])] or strong
    # drop mentions nested in (or overlapping) a longer quantity span ("a man and a woman" vs "a woman")
    strong = [m for m in strong if not any(
        o is not m and o.qspan != m.qspan and o.qspan[0] < m.qspan[1] and m.qspan[0] < o.qspan[1]
        and (o.qspan[1] - o.qspan[0], -o.qspan[0]) > (m.qspan[1] - m.qspan[0], -m.qspan[0])
        for o in strong)]
    span = (min(m.span[0] for m in strong), max(m.span[1] for m in strong))
    # the same figure repeated is one figure
    uniq: list[_Mention] = []
    for m in strong:
        if not any(u.count.best == m.count.best and u.count.low == m.count.low and u.count.high == m.count.high
                   and _DEFINITE_BEFORE.search(low[max(0, m.qspan[0] - 12):m.qspan[0]])
                   for u in uniq):
            uniq.append(m)
    if len(uniq) == 1:
        top = uniq[0]
        return top.count, (top.span if len(strong) == 1 else span)
    top = max(uniq, key=lambda m: m.count.best or 0)
    rest = [m for m in uniq if m is not top]
    # a total followed or preceded by its parts: "5 killed: 3 soldiers and 2 civilians"
    if len(rest) >= 2 and (top.count.best or 0) == sum(m.count.best or 0 for m in rest):
        return top.count, span
    lo = sum(m.count.low or 0 for m in uniq)
    be = sum(m.count.best or 0 for m in uniq)
    hi = None if any(m.count.high is None for m in uniq) else sum(m.count.high for m in uniq)
    text = " + ".join(m.count.text for m in uniq)
    return Count(min(lo, be), be, hi if hi is None or hi >= be else be, text), span


# ---------------------------------------------------------------------------
# cumulative figures: totals over months, years or a whole war are not one event's casualties
# ---------------------------------------------------------------------------
_NUMW = rf"(?:\d+|{_WORDNUM}|a|few|several|many|the\s+past|the\s+last)"
_CUMUL_TIME = _c(
    r"\bsince\s+(?:(?:19|20)\d\d\b|(?:it|they|its|their)\b|the\s+(?:beginning|start|founding|creation|outbreak)\b)"
    r"|\b(?:in|during|over|for|throughout|within)\s+(?:the\s+|its\s+|their\s+|a\s+|this\s+)?"
    rf"(?:(?:past|last|previous|preceding|recent|first)\s+)?(?:{_NUMW}\s+)?(?:years|decades?|months)\b(?!\s+ago)"
    r"|\b(?:in|during|over|within)\s+the\s+(?:past|last)\s+(?:few|several)\s+(?:days|weeks)\b"
    # "fighting that left 1,000 dead in the past 7 days" (two or more days or weeks; hours stay one event)
    rf"|\b(?:in|during|over|within)\s+the\s+(?:past|last|previous)\s+(?!(?:a|one|1)\s){_NUMW}\s+(?:days|weeks)\b"
    r"|\b(?:in|during|throughout)\s+(?:19|20)\d\d\b(?!\s*[-/]\d)"
    rf"|\b{_NUMW}[\s-]+(?:years?|decades?)[\s-]+(?:of|long|history|period)\b"
    r"|\bdecades\s+of\b|\b(?:a|one|two|three|\d+)[\s-]+year\s+(?:period|span|history)\b"
    r"|\b(?:per|every|each)\s+(?:year|month)\b|\ba\s+year\b(?!\s+(?:ago|earlier|before|later))|\bannually\b"
    r"|\bso\s+far\s+this\s+(?:year|month)\b|\bthis\s+year\s+alone\b"
    # "fighting has killed hundreds this year"
    r"|\b(?:has|have)\s+(?:been\s+)?(?:killed|left|claimed|died|wounded|injured)\b[^.;]{0,60}\bthis\s+(?:year|month)\b"
    # "since the offensive began", "since the coup"
    r"|\bsince\s+(?:the\s+)?(?:[a-z\-']+\s+){0,3}?(?:began|started|erupted|broke\s+out|was\s+launched|seized\s+power)\b"
    r"|\bsince\s+(?:the|last\s+\w+'s)\s+(?:[a-z\-]+\s+)?(?:coup|invasion|uprising|revolution|offensive|war|conflict|"
    r"insurgency|crisis|unrest|protests|takeover)\b"
    # "two deputies have been murdered in less than 15 days": a tally over a period
    rf"|\bin\s+(?:less|fewer)\s+than\s+(?:a|one|{_NUMW})\s+(?:days?|weeks?|months?|years?)\b"
)
# "killed since the clashes erupted in Kisangani on Monday": a tally of this week's fighting, which
# is the event's own count, not a running total over a long period
SINCE_THIS_WEEK = _c(
    r"[^.;,]{0,40}?\b(?:on\s+)?(?:(?:early|late)\s+)?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|yesterday|overnight|last\s+night|(?:earlier\s+)?this\s+week|last\s+week)\b"
)
# "the worst attack in 10 years" dates a superlative, not a total
_SUPERLATIVE_BEFORE = _c(r"\b(?:worst|deadliest|bloodiest|biggest|largest|first|most|highest|only|heaviest|greatest|"
                                 r"costliest|single)\b[^,;]{0,50}$")
#: "since the army stormed the Golden Temple", "since the government declared martial law": counted since a
#: happening told by its verb (a large perfect-tense toll: a running total)
SINCE_A_HAPPENING = _c(r"\bsince\s+(?:the|a|an|its|their)\s+(?:[a-z\-']+\s+){0,3}?[a-z]{3,}ed\b", re.IGNORECASE)
_CUMUL_WAR = _c(
    r"\b(?:wars?|conflicts?|insurgency|armed\s+struggle|struggle|regimes?|dictatorships?|political\s+violence|"
    r"guerrilla\s+war|dirty\s+war|repression|offensive|campaign)\b"
)
_PERFECT = _c(r"\b(?:has|have)\s+(?:already\s+|so\s+far\s+|now\s+|since\s+|also\s+)?(?:been\s+)?"
                      r"(?:left|claimed|killed|caused|cost|resulted|taken|produced|died|murdered|lasted|wounded|injured)\b"
                      # "the war has displaced millions and killed 50,000"
                      r"|\b(?:has|have)\s+[a-z]+\s+(?:[a-z,]+\s+){0,6}?and\s+(?:killed|wounded|injured|left)\b"
                      r"|\bin\s+which\b|\btoll\b")
_SEG_SPLIT = _c(
    r"[;:!?]|\s--\s|,\s+(?=(?:which|who|whom|when|while|whereas|although|but|bringing|raising|taking)\b)"
    r"|\s(?=(?:which|that|who)\s+(?:has|have|had|began|started|lasted)\b)"
    r"|\s(?=where\s)|,\s+(?=and\s+(?:[a-z\-]+\s+){0,3}?(?:has|have)\s)"
)
_REL_START = _c(r"[\s,]*(?:which|that|who|whom|in\s+which)\b")


#: Where one source's account ends and another's begins: "X said they killed 26, but officials said six died".
_ACCOUNT_SPLIT = _c(r",?\s+(?:but|while|whereas)\s+|;\s*")


def _reports_over_claims(low: str, ms: list["_Mention"]) -> tuple[list["_Mention"], bool]:
    """A party's claim and another source's report of the same kind in one sentence: the report
    is the figure (claims are kept apart: docs/incidents.md). Returns the mentions kept and whether
    only reported parts remain."""
    cuts = [0] + [m.end() for m in _ACCOUNT_SPLIT.finditer(low)] + [len(low) + 1]
    if len(cuts) < 3:
        return ms, False
    parts = list(zip(cuts, cuts[1:]))
    claim_part = [bool(_CLAIM.search(low[a:b])) for a, b in parts]
    if not any(claim_part) or all(claim_part):
        return ms, False

    def in_claim(m: "_Mention") -> bool:
        return next(c for (a, b), c in zip(parts, claim_part) if a <= m.qspan[0] < b)

    kept = [m for m in ms if not (in_claim(m) and any(o.kind == m.kind and not in_claim(o) for o in ms))]
    if len(kept) == len(ms):
        return ms, False
    return kept, not any(in_claim(m) for m in kept)


def _segments(low: str) -> list[tuple[int, int]]:
    """Clause-like segments of the text (split at ; : -- and before relative clauses)."""
    out, a = [], 0
    for m in _SEG_SPLIT.finditer(low):
        if m.start() > a:
            out.append((a, m.start()))
        a = m.end()
    out.append((a, len(low)))
    return out


def _cumulative(low: str, segs: list[tuple[int, int]], m: "_Mention") -> bool:
    """The figure is a total over a long period or a whole war ("70,000 have died since 1980")."""
    if (m.count.best or 0) < 2:
        return False  # one named or described victim is never a running total
    q0 = m.qspan[0]
    for i, (a, b) in enumerate(segs):
        if a <= q0 < b or (i == len(segs) - 1):
            break
    seg = low[a:b]
    ctx = seg
    if i > 0 and _REL_START.match(seg):  # "a war that has left 60,000 dead": the antecedent counts
        pa, pb = segs[i - 1]
        ctx = low[max(pa, pb - 60):pb] + " " + seg
    for t in _CUMUL_TIME.finditer(seg):
        if not _SUPERLATIVE_BEFORE.search(seg[:t.start()]) and not (
                t.group().endswith(("began", "started", "erupted", "out")) and SINCE_THIS_WEEK.match(seg, t.end())):
            return True
    if (m.count.best or 0) >= 100 and seg.lstrip(" ,").startswith("where ") and _PERFECT.search(seg):
        return True  # "a region where 2,000 people have been killed"
    if (m.count.best or 0) >= 50 and SINCE_A_HAPPENING.search(seg) and _PERFECT.search(seg):
        return True  # "MORE THAN 500 PEOPLE HAVE BEEN KILLED IN PUNJAB SINCE THE ARMY STORMED THE GOLDEN TEMPLE"
    return bool((m.count.best or 0) >= 100 and _CUMUL_WAR.search(ctx) and _PERFECT.search(ctx))


_EITHER_OR = _c(
    r"\b(?:killed|dead|died|slain|wounded|injured|hurt)\s+or\s+(?:\w+\s+)?"
    r"(?:killed|dead|died|slain|wounded|injured|hurt|missing|disappeared|captured|arrested|detained)\b")


def _either_or(low: str, m: "_Mention") -> bool:
    """"100 dead or wounded", "killed or injured 30": the figure mixes the dead with others."""
    a, b = m.span
    return any(e.start() <= b and e.end() >= a
               for e in _EITHER_OR.finditer(low, max(0, a - 25), min(len(low), b + 30)))


_CAS_VERB = (r"(?:killed|died|dead|murdered|slain|shot|wounded|injured|hurt|executed|assassinated|massacred|"
             r"perished|lost|gunned|hospitali[sz]ed|taken|found)")
_ALSO_IN = _c(rf"\balso\s+(?:[a-z]+ly\s+)?(?:been\s+)?{_CAS_VERB}\b|\b{_CAS_VERB}\s+(?:as\s+well|too)\b")
_ALSO_BEFORE = _c(r"\balso\s+$")
_OTHER_AFTER = _c(r"\s+(?:other|others|more)\b")
_MORE_AFTER = _c(r"\s+more\b")
_DIED_AFTER = _c(r"\b(?:died|succumbed)\b")
_ANOTHER_Q = _c(r"(?:another|a\s+second|a\s+third)\b")


def _is_added(low: str, m: "_Mention") -> bool:
    """The mention counts victims on top of another one ("also killed", "7 other people", "along with two")."""
    a, b = m.span
    qa, qb = m.qspan
    if m.name == "along_with":
        return True
    if ("also" in low[max(0, a - 12):b] or "too" in low[a:b] or "as well" in low[a:b]) and (
            _ALSO_IN.search(low, a, b) or _ALSO_BEFORE.search(low[max(0, a - 12):a])):
        return True
    if _ANOTHER_Q.match(low, qa) and m.name.startswith("other_"):
        m.name = "other_n"  # "another (man) was killed": adds to a victim of the same clause only
        return True
    if qb > qa and m.strength != "weak" and _OTHER_AFTER.match(low, qb):
        m.name = "other_n"  # "7 other people": adds to a victim of the same clause only
        return True
    return False


_PLURAL_AUX_AFTER = _c(r"(?i)\s+(?:were|are|have)\b")
_NOBODY = frozenset({"no one", "no-one", "noone", "nobody", "none"})


#: "One of three people shot Saturday has died", "Two of the five people wounded in the attack have died".
_PART_OF_HURT_DIED = _c(
    rf"(?P<k>{Q})\s+of\s+(?:the\s+|those\s+)?(?P<n>{Q})\s+(?:[a-z\-]+\s+){{0,2}}?(?:who\s+(?:were|had\s+been)\s+)?"
    r"(?:shot|wounded|injured|hurt)\b" + _THEN_DIED)


def _part_of_the_hurt_died(low: str, ms: list[_Mention]) -> list[_Mention]:
    """Some of a group hurt in an event died: they are the dead, the rest the wounded (the readings of
    the group as killed or wounded are replaced)."""
    m = _PART_OF_HURT_DIED.search(low)
    if m is None:
        return ms
    k, n = _parse_q(m.group("k"), m.group("k")), _parse_q(m.group("n"), m.group("n"))
    if k is None or n is None or k.best is None or n.best is None or not 0 < k.best < n.best:
        return ms
    rest = [o for o in ms if not (m.start() <= o.qspan[0] < m.end())]
    rem = n.best - k.best
    return rest + [_Mention("killed", k, m.span("k"), m.span(), "strong", "part_of_hurt_died"),
                   _Mention("wounded", Count(rem, rem, rem, m.group("n")), m.span("n"), m.span(), "strong",
                            "part_of_hurt_died")]


def _hurt_one_is_the_dead(low: str, wound_ms: list[_Mention], killed: Count, killed_ms: list[_Mention]) -> bool:
    """The injury the sentence tells is the dead person's own: a singular "he was rushed to the
    hospital" next to a death, or one person in care who then died ("The teen was taken to a
    hospital, where he was pronounced dead", "... listed in critical condition until she died")."""
    if not wound_ms:
        return False
    if all(m.strength == "weak" and (m.count.text.split()[:1] in (["he"], ["she"], ["who"])
                                     or re.fullmatch(r"the\s+victim", m.count.text.strip())) for m in wound_ms):
        return True
    return killed.best == 1 and all(m.count.best == 1 and _IN_CARE.search(low, m.span[0], m.span[1])
                                    for m in wound_ms) and any(
        km.span[0] >= max(w.span[1] for w in wound_ms)
        and re.fullmatch(r"(?:where\s+)?(?:he|she)|and|but|until", km.count.text.strip()) for km in killed_ms)


def _shot_besides_the_dead(shot_ms: list[_Mention], killed_ms: list[_Mention]) -> bool:
    """The shot are told after the dead as other people, so the dead are not among them: "Woman killed,
    four others shot", "A man was killed and a woman was shot" ("a woman" is someone new)."""
    if not all(km.span[1] <= min(sm.span[0] for sm in shot_ms) for km in killed_ms):
        return False
    return all(m.name == "other_n" for m in shot_ms) or all(
        m.count.text in ("a", "an") and m.name in ("subj_shot_aux", "subj_shot_noaux") for m in shot_ms)


def _extract(text: str, start: int, end: int | None) -> Casualties:
    n = len(text)
    if end is None or end > n:
        end = n
    if start < 0:
        start = 0
    if start >= end:
        return Casualties(None, None)
    low = _blank_editorial_notes(text[start:end], _lower(text[start:end]))
    if not _TRIGGER.search(low):
        return Casualties(None, None)
    # "NO ONE WAS HURT": in capitals the pronoun looks like a name; it counts no one
    ms = [m for m in _collect(low, text[start:end]) if m.count.text.strip() not in _NOBODY]
    # "Among the dead were a policeman and two children": some of a toll, a figure only when no other is told
    ms = [m for m in ms if m.name != "copula_among"
          or not any(o.kind == m.kind and o.name != "copula_among" for o in ms)]
    # "a boy shot ... during a hunting accident west of Phoenix has died": one death, read once
    followups = [m for m in ms if m.name == "wounded_then_died"]
    ms = [m for m in ms if not (m.name != "wounded_then_died"
                                and any(f.span[0] <= m.qspan[0] < f.span[1] for f in followups))]
    ms = _part_of_the_hurt_died(low, ms)
    if ms:
        segs = _segments(low)
        ms = [m for m in ms if not _cumulative(low, segs, m) and not _either_or(low, m)]
        for m in ms:
            m.added = _is_added(low, m)
        ms, reported_only = _reports_over_claims(low, ms)
    else:
        reported_only = False
    killed_ms = [m for m in ms if m.kind == "killed"]
    wound_ms = [m for m in ms if m.kind == "wounded"]
    shot_ms = [m for m in ms if m.kind == "shot"]
    # a quantity read as killed is not also an injury ("two were shot dead")
    kq = {m.qspan for m in killed_ms}
    wound_ms = [m for m in wound_ms if m.qspan not in kq or m.name.startswith("act_")]
    shot_ms = [m for m in shot_ms if m.qspan not in kq and m.qspan not in {w.qspan for w in wound_ms}]
    killed, kspan = _combine(killed_ms, low)
    wounded, wspan = _combine(wound_ms, low)
    # "seventeen people were wounded, one of them fatally": the dead are among the wounded told
    fatal = [m for m in killed_ms if m.name == "fatally"]
    if wounded is not None and wounded.best and killed is not None and killed.best and wspan and fatal \
            and all(re.fullmatch(r"[\s,;]*(?:and\s+)?", low[wspan[1]:m.qspan[0]]) for m in fatal) \
            and wounded.best > killed.best:
        rem = wounded.best - killed.best
        wounded = Count(None if wounded.low is None else max(0, wounded.low - killed.best), rem,
                        None if wounded.high is None else wounded.high - killed.best, wounded.text)
    if killed is not None and _hurt_one_is_the_dead(low, wound_ms, killed, killed_ms):
        wounded, wspan = None, None
    from_shot = False
    if shot_ms:
        shot, sspan = _combine(shot_ms, low)
        if shot is not None and shot.best is not None:
            # GVA convention: injured = shot and not killed ("two men were shot, one fatally")
            k = killed.best if killed is not None and killed.best else 0
            if k and _shot_besides_the_dead(shot_ms, killed_ms):
                k = 0
            if k:
                rem = shot.best - k
                shot = (Count(max(0, min(rem, (shot.low or 0) - k)), rem,
                              None if shot.high is None else max(rem, shot.high - k), shot.text)
                        if rem > 0 else None)
            if shot is not None and shot.best:
                if wounded is None or wounded.best is None or wounded.best < shot.best:
                    wounded, wspan = shot, sspan
                    from_shot = not k
    if killed is None:
        mz = _ZERO_BOTH.search(low) or _ZERO_KILL.search(low)
        if mz:
            killed, kspan = Count(0, 0, 0, mz.group(0)), mz.span()
    if wounded is None:
        mz = _ZERO_BOTH.search(low) or _ZERO_WOUND.search(low)
        if mz:
            wounded, wspan = Count(0, 0, 0, mz.group(0)), mz.span()
    if wounded is not None and wounded.added:
        # "one man was killed; two others were also injured": the addition is to the dead, not the hurt
        wounded = dataclasses.replace(wounded, added=False)
    claimed = False
    if ((killed is not None and killed.best) or (wounded is not None and wounded.best)) and not reported_only:
        claimed = bool(_CLAIM.search(low))
    if killed is not None and killed.text:
        killed = dataclasses.replace(killed, text=_orig_text(text, start, low, killed.text, kspan))
    if wounded is not None and wounded.text:
        wounded = dataclasses.replace(wounded, text=_orig_text(text, start, low, wounded.text, wspan))
    return Casualties(
        killed, wounded, claimed,
        (kspan[0] + start, kspan[1] + start) if kspan else None,
        (wspan[0] + start, wspan[1] + start) if wspan else None,
        wounded_from_shot=from_shot and wounded is not None and killed is None,
    )


def _orig_text(text: str, start: int, low: str, qtext: str, span: tuple[int, int] | None) -> str:
    """Return the quantity as written in the original casing when it can be located."""
    if span is None or " + " in qtext:
        return qtext
    i = low.find(qtext, span[0], span[1])
    if i < 0:
        return qtext
    return text[start + i:start + i + len(qtext)]


def extract_casualties(text: str, start: int = 0, end: int | None = None) -> Casualties:
    """Killed/wounded counts stated in text[start:end] (a clause or sentence). Never raises."""
    try:
        if not isinstance(text, str):
            return Casualties(None, None)
        if not isinstance(start, int):
            start = 0
        if end is not None and not isinstance(end, int):
            end = None
        if end is not None and end < 0:
            end = max(0, len(text) + end)
        return _extract(text, start, end)
    except Exception:  # pragma: no cover - defensive: never raise on odd input
        return Casualties(None, None)


_REGEX_CACHE.save()
