"""Accuracy floors on the real-text gold set (tests/data/realgold), dev and untouched test split.

The floors sit a little under the figures measured when they were set (closing note of issue
13): a change that loses recall or precision on real text fails here, whatever it gains on the
bundled article. Raise them when the extractors improve; never tune a rule on a test error.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from polemos import Document, Pipeline
from polemos.serialization import document_to_dict
from polemos_evaluation import Accuracy, Detection, EvaluationReport, evaluate_gold

REALGOLD = Path(__file__).resolve().parents[1] / "data" / "realgold"

# figure -> (kind, floor); measured 2026-12-03 18:10 UTC on the 76 dev and 43 test texts (dev /
# test): actors F1 0.933 / 0.801, P 0.983 / 0.932; locations F1 0.931 / 0.873; quantities spans
# F1 0.958 / 0.920, category 0.956 / 0.808; relations P 0.976 / 0.629, F1 0.581 / 0.207; places
# (texts with place gold: 8 dev, 6 test) country 1.000 / 1.000, within 25 km 0.944 / 0.923.
# The dev relations floor went down from 0.60 to 0.56 that evening with no rule lost: seven dev
# texts on conflicts no rule was written from joined the split (their relations F1 is 0.09).
# Relations through the subject of the sentence before and person-organisation readings then
# raised relations to dev F1 0.585 (82 texts) and test F1 0.211 (49 texts); locations and
# quantity categories were raised at 21:10 UTC on the 82 dev texts (dev / test): locations F1
# 0.946 / 0.887, quantities category 0.976 / 0.820.
FLOORS = {
    "dev": {
        "actors.mentions": ("f1", 0.92),
        "actors.mentions.precision": ("precision", 0.97),
        "locations.mentions": ("f1", 0.935),
        "quantities.spans": ("f1", 0.94),
        "quantities.category": ("accuracy", 0.96),
        "relations.overall": ("f1", 0.58),
        "relations.overall.precision": ("precision", 0.93),
        "places.country": ("accuracy", 0.97),
        "places.within_25km": ("accuracy", 0.90),
    },
    "test": {
        "actors.mentions": ("f1", 0.79),
        "actors.mentions.precision": ("precision", 0.92),
        "locations.mentions": ("f1", 0.875),
        "quantities.spans": ("f1", 0.90),
        "quantities.category": ("accuracy", 0.80),
        "relations.overall": ("f1", 0.19),
        "places.country": ("accuracy", 0.97),
        "places.within_25km": ("accuracy", 0.88),
    },
}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["actors", "quantities", "alliances"])


def report_of(pipeline: Pipeline, split: str) -> EvaluationReport:
    def analyze(pairs: list[tuple[str, str]]) -> list[dict[str, object]]:
        documents = pipeline.analyze(Document(doc_id, text) for doc_id, text in pairs)
        return [document_to_dict(document) for document in documents]

    return evaluate_gold([REALGOLD / split], analyze)


@pytest.mark.slow
@pytest.mark.parametrize("split", ["dev", "test"])
def test_real_text_figures_stay_above_their_floors(pipeline: Pipeline, split: str) -> None:
    corpus = report_of(pipeline, split).corpus
    below = []
    for key, (measure, floor) in FLOORS[split].items():
        figure = corpus[key.removesuffix(".precision")]
        if measure == "accuracy":
            assert isinstance(figure, Accuracy)
            value = figure.value
        else:
            assert isinstance(figure, Detection)
            value = getattr(figure, measure)
        if value < floor:
            below.append(f"{key} {measure} {value:.3f} < {floor}")
    assert not below, f"{split}: " + "; ".join(below)
