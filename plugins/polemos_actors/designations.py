"""Definite designations resolved at document level: ``l'armée``, ``la police``, ``les Russes``.

The codebook's "definite designations of a force that the context identifies": a designation
of ``data/designations.yaml`` after a definite article takes the actor of the nearest named
actor of the same branch before it (``l'armée ukrainienne ... l'armée``), else the branch of
the country the document is about (``resolved`` designations only); a ``folded_only`` word
after ``les``/``aux`` also takes up a designation resolved before it (``l'armée ... les
militaires``; not ``le gros des troupes``). A capitalised plural
demonym (``les Russes``, ``des Israéliens``) is the nearest named state force of that country,
when the document names one. A designation followed by a qualifier or a ``de`` complement
(``l'armée rebelle``, ``l'armée de libération``) is left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from polemos_french import CONTRACTED_ARTICLES, DE, DEFINITE_ARTICLES
from spacy.matcher import PhraseMatcher

from ._text import fold
from ._words import CLAUSE_WORDS
from .acled import code_for_type
from .countries import Country, country_table
from .gazetteer import places
from .matchers import phrase_patterns
from .mentions import ActorRef, Candidate
from .patterns import SLOT_ADJECTIVES, PatternMatcher, attached_elsewhere, main_country
from .schema import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

DESIGNATIONS_FILE = Path(__file__).parent / "data" / "designations.yaml"

_DEFINITE = DEFINITE_ARTICLES | CONTRACTED_ARTICLES
_STATE_TYPES = frozenset({"state_force", "government"})
_PARTITIVE = frozenset({"des", "du"})


@lru_cache(maxsize=1)
def _designations() -> dict[str, Any]:
    with DESIGNATIONS_FILE.open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return data


_STATE_MODES = ("resolved", "folded_only")
_TITLES = frozenset({"president", "prime_minister"})
_TIE_LINKS = DE | DEFINITE_ARTICLES


@dataclass
class DesignationMatcher:
    """The designations of ``data/designations.yaml`` compiled for one vocabulary."""

    phrases: PhraseMatcher
    patterns: PatternMatcher
    branch_of: dict[str, str]
    tied: dict[str, tuple[str, ...]]
    family: dict[str, frozenset[str]]
    preposed: frozenset[str]
    by_name: dict[str, str]
    led_by: frozenset[str]
    leader_heads: frozenset[str]
    former: frozenset[str]
    anaphoric: frozenset[str]
    complements: tuple[tuple[str, ...], ...]

    @classmethod
    def build(cls, patterns: PatternMatcher, vocab: Vocab) -> DesignationMatcher:
        """Compile the designations; index which branch each state actor id is."""
        phrases = PhraseMatcher(vocab, attr="LOWER")
        for mode in _STATE_MODES:
            for branch, words in _designations()[mode].items():
                for docs in phrase_patterns(vocab, words).values():
                    phrases.add(f"{mode}|{branch}", docs)
        branch_of: dict[str, str] = {}
        for country in country_table().by_iso.values():
            for branch in patterns.branches:
                branch_of.setdefault(patterns.state_ref(branch, country).id, branch)
        tied = {fold(w): tuple(ids) for w, ids in _designations()["tied"].items()}
        family = {
            actor.id: _lineage(patterns.lexicon, actor.id)
            for actor in patterns.lexicon.actors.values()
            if actor.type == "armed_group"
        }
        data = _designations()
        return cls(
            phrases,
            patterns,
            branch_of,
            tied,
            family,
            frozenset(fold(w) for w in data["preposed"]),
            {fold(w): fold(n) for w, n in data["by_name"].items()},
            frozenset(fold(w) for w in data["led_by"]),
            frozenset(fold(w) for w in data["leader_heads"]),
            frozenset(fold(w) for w in data["former"]),
            frozenset(fold(w) for w in data["anaphoric"]),
            tuple(tuple(fold(w).split()) for w in data["complements"]),
        )

    def find(
        self,
        doc: Doc,
        folded: list[str],
        chosen: list[Candidate],
        place_at: dict[int, tuple[int, str]],
    ) -> Iterator[Candidate]:
        """Yield the designations of ``doc`` with the actor they resolve to."""
        named = [c for c in chosen if c.actor.type in _STATE_TYPES and c.actor.country]
        main: Country | None = main_country(chosen, place_at)
        strings = doc.vocab.strings
        resolved: list[Candidate] = []  # "l'armée ... les militaires": the army resolved
        for match_id, start, end in sorted(self.phrases(doc), key=lambda m: (m[1], -m[2])):
            former = start >= 2 and folded[start - 1] in self.former
            former = former or (end < len(doc) and folded[end] in self.former)
            anaphoric = False
            if start >= 2 and folded[start - 1] in self.preposed | self.former:
                start -= 1  # "le nouveau gouvernement": the designation and its adjective
                anaphoric = folded[start - 1] in self.anaphoric  # "son nouveau gouvernement"
            elif end < len(doc) and folded[end] in self.former:
                end += 1  # "le gouvernement précédent"
            end = self._complement_end(folded, end)
            if not self._bare(doc, folded, start, end, anaphoric=anaphoric):
                continue
            mode, branch = strings[match_id].split("|")
            if former:  # "le précédent gouvernement": another actor than the current one
                current = self._nearest(named, start, branch) or (
                    self.patterns.state_ref(branch, main) if main is not None else None
                )
                if current is not None:
                    yield Candidate(start, end, _previous(current), "pattern")
                continue
            ref = self._nearest(named, start, branch)
            if ref is None and folded[start - 1] not in _PARTITIVE:
                ref = self._nearest(resolved, start, branch)  # not "le gros des troupes"
            if ref is None and mode == "resolved" and main is not None:
                ref = self.patterns.state_ref(branch, main)
            if ref is not None:
                resolved.append(Candidate(start, end, ref, "designation"))
                yield Candidate(start, end, ref, "pattern")
        yield from self._led_governments(doc, folded, named, chosen, main)
        yield from self._demonyms(doc, folded, named)
        yield from self._tied_generics(doc, folded, chosen)
        yield from self._groupings(doc, folded, chosen)

    def _complement_end(self, folded: list[str], end: int) -> int:
        """The end of a designation after a qualifying complement (``de coalition``).

        ``le gouvernement de coalition``, ``d'union nationale``: the complement names no other
        actor, it is part of the mention.
        """
        if end < len(folded) and folded[end] in DE:
            for words in self.complements:
                if tuple(folded[end + 1 : end + 1 + len(words)]) == words:
                    return end + 1 + len(words)
        return end

    def _led_governments(
        self,
        doc: Doc,
        folded: list[str],
        named: list[Candidate],
        chosen: list[Candidate],
        main: Country | None,
    ) -> Iterator[Candidate]:
        """``le gouvernement Ayrault``, ``l'administration Obama``: a government by its leader.

        A head of ``leader_heads`` after a definite article and before one capitalised word that
        is no place, demonym or actor named before (``le gouvernement Hamas``, ``le Gouvernement
        fédéral de transition`` are left to it): the nearest named government before it, else
        the document's country's.
        """
        taken = {k for c in chosen for k in range(c.start, c.end)}
        for i in range(1, len(doc) - 1):
            if folded[i] not in self.leader_heads or folded[i - 1] not in _DEFINITE:
                continue
            end = i + 2  # one word: "le gouvernement Mariano Rajoy" is left to the person
            if end > len(doc) or not _leader_word(doc, folded, i + 1):
                continue
            if (end < len(doc) and _leader_word(doc, folded, end)) or taken & {i, i + 1}:
                continue  # "le gouvernement Hamas", "le Gouvernement fédéral de transition"
            ref = self._nearest(named, i, "government")
            if ref is None and main is not None:
                ref = self.patterns.state_ref("government", main)
            if ref is not None:
                yield Candidate(i, end, ref, "pattern")

    def _groupings(
        self, doc: Doc, folded: list[str], chosen: list[Candidate]
    ) -> Iterator[Candidate]:
        """``la coalition``, ``la mission``: the named actor whose name holds that noun.

        ``la coalition menée par les États-Unis`` is the coalition of the state that leads it
        (an actor of its own when the lexicon has none), taken up by a later ``la coalition``.
        """
        made: dict[str, list[tuple[int, ActorRef]]] = {}
        for i in range(1, len(doc)):
            noun = self.by_name.get(folded[i])
            if noun is None or folded[i - 1] not in _DEFINITE:
                continue
            if not self._bare(doc, folded, i, i + 1):
                continue
            leader = self._leader(folded, i + 1, chosen)
            if leader is not None:
                made.setdefault(noun, []).append((i, leader))
                yield Candidate(i, i + 1, leader, "pattern")
                continue
            holders = [
                (c.start, c.actor)
                for c in chosen
                if c.end - c.start > 1 or c.start != i
                if noun in fold(c.actor.name) or noun in " ".join(folded[c.start : c.end])
            ]
            ref = _nearest_tie(sorted(holders + made.get(noun, []), key=lambda h: h[0]), i)
            if ref is not None:
                yield Candidate(i, i + 1, ref, "pattern")

    def _leader(self, folded: list[str], i: int, chosen: list[Candidate]) -> ActorRef | None:
        """The coalition of ``menée par <state>`` at token ``i``, or None."""
        if i + 1 >= len(folded) or folded[i] not in self.led_by or folded[i + 1] != "par":
            return None
        state = next((c for c in chosen if c.start in {i + 2, i + 3}), None)
        if state is None or state.actor.type != "government" or not state.actor.country:
            return None
        country = country_table().by_iso.get(state.actor.country)
        if country is None:
            return None
        actor_id = f"{country.iso.lower()}_led_coalition"
        name = f"{country.en}-led coalition"
        return ActorRef(actor_id, name, "international", None, code_for_type("international"))

    def drop_titles(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """Leave out a title beside the person it names (``président soudanais Omar el-Bechir``).

        By the codebook the mention is the person's name; the title beside it is optional.
        """
        people = {c.start for c in chosen if c.actor.type == "person"}
        out = []
        for cand in chosen:
            title = cand.source == "pattern" and self.branch_of.get(cand.actor.id) in _TITLES
            nxt = cand.end + 1 if cand.end < len(doc) and doc[cand.end].text == "," else cand.end
            if title and nxt in people:
                continue
            out.append(cand)
        return out

    def _tied_generics(
        self, doc: Doc, folded: list[str], chosen: list[Candidate]
    ) -> Iterator[Candidate]:
        """``les djihadistes``: the group the text ties the noun to, or one of its family."""
        groups = [c for c in chosen if c.actor.type == "armed_group" and not c.actor.generic]
        if not groups:
            return
        starts = {c.start: c for c in groups}
        ends = {c.end: c for c in groups}
        ties: dict[str, list[tuple[int, ActorRef]]] = {}
        bare: list[int] = []
        for i, word in enumerate(folded):
            if word not in self.tied:
                continue
            own = _own_mention(doc, folded, i, starts)
            if own is not None:
                yield Candidate(i, own[0], own[1], "pattern")
            tie = _tie_at(folded, i, starts, ends)
            if tie is not None:
                ties.setdefault(word, []).append((i, tie))
            elif i > 0 and folded[i - 1] in _DEFINITE and not _qualified(doc, folded, i):
                bare.append(i)
        for i in bare:
            word = folded[i]
            ref = _nearest_tie(ties.get(word, []), i)
            if ref is None and self.tied[word]:
                roots = frozenset(self.tied[word])
                kin = [
                    (c.start, c.actor)
                    for c in groups
                    if self.family.get(c.actor.id, frozenset()) & roots
                ]
                ref = _nearest_tie(kin, i)
            if ref is not None:
                yield Candidate(i, i + 1, ref, "pattern")

    def _bare(
        self, doc: Doc, folded: list[str], start: int, end: int, *, anaphoric: bool = False
    ) -> bool:
        """After a definite article, with no qualifier or complement of its own.

        ``anaphoric``: after a possessive or demonstrative (``son nouveau gouvernement``).
        """
        if start == 0 or (folded[start - 1] not in _DEFINITE and not anaphoric):
            return False
        if end < len(doc) and (
            (doc[end].pos_ == "ADJ" and folded[end] not in {*SLOT_ADJECTIVES, *CLAUSE_WORDS})
            or doc[end].text[:1].isupper()
        ):
            return False  # "l'armée rebelle", "l'armée syrienne" (left to the patterns)
        return not attached_elsewhere(doc, folded, start, end)

    def _nearest(self, named: list[Candidate], start: int, branch: str) -> ActorRef | None:
        """The actor of the last named mention of ``branch`` before token ``start``.

        A lone demonym of a coordination (``soldats nigérians, nigériens et tchadiens``) names
        one of several forces, not the one a later designation takes up.
        """
        for cand in reversed(named):
            if cand.end - cand.start == 1 and cand.source == "pattern":
                continue  # (a resolved designation, source "designation", is taken up)
            if cand.start < start and self.branch_of.get(cand.actor.id) == branch:
                return cand.actor
        return None

    def _demonyms(self, doc: Doc, folded: list[str], named: list[Candidate]) -> Iterator[Candidate]:
        """``les Russes``, ``des Israéliens``: the named state force of that country."""
        table = country_table()
        for i in range(1, len(doc)):
            token = doc[i]
            if not (token.text[:1].isupper() and folded[i].endswith("s")):
                continue
            if folded[i - 1] not in _DEFINITE:
                continue
            country = table.from_demonym(folded[i])
            if country is None:
                continue
            forces = [
                c for c in named if c.actor.country == country.iso and c.actor.type == "state_force"
            ]
            if forces:
                before = [c for c in forces if c.start < i]
                nearest = before[-1] if before else forces[0]
                yield Candidate(i, i + 1, nearest.actor, "pattern")


def _previous(current: ActorRef) -> ActorRef:
    """The actor before ``current`` (``le précédent gouvernement`` of the named one)."""
    return replace(current, id=f"{current.id}_previous", name=f"{current.name} (previous)")


def _leader_word(doc: Doc, folded: list[str], i: int) -> bool:
    """A capitalised word of a leader's name: no place, country, demonym or sentence start."""
    token = doc[i]
    return (
        token.is_alpha
        and token.is_title
        and not token.is_sent_start
        and folded[i] not in places()
        and country_table().from_demonym(folded[i]) is None
    )


