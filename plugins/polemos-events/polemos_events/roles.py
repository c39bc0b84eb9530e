"""Who did what to whom: actor1, actor2 and the actors associated with them, in one sentence.

Read on spaCy's dependency parse around the trigger: the subject of an active verb and the
agent of a passive (``par X``) or of a nominal trigger (``une attaque lancée par X``,
``une attaque attribuée à X``) act; the object, the passive subject and ``contre X`` suffer.
An actor inside actor1's phrase (``les militaires syriens soutenus par l'aviation russe``),
coordinated with it (``attaque conjointe Nosra et Ahrar``) or named as its ally
(``aux côtés du MSA``) is associated with actor1, as ACLED codes ``assoc_actor_1``; a trigger
under another verb shares its subject (``ont réussi à libérer``). A past participle that
qualifies an actor, by the parse or set off by a comma right after it, says what it
suffered (``les soldats tués``, ``le préfet Claude Érignac, tué le 6 février``). When the
parse gives no role, the nearest actor before the trigger acts and the nearest one after it
suffers.
ACLED's actor1/actor2 imply no direction; these do when the words give one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from polemos import Annotation
from spacy.tokens import Span, Token

__all__ = ["Roles", "assign_roles"]

_AGENT_DEPS = frozenset({"nsubj", "obl:agent", "csubj"})
_PATIENT_DEPS = frozenset({"obj", "nsubj:pass", "iobj"})
_AGENT_BEFORE = re.compile(
    r"(?:\bpar|\b(?:attribu|imput)ée?s?\s+à|\bmenée?s?\s+par|\blancée?s?\s+par)\s+"
    r"(?:(?:l['’]|le|la|les|des|du|d['’])\s*)?$",
    re.IGNORECASE,
)
_ALLY_BEFORE = re.compile(
    r"(?:\baux\s+côtés|\bavec\s+l['’]appui|\bavec\s+le\s+soutien|\bsoutenue?s?\s+par|"
    r"\bappuyée?s?\s+par|\bépaulée?s?\s+par)\s+(?:(?:de\s+)?(?:combattants|forces|troupes|"
    r"éléments|hommes)\s+)?(?:(?:d['’]|de|du|des|la|le|les|l['’])\s*)*$",
    re.IGNORECASE,
)
"""Words before an actor that make it an ally of actor1, never actor2 (``aux côtés du MSA``)."""
_AGAINST_BEFORE = re.compile(r"\bcontre\s+(?:(?:l['’]|le|la|les|des|du)\s*)?$", re.IGNORECASE)


@dataclass
class Roles:
    """The actor annotations of an event."""

    actor1: Annotation | None = None
    actor2: Annotation | None = None
    assoc1: list[Annotation] = field(default_factory=list)
    assoc2: list[Annotation] = field(default_factory=list)
    actor2_by_position: bool = False


def _head(sentence: Span, actor: Annotation) -> Token | None:
    span = sentence.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span.root if span is not None else None


def _role(head: Token, trigger: Token) -> str | None:
    """``agent``, ``patient`` or None: the relation of ``head``'s branch to the trigger."""
    node = head
    while node.head.i != node.i and node.head.i != trigger.i:
        if node.i == trigger.i:
            return None
        node = node.head
    if node.head.i != trigger.i or node.i == trigger.i:
        return None
    cases = {c.lower_ for c in node.children if c.dep_ == "case"}
    if node.dep_ in _AGENT_DEPS or (node.dep_ in ("obl", "nmod") and "par" in cases):
        return "agent"
    if node.dep_ in _PATIENT_DEPS or "contre" in cases:
        return "patient"
    if trigger.pos_ == "NOUN" and node.dep_ == "nmod" and cases & {"de", "d'", "du", "des"}:
        return "agent"  # "l'offensive de l'armée"
    return None


def _same(a: Annotation, b: Annotation) -> bool:
    return a.attributes.get("actor_id") == b.attributes.get("actor_id")


def _inside(head: Token, owner: Token) -> bool:
    return head.i != owner.i and owner.is_ancestor(head)


def _hangs_on(head: Token | None, owners: list[Annotation], heads: dict[int, Token | None]) -> bool:
    """True when ``head`` lies in the phrase of one of ``owners`` (``le MSA, allié de Bamako``)."""
    if head is None:
        return False
    return any((h := heads.get(id(o))) is not None and _inside(head, h) for o in owners)


def _governor(trigger: Token) -> Token | None:
    """The verb whose subject a trigger shares (``ont réussi à libérer``, ``conquis et chassé``)."""
    if trigger.dep_ in ("xcomp", "conj", "advcl") and trigger.head.i != trigger.i:
        return trigger.head
    return None


