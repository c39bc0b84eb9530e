"""Rules for actors the lexicon does not name, built on spaCy's ``Matcher``/``PhraseMatcher``.

- state actors: a head noun (``data/heads.yaml``: armée, forces, aviation, police, gouvernement,
  président, ministère de la Défense...) followed by a demonym (``armée malienne``), by
  ``de/du/des`` and a country or capital (``forces de la Syrie``, ``régime de Damas``) or, for
  ministries, with the demonym inside (``ministère russe de la Défense``);
- generic armed groups: ``rebelles``, ``jihadistes``, ``miliciens``... with an optional demonym;
- named groups: ``la milice X``, ``le mouvement X``, ``le front X``, ``la brigade X`` where X is
  a capitalised name;
- countries and capitals that act (``la Syrie a ratifié``, ``soutenue par l'Egypte``,
  ``le soutien de Moscou``): the government (:mod:`polemos_actors.metonymy`).

Matchers run on ``LOWER`` with accent variants; the context rules read the folded words
(:func:`polemos_actors.matchers.folded_words`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from polemos_french import DE
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ._text import fold
from ._words import (
    ARMED_DESCRIPTORS,
    ARMED_NAME_HEADS,
    ARMED_NAME_WORDS,
    ARMED_QUALIFIERS,
    MEDIA_DESCRIPTORS,
    NAME_LINKS,
    PARTY_HEADS,
    QUALIFIED_DESCRIPTORS,
)
from .acled import code, code_for_type
from .anchored import AnchoredMatcher
from .countries import Country, country_table
from .gazetteer import places, spellings
from .generics import is_adjectival
from .matchers import phrase_patterns
from .mentions import ActorRef, Candidate
from .metonymy import acting_places
from .ruledata import rule_data
from .schema import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token
    from spacy.vocab import Vocab

HEADS_FILE = Path(__file__).parent / "data" / "heads.yaml"
UNITS_FILE = Path(__file__).parent / "data" / "units.yaml"
COMBINING_FORMS_FILE = Path(__file__).parent / "data" / "combining_forms.yaml"
_ORDINAL = r"^\d+(e|ème|eme|er|re|è)$"

_GROUPS = rule_data(
    "groups.yaml",
    frozenset(
        {
            "slot_adjectives",
            "generic_groups",
            "generic_adjectives",
            "force_nouns",
            "of_name_heads",
            "accented_group_words",
            "bracket_heads",
        }
    ),
)


def _accented(words: Iterable[str]) -> tuple[str, ...]:
    """The words of ``words`` that fold to another spelling (``insurgés``, not ``rebelles``)."""
    return tuple(w for w in words if fold(w) != w.lower())


SLOT_ADJECTIVES = sorted(_GROUPS.words("slot_adjectives"))
"""Adjectives allowed between a head and its demonym (``armée régulière syrienne``)."""

GENERIC_GROUPS: dict[str, str] = {
    fold(word): label for word, label in _GROUPS.labels("generic_groups").items()
}
"""Generic nouns of non-state armed actors (folded) -> English label."""

FORCE_NOUNS: dict[str, str] = {
    fold(word): label for word, label in _GROUPS.labels("force_nouns").items()
}
"""Force nouns (folded) that a generic adjective makes a generic armed group -> label."""

OF_NAME_HEADS = _GROUPS.words("of_name_heads")
"""Armed-name heads whose name may follow after ``de`` (``le cartel de Sinaloa``)."""

GENERIC_ACCENTED = _accented(_GROUPS.labels("generic_groups"))
GENERIC_ADJECTIVES_ACCENTED = _accented(_GROUPS.word_list("generic_adjectives"))
_ACCENTED_GROUP_WORDS = frozenset(_GROUPS.word_list("accented_group_words"))

GENERIC_ADJECTIVES = sorted(_GROUPS.words("generic_adjectives"))


@lru_cache(maxsize=1)
def _heads() -> dict[str, dict[str, Any]]:
    with HEADS_FILE.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, Any]] = yaml.load(
            fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
    return data


@lru_cache(maxsize=1)
def _plural_branches() -> dict[str, str]:
    """The plurals of the one-word state heads -> their branch (``gouvernements``, ``armées``)."""
    out: dict[str, str] = {}
    for branch, spec in _heads().items():
        if branch == _UNATTACHED:
            continue
        for head in spec["heads"]:
            word = fold(str(head))
            if " " not in word and not word.endswith("s"):
                out.setdefault(word + "s", branch)
    return out


def _lower(words: list[str]) -> dict[str, Any]:
    return {"LOWER": words[0].lower()}


def _with_accents(folded: Iterable[str], accented: Iterable[str]) -> list[str]:
    """Folded words plus their accented spellings, for ``LOWER`` ``IN`` token patterns."""
    return sorted({*folded, *(w.lower() for w in accented)})


_DE = DE
_ARTICLE = frozenset({"la", "l'"})
_NAMED = "named"
_UNATTACHED = "unattached"


@dataclass
class PatternMatcher:
    """The compiled rules for one vocabulary; :meth:`find` yields candidates for a Doc.

    Head phrases and group nouns are found with one ``PhraseMatcher`` (fast whatever their
    number); what follows a head (adjective, demonym, ``de`` + country) is read from the folded
    tokens. A small token matcher (run around its anchor words: :mod:`.anchored`) handles
    generic groups and ``ministère russe de la Défense``.
    """

    heads: PhraseMatcher
    matcher: AnchoredMatcher
    places: PhraseMatcher
    lexicon: Lexicon
    canonical: dict[str, str]

    @classmethod
    def build(cls, lexicon: Lexicon, vocab: Vocab) -> PatternMatcher:
        """Compile the head, generic-group and place rules on ``vocab``."""
        table = country_table()
        demonyms = _with_accents(
            table.by_demonym, (d for c in table.by_iso.values() for d in c.demonyms)
        )
        heads = PhraseMatcher(vocab, attr="LOWER")
        matcher = AnchoredMatcher(vocab)
        for branch, spec in _heads().items():
            if branch == _UNATTACHED:
                for target, phrases in spec.items():
                    for docs in phrase_patterns(vocab, phrases).values():
                        heads.add(f"{_UNATTACHED}|{target}", docs)
                continue
            for docs in phrase_patterns(vocab, spec["heads"]).values():
                heads.add(f"state|{branch}", docs)
            middle = [
                [
                    _lower([doc[0].text]),
                    {"LOWER": {"IN": demonyms}},
                    *(_lower([t.text]) for t in doc[1:]),
                ]
                for docs in phrase_patterns(vocab, spec["heads"]).values()
                for doc in docs
                if len(doc) > 1 and fold(doc[0].text) in {"ministere", "ministre", "departement"}
            ]
            if middle:
                matcher.add(f"state|{branch}|middle", middle)
        group_words = (
            ARMED_NAME_HEADS | ARMED_DESCRIPTORS | MEDIA_DESCRIPTORS | QUALIFIED_DESCRIPTORS
        )
        heads.add(
            _NAMED, [Doc(vocab, words=[w]) for w in sorted(group_words | _ACCENTED_GROUP_WORDS)]
        )
        matcher.add(
            "generic",
            [
                [
                    {"LOWER": {"IN": _with_accents(GENERIC_GROUPS, GENERIC_ACCENTED)}},
                    {
                        "LOWER": {
                            "IN": _with_accents(GENERIC_ADJECTIVES, GENERIC_ADJECTIVES_ACCENTED)
                        },
                        "OP": "?",
                    },
                    {"LOWER": {"IN": demonyms}, "OP": "?"},
                ]
            ],
            greedy="LONGEST",
        )
        matcher.add(
            "force",
            [
                [
                    {"LOWER": {"IN": _with_accents(FORCE_NOUNS, _GROUPS.labels("force_nouns"))}},
                    {
                        "LOWER": {
                            "IN": _with_accents(GENERIC_ADJECTIVES, GENERIC_ADJECTIVES_ACCENTED)
                        }
                    },
                ]
            ],
            greedy="LONGEST",
        )
        with UNITS_FILE.open(encoding="utf-8") as fh:
            units = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        unit_nouns = _with_accents((fold(w) for w in units["nouns"]), units["nouns"])
        matcher.add(
            "unit",
            [
                [
                    {"TEXT": {"REGEX": _ORDINAL}},
                    {"LOWER": {"IN": unit_nouns}},
                    {"POS": "ADJ", "OP": "?"},
                ]
            ],
            anchor=1,  # the unit noun: the ordinal before it is a regular expression
            greedy="LONGEST",
        )
        place_matcher = PhraseMatcher(vocab, attr="LOWER")
        for name, docs in phrase_patterns(vocab, spellings()).items():
            place_matcher.add(fold(name), docs)
        canonical = {fold(n): a.id for a in lexicon.actors.values() for n in a.all_names()}
        return cls(heads, matcher, place_matcher, lexicon, canonical)

    @property
    def branches(self) -> list[str]:
        """The state branches of ``data/heads.yaml`` (``army``, ``police``, ``government``...)."""
        return [branch for branch in _heads() if branch != _UNATTACHED]

    # -- helpers -----------------------------------------------------------------------------

    def state_ref(self, branch: str, country: Country) -> ActorRef:
        """The actor of a state branch (``army``, ``police``...) of ``country``.

        The lexicon entry ``<iso>_<branch>``, or the one named ``<head> <demonym>``
        (``armée soudanaise`` -> ``saf``), else an actor made for it.
        """
        spec = _heads()[branch]
        actor_id = f"{country.iso.lower()}_{branch}"
        known = self.lexicon.get(actor_id)
        if known is None and country.demonyms:
            feminine = country.demonyms[1] if len(country.demonyms) > 2 else country.demonyms[0]
            alias = self.canonical.get(fold(f"{spec['heads'][0]} {feminine}"))
            known = self.lexicon.get(alias) if alias else None
        if known is not None:
            return ActorRef.from_actor(known)
        acled = code_for_type(spec["type"])
        return ActorRef(actor_id, f"{spec['en']} of {country.en}", spec["type"], country.iso, acled)

    def _joint_ref(self, branch: str, countries: list[Country]) -> ActorRef:
        """The joint force of a compound demonym (``forces russo-maliennes``)."""
        spec = _heads()[branch]
        actor_id = "_".join(c.iso.lower() for c in countries) + f"_{branch}"
        name = f"{spec['en']} of " + " and ".join(c.en for c in countries)
        return ActorRef(actor_id, name, spec["type"], None, code_for_type(spec["type"]))

    def place_spans(self, doc: Doc) -> dict[int, tuple[int, str]]:
        """Start token -> (end token, folded name) of every gazetteer place in the Doc."""
        strings = doc.vocab.strings
        out: dict[int, tuple[int, str]] = {}
        for match_id, start, end in self.places(doc):
            if end - start > out.get(start, (start, ""))[0] - start:
                out[start] = (end, strings[match_id])
        return out

    def _country_after(
        self, folded: list[str], end: int, place_at: dict[int, tuple[int, str]]
    ) -> tuple[Country, int] | None:
        """The country right after a head, with the span's new end.

        A demonym (after an optional adjective) or ``de/du/des [la]`` + a country or capital.
        """
        table = country_table()
        i = end
        if i < len(folded) and folded[i] in SLOT_ADJECTIVES:
            i += 1
        if i < len(folded):
            country = table.from_demonym(folded[i])
            if country is not None:
                return country, i + 1
        if end < len(folded) and folded[end] in _DE:
            i = end + 1
            if i < len(folded) and folded[i] in _ARTICLE:
                i += 1
            if i in place_at:
                place_end, name = place_at[i]
                iso = places()[name].iso
                if iso is not None:
                    return table.by_iso[iso], place_end
        return None

    # -- rules -------------------------------------------------------------------------------

    def find(
        self, doc: Doc, folded: list[str], place_at: dict[int, tuple[int, str]]
    ) -> Iterator[Candidate]:
        """Yield pattern candidates: state actors, generic groups, named groups, metonymies."""
        strings = doc.vocab.strings
        for match_id, start, end in self.heads(doc):
            key = strings[match_id]
            if key.startswith(_UNATTACHED):
                continue  # see unattached()
            if key == _NAMED:
                named = self._named_group(doc, folded, start)
                if named is not None:
                    yield named
                continue
            joint = _joint_after(folded, end)
            if joint is not None:
                countries, joint_end = joint
                branch = key.split("|")[1]
                yield Candidate(start, joint_end, self._joint_ref(branch, countries), "pattern")
                continue
            found = self._country_after(folded, end, place_at)
            if found is not None:
                country, new_end = found
                branch = key.split("|")[1]
                yield Candidate(start, new_end, self.state_ref(branch, country), "pattern")
                yield from self._coordinated(folded, new_end, branch)
        for match_id, start, end in self.matcher(doc):
            key = strings[match_id]
            if key == "unit":
                yield _unit(doc, start, end)
                continue
            if key == "force":
                yield self._generic(doc, folded, start, end, FORCE_NOUNS[folded[start]])
                continue
            if key == "generic":
                plural_or_noun = folded[start].endswith("s") or doc[start].pos_ == "NOUN"
                if plural_or_noun and not is_adjectival(doc, start):  # "chef jihadiste"
                    yield self._generic(doc, folded, start, end)
                continue
            country = next(
                c for c in (country_table().from_demonym(w) for w in folded[start:end]) if c
            )
            yield Candidate(start, end, self.state_ref(key.split("|")[1], country), "pattern")
        yield from self._plural_heads(folded, place_at)
        yield from self._metonymies(doc, place_at)
        yield from _bracketed_groups(doc, folded)

    def _plural_heads(
        self, folded: list[str], place_at: dict[int, tuple[int, str]]
    ) -> Iterator[Candidate]:
        """``les gouvernements de l'Ouganda et du Rwanda``: each country is that branch's.

        A plural head (the plural of a one-word head of ``heads.yaml``) and ``de`` + two
        countries or capitals or more joined by commas and ``et``: every country is a
        mention of its own (and a place), as the codebook annotates the states that act.
        """
        plurals = _plural_branches()
        for i, word in enumerate(folded):
            branch = plurals.get(word)
            if branch is None:
                continue
            found = []
            j = i + 1
            while j < len(folded) and folded[j] in _DE | {"et", ","}:
                k = j + (
                    2
                    if folded[j] in {"et", ","} and j + 1 < len(folded) and folded[j + 1] in _DE
                    else 1
                )
                if k < len(folded) and folded[k] in _ARTICLE | {"le", "les"}:
                    k += 1
                if k not in place_at:
                    break
                end, name = place_at[k]
                iso = places()[name].iso
                if iso is None:
                    break
                found.append((k, end, iso))
                j = end
            if len(found) >= 2:
                for start, end, iso in found:
                    ref = self.state_ref(branch, country_table().by_iso[iso])
                    yield Candidate(start, end, ref, "pattern", place=True)

    def unattached(
        self,
        doc: Doc,
        folded: list[str],
        chosen: list[Candidate],
        place_at: dict[int, tuple[int, str]],
    ) -> Iterator[Candidate]:
        """``les forces gouvernementales``, ``le pouvoir central``: the main country's.

        The main country is the one the document's state actors and country or capital names
        name most (ties: the first named); without one, these heads are left out. So is a head
        with a ``de`` complement (``l'état-major de l'ASL``: not a state's) or after ``chef d'``.
        """
        country = main_country(chosen, place_at)
        if country is None:
            return
        strings = doc.vocab.strings
        for match_id, start, end in self.heads(doc):
            key = strings[match_id]
            if key.startswith(_UNATTACHED) and not attached_elsewhere(doc, folded, start, end):
                branch = key.split("|")[1]
                yield Candidate(start, end, self.state_ref(branch, country), "pattern")

    def _coordinated(self, folded: list[str], i: int, branch: str) -> Iterator[Candidate]:
        """``forces tchadiennes et nigériennes``: the second demonym is a second actor."""
        table = country_table()
        while i + 1 < len(folded) and folded[i] in {"et", ","}:
            country = table.from_demonym(folded[i + 1])
            if country is None:
                return
            yield Candidate(i + 1, i + 2, self.state_ref(branch, country), "pattern")
            i += 2

    def _generic(
        self, doc: Doc, folded: list[str], start: int, end: int, label: str | None = None
    ) -> Candidate:
        label = label or GENERIC_GROUPS[folded[start]]
        country = country_table().from_demonym(folded[end - 1]) if end - start > 1 else None
        if country is not None:
            actor_id = f"{country.iso.lower()}_{label}"
            name = f"{label.capitalize()} ({country.en})"
        else:
            actor_id = "generic_" + "_".join(re.sub(r"\W+", "_", w) for w in folded[start:end])
            name = doc[start:end].text
        ref = ActorRef(
            actor_id,
            name,
            "armed_group",
            country.iso if country else None,
            code_for_type("armed_group"),
            generic=True,
        )
        return Candidate(start, end, ref, "pattern")

    def _named_group(self, doc: Doc, folded: list[str], i: int) -> Candidate | None:
        """``la milice X``, ``le front X``, ``le groupe armé X``, ``le quotidien X`` at token i."""
        word = folded[i]
        name_start = i + 1
        if word in QUALIFIED_DESCRIPTORS:
            if name_start >= len(doc) or folded[name_start].rstrip("s") not in ARMED_QUALIFIERS:
                return None
            name_start += 1
        if word in OF_NAME_HEADS and name_start < len(doc) and folded[name_start] in _DE:
            name_start += 1  # "le cartel de Sinaloa", "le cartel du Golfe"
        end = proper_name_end(doc, name_start)
        if end is None or country_table().from_name(doc[name_start:end].text):
            return None  # no name, or a country ("le front Syrie")
        first = i if word in ARMED_NAME_HEADS else name_start
        span = doc[first:end]
        slug = re.sub(r"\W+", "_", fold(span.text)).strip("_")
        kind = "media" if word in MEDIA_DESCRIPTORS else "armed_group"
        ref = ActorRef(f"group_{slug}", span.text, kind, None, code_for_type(kind))
        return Candidate(first, end, ref, "pattern")

    def _metonymies(self, doc: Doc, place_at: dict[int, tuple[int, str]]) -> Iterator[Candidate]:
        gazetteer = places()
        table = country_table()
        states = {
            start: (end, gazetteer[name])
            for start, (end, name) in place_at.items()
            if gazetteer[name].iso is not None
        }
        spans = [(start, end, place.is_country) for start, (end, place) in states.items()]
        for start, end in acting_places(doc, spans):
            country = table.by_iso[str(states[start][1].iso)]
            yield Candidate(
                start, end, self.state_ref("government", country), "pattern", place=True
            )


@lru_cache(maxsize=1)
def _combining_forms() -> dict[str, str]:
    """``data/combining_forms.yaml``: the first part of a compound demonym -> ISO code."""
    with COMBINING_FORMS_FILE.open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {fold(str(form)): str(iso) for form, iso in (raw.get("forms") or {}).items()}


def _joint_after(folded: list[str], end: int) -> tuple[list[Country], int] | None:
    """``russo-maliens`` right after a head: both countries and the span's new end, or None.

    spaCy keeps the compound as one token or splits it (``russo``, ``-``, ``maliens``); the
    combining form must name another country than the demonym after it.
    """
    if end >= len(folded):
        return None
    if folded[end].count("-") == 1:
        (form, demonym), new_end = folded[end].split("-"), end + 1
    elif end + 2 < len(folded) and folded[end + 1] == "-":
        form, demonym, new_end = folded[end], folded[end + 2], end + 3
    else:
        return None
    table = country_table()
    iso = _combining_forms().get(form)
    last = table.from_demonym(demonym)
    first = table.by_iso.get(iso) if iso else None
    if first is None or last is None or first.iso == last.iso:
        return None
    return [first, last], new_end


def _unit(doc: Doc, start: int, end: int) -> Candidate:
    """``le 65e bataillon``: a state force of its own, named by its words."""
    span = doc[start:end]
    slug = re.sub(r"\W+", "_", fold(span.text)).strip("_")
    return Candidate(
        start,
        end,
        ActorRef(f"unit_{slug}", span.text, "state_force", None, code_for_type("state_force")),
        "pattern",
    )


def main_country(
    chosen: Iterable[Candidate], place_at: dict[int, tuple[int, str]]
) -> Country | None:
    """The country the document is about: the one its state actors and places name most.

    Ties go to the first named; None when the document names no country.
    """
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    for cand in chosen:
        if cand.actor.country and cand.actor.type in {"state_force", "government"}:
            votes[cand.actor.country] += 1
            first[cand.actor.country] = min(first.get(cand.actor.country, cand.start), cand.start)
    gazetteer = places()
    for start, (_, name) in place_at.items():
        iso = gazetteer[name].iso
        if iso:
            votes[iso] += 1
            first[iso] = min(first.get(iso, start), start)
    if not votes:
        return None
    best = max(votes, key=lambda iso: (votes[iso], -first[iso]))
    return country_table().by_iso.get(best)


def attached_elsewhere(doc: Doc, folded: list[str], start: int, end: int) -> bool:
    """``l'état-major de l'ASL``, ``le chef d'état-major``: the head is not a state actor.

    ``de`` before an infinitive is no complement (``accuse l'état-major de priver...``).
    """
    if end + 1 < len(folded) and folded[end] in _DE and doc[end + 1].pos_ not in {"VERB", "AUX"}:
        return True
    return start >= 2 and folded[start - 1] in _DE and folded[start - 2] in {"chef", "chefs"}


def proper_name_end(doc: Doc, i: int) -> int | None:
    """End of a capitalised name starting at token ``i`` (``Jund al-Aqsa``), or None."""
    if i >= len(doc) or not _capitalised(doc[i]):
        return None
    end = i + 1
    while end < len(doc):
        token = doc[end]
        if _capitalised(token):
            end += 1
            continue
        if (token.text == "-" or fold(token.text) in NAME_LINKS) and end + 1 < len(doc):
            look = end + 1
            while look < len(doc) and (
                doc[look].text == "-"
                or fold(doc[look].text) in NAME_LINKS
                or (doc[look].is_lower and len(doc[look].text) <= 3 and doc[look - 1].text == "-")
            ):
                look += 1  # "Jund al-Aqsa", "Jaish-e-Mohammed"
            if look < len(doc) and _capitalised(doc[look]) and look - end <= 3:
                end = look + 1
                continue
        break
    return end


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


_ACRONYM_TOKEN = re.compile(r"^[A-ZÉÈ][A-Za-zÉÈ0-9\-]{1,9}$")
_BRACKET_HEADS = _GROUPS.words("bracket_heads")


def _initial_of(acronym: str, words: list[str]) -> bool:
    """True when the acronym starts with the initial of one of the name's words."""
    return any(w[:1] == fold(acronym[:1]) for w in words if w.isalpha())


def _bracketed_groups(doc: Doc, folded: list[str]) -> Iterator[Candidate]:
    """``l'Union des forces de la résistance (UFR)``: a name defined by its acronym.

    The name runs back from the bracket to a capitalised head noun (union, front,
    mouvement, coalition, brigade...) within ten words; it is an armed group when it holds an
    armed word (libération, résistance, forces, jihad...): ``Front national (FN)`` is not one.
    """
    for i, word in enumerate(folded):
        if word != "(" or i + 2 >= len(folded) or folded[i + 2] != ")":
            continue
        if not _ACRONYM_TOKEN.match(doc[i + 1].text) or not doc[i + 1].text[:2].isupper():
            continue
        for start in range(i - 1, max(-1, i - 11), -1):
            if not (folded[start].isalpha() or folded[start] in {"l'", "d'", "-"}):
                break
            if folded[start] in _BRACKET_HEADS and doc[start].text[:1].isupper():
                if ARMED_NAME_WORDS & set(folded[start + 1 : i]) or folded[start] in {
                    "armee",
                    "forces",
                }:
                    slug = re.sub(r"\W+", "_", fold(doc[start:i].text)).strip("_")
                    kind = "government" if folded[start] == "conseil" else "armed_group"
                    # a council too takes the rebel groups' code: it is an armed one here
                    rebels = code("rebel_groups")
                    ref = ActorRef(f"group_{slug}", doc[start:i].text, kind, None, rebels)
                    yield Candidate(start, i, ref, "pattern")
                elif folded[start] in PARTY_HEADS and _initial_of(doc[i + 1].text, folded[start:i]):
                    # "le Parti socialiste (PS)", "Rassemblement pour la République (RPR)": a
                    # party, typed government as the codebook does
                    slug = re.sub(r"\W+", "_", fold(doc[start:i].text)).strip("_")
                    ref = ActorRef(f"party_{slug}", doc[start:i].text, "government", None, None)
                    yield Candidate(start, i, ref, "pattern")
                break
