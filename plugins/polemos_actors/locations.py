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
    spans: dict[int, tuple[int, str]] = {s: (e, gazetteer[n].name) for s, (e, n) in place_at.items()}
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
        if fold(text) in actor_names:
            continue
        if start not in spans or spans[start][0] < end:
            spans[start] = (end, text)
    last_end = -1
    for start in sorted(spans):
        end, name = spans[start]
        if start < last_end or any(i in used for i in range(start, end)):
            continue
        last_end = end
        yield start, end, name
