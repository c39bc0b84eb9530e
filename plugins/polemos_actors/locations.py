"""The ``locations`` layer: places named in the text, never actors.

Candidates are spaCy's LOC entities (cut at line breaks: a heading's last word is no part of
the dateline below), gazetteer places (countries, capitals, conflict places) and names after a
place noun: a natural feature whose noun is part of its name (``lac Tchad``, ``forêt de
Sambisa``), or a settlement, base or district whose noun is not (``la base d'al-Joufra`` ->
``al-Joufra``). A span overlapping an actor mention, or whose text is an actor's name in the
lexicon (``Daesh`` tagged LOC by the model), is not a place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from ._text import fold
from ._words import ARABIC_PARTICLES, DETERMINERS
from .countries import country_table
from .gazetteer import places


def location_spans(
    doc: Doc,
    place_at: dict[int, tuple[int, str]],
    taken: Iterable[tuple[int, int]],
    actor_names: frozenset[str],
) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start_token, end_token, name)`` of places, not overlapping ``taken`` spans."""
    used = {i for start, end in taken for i in range(start, end)}
    gazetteer = places()
    spans: dict[int, tuple[int, str]] = {
        s: (e, gazetteer[n].name) for s, (e, n) in place_at.items() if doc[s].text[:1].isupper()
    }
    demonyms = country_table()
    for start, end, text in _named_places(doc):
        if start not in spans or spans[start][0] < end:
            spans[start] = (end, text)
    for ent_start, ent_end in _loc_entities(doc):
        start, end = ent_start, ent_end
        while start < end and fold(doc[start].text) in DETERMINERS:
            start += 1
        while end > start and not doc[end - 1].text[:1].isalnum():
            end -= 1
        if start == end or not doc[start].text[:1].isupper():
            continue
        text = doc[start:end].text
        if fold(text) in actor_names or demonyms.from_demonym(text.rstrip("s")) is not None:
            continue  # "Daesh", "Obama", "Américains" are not places
        if end - start == 1 and (doc[start].is_upper or any(c.isdigit() for c in text)):
            continue  # "CERN", "A3": acronyms and codes the model tagged LOC
        if end - start == 1 and _common_noun(doc, start):
            continue  # "l'État", "le Sud", "Lundi": common nouns the model tagged LOC
        if start not in spans or spans[start][0] < end:
            spans[start] = (end, text)
    last_end = -1
    for start in sorted(spans):
        end, name = spans[start]
        if start < last_end or any(i in used for i in range(start, end)):
            continue
        last_end = end
        yield start, end, name


FEATURE_NOUNS = frozenset(
    fold(w)
    for w in [
        "lac",
        "forêt",
        "mont",
        "monts",
        "fleuve",
        "rivière",
        "île",
        "îles",
        "désert",
        "massif",
        "vallée",
        "golfe",
        "mer",
        "plateau",
        "oasis",
        "delta",
        "détroit",
    ]
)
"""Natural features whose noun is part of the place name (``lac Tchad``, ``forêt de Sambisa``)."""

SETTLEMENT_NOUNS = frozenset(
    fold(w)
    for w in [
        "ville",
        "village",
        "villages",
        "localité",
        "bourgade",
        "quartier",
        "camp",
        "base",
        "province",
        "région",
        "district",
        "gouvernorat",
        "préfecture",
        "commune",
        "aéroport",
        "port",
    ]
)
"""Place nouns before a name that is the place on its own (``la base d'al-Joufra``)."""

_OF = frozenset({"de", "du", "des", "d'"})


def _loc_entities(doc: Doc) -> Iterator[tuple[int, int]]:
    """The model's LOC entities as token spans, cut at whitespace tokens with a line break."""
    for ent in doc.ents:
        if ent.label_ != "LOC":
            continue
        start = ent.start
        for i in range(ent.start, ent.end):
            if doc[i].is_space and "\n" in doc[i].text:
                if i > start:
                    yield start, i
                start = i + 1
        if start < ent.end:
            yield start, ent.end


def _named_places(doc: Doc) -> Iterator[tuple[int, int, str]]:
    """``lac Tchad``, ``forêt de Sambisa`` (noun kept); ``base d'al-Joufra`` (name only)."""
    from .patterns import proper_name_end

    for token in doc:
        word = fold(token.text)
        if word not in FEATURE_NOUNS and word not in SETTLEMENT_NOUNS:
            continue
        i = token.i + 1
        if i < len(doc) and fold(doc[i].text) in _OF:
            i += 1
            if i < len(doc) and fold(doc[i].text) in {"la", "l'"}:
                i += 1
        name_start = i
        if i + 2 < len(doc) and fold(doc[i].text) in ARABIC_PARTICLES and doc[i + 1].text == "-":
            i += 2  # "al-Joufra"
        end = proper_name_end(doc, i)
        if end is None:
            continue
        start = token.i if word in FEATURE_NOUNS else name_start
        yield start, end, doc[start:end].text


_CALENDAR = frozenset(
    [
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ]
)


def _common_noun(doc: Doc, i: int) -> bool:
    """A one-word LOC that reads as a common noun: not a proper noun and after an article."""
    token = doc[i]
    if fold(token.text) in _CALENDAR:
        return True
    if token.pos_ == "PROPN":
        return False
    return token.is_sent_start or (i > 0 and fold(doc[i - 1].text) in DETERMINERS - {"de", "d'"})


def places_of(
    text: str, mentions: list[tuple[int, int, str]], countries: list[str | None]
) -> list[dict[str, object]]:
    """Each mention's coordinates, country, region and feature, from ``polemos-places``.

    The polemos distribution cannot require a distribution of its own source tree, so the
    geocoder is used when installed (``scripts/setup.sh`` installs it); without it a place
    keeps its name alone.
    """
    try:
        from polemos_places import geocode_mentions
    except ImportError:
        return [{} for _ in mentions]
    return geocode_mentions(text, mentions, countries)
