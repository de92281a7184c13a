"""Validation: raw input records -> article records or rejects (pure, no Beam)."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from typing import Any, Iterable

from pipeline.config import Config
from pipeline.language import looks_english
from pipeline.readers import Record, reject

log = logging.getLogger("pipeline")

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_ID_OK = re.compile(r"^[\w.:@/+-]{1,200}$")

ARTICLE_FIELDS = ("id", "published", "text", "source", "title", "url", "language")


def parse_published(value: Any) -> dt.date | None:
    """ISO date or datetime ('2014-06-22', '2014-06-22T08:00:00Z') -> date; None if unparsable."""
    if not isinstance(value, str):
        return None
    m = _ISO_DATE.match(value.strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def validate(raw: Record, config: Config, today: dt.date) -> Record:
    """Turn a raw record into ``{"kind": "article", ...}`` or a reject with the reason."""
    data, src, line = raw["data"], raw["input_file"], raw["line"]
    art_id = data.get("id")
    if isinstance(art_id, int) and not isinstance(art_id, bool):
        art_id = str(art_id)
    if not isinstance(art_id, str) or not art_id.strip():
        return reject("missing_id", "article has no string 'id'", src, line)
    art_id = art_id.strip()
    if not _ID_OK.match(art_id):
        return reject("bad_id", "id must be 1-200 chars of letters, digits and ._:@/+-", src, line, art_id[:200])
    if "published" not in data or data.get("published") in (None, ""):
        return reject("missing_published", "article has no 'published' date", src, line, art_id)
    published = parse_published(data.get("published"))
    if published is None:
        return reject("bad_published", f"unparsable published date {str(data.get('published'))[:50]!r}",
                      src, line, art_id)
    if published > today + dt.timedelta(days=config.get("input", "max_future_days")):
        return reject("future_published", f"published {published} is after the run date {today}", src, line, art_id)
    text = data.get("text")
    if not isinstance(text, str):
        return reject("missing_text", "article has no string 'text'", src, line, art_id)
    if "\x00" in text:
        return reject("binary_text", "text contains NUL bytes", src, line, art_id)
    if len(text.strip()) < config.get("limits", "min_text_chars"):
        return reject("empty_text", "text is empty or too short to hold an event", src, line, art_id)
    language = data.get("language")
    languages = config.get("input", "languages")
    if isinstance(language, str) and language and languages and language.split("-")[0].lower() not in languages:
        return reject("unsupported_language", f"language {language!r} not in {languages}", src, line, art_id)
    if not (isinstance(language, str) and language) and languages == ["en"] \
            and config.get("input", "detect_language"):
        english, why = looks_english(text)
        if not english:
            return reject("not_english", f"no language field and the text does not look English: {why}",
                          src, line, art_id)
    limit = config.get("limits", "max_article_chars")
    truncated = len(text) > limit
    if truncated:
        log.warning("article %s (%s:%s) truncated from %d to %d characters (limits.max_article_chars)",
                    art_id, src, line, len(text), limit)
        text = text[:limit]
    article: Record = {
        "kind": "article",
        "id": art_id,
        "published": published.isoformat(),
        "text": text,
        "content_hash": content_hash(text),
        "truncated": truncated,
        "input_file": src,
        "line": line,
    }
    for key in ("source", "title", "url", "language"):
        value = data.get(key)
        article[key] = value if isinstance(value, str) and value else None
    return article


def pick_unique(article_id: str, records: Iterable[Record]) -> list[Record]:
    """Among records sharing one id in a run, keep the first (by file, line); reject the others."""
    ordered = sorted(records, key=lambda r: (r.get("input_file") or "", r.get("line") or 0))
    if not ordered:
        return []
    first, rest = ordered[0], ordered[1:]
    out = [first]
    for r in rest:
        same = r.get("content_hash") == first.get("content_hash")
        detail = (f"id {article_id!r} already read from {first.get('input_file')}:{first.get('line')}"
                  + (" (same text)" if same else " (different text)"))
        out.append(reject("duplicate_id", detail, r.get("input_file") or "", r.get("line"), article_id))
    return out
