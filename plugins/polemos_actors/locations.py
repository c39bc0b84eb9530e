"""The ``locations`` layer: places named in the text, with acting countries and nested places.

Candidates are spaCy's LOC entities (cut at line breaks: a heading's last word is no part of
the dateline below), gazetteer places (countries, capitals, conflict places) and names after a
place noun: a natural feature whose noun is part of its name (``lac Tchad``, ``forêt de
Sambisa``), or a settlement, base or district whose noun is not (``la base d'al-Joufra`` ->
``al-Joufra``). By the codebook a country or capital that acts is also a place, and so is a
place inside an organisation's name (``RDC`` in ``Forces armées de la RDC``), but not inside a
medium's name; any other span overlapping an actor mention, or whose text is an actor's name
in the lexicon (``Daesh`` tagged LOC by the model), is not a place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from polemos_french import DE
from spacy.tokens import Doc

from ._text import fold
from ._words import ARABIC_PARTICLES, DETERMINERS
from .countries import country_table
from .gazetteer import places
from .gazetteer_names import gazetteer_lookup, gazetteer_spans
from .mentions import Candidate
from .placelike import placelike_spans
from .ruledata import rule_data


def location_spans(
    doc: Doc,
    place_at: dict[int, tuple[int, str]],
    actors: Iterable[Candidate],
    actor_names: frozenset[str],
) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start_token, end_token, name)`` of places, by the codebook.

    A country or capital that acts is an actor and a location. A place inside an
    organisation's name is a location (``RDC`` in ``Forces armées de la RDC``) when it is a
    gazetteer place, or one of the model's LOC entities after a preposition of the name
    (``l'État islamique au Grand Sahara``); not inside a medium's or a person's name. Any
    other span overlapping an actor mention is not a place.
    """
    names = [c for c in actors if not c.place]
    gazetteer = places()
    nested: dict[int, tuple[int, str]] = {}
    spans: dict[int, tuple[int, str]] = {}
    acting: dict[int, tuple[int, str]] = {}
    for s, (e, n) in place_at.items():
        # "en république démocratique du Congo": a gazetteer name may start in lower case
        if doc[s].text[:1].isupper() or (e - s > 1 and doc[e - 1].text[:1].isupper()):
            _keep_longest(nested, s, e, gazetteer[n].name)
            if any(c.start == s and c.end == e for c in names):
                acting[s] = (e, gazetteer[n].name)  # "aux Philippines" read as the army's alias
    for start, end, _ in _named_places(doc):
        for a, b in _split_at_a_place(doc, start, end):
            _keep_longest(spans, a, b, doc[a:b].text)
    read = set(gazetteer_spans(doc))
    for start, end in [*_loc_entities(doc), *placelike_spans(doc), *read]:
        kept = _place_name(doc, start, end, actor_names, (start, end) in read)
        if kept is None:
            continue
        start, end = kept
        text = doc[start:end].text
        if (start, end) in read and any(
            (c.start, c.end, c.source, c.actor.type) == (start, end, "ner", "person") for c in names
        ):
            acting[start] = (end, text)  # "le port de Mocimboa da Praia", no person
        after_preposition = start > 0 and fold(doc[start - 1].text) in _NAME_PREPOSITIONS
        _keep_longest(nested if after_preposition else spans, start, end, text)
    spans = {s: v for s, v in spans.items() if not _overlaps(s, v[0], names)}
    for start, end in _names_inside_names(doc, names, actor_names):
        _keep_longest(nested, start, end, doc[start:end].text)
    for start, (end, text) in nested.items():
        inside = _nested_in_a_name(start, end, names)
        if not inside and _after_a_short_of(doc, start):
            continue  # "of" only in a name of two words or more: not "l'Empress of Ireland"
        if inside or not _overlaps(start, end, names):
            _keep_longest(spans, start, end, text)
    for start, (end, text) in acting.items():
        _keep_longest(spans, start, end, text)
    for start, end in list(_glossed(doc, [e for e, _ in spans.values()], names, actor_names)):
        _keep_longest(spans, start, end, doc[start:end].text)
    for start, end in _coordinated(doc, spans, names, actor_names):
        _keep_longest(spans, start, end, doc[start:end].text)
    last_end = -1
    for start in sorted(spans):
        end, name = spans[start]
        if start < last_end:
            continue
        last_end = end
        yield start, end, name


