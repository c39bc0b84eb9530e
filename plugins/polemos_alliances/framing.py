"""Relations from frames: a trigger word (or actor) and the actors filling its argument roles.

For each sentence unit of the actor view that holds two actors, every token whose lemma or
form is a frame trigger (with the frame's part of speech), and every actor mention whose first
word is an ``actor_heads`` trigger, gives the frame's relation between the actors found for its
source and target roles (:mod:`.arguments`). The match is dropped when negated or vetoed by an
``unless`` word; its status is ``former`` on a former marker or past tense as for the cues, and
on an imperfect trigger verb for the types past tense makes former.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from polemos_french import DE, DEFINITE_ARTICLES, apostrophe_variants, unify_apostrophes

from polemos_alliances.actordoc import ActorDoc
from polemos_alliances.arguments import Arguments
from polemos_alliances.candidates import Candidate, negated_or_former, pairs
from polemos_alliances.cues import CueSet
from polemos_alliances.frames import Frame, Role
from polemos_alliances.sides import SideArguments

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["FrameIndex", "frame_relations"]

_MAX_SPAN = 30
_TO = Role("prep", frozenset({"à", "au", "aux"}))
"""The "à" phrase of "opposer X et Y à Z" that makes X and Y one side, not two."""
_EMBEDDING = frozenset({"xcomp", "conj", "advcl"})
_ARTICLES = apostrophe_variants(DEFINITE_ARTICLES | DE | {"un", "une"})


@dataclass
class FrameIndex:
    """The frames of a cue set, indexed by trigger lemma and form."""

    frames: Sequence[Frame]
    by_word: dict[str, list[Frame]] = field(default_factory=dict)
    by_actor_head: dict[str, list[Frame]] = field(default_factory=dict)
    by_actor_type: dict[str, list[Frame]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for frame in self.frames:
            for word in frame.lemmas | frame.words | frame.mistagged:
                self.by_word.setdefault(word, []).append(frame)
            for word in frame.actor_heads:
                self.by_actor_head.setdefault(word, []).append(frame)
            for actor_type in frame.actor_types:
                self.by_actor_type.setdefault(actor_type, []).append(frame)

    def triggered(self, view: ActorDoc, token: Token) -> list[Frame]:
        """The frames ``token`` triggers."""
        if token.i in view.actors:
            actor = view.actors[token.i]
            by_head = self.by_actor_head.get(_first_word(actor.text), [])
            return [*by_head, *self.by_actor_type.get(actor.label, [])]
        found = []
        for frame in [*self.by_word.get(token.lemma_.lower(), ())]:
            if token.lemma_.lower() in frame.lemmas and (not frame.pos or token.pos_ in frame.pos):
                found.append(frame)
        for frame in self.by_word.get(token.lower_, ()):
            fits = not frame.pos or token.pos_ in frame.pos
            if token.lower_ in frame.words and frame not in found and fits:
                found.append(frame)
            if frame not in found and _mistagged(frame, view, token):
                found.append(frame)
        return found


def _mistagged(frame: Frame, view: ActorDoc, token: Token) -> bool:
    """Whether a token is one of the frame's verb forms the tagger gave another part of speech.

    A verb never comes right after an article or a preposition: "l'attaque" is a noun.
    """
    if token.lower_ not in frame.mistagged or token.pos_ in frame.pos:
        return False
    before = view.doc[token.i - 1] if token.i > 0 else None
    return before is None or before.pos_ not in {"DET", "ADP"}


def _first_word(text: str) -> str:
    """The first word of a mention that is not an article or an ordinal ("le 65e bataillon")."""
    for word in unify_apostrophes(text.lower()).replace("'", "' ").split():
        if word in _ARTICLES or word[:1].isdigit():
            continue
        return word
    return ""


def frame_relations(view: ActorDoc, cues: CueSet, index: FrameIndex) -> list[Candidate]:
    """Every relation candidate the frames find in an actor view, in text order."""
    found: list[Candidate] = []
    for unit in view.active_units:
        for token in view.unit_tokens(unit):
            for frame in index.triggered(view, token):
                found.extend(_apply(view, cues, frame, token, unit))
    return found


def _ends(frame: Frame, arguments: Arguments, token: Token) -> tuple[list[int], list[int]]:
    if _mistagged(frame, arguments.view, token):
        # the parse may still hang the arguments right on a mistagged verb ("Elle *oppose*
        # X aux Y" read as a noun with X as its object): its roles first, then word order
        sources, targets = _role_ends(frame, arguments, token)
        if (sources and targets) or frame.group is not None:
            return sources, targets  # a group has no word-order reading of its two sides
        return arguments.nearest_before(token), arguments.nearest_after(token)
    return _role_ends(frame, arguments, token)


def _role_ends(frame: Frame, arguments: Arguments, token: Token) -> tuple[list[int], list[int]]:
    """The two ends of a frame match read from its argument roles."""
    if frame.group is not None:  # every two of them: both ends are the whole group
        members = arguments.find(frame.group, token)
        return (members, members) if len(members) > 1 else ([], [])
    if frame.pair is not None:
        if frame.pair.kind == "object" and arguments.on_last_conjunct(token, _TO):
            return [], []  # "opposant X et Y à Z": X and Y are on one side
        pair = arguments.find(frame.pair, token, same_kind=False)
        return pair[:1], pair[1:]
    sources: list[int] = []
    for role in frame.sources:
        sources = arguments.find(role, token)
        if sources:
            break
    targets: list[int] = []
    for role in frame.targets if sources else ():
        targets = arguments.find(role, token)
        if targets:
            break
    return sources, targets


def _typed(
    view: ActorDoc, ends: list[int], types: frozenset[str], reporting: frozenset[str]
) -> list[int]:
    """The ends of the frame's ``types``, but an actor cited as the source of a report."""
    return [
        i
        for i in ends
        if (not types or view.actors[i].label in types) and not view.follows(i, reporting)
    ]


