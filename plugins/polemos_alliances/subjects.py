"""Subject anaphora across a sentence boundary: the actor a sentence's subject stands for.

"Les forces géorgiennes lancent une offensive. *Elles* tuent une dizaine de soldats de Y": the
subject of the second sentence is a personal pronoun (*il*, *elle*, *ils*, *elles*) or a
definite designation (*le groupe*, *la milice*, *le mouvement*: the cue file's
``designations``) that stands for the actor subject (or topic) of the sentence before. The
actor view (:mod:`.actordoc`) merges such a subject into one actor token standing for that
antecedent mention, so every cue and frame reads it as an argument; the relation's end is the
antecedent's own mention and its evidence the sentence of the cue.

The antecedent is the actor subject of the main verb of the nearest of the two sentences before,
in the same paragraph or, for a subject opening a paragraph, the last sentence of the paragraph
before (an actor opening that sentence when the parse gives it no subject), of
compatible gender and number for a pronoun, and an organisation for a designation. A noun
subject that is no actor ("La bataille ... . *Elle* oppose X à Y") ends the search: the pronoun
stands for it, not for an actor. An impersonal *il* ("il y a", "il faut", "il est possible
de") stands for nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from polemos import Annotation
from polemos_french import apostrophe_variants

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["SubjectAnaphor", "subject_anaphors"]

PRONOUNS: dict[str, tuple[str, str]] = {
    "il": ("Masc", "Sing"),
    "elle": ("Fem", "Sing"),
    "ils": ("Masc", "Plur"),
    "elles": ("Fem", "Plur"),
}
"""Subject pronouns with the gender and number of what they stand for."""

_ARTICLE_FEATURES: dict[str, tuple[str | None, str]] = {
    "le": ("Masc", "Sing"),
    "la": ("Fem", "Sing"),
    "les": (None, "Plur"),
    "des": (None, "Plur"),
    **{form: (None, "Sing") for form in apostrophe_variants({"l'"})},
}
_DEFINITE = frozenset({"le", "la", *apostrophe_variants({"l'"})})
_IMPERSONAL = frozenset(
    {"falloir", "agir", "exister", "sembler", "paraître", "rester", "suffire", "pleuvoir"}
)
"""Verbs whose subject *il* stands for nothing ("il faut", "il s'agit de", "il existe")."""
_IMPERSONAL_AFTER = frozenset({"y", "s'", "s’"})
_CLAUSE_AFTER_ADJECTIVE = frozenset({"de", "d'", "d’", "que", "qu'", "qu’"})
_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
_OPENING_PRONOUN = frozenset({"ROOT", "expl:subj"})
_IMPERSONAL_NOUNS = frozenset({"temps", "question", "heure", "dommage"})
"""Nouns of an impersonal *il est ... de / que* ("il est temps de", "il est question de")."""
_ORGANISATIONS = frozenset({"state_force", "armed_group", "government", "international", "media"})
_WINDOW = 2
"""How many sentences before the anaphor's are searched for its antecedent."""


@dataclass(frozen=True)
class SubjectAnaphor:
    """A subject pronoun or designation (``start``, ``end``: characters) and its antecedent."""

    start: int
    end: int
    antecedent: Annotation
    unit: int


def subject_anaphors(
    doc: Doc,
    text: str,
    units: Sequence[tuple[int, int]],
    mentions: Sequence[Annotation],
    designations: frozenset[str],
    descriptors: frozenset[str],
) -> list[SubjectAnaphor]:
    """The subject anaphors of the text's sentence units, each with its antecedent mention.

    ``mentions`` are the actor mentions (non-overlapping, in text order); ``descriptors`` the
    nouns that belong to the mention after them ("la *milice* X" is a subject mention of X).
    """
    starts = [start for start, _ in units]
    by_unit: dict[int, list[Annotation]] = {}
    for mention in mentions:
        by_unit.setdefault(bisect_right(starts, mention.start) - 1, []).append(mention)
    found: dict[int, SubjectAnaphor] = {}
    for unit, (start, end) in enumerate(units):
        if unit == 0 or not any(unit - k in by_unit for k in range(1, _WINDOW + 1)):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        subject = _anaphoric_subject(span, by_unit.get(unit, []), designations)
        if subject is None:
            continue
        antecedent = _antecedent(doc, text, units, unit, by_unit, found, subject, descriptors)
        if antecedent is not None:
            first, last = subject
            anaphor = SubjectAnaphor(first.idx, last.idx + len(last.text), antecedent, unit)
            found[unit] = anaphor
    return list(found.values())


def _main_subject(span: Span) -> Token | None:
    """The leftmost subject of a unit's main verb (its root, or a verb hung outside it)."""
    for token in span:
        head = token.head
        main = head.dep_ == "ROOT" or not span.start <= head.i < span.end
        if token.dep_ in _SUBJECT and main:
            return token
    return None


