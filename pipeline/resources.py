"""Heavy resources (spaCy model, gazetteer), loaded once per worker process."""
from __future__ import annotations

import threading
import time
from typing import Any

from pipeline.config import Config
from pipeline.events import EXTRACTOR_VERSION, ArticleTimeout, Resources, extract_events
from pipeline.nlp import load_model
from pipeline.places import Gazetteer

__all__ = ["EXTRACTOR_VERSION", "ArticleTimeout", "get", "extract_with_deadline"]

_CACHE: dict[tuple[Any, ...], Resources] = {}
_LOCK = threading.Lock()


def get(config: Config) -> Resources:
    """The process-wide Resources for this config (DoFn.setup may run many times per process)."""
    key = (config.get("extraction", "spacy_model"), config.get("extraction", "max_sentence_chars"),
           config.get("extraction", "background_after_days"))
    with _LOCK:
        res = _CACHE.get(key)
        if res is None:
            res = Resources(
                nlp=load_model(key[0]),
                gazetteer=Gazetteer.load(),
                max_sentence_chars=key[1],
                background_after_days=key[2],
            )
            _CACHE[key] = res
        return res


def extract_with_deadline(article: dict[str, Any], res: Resources, config: Config) -> tuple[list[dict], list[dict]]:
    budget = float(config.get("extraction", "article_timeout_s"))
    return extract_events(article, res, deadline=time.monotonic() + budget)
