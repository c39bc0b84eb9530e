"""The alliances extractor: relations between actor mentions, found by cue patterns.

For each document it merges actor mentions into single tokens (:mod:`.actordoc`), runs the
alias cues (a coalition noun standing for its named actor), then the relation cues (spaCy
``Matcher`` and ``DependencyMatcher`` patterns from the cue files, :mod:`.cues`). Each match
gives a source and a target actor (with actors coordinated to them: "X et Y"), a status
(``former`` on "ancien", "était", "ne ... plus", past tense for alliance types, or as the cue
says) and is dropped when negated ("n'est pas l'allié"). Relations are deduplicated per
document by (type, actor pair); a ``former`` reading wins over the default ``current``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, cast

from polemos import Annotation, ExtractContext, Extractor

from polemos_alliances.actordoc import ActorDoc, build_actor_doc
from polemos_alliances.candidates import (
    Candidate,
    actor_id,
    deduplicate,
    negated_or_former,
    pairs,
)
from polemos_alliances.cues import (
    ALIAS,
    APPOSITION_SLOT,
    SHIPPED,
    Cue,
    CueSet,
    load_cues,
)
from polemos_alliances.framing import FrameIndex, frame_relations
from polemos_alliances.triggers import Trigger, cue_trigger, text_words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import DependencyMatcher, Matcher
    from spacy.tokens import Doc, Span, Token
    from spacy.vocab import Vocab

__all__ = ["RESOURCE_KIND", "AlliancesExtractor", "Candidate", "Matchers", "find_relations"]

RESOURCE_KIND = "alliances.cues"
"""The resource kind through which plugins contribute cue files."""

LAYER = "alliances"
ACTORS = "actors"
_WINDOW_BEFORE = 3
_COORDINATION = frozenset({"et", ","})
# what the head of a list of targets may be: the object, an apposition, a conjunct of the verb
_LIST_HEADS = frozenset({"obj", "appos", "ROOT"})


class Matchers:
    """The spaCy matchers compiled from a :class:`CueSet` for one vocabulary.

    Each cue has its own matcher and trigger (see :mod:`.triggers`): a cue runs only on the
    sentences that hold one of its words.
    """

    def __init__(self, cues: CueSet, vocab: Vocab) -> None:
        from spacy.matcher import DependencyMatcher, Matcher

        self.cues = cues
        self.frames = FrameIndex(cues.frames)
        self.by_key: dict[int, tuple[Cue, Mapping[int, str]]] = {}
        self.alias: list[tuple[Trigger | None, Matcher]] = []
        self.tokens: list[tuple[Trigger | None, Matcher]] = []
        self.dependency: list[tuple[Trigger | None, DependencyMatcher]] = []
        for cue in cues.cues:
            trigger = cue_trigger(cue)
            if cue.is_dependency:
                self.by_key[vocab.strings.add(cue.id)] = (cue, {})
                dependency_matcher = DependencyMatcher(vocab)
                dependency_matcher.add(cue.id, [list(cue.dependency)])
                self.dependency.append((trigger, dependency_matcher))
                continue
            matcher = Matcher(vocab)
            for number, pattern in enumerate(cue.patterns):
                name = f"{cue.id}#{number}"
                self.by_key[vocab.strings.add(name)] = (cue, pattern.slots)
                matcher.add(name, [list(pattern.tokens)])
            (self.alias if cue.type == ALIAS else self.tokens).append((trigger, matcher))


def _triggered(groups: Sequence[tuple[Trigger | None, Any]], words: set[str]) -> list[Any]:
    """The matchers of ``groups`` whose trigger fires on a sentence with these ``words``."""
    return [matcher for trigger, matcher in groups if trigger is None or trigger.fires(words)]


def _unit_words(view: ActorDoc, unit: int) -> set[str]:
    start, end = view.unit_span(unit)
    return text_words(view.text[start:end])


def _aligned(matchers: Iterable[Matcher], span: Span) -> list[tuple[int, int, int, list[int]]]:
    """The matches in ``span`` with, for each matched token, its pattern token index."""
    found: list[tuple[int, int, int, list[int]]] = []
    for matcher in matchers:
        matches = matcher(span, with_alignments=True)
        found.extend(cast(list[tuple[int, int, int, list[int]]], matches))
    return found


def _resolve_aliases(view: ActorDoc, matchers: Matchers) -> None:
    aliases: dict[int, Annotation] = {}
    for unit in view.active_units:
        triggered = _triggered(matchers.alias, _unit_words(view, unit))
        if not triggered:
            continue
        span = view.unit_tokens(unit)
        for key, start, end, alignments in _aligned(triggered, span):
            _, slots = matchers.by_key[key]
            roles = _roles(slots, range(span.start + start, span.start + end), alignments)
            alias, name = roles.get("alias"), roles.get("name")
            if alias is not None and name is not None and name in view.actors:
                aliases.setdefault(alias, view.actors[name])
    if aliases:
        view.set_aliases(aliases)


_AGAINST = frozenset({"contre"})
"""The preposition of the complement a ``clause_subject`` end may be (*se retourne contre* Y)."""


def _roles(
    slots: Mapping[int, str], positions: Iterable[int], alignments: Sequence[int]
) -> dict[str, int]:
    """Map slot names to token indices: the last token aligned to each slotted pattern token."""
    roles: dict[str, int] = {}
    for position, pattern_index in zip(positions, alignments, strict=True):
        slot = slots.get(pattern_index)
        if slot is not None:
            roles[slot] = position
    return roles


def _coordinated(view: ActorDoc, index: int, step: int) -> list[int]:
    """Actor tokens coordinated with ``index`` ("X, Y et Z"), walking by ``step`` (+1 or -1).

    Comma-separated actors count only when an "et" closes the list, so "Selon RT, X attaque"
    does not make RT an attacker.
    """
    doc, unit = view.doc, view.unit_of(index)
    chain: list[tuple[int, str]] = []
    position = index
    while True:
        separator, actor = position + step, position + 2 * step
        if not (min(separator, actor) >= 0 and max(separator, actor) < len(doc)):
            break
        if doc[separator].lower_ not in _COORDINATION or actor not in view.actors:
            break
        if view.unit_of(actor) != unit:
            break
        chain.append((actor, doc[separator].lower_))
        position = actor
    closing = [i for i, (_, separator) in enumerate(chain) if separator == "et"]
    if not closing:
        return []
    last = closing[-1] if step > 0 else len(chain) - 1
    if step < 0 and chain[0][1] != "et":
        return []
    return [actor for actor, _ in chain[: last + 1]]


def _same_kind(view: ActorDoc, ends: list[int]) -> list[int]:
    """The first end and the coordinated ones of its kind (persons with persons only).

    "Y dirigé par X et Z" with X a person and Z a group lists Z as the next item, not as a
    co-leader.
    """
    person = view.actors[ends[0]].label == "person"
    return [i for i in ends if (view.actors[i].label == "person") == person]


def _before(view: ActorDoc, first: int, *, after_actor: bool = False) -> list[int]:
    """Up to three non-actor tokens just before a match (in its sentence unit).

    Only for a match that starts with a cue word, unless ``after_actor``: "l'ancien président
    X attaque Y" is not a former hostility, while "Selon X, ..." still names a source.
    """
    before: list[int] = []
    if first in view.actors and not after_actor:
        return before
    unit = view.unit_of(first)
    for i in range(first - 1, max(first - _WINDOW_BEFORE, 0) - 1, -1):
        if i in view.actors or view.unit_of(i) != unit:
            break
        before.insert(0, i)
    return before


def _window(
    view: ActorDoc, positions: Sequence[int], skipped: frozenset[int] = frozenset()
) -> list[str]:
    """The lowercased non-actor words of a match, with the words just before it ("l'ancien").

    The ``skipped`` tokens (an apposition the match steps over) are left out.
    """
    doc = view.doc
    first = min(positions)
    span = range(first, max(positions) + 1)
    return [
        doc[i].lower_
        for i in [*_before(view, first), *span]
        if i not in view.actors and i not in skipped
    ]


def _inside(view: ActorDoc, index: int | None, head: int | None) -> bool:
    """Whether token ``index`` lies in the subtree of token ``head`` (an apposition of it)."""
    if index is None or head is None:
        return False
    token = view.doc[head]
    return token.left_edge.i <= index <= token.right_edge.i and index != head


def _listed_with_other(view: ActorDoc, index: int | None) -> bool:
    """Whether the actor at ``index`` is a conjunct of a list headed by a non-actor complement.

    "X a attaqué les forces Y à Khartoum, ..., notamment Nyala, El Fasher et *Z*": Z is the
    last item of a list of places hung on the verb, not a second object of the attack. A
    conjunct of the object or of another actor (or of a name the parser hangs on the verb as a
    noun modifier, "X combat *à la fois* W et Z") still counts.
    """
    if index is None:
        return False
    token = view.doc[index]
    if token.dep_ != "conj":
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    # a noun modifier hung on a verb is the parser's misreading of an object ("combat Y et Z")
    misread_object = token.dep_ == "nmod" and token.head.pos_ == "VERB"
    return not (token.i in view.actors or token.dep_ in _LIST_HEADS or misread_object)


def _off_verb(view: ActorDoc, roles: Mapping[str, int]) -> frozenset[int]:
    """For a dependency match, every covered token but the cue word and its own dependents.

    The status of "X, une faction dissidente de Z, a attaqué Y" is read from "a attaqué", not
    from the words about X.
    """
    positions = roles.values()
    cue = view.doc[roles["cue"]] if "cue" in roles else None
    kept = {cue.i, *(child.i for child in cue.children)} if cue is not None else set(positions)
    return frozenset(range(min(positions), max(positions) + 1)) - kept


def _object_of_verb_before(view: ActorDoc, index: int) -> bool:
    """Whether the actor at ``index`` is the direct object of a verb before it.

    A cue that reads its source before its target takes it for the subject: in "X menace
    d'envahir *l'ambassade* pour capturer Y", the embassy is what is invaded, not who captures.
    A relative clause on the object ("X menace *Y*, qui a frappé Z") still has it for subject.
    """
    doc = view.doc
    token = doc[index]
    if not (token.dep_ == "obj" and token.head.i < index and token.head.pos_ == "VERB"):
        return False
    following = [t.lower_ for t in doc[index + 1 : index + 3]]
    return "qui" not in following[: 2 if following[:1] == [","] else 1]


def _passive_elsewhere(view: ActorDoc, target: int, source: int) -> bool:
    """Whether the participle before the "par" of a passive match modifies another noun.

    It does when ", et" opens it after a clause on the target ("le gouvernement, composé du
    parti X, qui récupère dix ministères, *et soutenu* par Z": the government is supported, not
    X). (Agreement says little here: the tagger reads the gender of names at random.)
    """
    doc = view.doc
    for i in range(target + 1, source):
        if doc[i].lower_ != "par":
            continue
        for j in range(i - 1, max(i - 4, target), -1):
            if "Part" in doc[j].morph.get("VerbForm", []):
                return doc[j - 1].lower_ == "et" and doc[j - 2].lower_ == ","
        return False
    return False


def _own_object_between(view: ActorDoc, target: int, source: int) -> bool:
    """Whether a verb between the ends has a noun object with a participle of its own.

    "X a attaqué *la base soutenue* par Y": what is supported is the base the verb acts on,
    not X (the object, no actor, and its participle with "par" lie between the ends).
    """
    doc = view.doc
    for i in range(target + 1, source):
        if doc[i].pos_ != "VERB":
            continue
        for child in doc[i].children:
            between = i < child.i < source and child.i not in view.actors
            if not (child.dep_ == "obj" and child.pos_ == "NOUN" and between):
                continue
            if any(_passive_participle(view, c, source) for c in child.children):
                return True
    return False


def _passive_participle(view: ActorDoc, token: Token, source: int) -> bool:
    """Whether ``token`` is a participle on its noun with its "par" agent before ``source``."""
    doc = view.doc
    if token.dep_ != "acl" or "Part" not in token.morph.get("VerbForm", []):
        return False
    return any(doc[i].lower_ == "par" for i in range(token.i + 1, min(token.i + 3, source)))


def _clause_subject(view: ActorDoc, index: int) -> int:
    """The actor subject of the verb whose object or "contre" complement ``index`` is, or it.

    In "X se retourne contre Y et Z, avec le soutien de W", W backs X: the actor written just
    before "avec" is what X turns against. Only for the end written first, a verb before it and
    an actor subject (otherwise ``index`` itself).
    """
    token = view.doc[index]
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    against = any(c.dep_ == "case" and c.lower_ in _AGAINST for c in token.children)
    if not (token.dep_ == "obj" or (token.dep_.startswith("obl") and against)):
        return index
    verb = token.head
    if verb.pos_ != "VERB" or verb.i > token.i:
        return index
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i in view.actors:
            return child.i
    return index


def _one_list(view: ActorDoc, source: int, target: int) -> bool:
    """Whether the two ends are items of one comma list ("de l'Algérie, Cuba et la Libye").

    A list of three or more names one side; a pair ("entre X et Y") still has two ends.
    """
    first, last = min(source, target), max(source, target)
    return view.doc[first + 1].lower_ == "," and last in _coordinated(view, first, 1)


def find_relations(view: ActorDoc, matchers: Matchers) -> list[Candidate]:
    """Every relation candidate of an actor view, in text order, before deduplication."""
    _resolve_aliases(view, matchers)
    found: list[tuple[Cue, dict[str, int], list[int], frozenset[int]]] = []
    for unit in view.active_units:
        words = _unit_words(view, unit)
        triggered = _triggered(matchers.tokens, words)
        dependency = _triggered(matchers.dependency, words)
        if not (triggered or dependency):
            continue
        span = view.unit_tokens(unit)
        offset = span.start
        for key, start, end, alignments in _aligned(triggered, span):
            cue, slots = matchers.by_key[key]
            matched = range(offset + start, offset + end)
            skipped = frozenset(
                position
                for position, index in zip(matched, alignments, strict=True)
                if slots.get(index) == APPOSITION_SLOT
            )
            found.append((cue, _roles(slots, matched, alignments), list(matched), skipped))
        for key, token_ids in [m for matcher in dependency for m in matcher(span)]:
            cue, _ = matchers.by_key[key]
            names = [node["RIGHT_ID"] for node in cue.dependency]
            roles = dict(zip(names, (offset + i for i in token_ids), strict=True))
            if (
                _inside(view, roles.get("target"), roles.get("source"))
                or _listed_with_other(view, roles.get("target"))
                or any(view.follows(roles.get(end), cue.not_after) for end in ("source", "target"))
            ):
                continue
            found.append((cue, roles, sorted(roles.values()), _off_verb(view, roles)))
    candidates = []
    for cue, roles, positions, skipped in found:
        candidates.extend(_candidates(view, matchers.cues, cue, roles, positions, skipped))
    candidates.extend(frame_relations(view, matchers.cues, matchers.frames))
    return sorted(candidates, key=lambda c: (c.evidence, c.source.start, c.target.start))


def _candidates(
    view: ActorDoc,
    cues: CueSet,
    cue: Cue,
    roles: Mapping[str, int],
    positions: Sequence[int],
    skipped: frozenset[int] = frozenset(),
) -> list[Candidate]:
    source, target = roles.get("source"), roles.get("target")
    if source is None or target is None:
        return []
    if source not in view.actors or target not in view.actors:
        return []
    if cue.clause_subject and target < source:
        target = _clause_subject(view, target)
    if _one_list(view, source, target):
        return []
    if view.follows(source, cues.reporting) or view.follows(target, cues.reporting):
        return []
    if source < target and _object_of_verb_before(view, source):
        return []
    if target < source and (
        _passive_elsewhere(view, target, source) or _own_object_between(view, target, source)
    ):
        return []
    unit = view.unit_of(min(positions))
    if view.unit_of(max(positions)) != unit:
        return []
    covered = range(min(positions), max(positions) + 1)
    if cue.unless and any(view.doc[i].lower_ in cue.unless for i in covered):
        return []
    first = min(positions)
    if cue.not_after and view.follows(first, cue.not_after):
        return []
    before = _before(view, first, after_actor=True)
    if cue.unless_before and any(view.doc[i].lower_ in cue.unless_before for i in before):
        return []
    negated, former = negated_or_former(cues, _window(view, positions, skipped), cue.type)
    if negated:
        return []
    status = cue.status or ("former" if former else "current")
    first_step = -1 if source < target else 1
    sources = _same_kind(view, [source, *_coordinated(view, source, first_step)])
    targets = _same_kind(view, [target, *_coordinated(view, target, -first_step)])
    cue_text = view.words_text(min(positions), max(positions))
    return pairs(
        cue.type,
        [view.actors[i] for i in sources],
        [view.actors[i] for i in targets],
        status,
        view.unit_span(unit),
        cue.id,
        cue_text,
    )


@dataclass
class AlliancesConfig:
    """The configuration of the ``alliances`` extractor: extra cue files (``data_paths``)."""

    renamed_keys: ClassVar[dict[str, str]] = {"cue_paths": "data_paths"}

    data_paths: str | list[str] = field(default_factory=list)


class AlliancesExtractor(Extractor):
    """Finds ``supports``, ``allied_with``, ``affiliated_with`` and ``hostile_to`` relations.

    Configuration: ``data_paths``, extra cue files (YAML, schema ``polemos.alliances.cues/1``)
    read after the shipped file and those of other plugins.
    """

    name: ClassVar[str] = "alliances"
    writes: ClassVar[tuple[str, ...]] = (LAYER,)
    requires: ClassVar[tuple[str, ...]] = (ACTORS,)
    spacy_components: ClassVar[tuple[str, ...]] = (
        "morphologizer",
        "parser",
        "attribute_ruler",
        "lemmatizer",
    )
    config_type = AlliancesConfig

    def __init__(self) -> None:
        self._matchers: Matchers | None = None

    @staticmethod
    def cue_files(
        config: AlliancesConfig, resources: Callable[[str], list[Path]]
    ) -> tuple[Path, ...]:
        """The cue files of a run: the shipped files, plugin resources, then ``data_paths``.

        ``data_paths`` may be one path or a list of paths.
        """
        configured = config.data_paths
        given = [configured] if isinstance(configured, str) else configured
        paths = [*SHIPPED, *resources(RESOURCE_KIND), *(Path(p) for p in given)]
        return tuple(dict.fromkeys(path.resolve() for path in paths))

    def matchers(self, files: tuple[Path, ...], vocab: Vocab) -> Matchers:
        """The compiled matchers of ``files`` for ``vocab``."""
        return Matchers(load_cues(files), vocab)

    def setup(
        self, nlp: Language, config: AlliancesConfig, resources: Callable[[str], list[Path]]
    ) -> None:
        """Compile the cue and frame files once for ``nlp``."""
        self._matchers = self.matchers(self.cue_files(config, resources), nlp.vocab)

    def extract(self, ctx: ExtractContext) -> None:
        """Write the ``alliances`` relations of ``ctx.document``."""
        actors = ctx.layer(ACTORS)
        if len({actor_id(a) for a in actors}) < 2:
            return
        doc: Doc = ctx.doc
        matchers = self._matchers
        if matchers is None:
            raise RuntimeError("the alliances extractor was not set up (Pipeline.setup)")
        view = build_actor_doc(
            doc,
            actors,
            descriptors=matchers.cues.descriptors,
            designations=matchers.cues.designations,
            text=ctx.document.text,
        )
        if view is None:
            return
        for candidate in deduplicate(find_relations(view, matchers)):
            ctx.relate(
                LAYER,
                candidate.type,
                source=candidate.source,
                target=candidate.target,
                attributes=candidate.attributes(),
            )
