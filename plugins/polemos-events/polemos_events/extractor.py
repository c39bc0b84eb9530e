"""The ``events`` extractor: one event per sentence that reports one, tied to its annotations.

A sentence (cut at line breaks, so that a headline is one) reports an event when it holds a
trigger (``data/triggers.yaml``: ``attaquer``,
``frappe``, ``reprendre``, ``manifestation``...), unless the trigger only refers back to an
event told elsewhere (``l'armée a confirmé l'attaque``). The event takes its actors from the
sentence's ``actors`` (see :mod:`.roles`), its place from the sentence's ``locations`` (the
most precise, else the last place named before it), its date from the sentence's ``dates``
(the most precise, else the document's date), its fatalities from the sentence's
``quantities`` (see :mod:`.fatalities`). Each violent event between two actors also writes a
``hostile_to`` relation in ``event_hostilities``, pointing to the ``alliances`` relation that
states the same hostility when there is one: events and hostilities agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from polemos import Annotation, ExtractContext, Extractor

from polemos_events.fatalities import fatalities, one_killed
from polemos_events.roles import Roles, assign_roles
from polemos_events.triggers import (
    DEFAULT_TRIGGERS,
    RESOURCE_KIND,
    Trigger,
    load_triggers,
    priority,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span, Token
    from spacy.vocab import Vocab

__all__ = ["HOSTILITIES", "LAYER", "EventsConfig", "EventsExtractor"]

LAYER = "events"
"""The layer of events."""

HOSTILITIES = "event_hostilities"
"""The relation layer of the hostilities the events imply."""

VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
"""Event types whose actor1 and actor2 are hostile to each other."""

REFERRING_VERBS = frozenset(
    {
        "confirmer",
        "condamner",
        "revendiquer",
        "démentir",
        "dénoncer",
        "annoncer",
        "signaler",
        "évoquer",
        "rapporter",
    }
)
"""Verbs whose object refers back to an event reported elsewhere (``a confirmé l'attaque``)."""

CIVILIAN_LEMMAS = frozenset({"civil", "habitant", "villageois", "population", "passant", "fidèle"})
"""Words that make the victims civilians."""

ALLEGATION_LEMMAS = frozenset({"accuser", "attribuer", "imputer", "soupçonner", "présumer"})
"""Words that make the event an allegation, as the conditional mood does."""

STATE_TYPES = frozenset({"state_force", "government"})

TOLL_LEMMAS = frozenset({"tuer", "abattre"})
"""Killing verbs: a sentence that only gives a toll (``Quatre personnes ont été tuées``),
naming no actor, right after an event of its paragraph, gives that event's toll."""

TERRITORY_NOUNS = frozenset(
    {
        "ville", "village", "localité", "territoire", "quartier", "zone", "région", "position",
        "base", "camp", "aéroport", "palais", "bâtiment", "colline", "pont", "route", "poste",
        "province", "district", "oblast", "kilomètre", "commune", "bastion", "fief", "secteur",
    }
)  # fmt: skip
"""Nouns of ground: ``reprendre``, ``libérer`` are a transfer of territory only with one of
these or a place in the sentence (``les otages ont été libérés`` is no battle)."""

HABITUAL = re.compile(
    r"\b(?:chaque|tous les|toutes les)\s+(?:année|an|ans|mois|semaine|semaines|jour|jours)\b"
    r"|\bde\s+tel(?:le)?s\b",
    re.IGNORECASE,
)
"""Generic or habitual statements (``De telles manifestations se déroulent chaque année``)
report no one event."""

_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


class _Matchers:
    def __init__(self, triggers: Sequence[Trigger], vocab: Vocab) -> None:
        from spacy.matcher import Matcher

        self.triggers = list(triggers)
        self.matcher: Matcher = Matcher(vocab)
        for index, trigger in enumerate(self.triggers):
            self.matcher.add(str(index), [[{"LEMMA": lemma} for lemma in trigger.lemmas]])

    def find(self, doc: Doc) -> list[tuple[int, int, Trigger]]:
        out = []
        for match_id, start, end in self.matcher(doc):
            out.append((start, end, self.triggers[int(doc.vocab.strings[match_id])]))
        return sorted(out, key=lambda m: m[0])


def _in(sentence: Span, annotations: Sequence[Annotation]) -> list[Annotation]:
    return [a for a in annotations if sentence.start_char <= a.start and a.end <= sentence.end_char]


def _segment(token: Token) -> Span:
    """The trigger's sentence, cut at line breaks: a headline is a sentence of its own."""
    sentence = token.sent
    start, end = sentence.start, sentence.end
    for i in range(token.i - 1, sentence.start - 1, -1):
        if "\n" in sentence.doc[i].text or "\n" in sentence.doc[i].whitespace_:
            start = i + 1
            break
    for i in range(token.i, sentence.end):
        if "\n" in sentence.doc[i].whitespace_ or (i > token.i and "\n" in sentence.doc[i].text):
            end = i + 1 if "\n" in sentence.doc[i].whitespace_ else i
            break
    return sentence.doc[start:end]


def _ended(token: Token) -> bool:
    """``la fin des combats``, ``a mis fin aux combats``: the fight ended, by another event."""
    if token.head.lemma_ == "fin":
        return True
    return token.dep_.startswith("obl") and any(c.lemma_ == "fin" for c in token.head.children)


def _ground(sentence: Span) -> bool:
    return any(t.lemma_.lower() in TERRITORY_NOUNS for t in sentence)


def _within(annotation: Annotation, start: int, end: int) -> bool:
    return start <= annotation.start and annotation.end <= end


_Chosen = tuple[int, int, Trigger, "Span", int]
"""A sentence's event trigger: token start, end, trigger, sentence, end of its figures."""


def _tolls_joined(
    chosen: list[_Chosen], actors: Sequence[Annotation], killed: Sequence[Annotation], text: str
) -> list[_Chosen]:
    """Fold a toll sentence (a killing verb, no actor, a killed figure) into the event before it.

    ``L'avion a été la cible de tirs de roquettes ... Quatre personnes ont été tuées``: one
    event with four dead, not a second event. Only within a paragraph, and only after a
    violent event's sentence.
    """
    out: list[_Chosen] = []
    for item in chosen:
        _, _, trigger, sentence, _ = item
        if out:
            previous = out[-1]
            if (
                trigger.lemmas[0] in TOLL_LEMMAS
                and not _in(sentence, actors)
                and _in(sentence, killed)
                and previous[2].event_type in VIOLENT
                and "\n" not in text[previous[3].end_char : sentence.start_char]
            ):
                out[-1] = (*previous[:4], sentence.end_char)
                continue
        out.append(item)
    return out


def _without_headline(chosen: list[_Chosen], text: str) -> list[_Chosen]:
    """Drop a headline's event when the body reports an event of the same type.

    A headline is a first line without final punctuation (``Iran : manifestation
    anti-américaine dans la capitale``); it restates the lead's event.
    """
    if len(chosen) < 2:
        return chosen
    first = chosen[0][3]
    line = text[first.start_char : first.end_char].strip()
    headline = (
        text[: first.start_char].strip() == ""
        and "\n" in text[first.end_char : first.end_char + 2]
        and not line.endswith((".", "!", "?", "»"))
    )
    if headline and any(c[2].event_type == chosen[0][2].event_type for c in chosen[1:]):
        return chosen[1:]
    return chosen


def _refers_back(token: Token) -> bool:
    return (
        token.pos_ == "NOUN"
        and token.dep_ in ("obj", "nsubj:pass")
        and (token.head.lemma_ in REFERRING_VERBS)
    )


def _alleged(sentence: Span, trigger: Token) -> bool:
    verbs = [trigger, *(c for c in trigger.children if c.dep_.startswith("aux"))]
    if any("Cnd" in t.morph.get("Mood", []) for t in verbs):
        return True
    return any(t.lemma_ in ALLEGATION_LEMMAS for t in sentence)


def _civilian_victims(sentence: Span, killed: Sequence[Annotation]) -> bool:
    if any(t.lemma_.lower() in CIVILIAN_LEMMAS and t.dep_ != "amod" for t in sentence):
        return True
    return any("civil" in str(q.attributes.get("item") or "") for q in killed)


ATTEMPT_LEMMAS = frozenset({"tenter", "tentative", "essayer", "échapper", "rescapé"})
"""Words that make a killing an attempt (``a tenté d'assassiner``, ``échappe à``)."""


def _person_patient(roles: Roles) -> Annotation | None:
    """actor2 when it is a person the trigger acts on (not merely the next actor named)."""
    victim = roles.actor2
    if victim is None or roles.actor2_by_position or victim.label != "person":
        return None
    return victim


def _unarmed_victim(roles: Roles) -> Annotation | None:
    """The person patient of the event when it belongs to no force (no ``parent``)."""
    victim = _person_patient(roles)
    return victim if victim is not None and victim.attributes.get("parent") is None else None


def _killed_one(sentence: Span, token: Token, trigger: Trigger, victim: Annotation) -> bool:
    """A verb that kills ``victim`` outright: not negated, not an attempt."""
    if not trigger.kills or token.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    if any(c.dep_ == "advmod" and c.lemma_ in ("pas", "jamais") for c in token.children):
        return False
    return not any(t.lemma_.lower() in ATTEMPT_LEMMAS for t in sentence)


def _sub_type(trigger: Trigger, roles: Roles, civilians: bool) -> tuple[str, str]:
    if trigger.territory:
        state = roles.actor1 is not None and roles.actor1.label in STATE_TYPES
        if roles.actor1 is None:
            return trigger.event_type, trigger.sub_event_type
        return (
            "Battles",
            "Government regains territory" if state else "Non-state actor overtakes territory",
        )
    if trigger.civilian and _unarmed_victim(roles) is not None:
        return "Violence against civilians", "Attack"  # "l'avocat X a été abattu"
    if (
        trigger.civilian
        and civilians
        and (roles.actor2 is None or roles.actor2.label == "civilians")
    ):
        return "Violence against civilians", "Attack"
    return trigger.event_type, trigger.sub_event_type


def _location(
    sentence_places: list[Annotation], before: list[Annotation]
) -> tuple[Annotation | None, str]:
    if sentence_places:

        def rank(place: Annotation) -> tuple[int, int]:
            precision = place.attributes.get("precision")
            return (precision if isinstance(precision, int) else 9, -place.start)

        return min(sentence_places, key=rank), "sentence"
    located = [p for p in before if p.attributes.get("latitude") is not None]
    return (located[-1], "context") if located else (None, "none")


def _date(sentence_dates: list[Annotation]) -> Annotation | None:
    dated = [d for d in sentence_dates if d.attributes.get("date_start")]
    if not dated:
        return None
    return min(
        dated,
        key=lambda d: (
            bool(d.attributes.get("since")),
            _PRECISION_ORDER.get(str(d.attributes.get("precision")), 9),
        ),
    )


def _document_date(
    meta: Mapping[str, Any], dates: Sequence[Annotation]
) -> tuple[str | None, str | None]:
    for annotation in dates:
        reference = annotation.attributes.get("reference")
        if reference:
            return _reference_day(str(reference))
    date = meta.get("date")
    return (
        _reference_day(str(date)[:10])
        if isinstance(date, str) and date[:4].isdigit()
        else (None, None)
    )


def _reference_day(reference: str) -> tuple[str, str]:
    if len(reference) >= 10:
        return reference[:10], "day"
    if len(reference) == 7:
        return f"{reference}-01", "month"
    return f"{reference[:4]}-01-01", "year"


@dataclass
class EventsConfig:
    """The configuration of the ``events`` extractor: extra trigger files (``data_paths``)."""

    renamed_keys: ClassVar[dict[str, str]] = {"trigger_paths": "data_paths"}

    data_paths: str | list[str] = field(default_factory=list)


class EventsExtractor(Extractor):
    """Events in ACLED's types, each linked to its actors, place, date and fatalities.

    Configuration: ``data_paths``, extra trigger files (YAML, like ``data/triggers.yaml``)
    read after the shipped file and the ``events.triggers`` resources.
    """

    name = "events"
    writes = (LAYER, HOSTILITIES)
    after = ("actors", "quantities", "locations", "dates", "alliances")
    spacy_components = ("parser", "morphologizer", "lemmatizer", "attribute_ruler")
    config_type = EventsConfig

    def __init__(self) -> None:
        """Not set up yet: the pipeline calls :meth:`setup` before the first document."""
        self._matchers: _Matchers | None = None

    def __getstate__(self) -> dict[str, Any]:
        """Pickle without the compiled matchers (for process pools, Dask): set up again there."""
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore an unpickled extractor, not set up."""
        self._matchers = None

    def setup(
        self, nlp: Language, config: EventsConfig, resources: Callable[[str], list[Path]]
    ) -> None:
        """Compile the triggers (shipped file, ``events.triggers`` resources, ``data_paths``)."""
        configured = (
            [config.data_paths] if isinstance(config.data_paths, str) else config.data_paths
        )
        files = tuple(
            dict.fromkeys([DEFAULT_TRIGGERS, *resources(RESOURCE_KIND), *map(Path, configured)])
        )
        self._matchers = _Matchers(load_triggers(files), nlp.vocab)

    def extract(self, ctx: ExtractContext) -> None:
        """Annotate the events of ``ctx.document`` and the hostilities they imply."""
        matchers = self._matchers
        if matchers is None:
            raise RuntimeError("the events extractor was not set up (Pipeline.setup)")
        doc = ctx.doc
        actors = ctx.layer("actors")
        places = ctx.layer("locations")
        dates = ctx.layer("dates")
        killed = [
            q
            for q in ctx.layer("quantities")
            if q.attributes.get("category") == "casualties"
            and q.attributes.get("casualty_type") == "killed"
        ]
        hostile = _hostilities(ctx)
        fallback_date, fallback_precision = _document_date(ctx.document.meta, dates)
        by_sentence: dict[int, list[tuple[int, int, Trigger]]] = {}
        for start, end, trigger in matchers.find(doc):
            if _refers_back(doc[start]) or _ended(doc[start]):
                continue  # "a mis fin aux combats": the ending is another trigger's event
            by_sentence.setdefault(_segment(doc[start]).start, []).append((start, end, trigger))
        chosen = []
        for found in by_sentence.values():
            start, end, trigger = min(found, key=lambda m: (priority(m[2]), m[0]))
            sentence = _segment(doc[start])
            if HABITUAL.search(sentence.text):
                continue
            if trigger.territory and not _in(sentence, places) and not _ground(sentence):
                continue
            chosen.append((start, end, trigger, sentence, sentence.end_char))
        chosen = _without_headline(_tolls_joined(chosen, actors, killed, doc.text), doc.text)
        for start, end, trigger, sentence, figures_end in chosen:
            token = doc[start]
            toll = [q for q in killed if _within(q, sentence.start_char, figures_end)]
            self._event(
                ctx,
                sentence,
                token,
                (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)),
                trigger,
                _in(sentence, actors),
                _in(sentence, places),
                [p for p in places if p.end <= sentence.start_char],
                _in(sentence, dates),
                toll,
                hostile,
                (fallback_date, fallback_precision),
            )

    def _event(
        self,
        ctx: ExtractContext,
        sentence: Span,
        token: Token,
        trigger_span: tuple[int, int],
        trigger: Trigger,
        actors: list[Annotation],
        places: list[Annotation],
        places_before: list[Annotation],
        dates: list[Annotation],
        killed: list[Annotation],
        hostile: dict[frozenset[str], str],
        fallback: tuple[str | None, str | None],
    ) -> None:
        text = ctx.document.text
        if dates and all(
            d.attributes.get("since") and d.attributes.get("precision") == "year" for d in dates
        ):
            return  # "depuis 2013, plus de 170 Casques bleus ont été tués": a tally, no event
        roles = assign_roles(text, sentence, token, actors)
        event_type, sub_event_type = _sub_type(trigger, roles, _civilian_victims(sentence, killed))
        if event_type == "Violence against civilians" and roles.actor2_by_position:
            roles.actor2 = None  # the victims are the civilians, not the next actor named
        place, place_source = _location(places, places_before)
        date = _date(dates)
        counts = fatalities(killed)
        victim = _person_patient(roles)
        if not counts["quantities"] and victim and _killed_one(sentence, token, trigger, victim):
            counts = one_killed(victim)
        alleged = _alleged(sentence, token) or bool(counts.pop("alleged"))
        start, end = sentence.start_char, sentence.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        pair = _pair(roles)
        attributes: dict[str, Any] = {
            "event_type": event_type,
            "sub_event_type": sub_event_type,
            "actor1": _id(roles.actor1),
            "actor2": _id(roles.actor2),
            "assoc_actors": [a.id for a in roles.assoc1],
            "assoc_actors2": [a.id for a in roles.assoc2],
            "actor1_id": _actor_id(roles.actor1),
            "actor2_id": _actor_id(roles.actor2),
            "assoc_actor_ids": [_actor_id(a) for a in roles.assoc1],
            "location": _id(place),
            "location_source": place_source,
            "date": _id(date),
            "event_date": date.attributes.get("date_start") if date else fallback[0],
            "date_end": date.attributes.get("date_end") if date else None,
            "time_precision": _TIME_PRECISION.get(
                str(date.attributes.get("precision") if date else fallback[1]), 3
            ),
            "date_source": "sentence" if date else "document",
            "fatalities": counts,
            "certainty": "alleged" if alleged else "asserted",
            "evidence": {
                "trigger": list(trigger_span),
                "cue": " ".join(trigger.lemmas),
                "text": text[trigger_span[0] : trigger_span[1]],
            },
            "hostility": hostile.get(pair) if pair else None,
        }
        event = ctx.annotate(LAYER, event_type, start, end, attributes)
        if event_type in VIOLENT and roles.actor1 is not None and roles.actor2 is not None and pair:
            ctx.relate(
                HOSTILITIES,
                "hostile_to",
                source=roles.actor1.id,
                target=roles.actor2.id,
                attributes={"event": event.id, "alliances": hostile.get(pair)},
            )


def _id(annotation: Annotation | None) -> str | None:
    return annotation.id if annotation is not None else None


def _actor_id(annotation: Annotation | None) -> str | None:
    if annotation is None:
        return None
    value = annotation.attributes.get("actor_id")
    return str(value) if value is not None else None


def _pair(roles: Roles) -> frozenset[str] | None:
    first, second = _actor_id(roles.actor1), _actor_id(roles.actor2)
    if first is None or second is None or first == second:
        return None
    return frozenset({first, second})


def _hostilities(ctx: ExtractContext) -> dict[frozenset[str], str]:
    """The ``alliances`` layer's hostilities, by the pair of folded actor ids they link."""
    relations = ctx.relations("alliances")
    actors = {a.id: _actor_id(a) for a in ctx.layer("actors")}
    out: dict[frozenset[str], str] = {}
    for relation in relations:
        if relation.label != "hostile_to":
            continue
        first, second = actors.get(relation.source), actors.get(relation.target)
        if first and second and first != second:
            out.setdefault(frozenset({first, second}), relation.id)
    return out