def _anaphoric_subject(
    span: Span, mentions: Sequence[Annotation], designations: frozenset[str]
) -> tuple[Token, Token] | None:
    """The first and last token of the unit's main subject when it is a pronoun or designation.

    No actor may come before it in the unit ("Selon X, il ...").
    """
    subject = _main_subject(span)
    opening = span[0]
    if opening.lower_ in PRONOUNS and opening.dep_ in _OPENING_PRONOUN:
        # the parser's misreadings: "Elles tuent" (a pronoun root), "Il est membre de Y"
        # (an expletive): the impersonal ones are told apart below
        subject = opening
    if subject is None:
        return None
    if any(m.start <= subject.idx for m in mentions):
        return None
    word = subject.lower_
    if word in PRONOUNS and subject.pos_ == "PRON":
        return None if _impersonal(subject) else (subject, subject)
    if word in designations and subject.pos_ == "NOUN" and subject.i > span.start:
        article = subject.doc[subject.i - 1]
        if article.lower_ in _DEFINITE and not _has_name(subject):
            return (article, subject)
    return None


def _has_name(noun: Token) -> bool:
    """Whether a designation noun has a complement or a name of its own ("le groupe de X")."""
    return any(c.dep_ in {"nmod", "appos", "flat:name"} and c.i > noun.i for c in noun.children)


def _impersonal(pronoun: Token) -> bool:
    """Whether a subject *il* is impersonal ("il y a", "il faut", "il est possible de")."""
    doc = pronoun.doc
    following = doc[pronoun.i + 1].lower_ if pronoun.i + 1 < len(doc) else ""
    head = pronoun.head
    if pronoun.lower_ == "il" and following in _IMPERSONAL_AFTER:
        return True
    if head.lemma_.lower() in _IMPERSONAL:
        return True
    if head.lower_ in _IMPERSONAL_NOUNS:
        return True
    if head.pos_ == "ADJ" and head.i + 1 < len(doc):
        return doc[head.i + 1].lower_ in _CLAUSE_AFTER_ADJECTIVE
    return False


def _antecedent(
    doc: Doc,
    text: str,
    units: Sequence[tuple[int, int]],
    unit: int,
    by_unit: dict[int, list[Annotation]],
    found: dict[int, SubjectAnaphor],
    subject: tuple[Token, Token],
    descriptors: frozenset[str],
) -> Annotation | None:
    """The antecedent mention of an anaphoric subject, from the sentences before (see module)."""
    pronoun = subject[1].lower_ in PRONOUNS
    for previous in range(unit - 1, max(unit - _WINDOW, 0) - 1, -1):
        if previous < unit - 1 and "\n" in text[units[previous][1] : units[previous + 1][0]]:
            return None  # another paragraph, but for a pronoun opening one ("...\n\nElles")
        span = doc.char_span(*units[previous], alignment_mode="expand")
        if span is None:
            return None
        mentions = by_unit.get(previous, [])
        candidate = _subject_mention(span, mentions, found.get(previous), descriptors)
        if candidate is None:
            if _main_subject(span) is not None:
                return None  # a subject that is no actor: the anaphor stands for it
            continue
        if pronoun and not _agrees(doc, candidate, subject[1]):
            return None
        if not pronoun and candidate.label not in _ORGANISATIONS:
            return None
        return candidate
    return None


def _subject_mention(
    span: Span,
    mentions: Sequence[Annotation],
    anaphor: SubjectAnaphor | None,
    descriptors: frozenset[str],
) -> Annotation | None:
    """The actor mention that is the main subject of a unit, or that opens it (its topic)."""
    subject = _main_subject(span)
    if subject is not None:
        if anaphor is not None and anaphor.start <= subject.idx < anaphor.end:
            return anaphor.antecedent
        covering = _covering(subject, mentions, descriptors)
        if covering is not None or subject.pos_ in {"NOUN", "PROPN", "PRON"}:
            return covering
    opening = span[1] if len(span) > 1 and span[0].pos_ == "DET" else span[0]
    return _covering(opening, mentions, frozenset())


def _covering(
    token: Token, mentions: Iterable[Annotation], descriptors: frozenset[str]
) -> Annotation | None:
    """The mention that holds ``token``, or the one right after it when it is a descriptor."""
    for mention in mentions:
        if mention.start <= token.idx < mention.end:
            return mention
    if token.lower_ in descriptors:
        after = token.idx + len(token.text)
        for mention in mentions:
            if 0 <= mention.start - after <= 1:
                return mention
    return None


def _features(doc: Doc, mention: Annotation) -> tuple[str | None, str | None]:
    """The gender and number a mention shows (its article, else its head word), when it does."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None, None
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in _ARTICLE_FEATURES:
        return _ARTICLE_FEATURES[before]
    root = span.root
    gender, number = root.morph.get("Gender", []), root.morph.get("Number", [])
    return (gender[0] if gender else None, number[0] if number else None)


def _agrees(doc: Doc, mention: Annotation, pronoun: Token) -> bool:
    """Whether a subject pronoun may stand for ``mention`` (no gender or number clash)."""
    gender, number = PRONOUNS[pronoun.lower_]
    shown_gender, shown_number = _features(doc, mention)
    if shown_number is not None and shown_number != number:
        return False
    # the tagger reads the gender of names at random: only an article's gender counts, and a
    # masculine plural pronoun may stand for any plural
    if mention.label == "person":
        return True
    return shown_gender is None or shown_gender == gender or (number == "Plur" and gender == "Masc")
