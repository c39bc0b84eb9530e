"""The category of a quantity, from its unit, its item, and the words around it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from polemos_french import DE, apostrophe_variants, unify_apostrophes

from polemos_quantities.items import Item
from polemos_quantities.lexicon import Category
from polemos_quantities.scope import Scope, forms

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["categorize"]

_RIGHT_WINDOW = 5
_LEFT_WINDOW = 8
_HEAD_DEPTH = 2
_PASS_THROUGH = frozenset({"AUX", "ADV", "PRON", "PART", "DET"})
_PARTICIPLE_POS = frozenset({"VERB", "ADJ"})
#: Returned when the item is the agent of the event after it: no category from context then.
_AGENT: Category = ("agent", None)
_OF = apostrophe_variants(DE)
_COMPLEMENT = frozenset({"DET", "NOUN", "ADJ", "PROPN"})
_COORDINATED = frozenset({"NUM", "NOUN", "ADJ", "PROPN"})
_INSERTS = frozenset({"dont", "parmi", "notamment"})
_CLAUSE_END = frozenset({";", ":", "(", ")", "«", "»", '"'})
#: A quote closing right after the item does not end its clause: « 80 insurgés » ont été abattus.
_CLOSING_QUOTES = frozenset({"»", "”", '"'})
#: "poussé 200 000 personnes à fuir", "contraint 300 familles de quitter": the infinitive counts.
_INFINITIVE_MARKERS = frozenset({"à", "de", "d'", "d’"})
#: "20 d'entre eux ont été tués", "5 parmi elles".
_AMONG = frozenset({"entre", "parmi"})
_INFINITIVE_ENDINGS = ("er", "ir", "oir", "re")


def _is_infinitive(token: Token) -> bool:
    """An infinitive by the parse, or by its ending (the small model tags "fuir" a noun)."""
    if "Inf" in token.morph.get("VerbForm", []):
        return True
    return token.pos_ in {"NOUN", "VERB"} and token.lower_.endswith(_INFINITIVE_ENDINGS)


def _names_the_item(token: Token) -> bool:
    """A capitalised name right after the item qualifies it ("civils Hutu", "soldats Wagner")."""
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _cue(scope: Scope, token: Token) -> Category | None:
    return scope.lexicon.cue_category(*forms(token))


def _acts(scope: Scope, verb: Token, passed: list[Token]) -> bool:
    """Whether the item is the agent of ``verb`` ("20 soldats ont tué..."), not its victim.

    An active transitive verb (finite, or compound with "avoir" and no "été") makes its subject
    the agent; intransitive events ("ont péri", "ont fui") keep it the one they happen to.
    """
    if scope.lexicon.intransitive_cues.intersection(forms(verb)):
        return False
    if "Fin" in verb.morph.get("VerbForm", []):
        return True
    lemmas = {t.lemma_ for t in passed}
    return "avoir" in lemmas and not any(t.lower_ == "été" for t in passed)


def _after_item(scope: Scope, last: Token) -> list[Token]:
    """Return the tokens after the item in its sentence, up to the window size.

    A ", dont ...," insert and a coordinated count ("60 rebelles et 11 soldats ont péri") are
    skipped, so the event after them reaches the first item too.
    """
    _, end = scope.sentence_bounds(last)
    tokens: list[Token] = []
    i = last.i + 1
    while i < end and len(tokens) < _RIGHT_WINDOW:
        token = scope.doc[i]
        following = scope.doc[i + 1] if i + 1 < end else None
        if token.text == "," and following is not None and following.lower_ in _INSERTS:
            close = next((j for j in range(i + 2, end) if scope.doc[j].text == ","), None)
            if close is None:
                break
            i = close + 1
            continue
        if token.pos_ == "CCONJ" and following is not None and following.like_num:
            i += 2
            while i < end and scope.doc[i].pos_ in _COORDINATED:
                i += 1
            continue
        if not tokens and (token.text in _CLOSING_QUOTES or _names_the_item(token)):
            i += 1  # « 80 insurgés » ont été abattus; "des civils Hutu qui fuient"
            continue
        if token.lower_ in _AMONG and following is not None and following.pos_ == "PRON":
            i += 2
            continue
        if (
            token.lower_ in _INFINITIVE_MARKERS
            and following is not None
            and _is_infinitive(following)
        ):
            i += 1  # the infinitive itself is the next token looked at
            continue
        if not tokens and token.lower_ in _OF and following is not None:
            i += 1  # the item's complement: "2 000 membres des forces de sécurité ont péri"
            while i < end and (scope.doc[i].pos_ in _COMPLEMENT or scope.doc[i].lower_ in _OF):
                i += 1
            i = _after_acronym(scope, i, end)  # "... de Casamance (MFDC) sont tués"
            continue
        tokens.append(token)
        i += 1
    return tokens


def _after_acronym(scope: Scope, i: int, end: int) -> int:
    """The position after an acronym in brackets at ``i`` ("(MFDC)"), or ``i`` itself."""
    doc = scope.doc
    if i + 2 < end and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper:
        return i + 3
    return i


def _cue_after(scope: Scope, last: Token, participle_only: bool) -> Category | None:
    """A participle or noun of event right after the item ("20 miliciens auraient été tués").

    Light verbs pass on to the noun of their set phrase ("ont perdu la vie", "trouvé la mort",
    "faits prisonniers", "portés disparus"); the first event word found decides, unless the
    item is its agent ("20 soldats ont tué...").
    """
    light: Category | None = None
    passed: list[Token] = []
    for token in _after_item(scope, last):
        found = _cue(scope, token)
        is_light = token.lemma_ in scope.lexicon.light_verbs
        if found is not None and not is_light:
            if token.pos_ in {"VERB", "AUX"} and _acts(scope, token, passed):
                return _AGENT
            return found if not participle_only or token.pos_ in _PARTICIPLE_POS else light
        if is_light:
            light = light or found
        elif token.pos_ not in _PASS_THROUGH and not (token.lower_ == "en" and not passed):
            break  # "en" right after the item leads to a state: "52 diplomates en otages"
        passed.append(token)
    return light


def _cue_before(scope: Scope, first: Token) -> Category | None:
    """The nearest event word before the quantity in its clause ("ont tué 20 personnes").

    "par" ends the search: "tués par 20 soldats" names the killers.
    """
    for token in scope.left(first, _LEFT_WINDOW):
        if token.text in _CLAUSE_END or token.lower_ == "par":
            return None
        found = _cue(scope, token)
        if found is not None:
            return found
    return None


def _governor_cue(scope: Scope, anchor: Token) -> Category | None:
    """The event word governing the item ("la mort de 17 soldats"), unless it is its agent."""
    if anchor.dep_ in {"nsubj", "obl:agent"}:
        return None
    return next((c for t in scope.ancestors(anchor, _HEAD_DEPTH) if (c := _cue(scope, t))), None)


def categorize(
    scope: Scope, item: Item | None, unit: str | None, first: Token, last: Token
) -> Category:
    """Return the category and casualty type of a quantity.

    A unit decides first (area -> territory, currency -> money, time -> duration); then the
    item's lexicon category; a person noun ("miliciens", "individus") takes the category of the
    event around it (killed, wounded, captured, displaced) when the clause gives one.
    """
    lex = scope.lexicon
    if unit is not None:
        by_unit = lex.unit_categories.get(unit, "other")
        if by_unit == "other" and item is not None and item.category is not None:
            return item.category
        return by_unit, None
    base = item.category if item is not None else None
    if base is not None and base[0] == "captured":
        # prisoners, hostages who die: "plus de 950 prisonniers sont morts"
        after = _cue_after(scope, last, participle_only=False)
        if after is None and item is not None:
            # "des centaines de prisonniers de X, ou des personnes ..., ont été exécutés"
            after = _governor_cue(scope, item.head)
        if after is not None and after is not _AGENT and after[0] == "casualties":
            return after
    if (base is None or base[0] in lex.people_categories) and _population(scope, first):
        return "other", None  # "la population était de 874 personnes"
    if (
        base is not None
        and base[0] == "facilities"
        and _before_in_clause(scope, first, lex.job_cues)
    ):
        return "other", None  # "supprimer 520 postes": jobs, not military posts
    # People named elsewhere ("les otages ... trois d'entre eux sont morts") take the event.
    refers_back = item is not None and item.elliptic and item.start == item.end
    if base is not None and base[0] not in lex.people_categories and not refers_back:
        return base
    anchor = item.head if item is not None else last
    unknown_noun = base is None and item is not None and item.end > item.start
    found = _cue_after(scope, last, participle_only=unknown_noun)
    if unknown_noun:  # an unknown noun: only a participle right after it
        return found if found is not None and found is not _AGENT else ("other", None)
    if found is _AGENT:
        return base or ("other", None)
    if found is None:
        found = _governor_cue(scope, anchor)
    if found is None:
        found = _cue_before(scope, first)
    if found is not None and found[0] == "displaced" and _combatants(scope, item):
        return base or ("personnel", None)  # fighters evacuated or fleeing are not displaced
    if found is None and base == ("personnel", None) and _bystanders(scope, item, first):
        return "other", None  # "600 visiteurs", "quatre enfants": counted, not taking part
    return found or base or ("other", None)


def _population(scope: Scope, first: Token) -> bool:
    """Whether a population word comes before the count in its clause ("abrite 300 000")."""
    return _before_in_clause(scope, first, scope.lexicon.population_cues)


def _before_in_clause(scope: Scope, first: Token, cues: frozenset[str]) -> bool:
    """Whether one of ``cues`` (surface form or lemma) comes before the count in its clause."""
    for token in scope.left(first, _LEFT_WINDOW):
        if token.text in _CLAUSE_END:
            return False
        if not cues.isdisjoint(forms(token)):
            return True
    return False


def _names_one_of(item: Item | None, words: frozenset[str]) -> bool:
    """Whether the item's first word or its head's lemma is one of ``words``."""
    if item is None or not item.text:
        return False
    first_word = unify_apostrophes(item.text.lower()).split()[0]
    return not words.isdisjoint({first_word, item.head.lemma_})


def _combatants(scope: Scope, item: Item | None) -> bool:
    """Whether the item names fighters ("combattants", "soldats"), whom no event displaces."""
    return _names_one_of(item, scope.lexicon.combatant_items)


def _bystanders(scope: Scope, item: Item | None, first: Token) -> bool:
    """Whether the item counts people who, by its sentence, take no part in what happens.

    "600 visiteurs", "père de quatre enfants"; not "40 000 personnes sont mobilisées" nor
    "des milliers de personnes se sont rassemblées".
    """
    lex = scope.lexicon
    if not _names_one_of(item, lex.bystander_items):
        return False
    return all(lex.participation_cues.isdisjoint(forms(token)) for token in first.sent)
