"""Heavy resources (spaCy model, gazetteer), loaded once per worker process."""
from __future__ import annotations

import gc
import threading
import time
from typing import Any, Union

from pipeline.config import Config
from pipeline.events import (
    EXTRACTOR_VERSION,
    ArticleTimeout,
    PARSE_BATCH_SIZE,
    PreparedArticle,
    Resources,
    extract_events,
    finish_article,
    prepare_article,
)
from pipeline.nlp import load_model
from pipeline.places import Gazetteer

__all__ = ["EXTRACTOR_VERSION", "ArticleTimeout", "get", "extract_with_deadline", "extract_batch"]

#: Articles with more candidate sentences than this are parsed on their own, lazily, so that
#: their deadline stops the parse (in a shared stream an article's docs are parsed up front).
MAX_BATCHED_CANDIDATES = 200
#: What extraction gives one article: its (event rows, mention rows), or the exception it raised.
Outcome = Union[tuple[list[dict[str, Any]], list[dict[str, Any]]], Exception]

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
            # The model and gazetteer live as long as the process: moved out of the collector's reach,
            # they are not traversed again by every full collection that extraction's garbage triggers
            # (measured: 3% less CPU per article, docs/performance.md).
            gc.collect()
            gc.freeze()
        return res


def extract_with_deadline(article: dict[str, Any], res: Resources, config: Config) -> tuple[list[dict], list[dict]]:
    budget = float(config.get("extraction", "article_timeout_s"))
    return extract_events(article, res, deadline=time.monotonic() + budget)


def _alone(article: dict[str, Any], res: Resources, config: Config) -> Outcome:
    try:
        return extract_with_deadline(article, res, config)
    except Exception as exc:  # noqa: BLE001 - the caller turns it into a reject
        return exc


def extract_batch(articles: list[dict[str, Any]], res: Resources, config: Config) -> list[Outcome]:
    """Extract several articles, parsing their candidate sentences in one ``nlp.pipe`` stream.

    The same rows as :func:`extract_with_deadline` article by article (spaCy's parse of a
    sentence does not depend on its batch), but fewer, fuller parser batches. Per article, an
    outcome: its rows, or the exception it raised (ArticleTimeout included): one bad article
    never fails the others. Each article's time budget starts when its turn comes; should the
    parser itself fail, the articles not done yet are extracted one by one.
    """
    budget = float(config.get("extraction", "article_timeout_s"))
    out: list[Outcome | None] = [None] * len(articles)
    batched: list[tuple[int, PreparedArticle]] = []
    alone: list[int] = []
    for i, art in enumerate(articles):
        try:
            prep = prepare_article(art, res)
        except Exception as exc:  # noqa: BLE001
            out[i] = exc
            continue
        if not prep.candidates:
            out[i] = ([], [])
        elif len(prep.candidates) > MAX_BATCHED_CANDIDATES:
            alone.append(i)
        else:
            batched.append((i, prep))
    stream = iter(res.nlp.pipe((t for _, prep in batched for t in prep.texts), batch_size=PARSE_BATCH_SIZE))
    broken = False
    for i, prep in batched:
        if broken:
            out[i] = _alone(articles[i], res, config)
            continue
        deadline = time.monotonic() + budget
        try:
            docs = [next(stream) for _ in prep.texts]
        except Exception:  # noqa: BLE001 - the shared stream is lost: this and the rest alone
            broken = True
            out[i] = _alone(articles[i], res, config)
            continue
        try:
            if time.monotonic() > deadline:
                raise ArticleTimeout("extraction exceeded its time budget while parsing")
            out[i] = finish_article(prep, docs, res, deadline)
        except Exception as exc:  # noqa: BLE001
            out[i] = exc
    for i in alone:
        out[i] = _alone(articles[i], res, config)
    return out  # type: ignore[return-value]
