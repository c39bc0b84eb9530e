"""Fixtures of the quantities tests: one spaCy model and one finder for the whole session."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from polemos_quantities import ActorSpan, Quantity, QuantityFinder
from spacy.language import Language


@pytest.fixture(scope="session")
def nlp() -> Language:
    return spacy.load("fr_core_news_sm", disable=["ner"])


@pytest.fixture(scope="session")
def finder() -> QuantityFinder:
    return QuantityFinder()


Find = Callable[..., list[Quantity]]


@pytest.fixture(scope="session")
def find(nlp: Language, finder: QuantityFinder) -> Find:
    """Parse a text and return its quantities, checking every span against the text."""

    def run(text: str, actors: tuple[ActorSpan, ...] = ()) -> list[Quantity]:
        doc = nlp(text)
        found = finder.find(doc, actors)
        for quantity in found:
            assert 0 <= quantity.start < quantity.end <= len(text)
        return found

    return run
