"""The counted thing after a number: "43 véhicules blindés", "20 autres miliciens"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from polemos_french import unify_apostrophes

from polemos_quantities.lexicon import Category
from polemos_quantities.scope import Scope, forms

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "PLURAL_NAME",
    "Item",
    "is_people_name",
    "read_complement",
    "read_item",
    "read_shared_item",
]

_FUNCTION_POS = frozenset({"AUX", "DET", "PRON", "CCONJ", "SCONJ", "ADP", "ADV", "NUM", "PUNCT"})
_INFINITIVE_ENDINGS = ("er", "ir", "oir")
#: A capitalised plural counts people of a nation or group ("230 000 Syriens", "20 Kurdes").
PLURAL_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:s|x)$")
_OPENING_QUOTES = frozenset({"«", "“", '"'})
_CLOSING_QUOTES = frozenset({"»", "”", '"'})
_DE = frozenset({"de", "d'"})
_MAX_LEXICON_WORDS = 3
_MAX_ADJECTIVES = 2
_MISTAGGED_POS = frozenset({"VERB", "ADV"})
_PLURAL_ENDINGS = ("s", "x")
#: A model designation: F-16, MiG-29, Su-25, T-72, S-400, TB2, M777, 2A6, F1.
_DESIGNATION = re.compile(r"(?=[\w-]*\d)[A-Z0-9][A-Za-z]{0,3}-?\d{1,4}[A-Z0-9]{0,2}$")
_EQUIPMENT: Category = ("equipment", None)
#: What joins a count to the one before it whose noun it shares: "787 bâtiments détruits et 243".
_COORDINATORS = frozenset({"et", ",", "ou"})
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")


@dataclass(frozen=True)
class Item:
    """The item of a quantity: its text, offsets, head token and lexicon category."""

    text: str
    start: int
    end: int
    head: Token
    category: Category | None
    #: "60 autres" with no noun: the item is the one of the count before.
    elliptic: bool = False


def _joined(tokens: list[Token]) -> str:
    parts = [tokens[0].lower_]
    for previous, token in pairwise(tokens):
        glued = previous.lower_.endswith(("'", "’")) or "-" in (previous.text, token.text)
        parts.append(token.lower_ if glued else " " + token.lower_)
    return unify_apostrophes("".join(parts))


def _next(scope: Scope, token: Token) -> Token | None:
    return scope.doc[token.i + 1] if token.i + 1 < len(scope.doc) else None


def _lexicon_phrase(scope: Scope, first: Token) -> tuple[list[Token], Category] | None:
    """Return the longest lexicon entry starting at ``first`` (up to three words)."""
    doc = scope.doc
    longest = _MAX_LEXICON_WORDS if first.lower_ in scope.lexicon.phrase_starts else 1
    for size in range(longest, 0, -1):
        if first.i + size > len(doc):
            continue
        tokens = [doc[i] for i in range(first.i, first.i + size)]
        category = scope.lexicon.item_category(_joined(tokens))
        if category is None and size == 1:
            category = scope.lexicon.item_category(first.lemma_)
        if category is not None:
            return tokens, category
    return None


def _equipment_model(scope: Scope, token: Token) -> list[Token] | None:
    """A weapon or vehicle named by its model ("deux Mirage 2000", "24 F-16", "14 Leopard 2A6").

    A designation (letters and digits: F-16, MiG-29, TB2) or a model name of the lexicon
    (``equipment_models``), with the designation that may follow it.
    """
    if token.text[:1].islower():
        return None
    named = forms(token)[0] in scope.lexicon.equipment_models
    if not named and not (_DESIGNATION.match(token.text) and not token.text.isdigit()):
        return None
    tokens = [token]
    following = _next(scope, token)
    if named and following is not None and _DESIGNATION.match(following.text):
        tokens.append(following)  # "Mirage 2000", "Leopard 2A6"
    return tokens


def _is_noun(scope: Scope, token: Token, lenient: bool = False) -> bool:
    """Whether ``token`` can be a counted noun; the small model's tags are a hint, not a rule.

    Words the lexicon knows are nouns whatever their tag; ``lenient`` (for "de" complements)
    also accepts words tagged as verbs unless they end like an infinitive.
    """
    lower, _ = forms(token)
    lex = scope.lexicon
    capitalised = not token.text[0].islower()
    if (
        not token.is_alpha
        or (capitalised and not PLURAL_NAME.match(token.text))
        or lower in lex.non_items
        or lower in lex.months
        or lower in lex.weekdays
        or lower in lex.units
    ):
        return False
    if lower in lex.area_items or lex.item_category(lower) is not None:
        return True
    if token.is_stop or token.pos_ in _FUNCTION_POS:
        return False
    if token.pos_ in {"VERB", "AUX"}:
        return lenient and not lower.endswith(_INFINITIVE_ENDINGS)
    return True


def _third_person_verb(token: Token) -> bool:
    """A verb a number can be the subject of ("200 disent"); not a 1st person ("moutons")."""
    morph = token.morph
    return "Fin" in morph.get("VerbForm", []) and "3" in morph.get("Person", ["3"])


def _mistagged_plural(scope: Scope, token: Token) -> bool:
    """A plural noun right after a number that the small model tagged as a verb or an adverb.

    "deux cents rats", "27,3 degrés", "200 voix contre 50": a lower-case word ending like a
    plural, no stop word, no bound or event word of the lexicon, no verb a number may govern.
    """
    lower, lemma = forms(token)
    lex = scope.lexicon
    return (
        token.pos_ in _MISTAGGED_POS
        and token.is_alpha
        and token.text[0].islower()
        and lower.endswith(_PLURAL_ENDINGS)
        and not token.is_stop
        and not _third_person_verb(token)
        and lex.cue_category(lower, lemma) is None
        and lower not in lex.bounds
        and lower not in lex.non_items
        and lower not in lex.units
    )


def _is_postposed_adjective(scope: Scope, token: Token) -> bool:
    lower, lemma = forms(token)
    if scope.lexicon.cue_category(lower, lemma) is not None:
        return False  # "soldats tués": the participle is the event, not part of the item
    if token.pos_ == "ADJ":
        return token.is_alpha or "-" in token.text
    return (
        token.pos_ == "VERB"
        and "Part" in token.morph.get("VerbForm", [])
        and "Past" in token.morph.get("Tense", [])
        and token.is_alpha
    )


def is_people_name(scope: Scope, token: Token) -> bool:
    """Whether a capitalised plural names people ("230 000 Syriens", "20 Kurdes").

    Not the capitalised plurals of things ("32 États"): the lexicon's ``capitalised_things``.
    """
    return bool(PLURAL_NAME.match(token.text)) and (
        token.lower_ not in scope.lexicon.capitalised_things
    )


def _people_name(scope: Scope, token: Token) -> Category | None:
    """A capitalised plural noun counts people: personnel until context."""
    return ("personnel", None) if is_people_name(scope, token) else None


def read_complement(scope: Scope, after: Token) -> Token | None:
    """Return the bare noun of a "de" complement right after ``after`` ("de résistance")."""
    de = _next(scope, after)
    if de is None or forms(de)[0] not in _DE:
        return None
    noun = _next(scope, de)
    if noun is None or not noun.text[0].islower() or not _is_noun(scope, noun, lenient=True):
        return None
    return noun


def _enumeration_follows(scope: Scope, token: Token) -> bool:
    """Return whether ", de ..." or "et de ..." follows ``token`` (a list of complements)."""
    first = _next(scope, token)
    second = _next(scope, first) if first is not None else None
    if first is None or second is None:
        return False
    return (first.text == "," or first.pos_ == "CCONJ") and forms(second)[0] in _DE


def _counted_after_de(scope: Scope, de: Token) -> bool:
    """Whether a plain number is followed by "de" and what it counts ("160 000 de personnes").

    Many writers put "de" after a large number as after "million"; the noun must be a lexicon
    item or a plural noun, so that "33 de plus" or "10 de ses hommes" are not read this way.
    """
    noun = _next(scope, de)
    if noun is None or not noun.is_alpha or not noun.text[0].islower():
        return False
    lower, lemma = forms(noun)
    if scope.lexicon.item_category(lower, lemma) is not None:
        return True
    return noun.pos_ == "NOUN" and "Plur" in noun.morph.get("Number", [])


def read_item(scope: Scope, position: int, takes_de: bool) -> Item | None:
    """Read the item starting at character ``position`` (right after the number or unit).

    The item is the counted noun, its adjectives, and a bare "de" complement unless a list of
    complements follows ("15 entrepôts d'armes, de munitions..." -> "entrepôts").
    """
    token = scope.index.after(position)
    if token is None or not scope.gap_is_blank(position, token.idx):
        return None
    if takes_de:
        if forms(token)[0] not in _DE:
            return None
        token = _next(scope, token)
    elif forms(token)[0] in _DE and _counted_after_de(scope, token):
        token = _next(scope, token)  # "160 000 de personnes", "16 000 000 d'habitants"
    quoted = token is not None and token.text in _OPENING_QUOTES
    if quoted and token is not None:
        token = _next(scope, token)  # 35 « terroristes »
    others: Token | None = None
    while token is not None and forms(token)[0] in scope.lexicon.pre_adjectives:
        if forms(token)[0] == "autres":
            others = token
        token = _next(scope, token)
    if others is not None and token is not None and _event_participle(scope, token):
        end = others.idx + len(others)  # "43 autres arrêtés": the people of the count before
        return Item("", end, end, others, None, elliptic=True)
    phrase = _lexicon_phrase(scope, token) if token is not None else None
    category: Category | None
    if phrase is not None:
        tokens, category = phrase
    elif token is not None and (_is_noun(scope, token) or _mistagged_plural(scope, token)):
        tokens, category = [token], _people_name(scope, token)
    elif token is not None and (model := _equipment_model(scope, token)) is not None:
        tokens, category = model, _EQUIPMENT
    elif others is not None:
        end = others.idx + len(others)
        return Item("", end, end, others, None, elliptic=True)
    else:
        return None
    head = tokens[0]
    last = tokens[-1]
    for _ in range(_MAX_ADJECTIVES):
        following = _next(scope, last)
        if following is None or not _is_postposed_adjective(scope, following):
            break
        last = following
    complement = read_complement(scope, last)
    if complement is not None and not _enumeration_follows(scope, complement):
        last = complement
        adjective = _next(scope, last)
        if adjective is not None and _is_postposed_adjective(scope, adjective):
            last = adjective
    start, end = head.idx, last.idx + len(last)
    item_text = scope.text[start:end]
    closing = _next(scope, last)
    if quoted and closing is not None and closing.text in _CLOSING_QUOTES:
        end = closing.idx + len(closing)
    return Item(item_text, start, end, head, category)


def _event_participle(scope: Scope, token: Token) -> bool:
    """A participle of an event that counts nothing itself ("arrêtés", "enlevés"; not "blessés").

    The small model tags "43 autres arrêtés" a noun ("arrêtés", decrees); after "autres" an
    event participle that is no lexicon item says what happened to the people counted before.
    """
    lower, lemma = forms(token)
    return (
        _is_participle(token)
        and scope.lexicon.cue_category(lower, lemma) is not None
        and scope.lexicon.item_category(lower, lemma) is None
    )


def _is_participle(token: Token) -> bool:
    """A past participle by the parse or by its ending (the model may tag "endommagés" a noun)."""
    return "Part" in token.morph.get("VerbForm", []) or token.lower_.endswith(_PARTICIPLE_ENDINGS)


def read_shared_item(scope: Scope, first: Token, position: int) -> Item | None:
    """The elliptic item of a count that shares the noun of the count before it.

    "787 bâtiments détruits et 243 très endommagés": after "et" or a comma, a count followed
    by a participle (an adverb may come first) and no noun counts what the count before it
    counts; the item spans the participle and names no noun yet (the caller finds it).
    """
    before = scope.index.before(first.idx)
    token = scope.index.after(position)
    if before is None or forms(before)[0] not in _COORDINATORS or token is None:
        return None
    if token.pos_ == "ADV":
        token = _next(scope, token)
    if token is None or not token.is_alpha or not _is_participle(token):
        return None
    if scope.lexicon.item_category(*forms(token)) is not None:
        return None  # "25 morts et 40 blessés": the participle is the item
    return Item("", position, token.idx + len(token), token, None, elliptic=True)