def _lineage(lexicon: Lexicon, actor_id: str) -> frozenset[str]:
    """The actor, its parents and what it was renamed to, transitively."""
    seen: set[str] = set()
    todo = [actor_id]
    while todo:
        current = todo.pop()
        actor = lexicon.get(current)
        if current in seen or actor is None:
            continue
        seen.add(current)
        todo.extend(ref for ref in (actor.parent, actor.renamed_to) if ref)
    return frozenset(seen)


def _tie_at(
    folded: list[str], i: int, starts: dict[int, Candidate], ends: dict[int, Candidate]
) -> ActorRef | None:
    """The group a generic noun at ``i`` is tied to on the spot, if any.

    ``forces djihadistes de l'État islamique``, ``rebelles du M23`` (``de`` and articles then
    the group), ``le groupe djihadiste Ansar Dine`` (the group right after), ``Ansar Dine, un
    groupe djihadiste`` (the group before, across a comma and a noun).
    """
    j = i + 1
    while j < len(folded) and j - i <= 3 and folded[j] in _TIE_LINKS:
        j += 1
    if j in starts:
        return starts[j].actor
    for back in range(1, 5):
        k = i - back
        if k in ends and "," in folded[k:i]:
            return ends[k].actor
    return None


def _own_mention(
    doc: Doc, folded: list[str], i: int, starts: dict[int, Candidate]
) -> tuple[int, ActorRef] | None:
    """Where ``les djihadistes de l'État islamique`` ends its own mention of the group.

    By the codebook the noun and the group after its ``de`` are two mentions of one actor
    (like ``Casques bleus de l'ONU``): the noun, after a definite article, with a demonym of
    its own (``aux djihadistes maliens de la katiba Macina``), is a mention of the group that
    follows. ``des`` is the definite ``de les`` after a noun (``la progression des djihadistes
    de l'EI``), not the indefinite of ``Des miliciens de la Séléka sont arrivés``.
    """
    if i == 0 or folded[i - 1] not in _DEFINITE:
        return None
    if folded[i - 1] == "des" and (i < 2 or doc[i - 2].pos_ != "NOUN"):
        return None
    end = i + 1
    if end < len(folded) and country_table().from_demonym(folded[end]) is not None:
        end += 1
    j = end
    while j < len(folded) and j - end < 3 and folded[j] in _TIE_LINKS:
        j += 1
    if j == end or folded[end] not in DE or j not in starts:
        return None
    return end, starts[j].actor


def _nearest_tie(ties: list[tuple[int, ActorRef]], i: int) -> ActorRef | None:
    """The last tie before token ``i``, else the first after it."""
    before = [ref for at, ref in ties if at < i]
    if before:
        return before[-1]
    return ties[0][1] if ties else None


def _qualified(doc: Doc, folded: list[str], i: int) -> bool:
    """``les rebelles touaregs``: a demonym or an adjective makes another generic group."""
    if i + 1 >= len(doc):
        return False
    following = doc[i + 1]
    return following.pos_ == "ADJ" or country_table().from_demonym(folded[i + 1]) is not None