def _place_name(
    doc: Doc, start: int, end: int, actor_names: frozenset[str], gazetteer_read: bool
) -> tuple[int, int] | None:
    """The span without determiners and trailing punctuation, or None when it is no place.

    Not a place: an actor's name or a demonym (``Daesh``, ``Américains``), a one-word acronym
    or code (``CERN``, ``A3``), a one-word common noun (``l'État``, ``le Sud``) unless the
    gazetteer rule read it as a place (``le Haut-Karabagh``).
    """
    while start < end and fold(doc[start].text) in DETERMINERS:
        start += 1
    while end > start and not doc[end - 1].text[:1].isalnum():
        end -= 1
    if start == end or not doc[start].text[:1].isupper():
        return None
    text = doc[start:end].text
    if fold(text) in actor_names or country_table().from_demonym(text.rstrip("s")) is not None:
        return None
    if end - start == 1 and (doc[start].is_upper or any(c.isdigit() for c in text)):
        return None
    if end - start == 1 and not gazetteer_read and _common_noun(doc, start):
        return None
    if end - start == 1 and _names_a_people(doc, start):
        return None
    return start, end


def _names_a_people(doc: Doc, i: int) -> bool:
    """A one-word name that the words before show to be a people, not a place.

    After a count (``1 000 Biafrais``, ``deux Polonais``; not a year), after a noun of
    ``people_nouns`` (``les ethnies Leninabadi``, ``l'armée Hutu``), or after "les"/"des" when
    no gazetteer knows it and no locative comes before (``les Nuers``; not ``les Philippines``,
    ``dans les Alpes``, nor a hyphenated name); and the next name of a list
    of such peoples (``Leninabadi et Hissari``).
    """
    if i == 0:
        return False
    before = doc[i - 1]
    word = fold(before.text)
    if before.like_num and not (before.is_digit and len(before.text) == 4):
        return True
    if word in _PEOPLE_NOUNS:
        return True
    if word in {"et", ","} and i > 2 and doc[i - 2].text[:1].isupper():
        return _names_a_people(doc, i - 2)  # "des ethnies Leninabadi et Hissari"
    text = doc[i].text
    if word not in {"les", "des"} or "-" in text:
        return False
    if i > 1 and fold(doc[i - 2].text) in _LOCATIVE_BEFORE_LES:
        return False  # "dans les Alpes", "vers les Balkans"
    lookup = gazetteer_lookup()
    return fold(text) not in places() and not (lookup is not None and lookup(text))


_NAME_PREPOSITIONS = DE | {"en", "au", "aux", "la", "l'", "of"}
_PARTICLES = ARABIC_PARTICLES | {"-"}


def _coordinated(
    doc: Doc,
    spans: dict[int, tuple[int, str]],
    actors: list[Candidate],
    actor_names: frozenset[str],
) -> Iterator[tuple[int, int]]:
    """Names listed after a place are places: "Baidoa, Bandiradley, Beledweyne et enfin Jowhar".

    A list goes on from a place through commas, "et", "ou" (and "puis", "enfin"), one
    capitalised name after another, each after "de" again when the place is after "de" ("les
    provinces de Kunduz et de Baghlan"); it stops at a name that is an actor or a demonym, and at
    a name after a bare comma that no list word or punctuation follows ("à Damas, Assad a").
    A place listed after a name that is no place ("Manet, Millet, Monet") starts no list, and
    a listed name holds no lower-case word ("GLONASS de la Russie").
    """
    from .patterns import proper_name_end

    ends = {end for end, _ in spans.values()}
    for first in sorted(spans):
        before = first - 1
        listed = before > 0 and fold(doc[before].text) in _LISTS and before not in ends
        if listed and doc[before - 1].text[:1].isupper():
            continue  # the place is one more item of a list of other names
        i = spans[first][0]
        # "les provinces de Kunduz et de Baghlan": a list after "de" repeats it
        repeats_de = before >= 0 and fold(doc[before].text) in _OF
        while True:
            j = i
            while j < len(doc) and fold(doc[j].text) in _LISTS:
                j += 1
            if j == i or (doc[i].text != "," and fold(doc[i].text) not in {"et", "ou"}):
                break
            if repeats_de and j + 1 < len(doc) and fold(doc[j].text) in _OF:
                j += 1
            end = proper_name_end(doc, j)
            if end is None or j in spans:
                break
            closed = end == len(doc) or doc[end].is_punct or fold(doc[end].text) in _LISTS
            if fold(doc[j - 1].text) == "," and not closed:
                break
            kept = _place_name(doc, j, end, actor_names, False)
            lower = any(t.text[:1].islower() and t.text not in _PARTICLES for t in doc[j:end])
            if kept != (j, end) or lower or _overlaps(j, end, actors):
                break
            yield j, end
            i = end


