"""Institutions named by a head noun and its complement: ministries, courts, embassies, banks.

The codebook's "ministries, presidencies, parliaments, courts, electoral bodies" are
``government`` actors of the country in context, ``international`` for international bodies;
most are written with a lower-case head the model does not tag (``le ministère de la Santé``,
``la cour d'appel de Paris``, ``l'ambassade des États-Unis``). A head of
``data/institutions.yaml`` runs on over its adjectives and its ``de`` complements:

- the country is the one a demonym (``ministère libanais de la Santé``) or a place of the
  complement (``tribunal de Nanterre``, ``ambassade de France``) names, else the country the
  document is about (:func:`.patterns.main_country`);
- an international adjective (``Banque centrale européenne``, ``commission d'enquête
  internationale``) makes it an ``international`` body;
- an embassy needs its country; other heads need a complement or an adjective (a bare ``le
  tribunal`` is an anaphor, optional by the codebook); after an indefinite article (``la
  création d'une commission d'enquête``) the body is not one the text identifies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from spacy.matcher import PhraseMatcher

from ._text import fold
from .countries import Country, country_table
from .gazetteer import places
from .matchers import phrase_patterns
from .mentions import ActorRef, Candidate
from .patterns import main_country

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

INSTITUTIONS_FILE = Path(__file__).parent / "data" / "institutions.yaml"

_DE = frozenset({"de", "du", "des", "d'"})
_ARTICLES = frozenset({"la", "l'", "le", "les"})
_INDEFINITE = frozenset({"un", "une"})
_NAME_POS = frozenset({"NOUN", "PROPN"})
_MAX_COMPLEMENTS = 3
_MAX_ADJECTIVES = 2


@dataclass(frozen=True)
class InstitutionWords:
    """The folded word lists of ``data/institutions.yaml``."""

    heads: dict[str, str]
    international: frozenset[str]
    stops: frozenset[str]


@lru_cache(maxsize=1)
def institution_words() -> InstitutionWords:
    """Load ``data/institutions.yaml`` once."""
    with INSTITUTIONS_FILE.open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return InstitutionWords(
        {str(head): str(need) for head, need in raw["heads"].items()},
        frozenset(fold(str(w)) for w in raw["international"]),
        frozenset(fold(str(w)) for w in raw["stops"]),
    )


@dataclass(frozen=True)
class _Reading:
    """What the words after a head say: where the name ends, its country, its kind."""

    end: int
    country: Country | None
    international: bool
    qualified: bool


@dataclass
class InstitutionMatcher:
    """The institution heads compiled for one vocabulary."""

    heads: PhraseMatcher

    @classmethod
    def build(cls, vocab: Vocab) -> InstitutionMatcher:
        """Compile the heads of ``data/institutions.yaml``."""
        matcher = PhraseMatcher(vocab, attr="LOWER")
        for head, docs in phrase_patterns(vocab, institution_words().heads).items():
            matcher.add(head, docs)
        return cls(matcher)

    def find(
        self,
        doc: Doc,
        folded: list[str],
        chosen: list[Candidate],
        place_at: dict[int, tuple[int, str]],
    ) -> Iterator[Candidate]:
        """Yield the institutions of ``doc``, typed and attached to their country."""
        words = institution_words()
        main: Country | None = None
        main_read = False
        strings = doc.vocab.strings
        for match_id, start, end in self.heads(doc):
            if start > 0 and folded[start - 1] in _INDEFINITE:
                continue  # "la formation d'une commission d'enquête": no body yet
            need = words.heads[strings[match_id]]
            reading = _read(doc, folded, end, place_at, words)
            if need == "country" and (reading.country is None or reading.end == end):
                continue
            if need != "country" and not reading.qualified:
                continue
            country = reading.country
            if country is None and not reading.international and not main_read:
                main, main_read = main_country(chosen, place_at), True
            if country is None and not reading.international:
                country = main
            yield Candidate(start, reading.end, _ref(doc, start, reading, need, country), "pattern")


def _read(
    doc: Doc,
    folded: list[str],
    end: int,
    place_at: dict[int, tuple[int, str]],
    words: InstitutionWords,
) -> _Reading:
    """Run a head on over its adjectives and its ``de`` complements."""
    table = country_table()
    country: Country | None = None
    international = qualified = False
    i = end
    while i < len(doc) and i - end < _MAX_ADJECTIVES and doc[i].is_alpha:
        demonym = table.from_demonym(folded[i]) if doc[i].is_lower else None
        if demonym is None and not _name_adjective(doc, folded, i):
            break  # a demonym the model took for a noun ("l'ambassade américaine") is one
        international = international or folded[i] in words.international
        qualified, i = True, i + 1
        if demonym is not None:
            country = demonym
            break  # the demonym ends the adjectives: "ambassade américaine proteste"
    complements = 0
    while i < len(doc) and folded[i] in _DE and complements < _MAX_COMPLEMENTS:
        j = i + 1
        if j < len(doc) and folded[j] in _ARTICLES:
            j += 1
        if j in place_at:
            place_end, name = place_at[j]
            iso = places()[name].iso
            if iso is not None and country is None:
                country = table.by_iso.get(iso)
            i, qualified, complements = place_end, True, complements + 1
            continue
        k = _complement_end(doc, folded, j, words)
        if k == j:
            break
        for w in folded[j:k]:
            international = international or w in words.international
        i, qualified, complements = k, True, complements + 1
        if i + 1 < len(doc) and folded[i] == "et" and folded[i + 1] in _DE:
            i += 1  # "ministère de l'Économie et des Finances"
    return _Reading(i, country, international, qualified)


def _complement_end(doc: Doc, folded: list[str], j: int, words: InstitutionWords) -> int:
    """End of a complement's noun and its adjectives (``la Santé publique``), ``j`` if none."""
    if j >= len(doc) or doc[j].pos_ not in _NAME_POS or not doc[j].is_alpha:
        return j
    if folded[j] in words.stops:
        return j
    k = j + 1
    while k < len(doc) and folded[k] not in words.stops and _name_adjective(doc, folded, k):
        k += 1
    return k


