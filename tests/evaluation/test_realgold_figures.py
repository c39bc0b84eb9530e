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

# figure -> (kind, floor); measured 2026-12-03 15:15 UTC on the 69 dev and 36 test texts (dev /
# test): actors F1 0.950 / 0.783, P 0.985 / 0.944 (0.950 / 0.817, P 0.984 / 0.943 with the
# war-document names of 2026-12-03 17:40 UTC); locations F1 0.920 / 0.870; quantities spans
# F1 0.958 / 0.930, category 0.959 / 0.813; relations P 0.956 / 0.652, F1 0.624 / 0.192; places
# (texts with place gold: 8 dev, 6 test) country 1.000 / 1.000, within 25 km 0.944 / 0.923.
# Relations remeasured 2026-12-03 17:55 UTC: dev P 0.975, F1 0.640 (test unchanged)
FLOORS = {
    "dev": {
        "actors.mentions": ("f1", 0.93),
        "actors.mentions.precision": ("precision", 0.97),
        "locations.mentions": ("f1", 0.90),
        "quantities.spans": ("f1", 0.94),
        "quantities.category": ("accuracy", 0.93),
        "relations.overall": ("f1", 0.60),
        "relations.overall.precision": ("precision", 0.93),
        "places.country": ("accuracy", 0.97),
        "places.within_25km": ("accuracy", 0.90),
    },
    "test": {
        "actors.mentions": ("f1", 0.79),
        "actors.mentions.precision": ("precision", 0.92),
        "locations.mentions": ("f1", 0.85),
        "quantities.spans": ("f1", 0.90),
        "quantities.category": ("accuracy", 0.79),
        "relations.overall": ("f1", 0.16),
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
