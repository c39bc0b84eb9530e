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
from polemos_french import DE, DEFINITE_ARTICLES

from ._text import fold
from ._words import DETERMINERS
from .roles import acts_whatever_governs_it, fills_a_role, governed, in_a_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

AGENTIVE_FILE = Path(__file__).parent / "data" / "agentive.yaml"

_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
_DE = DE


@dataclass(frozen=True)
class AgentiveWords:
    """The folded word lists of ``data/agentive.yaml``."""

    verbs: frozenset[str]
    country_verbs: frozenset[str]
    object_verbs: frozenset[str]
    country_object_verbs: frozenset[str]
    nouns: frozenset[str]
    appositions: frozenset[str]
    between: frozenset[str]
    against: frozenset[str]
    opposing: frozenset[str]


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
        words("country_object_verbs"),
        words("nouns"),
        words("appositions"),
        words("between_words"),
        words("against_words"),
        words("opposing_verbs"),
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
    placed = [in_a_place(doc[s:e]) and not acting[k] for k, (s, e, _) in enumerate(ordered)]
    linked = [_only_links(doc, ordered[k][1], ordered[k + 1][0]) for k in range(len(ordered) - 1)]
    for k in [*range(len(linked)), *reversed(range(len(linked)))]:
        if linked[k] and (acting[k] or acting[k + 1]):
            acting[k] = not placed[k]
            acting[k + 1] = not placed[k + 1]
    return [(s, e) for (s, e, _), act in zip(ordered, acting, strict=True) if act]


def _only_links(doc: Doc, end: int, start: int) -> bool:
    return start > end and all(fold(t.text) in _LINKS for t in doc[end:start])


def acts_as_government(span: Span, *, is_country: bool) -> bool:
    """True when the place ``span`` stands for its government (see the module docstring)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == ":":
        return False  # a topic or a heading ("Égypte : le parti exige..."), not a subject
    if _inside_a_name(span):
        return False  # "l'association Wikimedia France organise", "Israël Katz a déclaré"
    words = agentive_words()
    if _opposed(span, words.opposing):
        return True  # "oppose l'Éthiopie à l'Érythrée": a party, not a place after "à"
    if in_a_place(span):
        return acts_whatever_governs_it(span)  # "à Gaza"; "en Russie, qui a envahi l'Ukraine"
    verbs = words.verbs | words.country_verbs if is_country else words.verbs
    objects = words.object_verbs | words.country_object_verbs if is_country else words.object_verbs
    root = span.root
    first = root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head  # "l'Egypte et la Russie": the role of the coordination
    return (
        any(
            _agent_of_verb(token, verbs)
            or _complement_of_noun(token, words.nouns)
            or (token.dep_ == "obj" and _lemma(token.head) in objects)
            for token in {root, first}
        )
        or _relative_after(span, verbs)
        or _linear_subject(span, verbs)
        or _linear_object(span, objects)
        or _linear_complement(span, words.nouns)
        or _linear_agent(span, verbs)
        or _between(span, words.between)
        or _against(span, words.against)
        or _hostile_agent(span, words.against)
        or _apposition(span, first, words.appositions)
        or fills_a_role(span)
    )


def _inside_a_name(span: Span) -> bool:
    """The place is a word of a longer proper name: a capitalised word touches it.

    Also at the start of a sentence, when the model's entity runs on from that word into the
    place (``Météo France prévoit``).
    """
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    named_before = (
        before is not None
        and before.is_alpha
        and before.is_title
        and fold(before.text) not in _BEFORE_SUBJECT
    )
    return (
        (named_before and not doc[span.start - 1].is_sent_start)
        or (after is not None and after.is_alpha and after.is_title and after.ent_iob_ == "I")
        or (named_before and doc[span.start].ent_iob_ == "I")
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


_BEFORE_SUBJECT = DEFINITE_ARTICLES
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
    if governed(span):
        return False  # "à Gaza", also "à Paris et Londres"
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


def _linear_object(span: Span, verbs: frozenset[str]) -> bool:
    """``Kiev accuse Moscou``, ``Washington soutient Kiev``: the object read on the words.

    The place (after its article) comes right after a form of an object verb, known by its
    lemma or, where the small model lemmatises it wrong (``accuse`` -> ``accus``), by the
    verb's stem (:func:`_stems`); not after a determiner (``l'aide Washington``).
    """
    doc = span.doc
    i = _before_article(span)
    if i < 0 or not (doc[i].is_alpha and doc[i].is_lower):
        return False
    if i > 0 and fold(doc[i - 1].text) in DETERMINERS:
        return False
    word = fold(doc[i].text)
    return _lemma(doc[i]) in verbs or any(word.startswith(stem) for stem in _stems(verbs))


@lru_cache(maxsize=8)
def _stems(verbs: frozenset[str]) -> tuple[str, ...]:
    """The stems that start the present and past forms of infinitives, four letters or more.

    ``accus`` of ``accuser``; ``souten`` and ``soutien`` of ``soutenir``.
    """
    stems: set[str] = set()
    for verb in verbs:
        stem = verb[:-3] if verb.endswith("re") else verb[:-2]
        stems.add(stem)
        if verb.endswith("enir"):
            stems.add(verb[:-4] + "ien")  # "soutient"
    return tuple(sorted(s for s in stems if len(s) >= 4))


def _linear_complement(span: Span, nouns: frozenset[str]) -> bool:
    """``le soutien d’Ankara``, ``le dirigeant de facto du Soudan`` read on the words.

    The parser often misses ``d’`` + name; an adjective or ``de facto`` may stand between the
    noun and its ``de``.
    """
    doc = span.doc
    i = _before_article(span)
    if i < 1 or fold(doc[i].text) not in _DE:
        return False
    i -= 1
    while i > 0 and (doc[i].pos_ == "ADJ" or fold(doc[i].text) in _LATIN_ADVERBS):
        i -= 1
    if i > 0 and fold(doc[i].text) == "de" and fold(doc[i + 1].text) in _LATIN_ADVERBS:
        i -= 1  # "de facto"
    head = doc[i]
    return fold(head.text) in nouns or _lemma(head) in nouns


_LATIN_ADVERBS = frozenset({"facto", "jure"})
_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?", "(", ")", "«", "»", '"'})


def _before_article(span: Span) -> int:
    """The index of the token before the place and its article."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and fold(doc[i].text) in _BEFORE_SUBJECT:
        i -= 1
    return i


