"""Fixtures of the actors tests: one extractor (matchers compiled once) for the session."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from polemos import Annotation
from polemos.testing import run_extractor
from polemos_actors import ActorsExtractor


@pytest.fixture(scope="session")
def extractor() -> ActorsExtractor:
    return ActorsExtractor()


Analyze = Callable[..., list[Annotation]]


@pytest.fixture(scope="session")
def actors(extractor: ActorsExtractor) -> Analyze:
    """Return the ``actors`` annotations of a text, in text order."""

    def run(text: str, **config: Any) -> list[Annotation]:
        document = run_extractor(extractor, text, config=config or None)
        return sorted(document.layer("actors"), key=lambda a: a.start)

    return run


@pytest.fixture(scope="session")
def locations(extractor: ActorsExtractor) -> Analyze:
    """Return the ``locations`` annotations of a text, in text order."""

    def run(text: str, **config: Any) -> list[Annotation]:
        document = run_extractor(extractor, text, config=config or None)
        return sorted(document.layer("locations"), key=lambda a: a.start)

    return run


def by_text(annotations: list[Annotation]) -> dict[str, Annotation]:
    """Index annotations by their text (the first one wins)."""
    out: dict[str, Annotation] = {}
    for annotation in annotations:
        out.setdefault(annotation.text, annotation)
    return out


def actor_ids(annotations: list[Annotation]) -> dict[str, str]:
    """Map each annotation's text to its ``actor_id``."""
    return {a.text: a.attributes["actor_id"] for a in annotations if a.layer == "actors"}
