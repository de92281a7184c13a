"""Fast rule-based sentence and paragraph splitting with character offsets.

The extractor parses only the sentences that hold a trigger word, so splitting
must be cheap and must not need the parser. Abbreviations common in news
("U.S.", "Gen.", "Colo.", "p.m.", "No.") do not end a sentence; upper-case
wire text is handled the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm cmdr gov sen rep rev st sr jr mt ft
    u.s u.k u.n u.s.a e.u a.m p.m no nos vol fig inc corp co ltd jan feb mar apr jun jul aug sep sept
    oct nov dec ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo
    d.c vs etc approx dept est govt pres supt insp det ave blvd rd hwy
    """.split()
)

_BOUNDARY = re.compile(r"([.!?]+)([\"'\u201d\u2019)\]]*)(\s+)(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
#: A sentence end glued to the next sentence by a scraper ("four others were left injured.Christopher
#: Beatty was identified ..."): a lower-case word, the stop, a capitalised word. (The two empty groups
#: give it `_BOUNDARY`'s group numbers, so one loop cuts at either.)
_GLUED = re.compile(r"(?<=[a-z]{2})([.!?])()()(?=[A-Z][a-z])")
_PARA = re.compile(r"\n\s*\n|\r\n\s*\r\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # char offsets in the article text
    end: int
    paragraph: int


def _ends_with_abbreviation(chunk: str) -> bool:
    m = _WORD_BEFORE.search(chunk)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # Single initials ("John F. Kennedy", "J.") do not end sentences.
    return len(word) == 1 and word.isalpha()


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _PARA.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def split_sentences(text: str, max_chars: int = 1500) -> list[Sentence]:
    """Sentences of `text` in order, with offsets; single newlines inside a paragraph are kept
    as boundaries only when the line looks like a headline (no final punctuation)."""
    out: list[Sentence] = []
    for para_no, (p_start, p_end) in enumerate(split_paragraphs(text)):
        para = text[p_start:p_end]
        # Lines without closing punctuation (headlines, menus, captions) are their own units.
        line_start = 0
        for line in para.split("\n"):
            line_end = line_start + len(line)
            _split_line(text, p_start + line_start, p_start + line_end, para_no, max_chars, out)
            line_start = line_end + 1
    return out


def _split_line(text: str, start: int, end: int, para_no: int, max_chars: int, out: list[Sentence]) -> None:
    line = text[start:end]
    # Join lines that continue a sentence: handled by treating each line separately only when
    # the previous sentence in this paragraph ended with punctuation.
    if out and out[-1].paragraph == para_no and not re.search(r"[.!?\"'\u201d:]\s*$", out[-1].text) \
            and line[:1].islower():
        prev = out.pop()
        start = prev.start
        line = text[start:end]
    pos = 0
    bounds = sorted([*_BOUNDARY.finditer(line), *_GLUED.finditer(line)], key=lambda m: m.start())
    for m in bounds:
        if m.start() < pos:
            continue
        cut = m.end(2)
        if _ends_with_abbreviation(line[pos:m.start(1) + 1]) and m.group(1) == ".":
            continue
        _emit(text, start + pos, start + cut, para_no, max_chars, out)
        pos = m.end()
    _emit(text, start + pos, end, para_no, max_chars, out)


def _emit(text: str, start: int, end: int, para_no: int, max_chars: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    if end - start > max_chars:
        # Run-on text (tables, scraped menus): cut at the last space before the limit.
        while end - start > max_chars:
            space = text.rfind(" ", start, start + max_chars)
            if space > start:
                cut, nxt = space, space + 1  # cut at the space and skip it
            else:
                cut = nxt = start + max_chars  # no space: cut inside the run, lose nothing
            out.append(Sentence(text[start:cut], start, cut, para_no))
            start = nxt
            while start < end and text[start].isspace():
                start += 1
    out.append(Sentence(text[start:end], start, end, para_no))


#: A line that links to other stories ("RELATED: Mom of slain teen ...", "Related Coverage One person
#: killed in Taunton shooting", "Read more: ...", a bare "Related Stories" header): headlines of other
#: incidents, not the article's report.
_LINK_LINE = re.compile(
    r"(?im)^[ \t]*(?:related[ \t]*(?:[:>|\u2014-]|$)"
    r"|related[ \t]+(?:stories|story|coverage|articles?|content|links?|news|videos?)(?:[ \t]*[:>|\u2014-]|[ \t]*$|[ \t]+)"
    r"|(?:read[ \t]+more|also[ \t]+read|see[ \t]+also|more|watch|previous[ \t]+coverage|more[ \t]+coverage)"
    r"[ \t]*(?::|[ \t]*$))")
_HEADLINE_LINE = re.compile(r"[^\n]*[^\s.!?\"'\u201d:][ \t]*$")


def link_spans(text: str, max_headlines: int = 4) -> list[tuple[int, int]]:
    """Character spans of lines that link to other stories: the marker's line and, after a bare
    header ("Related Stories"), the headline-like lines (no closing punctuation) that follow it."""
    spans = []
    for m in _LINK_LINE.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        spans.append((m.start(), end))
        if text[m.end():end].strip(" \t:>|-\u2014"):
            continue
        pos, taken = end, 0
        while taken < max_headlines and pos < len(text):
            nxt = text.find("\n", pos + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[pos + 1:nxt]     # (pos is always at a newline)
            if not line.strip():
                pos = nxt
                continue
            if not _HEADLINE_LINE.fullmatch(line):
                break
            spans.append((pos + 1, nxt))
            pos, taken = nxt, taken + 1
    return spans
