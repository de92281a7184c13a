"""A cheap English detector for articles that carry no ``language`` field.

The extractor's lexicon, date rules and parser are English only; a French or
Arabic article run through them yields nothing useful at best and wrong events
at worst. Scraped archives often lack a language field, so ``articles.validate``
asks this module when ``input.detect_language`` is on.

Method, on a prefix of the text, lower-cased (so ALL-CAPS wire copy counts too):

* the share of word tokens that are among the ~100 most common English function
  words (articles, pronouns, prepositions, auxiliaries): running English prose
  scores 0.25-0.50, terse wire copy full of names and numbers 0.10-0.30;
* the share that are common function words of the major Latin-script languages
  (French, Spanish, Portuguese, Italian, German, Dutch, Indonesian, Turkish), with
  every spelling shared with English left out.

A text is *not English* when it is written mostly in a non-Latin script, or when
its foreign share is at least 10% and larger than its English share. Everything
else is accepted, including texts too short to judge, tables or lists without
function words, and languages outside the list above (Swahili, Tagalog, ...): the
detector errs towards keeping an article. Cost is bounded by the prefix length.
No model, no network, no dependency.
"""
from __future__ import annotations

import re

__all__ = ["ENGLISH_FUNCTION_WORDS", "FOREIGN_FUNCTION_WORDS", "scores", "looks_english"]

#: The most common English function words ("in", "on", "a" included: they are the
#: strongest English signal even though other languages share them).
ENGLISH_FUNCTION_WORDS = frozenset(
    """
    the of and to in a is that for it with as his on be at by this had not are but from or
    have they which one you were her all she there their has been if more when will
    would who so no out up into than them can only other its some what could over
    him about after also two then these our first any new may should well those very
    because through where most just such before us while we he i my me your said says
    being did does do how each many between both under against during without since
    until among within upon off here why whom whose an was
    """.split()
)

#: Frequent function words of French, Spanish, Portuguese, Italian, German, Dutch,
#: Indonesian and Turkish; spellings that are English words, or that are common in
#: names in English news ("al", "el", "la", "de", "die"), are left out.
FOREIGN_FUNCTION_WORDS = frozenset(
    """
    le les des du un une et est que qui dans pour pas sur au aux ce cette il elle ils ont été sont
    avec se ses leur selon où mais
    los las del y en por con para una es su sus fue han según como más pero este esta lo entre
    sin donde también muy
    os do da dos das em nos nas um uma com não foi ao pelo pela seu sua segundo mais
    gli della delle dei di che nel nella alla ha hanno più sono anche
    der das und ist nicht mit von den dem des ein eine einer im auf für sich zu wurde wurden
    sind bei nach aus wie auch
    het een van niet op voor zijn werd werden naar ook er
    yang dan ke dari ini itu dengan untuk pada adalah dalam tidak akan oleh telah
    ve bir bu ile için olarak çok daha gibi
    """.split()
) - ENGLISH_FUNCTION_WORDS

#: Texts with fewer word tokens than this are accepted without judging.
MIN_WORDS = 20
#: A foreign share at least this high (and above the English share) means not English.
FOREIGN_SHARE = 0.10
#: Characters looked at (bounds the cost on huge articles).
PREFIX_CHARS = 5000

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def _latin_share(words: list[str]) -> float:
    letters = sum(len(w) for w in words)
    if not letters:
        return 1.0
    latin = sum(1 for w in words for ch in w if ch < "\u0250")  # Basic Latin .. Latin Extended-B
    return latin / letters


def scores(text: str) -> tuple[float, float, int]:
    """(English function-word share, foreign function-word share, word count) of the text's prefix."""
    if not isinstance(text, str):
        return 0.0, 0.0, 0
    words = _WORD.findall(text[:PREFIX_CHARS].lower())
    if not words:
        return 0.0, 0.0, 0
    en = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS)
    fo = sum(1 for w in words if w in FOREIGN_FUNCTION_WORDS)
    return en / len(words), fo / len(words), len(words)


def looks_english(text: str) -> tuple[bool, str]:
    """(is it plausibly English, why). Permissive: short or undecidable texts count as English."""
    if not isinstance(text, str):
        return True, "not text"
    words = _WORD.findall(text[:PREFIX_CHARS].lower())
    letters = sum(len(w) for w in words)
    latin = _latin_share(words)
    if letters >= 40 and latin < 0.5:
        return False, f"mostly non-Latin script ({latin:.0%} Latin letters)"
    if len(words) < MIN_WORDS:
        return True, f"too short to judge ({len(words)} words)"
    en, fo, n = scores(text)
    if fo >= FOREIGN_SHARE and fo > en:
        return False, f"{fo:.0%} foreign vs {en:.0%} English function words in the first {n} words"
    return True, f"{en:.0%} English function words"
