"""Fixtures of the alliances tests: a tiny actors extractor and a pipeline that runs both.

The unit tests do not depend on the actors plugin: ``TinyActors`` writes the ``actors`` layer
from a small lexicon given by each test (surface form -> actor id and type), exactly as the
layer contract says. Integration tests with the real actors plugin are in ``test_gold.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

import pytest
from polemos import Document, ExtractContext, Extractor, Pipeline, PluginManager
from polemos_alliances import AlliancesExtractor

ActorLexicon = Mapping[str, tuple[str, str]]
"""Surface form -> (actor_id, actor type)."""


class TinyActors(Extractor):
    """Writes an ``actors`` annotation for each occurrence of a lexicon form (whole words).

    With ``named``, every mention is flagged as a name (``generic: false``), as the actors
    plugin flags "peshmergas"; otherwise the alliances view guesses from the form.
    """

    name: ClassVar[str] = "actors"
    writes: ClassVar[tuple[str, ...]] = ("actors",)

    def __init__(self, lexicon: ActorLexicon, *, named: bool = False) -> None:
        self.lexicon = lexicon
        self.named = named

    def extract(self, ctx: ExtractContext) -> None:
        text = ctx.document.text
        taken: list[tuple[int, int]] = []
        for form in sorted(self.lexicon, key=len, reverse=True):
            actor_id, label = self.lexicon[form]
            for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                if any(match.start() < e and s < match.end() for s, e in taken):
                    continue
                taken.append(match.span())
                ctx.annotate(
                    "actors",
                    label,
                    match.start(),
                    match.end(),
                    {"actor_id": actor_id, "name": form, "country": None}
                    | ({"generic": False} if self.named else {}),
                )


@dataclass(frozen=True)
class Found:
    """A relation as the tests read it: actor ids, type, status, and its attributes."""

    source: str
    type: str
    target: str
    status: str
    attributes: Mapping[str, Any]


Analyse = Callable[..., list[Found]]


def relations_of(document: Document) -> list[Found]:
    """The alliances relations of an analysed document, by actor id."""
    assert not document.errors, document.errors
    found = []
    for relation in document.relation_layer("alliances"):
        source = document.annotation(relation.source)
        target = document.annotation(relation.target)
        found.append(
            Found(
                str(source.attributes["actor_id"]),
                relation.label,
                str(target.attributes["actor_id"]),
                str(relation.attributes["status"]),
                dict(relation.attributes),
            )
        )
    return found


@pytest.fixture(scope="session")
def analyse() -> Analyse:
    """Analyse a text with TinyActors(lexicon) and the alliances extractor; return relations."""

    def run(
        text: str, lexicon: ActorLexicon, config: Mapping[str, Any] | None = None
    ) -> list[Found]:
        pipeline = Pipeline(
            manager=PluginManager(entry_points=False),
            extractors=[TinyActors(lexicon), AlliancesExtractor()],
            config={"alliances": dict(config)} if config else None,
        )
        return relations_of(pipeline.analyze_one(Document("t", text)))

    return run


def triples(found: list[Found]) -> set[tuple[str, str, str, str]]:
    """(source, type, target, status) of each relation; symmetric types sorted by actor id."""
    out = set()
    for f in found:
        source, target = f.source, f.target
        if f.type in {"allied_with", "hostile_to"}:
            source, target = sorted((source, target))
        out.add((source, f.type, target, f.status))
    return out