def _glossed(
    doc: Doc, ends: list[int], actors: list[Candidate], actor_names: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """Another name of a place in brackets right after it: "Tinzawatène (ou Tin Zaouatine)".

    With "ou" any name that reads as a place; without it, a name the gazetteer knows
    ("le Haut-Karabagh (Artsakh)"), not a source ("Gao (Reuters)").
    """
    from .patterns import proper_name_end

    lookup = gazetteer_lookup()
    for i in sorted(ends):
        if i >= len(doc) or doc[i].text != "(":
            continue
        j = i + 1
        either = j < len(doc) and fold(doc[j].text) == "ou"
        j += either
        end = proper_name_end(doc, j) if j < len(doc) else None
        if end is None or end >= len(doc) or doc[end].text != ")":
            continue
        text = doc[j:end].text
        if _place_name(doc, j, end, actor_names, False) != (j, end) or _overlaps(j, end, actors):
            continue
        if either or fold(text) in places() or (lookup is not None and lookup(text)):
            yield j, end


_NO_PLACE_INSIDE = frozenset({"media", "person"})


def _after_a_short_of(doc: Doc, start: int) -> bool:
    """``start`` follows the "of" of a one-word English name (``Empress of Ireland``).

    A place after "of" is one inside an organisation's English name of two capitalised words
    or more (``Communist Party of India``), found as an actor or not.
    """
    if start < 1 or fold(doc[start - 1].text) != "of":
        return False
    return start < 3 or not (
        doc[start - 2].text[:1].isupper() and doc[start - 3].text[:1].isupper()
    )


def _keep_longest(spans: dict[int, tuple[int, str]], start: int, end: int, text: str) -> None:
    if start not in spans or spans[start][0] < end:
        spans[start] = (end, text)


def _overlaps(start: int, end: int, actors: list[Candidate]) -> bool:
    return any(c.start < end and start < c.end for c in actors)


def _nested_in_a_name(start: int, end: int, actors: list[Candidate]) -> bool:
    """The place lies inside one multi-word actor name that may hold a place."""
    return any(
        c.start <= start
        and end <= c.end
        and c.end - c.start > end - start
        and c.actor.type not in _NO_PLACE_INSIDE
        for c in actors
        if c.start < end and start < c.end
    )


_NOUNS = rule_data(
    "place_nouns.yaml",
    frozenset(
        {
            "features",
            "settlements",
            "events",
            "calendar",
            "list_joins",
            "capitalised_nouns",
            "not_places_in_names",
            "leader_heads",
            "people_nouns",
        }
    ),
)
_LISTS = _NOUNS.words("list_joins")
_PEOPLE_NOUNS = _NOUNS.words("people_nouns")
_LOCATIVE_BEFORE_LES = frozenset({"dans", "vers", "depuis", "sur", "par", "de", "à", "en"})

FEATURE_NOUNS = _NOUNS.words("features")
"""Natural features whose noun is part of the place name (``lac Tchad``, ``forêt de Sambisa``)."""

EVENT_NOUNS = _NOUNS.words("events")
"""Events named after their place: the name after "de" is the place (``bataille de Kidal``)."""

SETTLEMENT_NOUNS = _NOUNS.words("settlements") | EVENT_NOUNS
"""Place nouns before a name that is the place on its own (``la base d'al-Joufra``), and
events named after their place (``la bataille de Tinzawatène``)."""

_OF = DE


def _loc_entities(doc: Doc) -> Iterator[tuple[int, int]]:
    """The model's LOC entities as token spans, cut at whitespace tokens with a line break.

    An entity that runs over a preposition into a place the gazetteer knows is two places
    (``Tahrir au Caire``, ``Kivu de la République démocratique du Congo``).
    """
    for ent in doc.ents:
        if ent.label_ != "LOC":
            continue
        start = ent.start
        for i in range(ent.start, ent.end):
            if doc[i].is_space and "\n" in doc[i].text:
                if i > start:
                    yield from _split_at_a_place(doc, start, i)
                start = i + 1
        if start < ent.end:
            yield from _split_at_a_place(doc, start, ent.end)


_JOINING = DE | {"au", "aux"}
_LONGEST = 6
"""Tokens of the longest known place a name may run into."""


def _split_at_a_place(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``start, end``, or its two places when a preposition leads to a known place inside it."""
    lookup = gazetteer_lookup()
    table = places()

    def known(text: str) -> bool:
        return fold(text) in table or (lookup is not None and lookup(text))

    if end - start < 3 or known(doc[start:end].text):
        yield start, end
        return
    for k in range(start + 1, end - 1):
        before = doc[k - 1]  # a name before the preposition, not "l'Observatoire de La Silla"
        if (
            fold(doc[k].text) not in _JOINING
            or not before.text[:1].isupper()
            or before.pos_ == "NOUN"
        ):
            continue
        j = k + 1
        if fold(doc[j].text) in {"la", "l'"}:
            j += 1
        if j >= end or not doc[j].text[:1].isupper():
            continue
        # the known place may run past the name read ("... de la République" democratique...)
        place_end = next(
            (
                e
                for e in range(min(len(doc), j + _LONGEST), end - 1, -1)
                if doc[e - 1].text[:1].isalnum() and known(doc[j:e].text)
            ),
            None,
        )
        common = {fold(doc[start:k].text), fold(doc[j:place_end].text)} if place_end else set()
        if place_end is not None and not common & _COMMON_WORDS:  # not "États du Sud"
            yield start, k
            yield j, place_end
            return
    yield start, end


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
        if word in EVENT_NOUNS and not any(t.pos_ == "PROPN" for t in doc[name_start:end]):
            continue  # "le Sommet des Chefs d'État": no proper noun, no place
        start = token.i if word in FEATURE_NOUNS else name_start
        yield start, end, doc[start:end].text


_CALENDAR = _NOUNS.words("calendar")
_CAPITALISED_NOUNS = _NOUNS.words("capitalised_nouns")
_COMMON_WORDS = _CALENDAR | _CAPITALISED_NOUNS


def _common_noun(doc: Doc, i: int) -> bool:
    """A one-word LOC that reads as a common noun (``l'État``, ``le Sud``), not as a name.

    A day, a month or a word of ``capitalised_nouns`` (``la Défense`` of a ministry's name);
    or a word that is no proper noun for the model, at the start of a sentence or after an
    article.
    """
    token = doc[i]
    if fold(token.text) in _COMMON_WORDS:
        return True
    if token.pos_ == "PROPN":
        return False
    return token.is_sent_start or (i > 0 and fold(doc[i - 1].text) in DETERMINERS - {"de", "d'"})


_NOT_PLACES_IN_NAMES = _NOUNS.words("not_places_in_names") | _CAPITALISED_NOUNS
_LEADER_HEADS = _NOUNS.words("leader_heads")


def _names_inside_names(
    doc: Doc, actors: list[Candidate], actor_names: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """Names after "de" inside an organisation's name: ``Forces de défense de l'Ambazonie``.

    By the codebook a place inside an organisation's name is a place, known or not
    (``cartel de Jalisco``, ``cartel du Golfe``). The name follows "de" (and an article) after
    a common noun of the organisation's name or its first word (not ``Charles de Gaulle``),
    that first word not the head of a group named after its leader (``le gang d'Evans``); it
    is proper nouns only (``Jalisco``, not ``Nouvelle Génération`` after it), and is neither an
    actor, a demonym, an acronym nor a word of ``not_places_in_names`` or
    ``capitalised_nouns`` (``Seigneur``, ``Défense``).
    """
    from .patterns import proper_name_end

    for actor in actors:
        if actor.actor.type in _NO_PLACE_INSIDE or actor.end - actor.start < 3:
            continue
        for i in range(actor.start + 1, actor.end - 1):
            before = doc[i - 1]
            head = i - 1 == actor.start
            if fold(doc[i].text) not in _OF or not (before.is_lower or head):
                continue
            if head and fold(before.text) in _LEADER_HEADS:
                continue
            j = i + 1
            if fold(doc[j].text) in {"la", "l'", "les"}:
                j += 1
            end = proper_name_end(doc, j) if j < actor.end else None
            if end is None or fold(doc[j].text) in _NOT_PLACES_IN_NAMES:
                continue
            end = min(end, actor.end)
            if doc[j].pos_ == "PROPN":  # "Jalisco", not "Jalisco Nouvelle Génération"
                end = next((k for k in range(j + 1, end) if doc[k].pos_ != "PROPN"), end)
            if _place_name(doc, j, end, actor_names, True) == (j, end):
                yield j, end


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
