"""Argument roles of a country or a capital: the clause makes it an actor or leaves it a place.

The listed forms of :mod:`polemos_actors.metonymy` read a country as an actor after a word of
``data/agentive.yaml``. This module reads the grammar instead, whatever the verb: a country or a
capital is its government when it fills an argument role of a clause,

- the subject of any verb, on the dependency parse or, where the small model misreads the
  clause, on the word order (``la Birmanie a officiellement aboli la censure``, ``que le
  Royaume-Uni ait porté l'affaire``, ``la Grèce doit engager des réformes``);
- the inverted subject after ``que``/``où`` or after quoted speech (``les réformes que doit
  engager la Grèce``, ``», a répondu Moscou.``);
- the antecedent of a ``qui`` relative (``l'Azerbaïdjan qui lui est hostile``);
- the source of a statement (``selon Washington``);

except where the clause makes it a place: after a preposition (``à Gaza``, ``au nord du Mali``,
also the places joined to one by ``et``), the subject of a stative or geographic predicate
(``la Norvège compte cinq millions d'habitants``), of a verb of undergoing or recording (``le
Portugal a connu une récession``), of a passive (``Damas a été bombardée``), of a copula
without a stance word (``le Mali est un pays enclavé``), and any country of a sports report (a
team: ``l'Espagne a battu l'Italie en finale``). The word lists are data (``data/roles.yaml``).
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

ROLES_FILE = Path(__file__).parent / "data" / "roles.yaml"


@dataclass(frozen=True)
class RoleWords:
    """The folded word lists of ``data/roles.yaml``."""

    stative: frozenset[str]
    experiencer: frozenset[str]
    sport: frozenset[str]
    stance: frozenset[str]
    modal: frozenset[str]
    source: frozenset[str]
    place_prepositions: frozenset[str]
    other_prepositions: frozenset[str]
    route: frozenset[str]

    @property
    def not_agentive(self) -> frozenset[str]:
        """Verbs whose subject is no actor: stative and experiencer verbs."""
        return self.stative | self.experiencer


@lru_cache(maxsize=1)
def role_words() -> RoleWords:
    """Load ``data/roles.yaml`` once."""
    with ROLES_FILE.open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in raw.get(key) or ())

    return RoleWords(
        words("stative_verbs"),
        words("experiencer_verbs"),
        words("sport_words"),
        words("stance_words"),
        words("modal_verbs"),
        words("source_words"),
        words("place_prepositions"),
        words("other_prepositions"),
        words("route_verbs"),
    )


_ARTICLES = frozenset({"le", "la", "l'", "les"})
_LINKS = frozenset({",", "et", "ou", "-"})
_CLITICS = frozenset(
    {"ne", "n'", "se", "s'", "lui", "leur", "y", "en", "pas", "l'", "le", "la", "les", "nous"}
    | {"vous", "me", "m'", "te", "t'", "plus", "jamais", "point"}
)
_AUX = frozenset({"avoir", "etre"})
_RELATIVE_WORDS = frozenset({"que", "qu'", "ou"})
_SPEECH_MARKS = frozenset({",", "»", '"', "”"})
_CLAUSE_ENDS = frozenset({".", ",", ";", "!", "?", "»", '"', ")"})


def fills_a_role(span: Span) -> bool:
    """True when the country or capital ``span`` fills an argument role of its clause.

    See the module docstring for the roles read and the places left out.
    """
    words = role_words()
    if acts_whatever_governs_it(span):
        return True  # "au sein de l'Azerbaïdjan qui lui est hostile"
    if _sports_report(span, words):
        return False
    if _passive_agent(span, words):
        return True  # "le mouvement fut porté par le Rwanda"
    if governed(span):
        return False
    return (
        _parsed_subject(span.root, words)
        or _linear_subject(span, words)
        or _inverted_subject(span, words)
    )


def _lemma(token: Token) -> str:
    return fold(token.lemma_)


def _sports_report(span: Span, words: RoleWords) -> bool:
    """A word of a match or a tournament in the sentence: the country is a team."""
    return any(fold(t.text) in words.sport for t in span.sent)


def _before_article(doc: Doc, start: int) -> int:
    i = start - 1
    while i >= 0 and fold(doc[i].text) in _ARTICLES:
        i -= 1
    return i


def governed(span: Span) -> bool:
    """After a preposition of any kind: the place is no subject of a clause."""
    words = role_words()
    return _preposition_before(span) in words.place_prepositions | words.other_prepositions


def in_a_place(span: Span) -> bool:
    """After a preposition of place: ``à Gaza``, ``au Mali``, also ``à Paris et Londres``."""
    return _preposition_before(span) in role_words().place_prepositions


def _preposition_before(span: Span) -> str:
    """The folded word before the place and its article, or before the chain of names it ends.

    ``et``/commas after a name are walked back to the first member of the chain
    (``à Paris et Londres``: ``à``); ``et`` after another word opens a new clause (``""``).
    """
    doc = span.doc
    i = _before_article(doc, span.start)
    while i >= 0 and fold(doc[i].text) in _LINKS:
        j = i - 1
        while j >= 0 and (doc[j].is_title or fold(doc[j].text) in _ARTICLES | {"-"}):
            j -= 1
        if j == i - 1:
            return ""
        i = j
    return fold(doc[i].text) if i >= 0 else ""


def acts_whatever_governs_it(span: Span) -> bool:
    """A ``qui`` relative after the place or ``selon`` before it (outside a sports report)."""
    words = role_words()
    return not _sports_report(span, words) and (
        _relative_subject(span, words) or _source(span, words)
    )


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children)


def _parsed_subject(token: Token, words: RoleWords) -> bool:
    """The subject of an agentive predicate on the parse (the first conjunct's role)."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ not in {"nsubj", "expl:subj"} or token.head is token:
        return False
    head = token.head
    if any(c.dep_ == "cop" for c in head.children):
        return _stance(head, words)
    if head.pos_ != "VERB" or _passive(head):
        return False
    if _lemma(head) in words.modal:
        infinitives = [c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        return any(_lemma(v) not in words.not_agentive for v in infinitives)
    return _lemma(head) not in words.not_agentive


def _passive_agent(span: Span, words: RoleWords) -> bool:
    """``porté par le Rwanda``, ``les bilans donnés par la Russie``: the agent of a participle.

    ``par`` right before the place (and its article), after a past participle (an adverb may
    stand between) of a verb that is neither stative nor of undergoing nor of a route (``bordé
    par la Russie``, ``passé par la Turquie``).
    """
    doc = span.doc
    i = _before_article(doc, span.start)
    if i < 1 or fold(doc[i].text) != "par":
        return False
    j = i - 1
    while j > 0 and doc[j].pos_ == "ADV":
        j -= 1
    verb = doc[j]
    participle = "Part" in verb.morph.get("VerbForm", []) and verb.pos_ in {"VERB", "ADJ"}
    lemma = _lemma(verb)
    return participle and lemma not in words.not_agentive | words.route


def _stance(word: Token, words: RoleWords) -> bool:
    return fold(word.text) in words.stance or _lemma(word) in words.stance


def _predicate_after(doc: Doc, i: int, words: RoleWords) -> bool:
    """Whether the predicate read on the words from token ``i`` makes its subject an actor.

    Clitics and adverbs (``par ailleurs``, ``de nouveau``), at most one auxiliary and one modal,
    then a verb that is neither stative nor of undergoing; ``être`` + a participle is a
    passive (no actor), unless reflexive (``s'est engagée``); ``être`` + a stance word is one.
    """
    reflexive = False
    auxiliary: str | None = None
    modal = False
    for token in doc[i : i + 8]:
        word = fold(token.text)
        if token.text in _CLAUSE_ENDS or token.is_punct:
            return False
        if word in _CLITICS or token.pos_ == "ADV":
            reflexive = reflexive or word in {"se", "s'"}
            continue
        if token.pos_ == "ADP" and token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "ADV":
            continue  # "par ailleurs", "de nouveau"
        lemma = _lemma(token)
        finite = "Fin" in token.morph.get("VerbForm", [])
        if auxiliary is None and not modal and lemma in _AUX and finite:
            auxiliary = lemma
            continue
        if auxiliary == "etre" and not reflexive:
            if word == "en" and token.i + 1 < len(doc):
                token = doc[token.i + 1]  # "est en guerre"
            return _stance(token, words)
        if not modal and lemma in words.modal and (finite or auxiliary):
            modal = True
            continue
        if token.pos_ not in {"VERB", "AUX"}:
            return auxiliary is None and not modal and _listed_present(word)
        if auxiliary is None and not modal and not finite:
            return False  # a bare participle is no predicate ("Damas bombardée")
        return lemma not in words.not_agentive and not (auxiliary == "avoir" and lemma == "etre")
    return False


def _listed_present(word: str) -> bool:
    """``accuse``, ``dénoncent``: a present form of a listed ``-er`` verb the tagger missed.

    Headlines (``Moscou accuse Kiev.``) are short clauses the small model tags as noun phrases.
    """
    from .metonymy import agentive_words  # metonymy reads this module: import on use

    verbs = agentive_words().verbs
    for ending in ("e", "ent"):
        if word.endswith(ending) and word[: -len(ending)] + "er" in verbs:
            return True
    return False


def _linear_subject(span: Span, words: RoleWords) -> bool:
    """``la Birmanie a officiellement aboli``, ``que le Royaume-Uni ait porté`` on the words."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text in _CLAUSE_ENDS:
        return False
    return _predicate_after(doc, _past_conjunct(doc, span.end), words)


def _past_conjunct(doc: Doc, i: int) -> int:
    """The token after ``et`` and a capitalised name at ``i``, or ``i``.

    ``le Maroc et le Polisario signent``: the verb after the second conjunct.
    """
    if i >= len(doc) or fold(doc[i].text) != "et":
        return i
    j = i + 1
    while j < len(doc) and fold(doc[j].text) in _ARTICLES:
        j += 1
    k = j
    while k < len(doc) and doc[k].text[:1].isupper() and k - j < 4:
        k += 1
    return k if k > j else i


def _relative_subject(span: Span, words: RoleWords) -> bool:
    """``l'Azerbaïdjan qui lui est hostile``, ``la Turquie, qui a fermé``: a ``qui`` clause."""
    doc = span.doc
    i = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    if i >= len(doc) or fold(doc[i].text) != "qui":
        return False
    return _predicate_after(doc, i + 1, words)


def _inverted_subject(span: Span, words: RoleWords) -> bool:
    """``que doit engager la Grèce``, ``», a répondu Moscou.``: the subject after its verb."""
    doc = span.doc
    i = _before_article(doc, span.start)
    if i < 1 or doc[i].pos_ != "VERB" or _lemma(doc[i]) in words.not_agentive:
        return False
    j = i - 1
    while j >= 0 and i - j <= 3 and (_lemma(doc[j]) in _AUX | words.modal or doc[j].pos_ == "AUX"):
        j -= 1
    if j < 0:
        return False
    before = fold(doc[j].text)
    if before in _RELATIVE_WORDS:
        return True
    ends = span.end >= len(doc) or doc[span.end].text in _CLAUSE_ENDS
    return before in _SPEECH_MARKS and ends


def _source(span: Span, words: RoleWords) -> bool:
    """``selon Moscou``, ``d'après Washington``: the source of a statement."""
    doc = span.doc
    i = _before_article(doc, span.start)
    if i < 0:
        return False
    word = fold(doc[i].text)
    if word == "apres" and i > 0:
        word = fold(doc[i - 1].text) + word
    return word in words.source
