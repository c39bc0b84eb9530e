"""The ``locations`` layer: places named in the text, never actors.

Candidates are spaCy's LOC entities and gazetteer places (countries, capitals, conflict places);
a span overlapping an actor mention, or whose text is an actor's name in the lexicon
(``Daesh`` tagged LOC by the model), is not a place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from ._text import fold
from ._words import DETERMINERS
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
    for ent in doc.ents:
        if ent.label_ != "LOC":
            continue
        start, end = ent.start, ent.end
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
