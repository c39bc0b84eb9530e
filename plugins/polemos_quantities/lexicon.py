"""The French lexicon of the quantities extractor: items, cues, units and bound phrases as data.

The words live in ``data/lexicon.json``; users extend them with more JSON files of the same shape
(contributed through the ``quantities.lexicon`` resource kind). Later files add to the lists of
earlier ones, and a word listed again takes its latest category.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["DEFAULT_LEXICON_PATH", "Category", "Lexicon", "default_lexicon", "load_lexicon"]

DEFAULT_LEXICON_PATH = Path(__file__).parent / "data" / "lexicon.json"

#: A category with its casualty type (``None`` except for casualties).
Category = tuple[str, str | None]


@dataclass(frozen=True)
class Lexicon:
    """Lookup tables built from one or more lexicon files (all keys are lower case)."""

    items: Mapping[str, Category]
    cues: Mapping[str, Category]
    people_categories: frozenset[str]
    units: Mapping[str, str]
    unit_categories: Mapping[str, str]
    area_items: frozenset[str]
    share_wholes: frozenset[str]
    bounds: Mapping[str, str]
    approx_nouns: Mapping[str, int]
    fractions: Mapping[str, float]
    equipment_models: frozenset[str]
    capitalised_things: frozenset[str]
    multipliers: Mapping[str, int]
    vague_determiners: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    year_cues: frozenset[str]
    clock_cues: frozenset[str]
    duration_cues: frozenset[str]
    age_cues: frozenset[str]
    age_nouns: frozenset[str]
    identifier_nouns: frozenset[str]
    estimate_cues: frozenset[str]
    alleged_cues: frozenset[str]
    #: Accusations before "d'avoir"/"d'être": the figure is alleged ("accuse ... d'avoir tué").
    accusation_cues: frozenset[str]
    #: Denunciations governing the figure make it alleged ("dénonce l'exécution de 300 civils").
    denunciation_cues: frozenset[str]
    #: Claims of one's own deed before "avoir"/"être": alleged ("affirme avoir tué 45 ...").
    claim_cues: frozenset[str]
    #: Bound words that make a figure an estimate (codebook: "environ" is estimated).
    estimate_bound_cues: frozenset[str]
    #: Words of a population count ("la population était de 874 personnes"): category other.
    population_cues: frozenset[str]
    #: Words of jobs before a facility noun: "supprimer 520 postes" counts jobs (``other``).
    job_cues: frozenset[str]
    part_cues: frozenset[str]
    report_verbs: frozenset[str]
    report_prepositions: frozenset[str]
    loss_nouns: frozenset[str]
    pre_adjectives: frozenset[str]
    light_verbs: frozenset[str]
    intransitive_cues: frozenset[str]
    #: Subject pronouns of people: "ils étaient plus de 200" counts the people they stand for.
    people_pronouns: frozenset[str]
    #: Nouns of fighters: displacement cues do not make them displaced ("combattants évacués").
    combatant_items: frozenset[str]
    #: People counted by what they are ("600 visiteurs", "quatre enfants"): personnel only when
    #: their sentence says they take part (``participation_cues``), otherwise ``other``.
    bystander_items: frozenset[str]
    #: Words of taking part ("mobilisées", "se sont rassemblées", "manifestation", "déployés").
    participation_cues: frozenset[str]
    #: Time units that make "un"/"une" the number one ("une semaine", "un an").
    article_units: frozenset[str]
    #: Bound cues after which "un"/"une" is the number one ("plus d'un", "au moins une").
    article_bounds: frozenset[str]
    #: Time units after "un"/"une" that count one only after a duration cue ("pendant une heure").
    article_short_units: frozenset[str]
    #: The duration cues of ``article_short_units`` ("pendant", "depuis", "en").
    article_duration_cues: frozenset[str]
    #: Nouns after a number that count no thing ("trois fois", "à deux reprises", "deux tiers").
    non_items: frozenset[str]
    #: First words of the items written in several words ("casques" of "casques bleus").
    phrase_starts: frozenset[str]

    def item_category(self, *forms: str) -> Category | None:
        """Return the category of the first of ``forms`` (lower-cased) the lexicon knows."""
        return _first_known(self.items, forms)

    def cue_category(self, *forms: str) -> Category | None:
        """Return the category a context word (surface form or lemma) signals, if any."""
        return _first_known(self.cues, forms)


def _first_known(table: Mapping[str, Category], forms: Iterable[str]) -> Category | None:
    return next((table[f.lower()] for f in forms if f.lower() in table), None)


def _categorised(table: Mapping[str, Any]) -> dict[str, Category]:
    """Flatten ``{category: [words]}`` or ``{category: {subtype: [words]}}`` into word -> pair."""
    flat: dict[str, Category] = {}
    for category, words in table.items():
        if isinstance(words, Mapping):
            for subtype, sub_words in words.items():
                for word in sub_words:
                    flat[word.lower()] = (category, subtype)
        else:
            for word in words:
                flat[word.lower()] = (category, None)
    return flat


def _merge(raw: list[Mapping[str, Any]]) -> dict[str, Any]:
    """Merge lexicon dictionaries: lists concatenate, mappings merge recursively."""
    merged: dict[str, Any] = {}
    for part in raw:
        for key, value in part.items():
            if key.startswith("_"):
                continue
            old = merged.get(key)
            if isinstance(value, Mapping) and isinstance(old, Mapping):
                merged[key] = _merge([old, value])
            elif isinstance(value, list) and isinstance(old, list):
                merged[key] = [*old, *value]
            else:
                merged[key] = value
    return merged


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key, ()))


def _inverse(table: Mapping[str, Sequence[str]]) -> dict[str, str]:
    return {form.lower(): code for code, forms in table.items() for form in forms}


def load_lexicon(paths: Iterable[Path]) -> Lexicon:
    """Build a :class:`Lexicon` from JSON files, later files extending earlier ones."""
    raw: list[Mapping[str, Any]] = []
    for path in paths:
        with Path(path).open(encoding="utf-8") as handle:
            raw.append(json.load(handle))
    data = _merge(raw)
    items: dict[str, Category] = {}
    cues: dict[str, Category] = {}
    for part in raw:  # file by file, so that a word listed again takes its latest category
        items.update(_categorised(part.get("items", {})))
        cues.update(_categorised(part.get("cues", {})))
    return Lexicon(
        items=items,
        cues=cues,
        people_categories=_words(data, "people_categories"),
        units=_inverse(data.get("units", {})),
        unit_categories=dict(data.get("unit_categories", {})),
        area_items=_words(data, "area_items"),
        share_wholes=_words(data, "share_wholes"),
        bounds=_inverse(data.get("bounds", {})),
        approx_nouns={k.lower(): int(v) for k, v in data.get("approx_nouns", {}).items()},
        fractions={k.lower(): float(v) for k, v in data.get("fractions", {}).items()},
        equipment_models=_words(data, "equipment_models"),
        capitalised_things=_words(data, "capitalised_things"),
        multipliers={k.lower(): int(v) for k, v in data.get("multipliers", {}).items()},
        vague_determiners=_words(data, "vague_determiners"),
        months=_words(data, "months"),
        weekdays=_words(data, "weekdays"),
        year_cues=_words(data, "year_cues"),
        clock_cues=_words(data, "clock_cues"),
        duration_cues=_words(data, "duration_cues"),
        age_cues=_words(data, "age_cues"),
        age_nouns=_words(data, "age_nouns"),
        identifier_nouns=_words(data, "identifier_nouns"),
        estimate_cues=_words(data, "estimate_cues"),
        alleged_cues=_words(data, "alleged_cues"),
        accusation_cues=_words(data, "accusation_cues"),
        denunciation_cues=_words(data, "denunciation_cues"),
        claim_cues=_words(data, "claim_cues"),
        estimate_bound_cues=_words(data, "estimate_bound_cues"),
        population_cues=_words(data, "population_cues"),
        job_cues=_words(data, "job_cues"),
        part_cues=_words(data, "part_cues"),
        report_verbs=_words(data, "report_verbs"),
        report_prepositions=_words(data, "report_prepositions"),
        loss_nouns=_words(data, "loss_nouns"),
        pre_adjectives=_words(data, "pre_adjectives"),
        light_verbs=_words(data, "light_verbs"),
        intransitive_cues=_words(data, "intransitive_cues"),
        non_items=_words(data, "non_items"),
        combatant_items=_words(data, "combatant_items"),
        bystander_items=_words(data, "bystander_items"),
        participation_cues=_words(data, "participation_cues"),
        people_pronouns=_words(data, "people_pronouns"),
        article_units=_words(data, "article_units"),
        article_bounds=_words(data, "article_bounds"),
        article_short_units=_words(data, "article_short_units"),
        article_duration_cues=_words(data, "article_duration_cues"),
        phrase_starts=frozenset(
            re.split(r"[ '-]", key)[0] for key in items if re.search(r"[ '-]", key)
        ),
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """Return the lexicon shipped with the plugin (loaded once)."""
    return load_lexicon([DEFAULT_LEXICON_PATH])
