"""Role and membership readings (``affiliated_with``) on real sentences of the dev texts.

The cases are in ``tests/data/cases/alliances_roles_dev.yaml``, grouped by construction class:
each gives a sentence, its actor mentions and the relations the whole alliances extractor
(cues and frames) must find in it, exactly. Positive sentences are quoted from texts of
``tests/data/realgold/dev``; negative ones are written for these tests.
"""

from __future__ import annotations

import pytest
import yaml
from polemos import Document, Pipeline, PluginManager
from polemos_alliances import AlliancesExtractor

from .cases import CASES_DIR, case_params
from .conftest import ActorLexicon, TinyActors, relations_of, triples

CASES_FILE = CASES_DIR / "alliances_roles_dev.yaml"
"""Class -> cases: ``text``, ``source`` (dev text or "written"), ``actors``, ``relations``."""


def affiliations(text: str, lexicon: ActorLexicon) -> set[tuple[str, str, str, str]]:
    """The ``affiliated_with`` relations the whole extractor finds, actors flagged as names."""
    pipeline = Pipeline(
        manager=PluginManager(entry_points=False),
        extractors=[TinyActors(lexicon, named=True), AlliancesExtractor()],
    )
    found = triples(relations_of(pipeline.analyze_one(Document("t", text))))
    return {t for t in found if t[1] == "affiliated_with"}


@pytest.mark.parametrize(("text", "lexicon", "expected"), case_params(CASES_FILE))
def test_role_case(text: str, lexicon: ActorLexicon, expected: set[tuple[str, ...]]) -> None:
    assert affiliations(text, lexicon) == expected


def test_every_case_names_its_source() -> None:
    groups = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    dev = CASES_DIR.parent / "realgold" / "dev"
    for cases in groups.values():
        for case in cases:
            source = case["source"]
            assert source == "written" or (dev / f"{source}.gold.json").exists(), source