_PREDICATE_LINKS = frozenset({"pour", "à", "au", "aux", "envers"})


def _name_adjective(doc: Doc, folded: list[str], i: int) -> bool:
    """An adjective of the name: not one with a complement of its own, not a verb.

    ``Cour d'assises compétente pour les affaires de terrorisme`` is ``Cour d'assises``
    (``compétente pour ...`` says what it does); ``Le parquet exagère les chiffres``: a word the
    model took for an adjective before a determiner is a verb.
    """
    international = folded[i] in institution_words().international and doc[i].is_lower
    if not (doc[i].pos_ == "ADJ" or international) or not doc[i].is_alpha:
        return False  # "africaine" of "Banque centrale africaine" is often tagged a noun
    following = doc[i + 1] if i + 1 < len(doc) else None
    return following is None or (
        following.pos_ != "DET" and following.lower_ not in _PREDICATE_LINKS
    )


def _ref(doc: Doc, start: int, reading: _Reading, need: str, country: Country | None) -> ActorRef:
    """The actor of one institution: its state's embassy, or the body its words name."""
    kind = "international" if reading.international else "government"
    iso = country.iso if country is not None and kind == "government" else None
    if need == "country" and country is not None:
        return ActorRef(f"{country.iso.lower()}_embassy", f"Embassy of {country.en}", kind, iso, 1)
    text = doc[start : reading.end].text
    slug = re.sub(r"\W+", "_", fold(text)).strip("_")
    prefix = iso.lower() if iso else kind
    return ActorRef(f"{prefix}_{slug}", text, kind, iso, 1 if kind == "government" else 8)
