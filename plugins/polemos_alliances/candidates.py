"""A relation found in a document before it is written, and how its status is read.

Both the cue patterns (:mod:`.extractor`) and the frames (:mod:`.framing`) produce
:class:`Candidate` relations; :func:`negated_or_former` reads negation and ``former`` status
from the words of a match with the lists of the cue files.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from polemos import Annotation

from polemos_alliances.cues import SYMMETRIC_TYPES, CueSet

__all__ = ["Candidate", "actor_id", "deduplicate", "negated_or_former", "pairs"]


@dataclass(frozen=True)
class Candidate:
    """A relation found in a document, before it is written."""

    type: str
    source: Annotation
    target: Annotation
    status: str
    evidence: tuple[int, int]
    cue: str
    cue_text: str

    def key(self) -> tuple[str, str, str]:
        """The document-level identity: type and actor pair (unordered for symmetric types)."""
        source, target = actor_id(self.source), actor_id(self.target)
        if self.type in SYMMETRIC_TYPES:
            source, target = sorted((source, target))
        return (self.type, source, target)

    def attributes(self) -> dict[str, Any]:
        """The relation attributes of the layer contract."""
        return {
            "status": self.status,
            "evidence": list(self.evidence),
            "cue": self.cue,
            "cue_text": self.cue_text,
        }


def actor_id(annotation: Annotation) -> str:
    """The canonical actor of a mention: its ``actor_id``, else its lowercased text."""
    value = annotation.attributes.get("actor_id")
    return str(value) if value else annotation.text.lower()


def pairs(
    relation_type: str,
    sources: Sequence[Annotation],
    targets: Sequence[Annotation],
    status: str,
    evidence: tuple[int, int],
    cue: str,
    cue_text: str,
) -> list[Candidate]:
    """One candidate for each source and target of two different actors.

    A symmetric relation keeps its ends in text order.
    """
    out = []
    for a in sources:
        for b in targets:
            if a.id == b.id or actor_id(a) == actor_id(b):
                continue
            first, second = (
                (b, a) if relation_type in SYMMETRIC_TYPES and b.start < a.start else (a, b)
            )
            out.append(Candidate(relation_type, first, second, status, evidence, cue, cue_text))
    return out


def deduplicate(candidates: Iterable[Candidate]) -> list[Candidate]:
    """One candidate per (type, actor pair), the first found; a ``former`` one wins."""
    kept: dict[tuple[str, str, str], Candidate] = {}
    for candidate in candidates:
        key = candidate.key()
        existing = kept.get(key)
        if existing is None or (existing.status == "current" and candidate.status == "former"):
            kept[key] = candidate
    return list(kept.values())


def _contains(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether ``phrase`` occurs as consecutive items of ``words``."""
    size = len(phrase)
    return any(tuple(words[i : i + size]) == tuple(phrase) for i in range(len(words) - size + 1))


def negated_or_former(cues: CueSet, words: Sequence[str], cue_type: str) -> tuple[bool, bool]:
    """Whether the words negate a relation, and whether they make it ``former``."""
    present = set(words)
    particle = bool(present & cues.negation_particles)
    negated = (
        bool(present & cues.negation_standalone)
        or (particle and bool(present & cues.negation_words))
        or any(_contains(words, phrase) for phrase in cues.negation_phrases)
    )
    former = bool(present & cues.former_markers) or any(w.startswith("ex-") for w in present)
    if particle and cues.ne_plus and "plus" in present:
        former = True
    if cue_type in cues.tense_types and present & cues.tense_words:
        former = True
    return negated, former
