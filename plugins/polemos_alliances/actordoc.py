"""The actor view of a parsed document: actor mentions merged into single tokens.

The alliances cues match over a private copy of the shared spaCy ``Doc`` in which every actor
mention (with the article or descriptor noun just before it: "la milice Jund al-Aqsa") is one
token whose entity type is ``ACTOR_<actor type>``. Patterns then say ``{ACTOR: true}`` for "one
actor" whatever its length, and dependency patterns see the actor as one node. The shared
``Doc`` is never modified.

The view also cuts the text into sentence units (lines, then sentence-final punctuation), so a
relation never spans two sentences, and resolves demonstrative anaphora ("Cette milice",
"ce groupe", "ce dernier") to the nearest earlier actor mention they can designate.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from polemos import Annotation
from polemos_french import DE, DEFINITE_ARTICLES, apostrophe_variants

from polemos_alliances.subjects import SubjectAnaphor, subject_anaphors

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["ACTOR_PREFIX", "ActorDoc", "build_actor_doc", "sentence_units"]

ACTOR_PREFIX = "ACTOR_"
"""Entity types of merged actor tokens start with this prefix, followed by the actor type."""

ARTICLES = apostrophe_variants(DEFINITE_ARTICLES)
LATTER = frozenset({"dernier", "dernière", "derniers", "dernières"})

# A sentence ends at . ! ? … (possibly followed by a closing quote) before an uppercase letter,
# a digit or an opening quote; "M." and single initials ("J. Smith") do not end sentences.
_DEMONSTRATIVE = re.compile(r"\b(?:[Cc]e|[Cc]et|[Cc]ette|[Cc]es)\s+(\w+)")
_SENTENCE_END = re.compile(r"(?<![\s.][A-Z])(?<!\bM)[.!?…]+[»”\"]?\s+(?=[«“\"A-ZÀ-ÖØ-Ý0-9])")


def sentence_units(text: str) -> list[tuple[int, int]]:
    r"""Cut ``text`` into sentence units ``(start, end)``: lines, then sentence-final punctuation.

    Headlines, which have no final punctuation, are units of their own because they are lines.

    >>> text = "Titre sans point\nX attaque Y. Z soutient X."
    >>> [text[s:e] for s, e in sentence_units(text)]
    ['Titre sans point', 'X attaque Y.', 'Z soutient X.']
    """
    units: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        start = 0
        for match in _SENTENCE_END.finditer(line):
            cut = match.end() - len(match.group()) + len(match.group().rstrip())
            units.append((offset + start, offset + cut))
            start = match.end()
        stripped = line.rstrip()
        if len(stripped) > start:
            units.append((offset + start, offset + len(stripped)))
        offset += len(line)
    return [(s, e) for s, e in units if text[s:e].strip()]


@dataclass
class ActorDoc:
    """A merged copy of a ``Doc`` where each actor mention is one token.

    ``actors`` maps a merged token index to the actor annotation it stands for (for an anaphor,
    the annotation of its antecedent); ``units`` are the sentence units of the text.
    """

    doc: Doc
    actors: dict[int, Annotation]
    units: list[tuple[int, int]]
    text: str
    active_units: list[int] = field(default_factory=list)
    _unit_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._unit_starts = [start for start, _ in self.units]

    def unit_tokens(self, unit: int) -> Span:
        """The merged tokens of a sentence unit."""
        start, end = self.units[unit]
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:  # pragma: no cover - "expand" always finds the covering tokens
            raise ValueError(f"no tokens for unit [{start}, {end})")
        return span

    def unit_of(self, token_index: int) -> int:
        """The index of the sentence unit a merged token starts in."""
        return bisect_right(self._unit_starts, self.doc[token_index].idx) - 1

    def words_text(self, first: int, last: int) -> str:
        """The text from token ``first`` to token ``last``, both included (a cue's words)."""
        end = self.doc[last]
        return self.text[self.doc[first].idx : end.idx + len(end.text)]

    def follows(self, index: int | None, words: frozenset[str]) -> bool:
        """Whether the token just before ``index`` (in its sentence unit) is one of ``words``."""
        if index is None or index == 0 or self.unit_of(index - 1) != self.unit_of(index):
            return False
        return self.doc[index - 1].lower_ in words

    def unit_span(self, unit: int) -> tuple[int, int]:
        """The ``(start, end)`` character offsets of a sentence unit."""
        return self.units[unit]

    def set_aliases(self, aliases: dict[int, Annotation]) -> None:
        """Make (non-actor) merged tokens stand for actor annotations from now on."""
        from spacy.tokens import Span

        new = {i: a for i, a in aliases.items() if i not in self.actors}
        self.actors.update(new)
        spans = [Span(self.doc, i, i + 1, _label(a)) for i, a in sorted(new.items())]
        self.doc.set_ents(spans, default="unmodified")


def _label(annotation: Annotation) -> str:
    return ACTOR_PREFIX + annotation.label


def _choose_mentions(actors: Iterable[Annotation]) -> list[Annotation]:
    """Non-overlapping actor mentions, the longest first when two overlap, in text order."""
    chosen: list[Annotation] = []
    taken: list[tuple[int, int]] = []
    for annotation in sorted(actors, key=lambda a: (-(a.end - a.start), a.start)):
        if annotation.end <= annotation.start:
            continue
        if any(annotation.start < end and start < annotation.end for start, end in taken):
            continue
        chosen.append(annotation)
        taken.append((annotation.start, annotation.end))
    return sorted(chosen, key=lambda a: a.start)


def build_actor_doc(
    doc: Doc,
    actors: Sequence[Annotation],
    *,
    descriptors: Iterable[str] = (),
    designations: Iterable[str] = (),
    text: str | None = None,
) -> ActorDoc | None:
    """Copy ``doc`` and merge each actor mention (with its article and descriptor) into a token.

    ``descriptors`` are nouns ("milice", "groupe"...) that, just before a mention, belong to it
    ("la milice Jund al-Aqsa") and let a later "cette milice" find it. Returns ``None`` when no
    sentence unit holds mentions of two actors (or one and a demonstrative, or one and a
    possessive after a sentence with an actor): there is nothing to relate, and the copy is
    not made. ``designations`` are the nouns that, as the subject of a sentence ("*Le groupe*
    revendique ..."), stand for the actor subject of the sentence before, as subject pronouns
    do (:mod:`.subjects`). ``text`` is ``doc.text`` when the caller has it
    (spaCy rebuilds ``doc.text`` from the tokens on each access).
    """
    from spacy.tokens import Span

    descriptor_set = frozenset(word.lower() for word in descriptors)
    text = doc.text if text is None else text
    units = sentence_units(text)
    unit_starts = [start for start, _ in units]
    mentions = _choose_mentions(actors)
    actors_per_unit: dict[int, set[object]] = {}
    for mention in mentions:
        unit = bisect_right(unit_starts, mention.start) - 1
        actors_per_unit.setdefault(unit, set()).add(_actor_key(mention))
    per_unit = {unit: len(ids) for unit, ids in actors_per_unit.items()}
    demonstrative_units = [
        unit
        for unit in per_unit
        if any(
            m.group(1).lower() in descriptor_set | LATTER
            for m in _DEMONSTRATIVE.finditer(text, *units[unit])
        )
    ]
    # the owner may be in the sentence before, or be the topic the first sentence names
    possessive_units = [
        unit
        for unit in per_unit
        if (unit - 1 in per_unit or 0 in per_unit) and _has_possessive(doc, units[unit])
    ]
    subjects = subject_anaphors(
        doc, text, units, mentions, frozenset(w.lower() for w in designations), descriptor_set
    )
    # a subject standing for the actor before is read where it meets another actor
    subject_units = [
        s.unit for s in subjects if actors_per_unit.get(s.unit, set()) - {_actor_key(s.antecedent)}
    ]
    active = sorted(
        {u for u, n in per_unit.items() if n >= 2}
        | {*demonstrative_units, *possessive_units, *subject_units}
    )
    if not active:
        return None
    copy = doc.copy()
    spans: list[tuple[Span, Annotation]] = []
    previous_end = 0
    for annotation in mentions:
        span = copy.char_span(annotation.start, annotation.end, alignment_mode="expand")
        if span is None or span.start < previous_end:
            continue
        start = span.start
        if start > previous_end and copy[start - 1].lower_ in descriptor_set:
            start -= 1
        if start > previous_end and copy[start - 1].lower_ in ARTICLES:
            start -= 1
        spans.append((copy[start : span.end], annotation))
        previous_end = span.end
    spans = _fold(copy, _fold(copy, spans, _generic_head), _parenthesised)
    anaphors = _anaphors(copy, text, spans, descriptor_set, units, demonstrative_units)
    anaphors += _subject_spans(copy, [*spans, *anaphors], subjects)
    merged = sorted([*spans, *anaphors], key=lambda pair: pair[0].start)
    with copy.retokenize() as retokenizer:
        for span, _ in merged:
            if len(span) > 1:
                retokenizer.merge(span)
    # After merging, each merged span starts at its original start minus the tokens removed
    # by the merges before it.
    actors_by_token: dict[int, Annotation] = {}
    ents = []
    removed = 0
    for span, annotation in merged:
        index = span.start - removed
        removed += len(span) - 1
        actors_by_token[index] = annotation
        ents.append(Span(copy, index, index + 1, _label(annotation)))
    copy.set_ents(ents, default="outside")
    return ActorDoc(copy, actors_by_token, units, text, active)


def _actor_key(mention: Annotation) -> object:
    """What tells a mention's actor from the others: its ``actor_id``, else its text."""
    return mention.attributes.get("actor_id", mention.text)


def _subject_spans(
    doc: Doc, taken: Sequence[tuple[Span, Annotation]], subjects: Iterable[SubjectAnaphor]
) -> list[tuple[Span, Annotation]]:
    """The tokens of each subject anaphor with its antecedent, where no mention already is."""
    found: list[tuple[Span, Annotation]] = []
    for subject in subjects:
        span = doc.char_span(subject.start, subject.end, alignment_mode="expand")
        if span is None:
            continue
        if any(span.start < other.end and other.start < span.end for other, _ in taken):
            continue
        found.append((span, subject.antecedent))
    return found


def _has_possessive(doc: Doc, unit: tuple[int, int]) -> bool:
    """Whether a sentence unit holds a possessive determiner ("ses fondateurs").

    Its owner may be the actor of the sentence before ("Y a été créé. X comptait parmi *ses*
    fondateurs"), so the unit is read even with one actor of its own.
    """
    span = doc.char_span(*unit, alignment_mode="expand")
    return span is not None and any("Yes" in t.morph.get("Poss", []) for t in span)


PREPOSITIONS_OF = apostrophe_variants(DE)


def _is_generic(annotation: Annotation) -> bool:
    """A generic mention ("les rebelles"), as the actors layer flags it.

    Without the flag, a mention of one lowercase word counts as generic ("rebelles"), while
    "armée syrienne" does not.
    """
    flag = annotation.attributes.get("generic")
    if flag is not None:
        return bool(flag)
    return annotation.text.islower() and " " not in annotation.text


Mention = tuple["Span", Annotation]
Folder = Callable[["Doc", Mention, Mention], "Mention | None"]


def _fold(doc: Doc, spans: Sequence[Mention], join: Folder) -> list[Mention]:
    """Merge each mention into the previous one when ``join`` returns the merged mention."""
    folded: list[Mention] = []
    for mention in spans:
        joined = join(doc, folded[-1], mention) if folded else None
        if joined is None:
            folded.append(mention)
        else:
            folded[-1] = joined
    return folded


def _generic_head(doc: Doc, head: Mention, name: Mention) -> Mention | None:
    """Fold a generic head and the name after it (les rebelles de l'ASL) into the name."""
    between = doc[head[0].end : name[0].start]
    if (
        _is_generic(head[1])
        and not _is_generic(name[1])
        and len(between) == 1
        and between[0].lower_ in PREPOSITIONS_OF
    ):
        return (doc[head[0].start : name[0].end], name[1])
    return None


def _parenthesised(doc: Doc, name: Mention, acronym: Mention) -> Mention | None:
    """Fold a name and its parenthesised acronym, Name (ACRONYM), into the name.

    A person and an organisation in parentheses stay apart: "X (PS)" names X's party.
    """
    if (name[1].label == "person") != (acronym[1].label == "person"):
        return None
    opening = doc[name[0].end : acronym[0].start]
    end = acronym[0].end
    if len(opening) == 1 and opening.text == "(" and end < len(doc) and doc[end].text == ")":
        return (doc[name[0].start : end + 1], name[1])
    return None


def _anaphors(
    doc: Doc,
    text: str,
    spans: Sequence[tuple[Span, Annotation]],
    descriptors: frozenset[str],
    units: Sequence[tuple[int, int]],
    searched: Iterable[int],
) -> list[tuple[Span, Annotation]]:
    """Demonstrative noun phrases ("cette milice", "ce dernier") with their antecedent mention.

    "ce/cette/ces + descriptor" designates the nearest earlier mention that the same descriptor
    introduced or whose text contains it; "ce dernier" the nearest earlier mention. Only the
    ``searched`` units are scanned, and only the two units before the anaphor for antecedents.
    """
    found: list[tuple[Span, Annotation]] = []
    taken = [(span.start_char, span.end_char) for span, _ in spans]
    for unit in searched:
        for match in _DEMONSTRATIVE.finditer(text, *units[unit]):
            noun = match.group(1).lower()
            if noun not in descriptors and noun not in LATTER:
                continue
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            anaphor = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if anaphor is None:
                continue
            earliest = units[max(unit - 2, 0)][0]
            for span, annotation in reversed(spans):
                if span.start >= anaphor.start or span.start_char < earliest:
                    continue
                if noun in LATTER or noun in span.text.lower().split():
                    found.append((anaphor, annotation))
                    break
    return found
