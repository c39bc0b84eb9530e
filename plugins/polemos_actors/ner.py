"""spaCy's PER and ORG entities, kept as actors only when their context types them.

- PER: a person when it has two words or more (``Abou Rayyan al-Mouhajer``), or one word after
  a title (``le général Haftar``);
- ORG: typed by its first noun (``ministère`` -> government, ``agence`` -> media, ``brigade`` ->
  armed group, ``comité international`` -> international) or by a reporting context (``selon X``,
  ``rapporte X`` -> media). Organisations whose type stays unknown (companies, clubs) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ._text import fold
from ._words import DETERMINERS, TITLES
from .mentions import ActorRef, Candidate

ORG_HEADS: dict[str, str] = {
    **dict.fromkeys(
        "brigade brigades bataillon katiba milice milices front armee forces rebelles "
        "jihad mouvement groupe legion phalange".split(),
        "armed_group",
    ),
    **dict.fromkeys(
        "ministere gouvernement presidence parlement assemblee senat cabinet prefecture "
        "gouvernorat junte".split(),
        "government",
    ),
    **dict.fromkeys(
        "agence journal quotidien radio television chaine presse magazine hebdomadaire "
        "media medias tv".split(),
        "media",
    ),
    **dict.fromkeys(
        "nations organisation comite commission haut-commissariat tribunal cour fonds programme "
        "observatoire ong fondation croix croissant federation conseil".split(),
        "international",
    ),
}
"""First noun (folded) of an ORG entity -> actor type."""

REPORTING_CUES = frozenset(
    fold(w) for w in "selon rapporte rapportait rapporté cité citée citant a rapporté indique".split()
)
_ACLED = {"armed_group": 2, "government": 1, "state_force": 1, "media": 8, "international": 8,
          "person": None}


def _trim(span: Span) -> Span:
    start = span.start
    while start < span.end and fold(span.doc[start].text) in DETERMINERS:
        start += 1
    end = span.end
    while end > start and not span.doc[end - 1].text[:1].isalnum():
        end -= 1
    return span.doc[start:end]


def _slug(text: str) -> str:
    return re.sub(r"\W+", "_", fold(text)).strip("_")


def _person(span: Span) -> bool:
    words = [t for t in span if t.is_alpha]
    if not words or not all(t.text[:1].isupper() or len(t.text) <= 3 for t in words):
        return False
    if any(t.is_upper and len(t.text) > 1 for t in words):
        return False
    if len(words) >= 2:
        return True
    previous = span.doc[span.start - 1] if span.start > 0 else None
    return previous is not None and fold(previous.text) in TITLES


def _org_type(span: Span) -> str | None:
    head = fold(span[0].text)
    kind = ORG_HEADS.get(head)
    if kind is not None:
        return kind
    left = span.doc[max(0, span.start - 3) : span.start]
    if any(fold(t.text) in REPORTING_CUES for t in left):
        return "media"
    return None


def ner_candidates(doc: Doc) -> Iterator[Candidate]:
    """Yield candidates for spaCy's PER and ORG entities that their context types."""
    for ent in doc.ents:
        if ent.label_ not in {"PER", "ORG"}:
            continue
        span = _trim(ent)
        if len(span) == 0 or not span[0].text[:1].isupper():
            continue
        if ent.label_ == "PER":
            if not _person(span):
                continue
            kind: str | None = "person"
        else:
            kind = _org_type(span)
        if kind is None:
            continue
        ref = ActorRef(f"{kind}_{_slug(span.text)}", span.text, kind, None, _ACLED[kind])
        yield Candidate(span.start, span.end, ref, "ner")
