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

from spacy.tokens import Doc, Span, Token

from ._text import fold
from ._words import DETERMINERS, NAME_LINKS, TITLES
from .countries import country_table
from .mentions import ActorRef, Candidate

ORG_HEADS: dict[str, str] = {
    **dict.fromkeys(
        [
            "brigade",
            "brigades",
            "bataillon",
            "katiba",
            "milice",
            "milices",
            "rebelles",
            "jihad",
            "legion",
            "phalange",
        ],
        "armed_group",
    ),
    **dict.fromkeys(
        [
            "ministere",
            "gouvernement",
            "presidence",
            "parlement",
            "assemblee",
            "senat",
            "cabinet",
            "prefecture",
            "gouvernorat",
            "junte",
        ],
        "government",
    ),
    **dict.fromkeys(
        [
            "agence",
            "journal",
            "quotidien",
            "radio",
            "television",
            "chaine",
            "presse",
            "magazine",
            "hebdomadaire",
            "media",
            "medias",
            "tv",
        ],
        "media",
    ),
    **dict.fromkeys(
        ["nations", "haut-commissariat", "tribunal", "observatoire", "ong", "croix", "croissant"],
        "international",
    ),
}
"""First noun (folded) of an ORG entity -> actor type."""

_ACLED = {
    "armed_group": 2,
    "government": 1,
    "state_force": 1,
    "media": 8,
    "international": 8,
    "person": None,
}


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
    """The type an ORG's first noun gives it; single words (``Assemblée``) stay untyped."""
    if len(span) < 2:
        return None
    return ORG_HEADS.get(fold(span[0].text))


def _expand_person(span: Span) -> Span:
    """Extend a PER entity over the capitalised name words the model left out.

    ``Abou Rayyan al-Mouhajer`` is often cut into LOC ``Abou`` + PER ``Rayyan al``.
    """
    doc = span.doc
    start = span.start
    while start > 0 and _name_word(doc[start - 1]):
        previous = doc[start - 1]
        if previous.is_sent_start and previous.pos_ != "PROPN":
            break  # "Selon", "Mardi" at the start of a sentence
        start -= 1
    end = span.end
    while end < len(doc):
        if _name_word(doc[end]):
            end += 1
        elif doc[end].text == "-" and end + 1 < len(doc) and _name_word(doc[end + 1]):
            end += 2
        elif fold(doc[end - 1].text) in NAME_LINKS and _name_word(doc[end]):
            end += 1
        else:
            break
    while end > start and (doc[end - 1].text == "-" or fold(doc[end - 1].text) in NAME_LINKS):
        end -= 1
    return doc[start:end]


def _name_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper


def ner_candidates(doc: Doc) -> Iterator[Candidate]:
    """Yield candidates for spaCy's PER and ORG entities that their context types."""
    for ent in doc.ents:
        if ent.label_ not in {"PER", "ORG"}:
            continue
        span = _trim(ent)
        if len(span) == 0 or not span[0].text[:1].isupper():
            continue
        if ent.label_ == "PER":
            span = _expand_person(span)
            while len(span) > 1 and country_table().from_demonym(span[0].text):
                span = span[1:]  # "Américain Pete Selleck"
            if not _person(span):
                continue
            kind: str | None = "person"
        else:
            kind = _org_type(span)
        if kind is None:
            continue
        ref = ActorRef(f"{kind}_{_slug(span.text)}", span.text, kind, None, _ACLED[kind])
        yield Candidate(span.start, span.end, ref, "ner")
