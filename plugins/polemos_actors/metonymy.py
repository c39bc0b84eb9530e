"""Countries and capitals that act: metonymies for their government.

``Ankara a envoyé des drones``, ``la Turquie, qui a déployé...``, ``soutenue par l'Egypte et
la Russie``, ``le soutien de Moscou``, ``Paris et Bamako, alliés...``: a country or a capital
is its government when the dependency parse makes it the agent of a political or military
verb (active subject, ``qui`` of a relative clause, ``par X`` of a passive), the object of a
verb that takes an actor (``Damas accuse Ankara``, ``aider Paris``), the ``de X``
complement of such a noun, or the holder of an apposition like ``alliés``. A conjunct takes
the role of the first member of its coordination, and places joined by commas and ``et``
share their role. The word lists are data
(``data/agentive.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from ._text import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

AGENTIVE_FILE = Path(__file__).parent / "data" / "agentive.yaml"

_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
_DE = frozenset({"de", "du", "des", "d'"})


@dataclass(frozen=True)
class AgentiveWords:
    """The folded word lists of ``data/agentive.yaml``."""

    verbs: frozenset[str]
    country_verbs: frozenset[str]
    object_verbs: frozenset[str]
    nouns: frozenset[str]
    appositions: frozenset[str]


@lru_cache(maxsize=1)
def agentive_words() -> AgentiveWords:
    """Load ``data/agentive.yaml`` once."""
    with AGENTIVE_FILE.open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in raw.get(key) or ())

    return AgentiveWords(
        words("verbs"),
        words("country_verbs"),
        words("object_verbs"),
        words("nouns"),
        words("appositions"),
    )


_LINKS = frozenset({",", "et", "ou", "le", "la", "l'", "les"})


def acting_places(doc: Doc, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """The ``(start, end)`` token spans of the places that stand for their government.

    ``spans`` are ``(start, end, is_country)`` of countries and capitals. A place joined to an
    acting place by commas, ``et``/``ou`` and articles alone acts too (``armées par l'Egypte,
    l'Algérie et la Russie``), whatever the parser made of the coordination.
    """
    ordered = sorted(spans)
    acting = [acts_as_government(doc[s:e], is_country=c) for s, e, c in ordered]
    linked = [_only_links(doc, ordered[k][1], ordered[k + 1][0]) for k in range(len(ordered) - 1)]
    for k in [*range(len(linked)), *reversed(range(len(linked)))]:
        if linked[k] and (acting[k] or acting[k + 1]):
            acting[k] = acting[k + 1] = True
    return [(s, e) for (s, e, _), act in zip(ordered, acting, strict=True) if act]


def _only_links(doc: Doc, end: int, start: int) -> bool:
    return start > end and all(fold(t.text) in _LINKS for t in doc[end:start])


def acts_as_government(span: Span, *, is_country: bool) -> bool:
    """True when the place ``span`` stands for its government (see the module docstring)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == ":":
        return False  # a topic or a heading ("Égypte : le parti exige..."), not a subject
    words = agentive_words()
    verbs = words.verbs | words.country_verbs if is_country else words.verbs
    root = span.root
    first = root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head  # "l'Egypte et la Russie": the role of the coordination
    return (
        any(
            _agent_of_verb(token, verbs)
            or _complement_of_noun(token, words.nouns)
            or (token.dep_ == "obj" and _lemma(token.head) in words.object_verbs)
            for token in {root, first}
        )
        or _relative_after(span, verbs)
        or _linear_subject(span, verbs)
        or _linear_complement(span, words.nouns)
        or _apposition(span, first, words.appositions)
    )


def _lemma(token: Token) -> str:
    lemma = fold(token.lemma_)
    if lemma == "mettre" and any(fold(c.text) == "garde" for c in token.children):
        return "mettre_en_garde"
    return lemma


def _agent_of_verb(token: Token, verbs: frozenset[str]) -> bool:
    """Subject (not of a real passive), ``par X`` agent, or antecedent of ``qui`` + verb."""
    verb = token.head
    if token.dep_ in _SUBJECTS and verb is not token:
        passive = any(c.dep_ == "aux:pass" for c in verb.children)
        if not passive and _lemma(verb) in verbs:
            return True
    if token.dep_ == "obl:agent" and _lemma(verb) in verbs:
        return True
    return any(
        child.dep_.startswith("acl")
        and _lemma(child) in verbs
        and any(c.dep_ == "nsubj" and fold(c.text) == "qui" for c in child.children)
        for child in token.children
    )


_BEFORE_SUBJECT = frozenset({"le", "la", "l'", "les"})
_PREPOSITIONS = frozenset(
    [
        "a",
        "au",
        "aux",
        "de",
        "du",
        "des",
        "d'",
        "en",
        "dans",
        "pour",
        "vers",
        "depuis",
        "sur",
        "par",
        "avec",
        "contre",
        "entre",
        "chez",
        "pres",
        "sous",
    ]
)
_CLITICS = frozenset(["ne", "n'", "se", "s'", "lui", "leur", "y", "en", "pas", "aussi", "deja"])
_AUXILIARIES = frozenset(
    ["a", "ont", "avait", "avaient", "aura", "auront", "va", "vont", "allait", "vient", "venait"]
)


def _linear_subject(span: Span, verbs: frozenset[str]) -> bool:
    """``Kiev accuse``, ``Moscou a de nouveau dénoncé``: read on the words.

    The place is not after a preposition; then come clitics or adverbs, at most one
    auxiliary, and an agentive verb (a bare participle is no predicate: ``Damas bombardée``).
    Backs the parse up where the small model misreads the clause.
    """
    doc = span.doc
    before = span.start - 1
    while before >= 0 and fold(doc[before].text) in _BEFORE_SUBJECT:
        before -= 1
    if before >= 0 and fold(doc[before].text) in _PREPOSITIONS:
        return False
    auxiliary = False
    for token in doc[span.end : span.end + 6]:
        word = fold(token.text)
        if word in _CLITICS or (token.pos_ == "ADV" and _lemma(token) not in verbs):
            continue
        if not auxiliary and word in _AUXILIARIES:
            auxiliary = True
            continue
        participle = "Part" in token.morph.get("VerbForm", [])
        return _lemma(token) in verbs and (auxiliary or not participle)
    return False


def _linear_complement(span: Span, nouns: frozenset[str]) -> bool:
    """``le soutien d’Ankara`` read on the words (the parser often misses ``d’`` + name)."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and fold(doc[i].text) in {"la", "l'"}:
        i -= 1
    if i < 1 or fold(doc[i].text) not in _DE:
        return False
    head = doc[i - 1]
    return fold(head.text) in nouns or _lemma(head) in nouns


def _relative_after(span: Span, verbs: frozenset[str]) -> bool:
    """``la Turquie, qui a déployé``: ``, qui`` right after the place, its verb agentive.

    Read on the words as well as on the tree: the parser often attaches the relative clause
    elsewhere.
    """
    doc = span.doc
    end = span.end
    if end + 1 >= len(doc) or doc[end].text != "," or fold(doc[end + 1].text) != "qui":
        return False
    who = doc[end + 1]
    return who.dep_ == "nsubj" and _lemma(who.head) in verbs


def _complement_of_noun(token: Token, nouns: frozenset[str]) -> bool:
    """``le soutien de Moscou``, ``allié de Bamako``: ``de X`` after an agentive word."""
    if not token.dep_.startswith(("nmod", "obl")) or token.head is token:
        return False
    if not any(c.dep_ == "case" and fold(c.text) in _DE for c in token.children):
        return False
    head = token.head
    return fold(head.text) in nouns or _lemma(head) in nouns


def _apposition(span: Span, first: Token, appositions: frozenset[str]) -> bool:
    """``Paris et Bamako, alliés...``: the coordination is followed by ``, allié(s)``."""
    doc = span.doc
    members = [first, *first.conjuncts]
    last = max(members, key=lambda t: t.i)
    end = max(span.end, last.i + 1)
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1  # the rest of a multi-word last member ("Emirats arabes unis")
    return end + 1 < len(doc) and doc[end].text == "," and fold(doc[end + 1].text) in appositions
