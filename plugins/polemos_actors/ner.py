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
from ._words import ARABIC_PARTICLES, DETERMINERS, LEADING_WORDS, NAME_LINKS, TITLES
from .countries import country_table
from .gazetteer import places
from .mentions import ActorRef, Candidate
from .placelike import placelike_names

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


_NAME_PREFIXES = ARABIC_PARTICLES | frozenset({"oum", "umm", "abd", "abdel", "cheikh", "mollah"})
_LEADING_WORDS = DETERMINERS | LEADING_WORDS


def _expand_person(span: Span) -> Span:
    """Fit a PER entity to the name: the words the model left out, not the ones it added.

    ``Abou Rayyan al-Mouhajer`` is often cut into LOC ``Abou`` + PER ``Rayyan al``; ``Selon
    François Dubet`` or ``Scott Brown n’`` carry a word that is no part of the name.
    """
    doc = span.doc
    start = span.start
    while start > 0 and _left_name_word(doc[start - 1]):
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
    while (
        start < end - 1
        and fold(doc[start].text) in _LEADING_WORDS
        and (doc[start].is_sent_start or doc[start].is_lower)
    ):
        start += 1  # "Selon François Dubet", sentence-initial; "De Gaulle" keeps its "De"
    while end > start and not doc[end - 1].text[:1].isupper():
        end -= 1
    return doc[start:end]


def _left_name_word(token: Token) -> bool:
    """A capitalised word before a PER entity that belongs to the name (``Abou``, ``Rafic``).

    Not a place or an organisation (``Corse``, ``Assemblée``), not a title or a function word.
    """
    if not token.text[:1].isupper():
        return False
    word = fold(token.text)
    if word in _NAME_PREFIXES:
        return True
    return (
        token.is_alpha
        and token.ent_type_ not in {"LOC", "ORG"}
        and word not in places()
        and word not in TITLES | _LEADING_WORDS
    )


def _name_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper


def ner_candidates(doc: Doc) -> Iterator[Candidate]:
    """Yield candidates for spaCy's PER and ORG entities that their context types.

    A PER entity whose name reads as a place somewhere in the document (``la ville de Wad
    Madani``: :mod:`.placelike`) is no person.
    """
    towns = placelike_names(doc)
    for ent in doc.ents:
        if ent.label_ not in {"PER", "ORG"}:
            continue
        if ent.label_ == "PER" and _trim(ent).text in towns:
            continue
        span = _trim(ent)
        if ent.label_ == "PER":
            while len(span) > 1 and span[0].is_lower and fold(span[0].text) in TITLES:
                span = span[1:]  # "le colonel Abdel Karim": the model took the title in
        if len(span) == 0 or not span[0].text[:1].isupper():
            continue
        if ent.label_ == "PER":
            span = _expand_person(span)
            while len(span) > 1 and country_table().from_demonym(span[0].text):
                span = span[1:]  # "Américain Pete Selleck"
            if not _person(span) or fold(span.text) in places():
                continue  # not a name, or a place the model took for a person ("Bani Walid")
            kind: str | None = "person"
        else:
            kind = _org_type(span)
        if kind is None:
            continue
        ref = ActorRef(f"{kind}_{_slug(span.text)}", span.text, kind, None, _ACLED[kind])
        yield Candidate(span.start, span.end, ref, "ner")
