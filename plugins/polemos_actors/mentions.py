"""Candidate actor mentions and the rule that picks non-overlapping ones."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from polemos_french import DE

from ._text import fold
from .schema import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
    place: bool = False
    """True for a country or capital that acts: the mention is also a location."""

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


def prefer(found: list[Candidate], chosen: list[Candidate]) -> list[Candidate]:
    """Add ``found`` to ``chosen``, where they replace generic mentions they overlap.

    A generic ``les djihadistes`` the document resolves to a named group is a mention of
    that group.
    """
    used = {i for c in found for i in range(c.start, c.end)}
    kept = [
        c for c in chosen if not (c.actor.generic and any(i in used for i in range(c.start, c.end)))
    ]
    return select(found, taken=kept)


_OF = DE | {"la", "l'"}


def join_parent_names(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """``Bureau de la coordination des affaires humanitaires des Nations unies``: one mention.

    A mention followed by ``de/des/du [la]`` and a mention of its parent organisation (the
    lexicon's ``parent``) is one name: the parent is part of the child's full name, not a
    mention of its own.
    """
    out: list[Candidate] = []
    for cand in chosen:
        last = out[-1] if out else None
        if (
            last is not None
            and last.actor.parent == cand.actor.id
            and 0 < cand.start - last.end <= 2
            and all(fold(t.text) in _OF for t in doc[last.end : cand.start])
        ):
            out[-1] = Candidate(last.start, cand.end, last.actor, last.source, last.place)
            continue
        out.append(cand)
    return out
