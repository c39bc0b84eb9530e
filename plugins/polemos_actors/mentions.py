"""Candidate actor mentions and the rule that picks non-overlapping ones."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .schema import Actor

SOURCES = ("lexicon", "pattern", "alias", "ner")
"""Where a mention comes from, best first (used to break ties between equal spans)."""


@dataclass(frozen=True)
class ActorRef:
    """The canonical actor a mention designates (from the lexicon or made by a rule)."""

    id: str
    name: str
    type: str
    country: str | None = None
    acled: int | None = None
    parent: str | None = None
    generic: bool = False

    @classmethod
    def from_actor(cls, actor: Actor) -> ActorRef:
        """Build the reference of a lexicon actor."""
        return cls(actor.id, actor.name, actor.type, actor.country, actor.acled, actor.parent)


@dataclass(frozen=True)
class Candidate:
    """A possible actor mention: token span ``[start, end)`` of the spaCy Doc."""

    start: int
    end: int
    actor: ActorRef
    source: str

    @property
    def rank(self) -> tuple[int, int]:
        """Sort key: longer spans first, then the better source."""
        return (-(self.end - self.start), SOURCES.index(self.source))


def select(candidates: Iterable[Candidate], taken: Iterable[Candidate] = ()) -> list[Candidate]:
    """Greedily keep the best non-overlapping candidates (longest, then best source).

    Candidates overlapping one of ``taken`` are dropped; ``taken`` is part of the result.
    """
    chosen: list[Candidate] = list(taken)
    used = {i for c in chosen for i in range(c.start, c.end)}
    for cand in sorted(candidates, key=lambda c: (c.rank, c.start)):
        span = range(cand.start, cand.end)
        if any(i in used for i in span):
            continue
        chosen.append(cand)
        used.update(span)
    return sorted(chosen, key=lambda c: c.start)
