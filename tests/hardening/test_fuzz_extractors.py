"""Fuzzing every installed extractor with hostile text: no crash, exact offsets, valid JSON.

The fast tests (default suite) run each extractor, with the extractors it requires, on a few
hundred generated documents. The slow test (CI) runs all of them together on 10,000 documents.
Documents are drawn in lists and analysed by one pipeline call per list, so spaCy's per-call
overhead does not dominate.
"""

from __future__ import annotations

import warnings
from collections import Counter

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from polemos import Pipeline, PluginLoadWarning, PluginManager

from tests.hardening.fuzzing import analyze_and_check, installed_extractors, with_requirements
from tests.hardening.hostile_text import text_batches

BATCH = 50
FAST_EXAMPLES = 4  # x BATCH documents per extractor
SLOW_DOCUMENTS = 10_000
NO_SHRINK = (Phase.explicit, Phase.reuse, Phase.generate)  # failures name the one bad text


def _manager() -> PluginManager:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PluginLoadWarning)
        return PluginManager()


MANAGER = _manager()
EXTRACTORS = installed_extractors(MANAGER)
NAMES = [e.name for e in EXTRACTORS]


def pipeline_for(names: list[str]) -> Pipeline:
    return Pipeline(names, manager=MANAGER, batch_size=BATCH)


def test_the_extractors_to_fuzz_are_found() -> None:
    assert "weapons" in NAMES  # the example third-party plugin is installed by the test command
    for first_party in ("actors", "quantities", "alliances"):
        if first_party in {n for n, _ in MANAGER.pm.list_name_plugin()}:
            assert first_party in NAMES


def fuzz(names: list[str], batches: int) -> Counter[str]:
    """Analyse ``batches`` lists of BATCH generated texts with the extractors ``names``."""
    pipeline = pipeline_for(names)
    counts: Counter[str] = Counter()

    @settings(
        max_examples=batches,
        deadline=None,
        phases=NO_SHRINK,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(text_batches(BATCH))
    def check(texts: list[str]) -> None:
        analyze_and_check(pipeline, texts, counts)

    check()
    assert counts["documents"] + counts["refused: surrogate pair"] == batches * BATCH
    assert counts["documents"] >= 0.9 * batches * BATCH
    return counts


@pytest.mark.parametrize("name", NAMES)
def test_fuzz_each_extractor(name: str) -> None:
    fuzz(with_requirements(name, EXTRACTORS), FAST_EXAMPLES)


@pytest.mark.slow
def test_fuzz_all_extractors_on_ten_thousand_documents() -> None:
    counts = fuzz(NAMES, SLOW_DOCUMENTS // BATCH)
    assert counts["documents"] >= 0.95 * SLOW_DOCUMENTS
    print(f"\nfuzzed {dict(counts)}")