def _linear_agent(span: Span, verbs: frozenset[str]) -> bool:
    """``la coalition menée par les États-Unis``, ``soutenues par l'Éthiopie``, on the words.

    ``par`` right after a participle of an agentive verb (an adverb may stand between).
    """
    doc = span.doc
    i = _before_article(span)
    if i < 1 or fold(doc[i].text) != "par":
        return False
    i -= 1
    while i > 0 and doc[i].pos_ == "ADV":
        i -= 1
    # the small model tags some participles ADJ ("soutenues"): any non-finite form will do
    return _lemma(doc[i]) in verbs and "Fin" not in doc[i].morph.get("VerbForm", [])


def _between(span: Span, words: frozenset[str]) -> bool:
    """``la guerre entre la Russie et l'Ukraine``: the place is a party of a relation.

    The place follows ``entre`` (or ``et`` after ``entre`` and another party, in the same
    clause), and a relation word of ``between_words`` (noun, or verb by its lemma) comes in
    the ten words before ``entre``.
    """
    doc = span.doc
    i = _before_article(span)
    if i < 0:
        return False
    if fold(doc[i].text) == "et":
        j = i - 1
        while j >= max(0, i - 10) and fold(doc[j].text) != "entre":
            if doc[j].text in _CLAUSE_ENDS or fold(doc[j].text) == "et":
                return False
            j -= 1
        i = j
    if i < 0 or fold(doc[i].text) != "entre":
        return False
    return _word_before(doc, i, words, 10)


def _against(span: Span, words: frozenset[str]) -> bool:
    """``la rébellion islamiste contre l'Éthiopie``: ``contre`` after a hostility word."""
    return _preposition_after_word(span, "contre", words, 3)


def _hostile_agent(span: Span, words: frozenset[str]) -> bool:
    """``l'invasion de l'Ukraine par la Russie``: ``par`` after a hostility noun."""
    return _preposition_after_word(span, "par", words, 6)


def _preposition_after_word(
    span: Span, preposition: str, words: frozenset[str], window: int
) -> bool:
    """The place follows ``preposition``, a word of ``words`` in the ``window`` words before."""
    doc = span.doc
    i = _before_article(span)
    if i < 0 or fold(doc[i].text) != preposition:
        return False
    return _word_before(doc, i, words, window)


_TO = frozenset({"a", "au", "aux"})


def _opposed(span: Span, verbs: frozenset[str]) -> bool:
    """``le conflit oppose l'Éthiopie à l'Érythrée``: the two parties of ``opposer``.

    The place right after the verb (its article aside), or after the first ``à``/``au``/``aux``
    that follows the verb in the same clause (``oppose l'armée aux rebelles au Mali``: Mali is
    a place).
    """
    doc = span.doc
    i = _before_article(span)
    if i < 0:
        return False
    if _lemma(doc[i]) in verbs and doc[i].pos_ in {"VERB", "AUX"}:
        return True
    if fold(doc[i].text) not in _TO:
        return False
    for j in range(i - 1, max(-1, i - 8), -1):
        if doc[j].text in _CLAUSE_ENDS or fold(doc[j].text) in _TO:
            return False
        if _lemma(doc[j]) in verbs:
            return True
    return False


def _word_before(doc: Doc, i: int, words: frozenset[str], window: int) -> bool:
    """A word of ``words`` (text or lemma) in the ``window`` tokens before token ``i``."""
    for token in reversed(doc[max(0, i - window) : i]):
        if token.text in _CLAUSE_ENDS:
            return False
        if fold(token.text) in words or _lemma(token) in words:
            return True
    return False


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