def _apply(view: ActorDoc, cues: CueSet, frame: Frame, token: Token, unit: int) -> list[Candidate]:
    arguments = SideArguments(
        view, frame.proxies, frame.fallback, frame.held_by, frame.performed_by
    )
    sources, targets = _ends(frame, arguments, token)
    sources = _typed(view, sources, frame.source_types, cues.reporting)
    targets = _typed(view, targets, frame.target_types, cues.reporting)
    if frame.group is None:  # one actor is never both ends of a match (a group pairs its own)
        targets = [i for i in targets if i not in sources]
    if not (sources and targets):
        return []
    # an antecedent from the sentence before ("Il ... combattre Y") is outside the match
    positions = [i for i in (token.i, *sources, *targets) if i not in arguments.resolved]
    first, last = min(positions), max(positions)
    if last - first > _MAX_SPAN:
        return []
    doc = view.doc
    covered = [doc[i].lower_ for i in range(first, last + 1) if i not in view.actors]
    if _vetoed(frame.unless, covered):
        return []
    negated, former = negated_or_former(cues, _status_words(view, token), frame.type)
    if negated:
        return []
    if frame.type in cues.tense_types and "Imp" in token.morph.get("Tense", []):
        former = True
    status = frame.status or ("former" if former else "current")
    cue_text = view.words_text(first, last)
    return pairs(
        frame.type,
        [view.actors[i] for i in sources],
        [view.actors[i] for i in targets],
        status,
        view.unit_span(unit),
        frame.id,
        cue_text,
    )


def _vetoed(unless: frozenset[str], words: Sequence[str]) -> bool:
    """Whether a veto word, or a veto phrase ("aux côtés") as consecutive words, is in ``words``."""
    present = set(words)
    for entry in unless:
        phrase = entry.split()
        if len(phrase) == 1:
            if entry in present:
                return True
        elif any(list(words[i : i + len(phrase)]) == phrase for i in range(len(words))):
            return True
    return False


def _status_words(view: ActorDoc, token: Token) -> list[str]:
    """The words that say whether a frame match is negated or past, in text order.

    The trigger and its own dependents ("l'*ancien* chef", "ne soutient *plus*"), the verb a
    trigger noun depends on, and the verbs a trigger verb is embedded in ("n'ont pas réussi à
    repousser"), with their dependents; not the words of an apposition on an argument ("X, une
    faction dissidente de Z, a attaqué Y" is no former attack).
    """
    heads = [token]
    if token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        heads.append(token.head)
    verb = heads[-1]
    for _step in range(3):
        if verb.dep_ not in _EMBEDDING or verb.head.i == verb.i:
            break
        verb = verb.head
        heads.append(verb)
    indices = {t.i for head in heads for t in (head, *head.children)}
    return [view.doc[i].lower_ for i in sorted(indices) if i not in view.actors]