_APPOSED = re.compile(r"^\s*,\s*$")


def _participle(trigger: Token) -> bool:
    """A bare past participle: no auxiliary (``tué``, not ``a tué`` or ``a été tué``)."""
    bare = not any(c.dep_.startswith("aux") for c in trigger.children)
    return bare and "Part" in trigger.morph.get("VerbForm", [])


def _qualified(trigger: Token) -> Token | None:
    """The noun a past-participle trigger qualifies (``les soldats tués``), or None."""
    if _participle(trigger) and trigger.dep_ == "acl" and trigger.head.i != trigger.i:
        return trigger.head
    return None


def _apposed(text: str, trigger: Token, actor: Annotation) -> bool:
    """``actor`` right before a comma and the participle trigger: ``X, tué le 6 février``."""
    return _participle(trigger) and bool(_APPOSED.match(text[actor.end : trigger.idx]))


def assign_roles(text: str, sentence: Span, trigger: Token, actors: Sequence[Annotation]) -> Roles:
    """The roles of the ``actors`` of ``sentence`` in the event ``trigger`` states.

    Media (news outlets, agencies) report events and take no part in them.
    """
    actors = [a for a in actors if a.label != "media"]
    heads = [(a, _head(sentence, a)) for a in actors]
    agents: list[Annotation] = []
    patients: list[Annotation] = []
    allies: list[Annotation] = []
    governor = _governor(trigger)
    qualified = _qualified(trigger)
    for actor, head in heads:
        before = text[max(0, actor.start - 60) : actor.start]
        if _ALLY_BEFORE.search(before):
            allies.append(actor)
            continue
        on_actor = qualified is not None and head is not None and head.i == qualified.i
        if on_actor or _apposed(text, trigger, actor):
            patients.append(actor)
            continue
        role = _role(head, trigger) if head is not None else None
        if role is None and head is not None and governor is not None:
            role = "agent" if _role(head, governor) == "agent" else None
        if role is None and actor.start > trigger.idx:
            role = (
                "agent"
                if _AGENT_BEFORE.search(before)
                else "patient"
                if _AGAINST_BEFORE.search(before)
                else None
            )
        if role == "agent":
            agents.append(actor)
        elif role == "patient":
            patients.append(actor)
    roles = Roles()
    ally_ids = {a.attributes.get("actor_id") for a in allies}
    agents = [a for a in agents if a.attributes.get("actor_id") not in ally_ids]
    patients = [a for a in patients if a.attributes.get("actor_id") not in ally_ids]
    allies += [a for a in actors if a.attributes.get("actor_id") in ally_ids and a not in allies]
    # the shallowest agent acts; deeper ones hang on it ("l'armée, soutenue par l'aviation")
    depth = {id(a): len(list(h.ancestors)) if h is not None else 99 for a, h in heads}
    agents.sort(key=lambda a: depth[id(a)])
    roles.actor1 = agents[0] if agents else None
    if roles.actor1 is None:
        before_trigger = [a for a in actors if a.end <= trigger.idx and a not in patients]
        roles.actor1 = before_trigger[-1] if before_trigger else None
    by_head = {id(a): h for a, h in heads}
    rest = [p for p in patients if roles.actor1 is None or not _same(p, roles.actor1)]
    if not rest:
        rest = [
            a
            for a in actors
            if a.start >= trigger.idx + len(trigger.text)
            and a not in agents
            and a not in allies
            and not _hangs_on(
                by_head.get(id(a)), [*allies, *([roles.actor1] if roles.actor1 else [])], by_head
            )
            and (roles.actor1 is None or not _same(a, roles.actor1))
        ]
    roles.actor2 = rest[0] if rest else None
    roles.actor2_by_position = bool(rest) and rest[0] not in patients
    if roles.actor1 is not None:
        roles.assoc1.extend(a for a in allies if not _same(a, roles.actor1))
    by_id = dict(heads)
    for owner, assoc in ((roles.actor1, roles.assoc1), (roles.actor2, roles.assoc2)):
        owner_head = by_id.get(owner) if owner is not None else None
        if owner is None or owner_head is None:
            continue
        for actor, head in heads:
            taken = (roles.actor1, roles.actor2, *roles.assoc1)
            if head is None or any(actor is t for t in taken):
                continue
            coordinated = head.dep_ == "conj" and head.head.i == owner_head.i
            if (coordinated or _inside(head, owner_head)) and not _same(actor, owner):
                assoc.append(actor)
    return roles
