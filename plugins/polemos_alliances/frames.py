"""Frames: a trigger lexicon and the argument roles that give a relation its two ends.

A frame is data (the ``frames`` section of a cue file, shipped in ``data/frames.yaml``): a
relation ``type``, a ``trigger`` (word ``lemmas`` or lowercase ``words`` with their ``pos``, or
``actor_heads``: an actor mention whose first word is one of them, "le 65e *bataillon*", or
``actor_types``: any actor mention of these types; ``mistagged``: verb forms that trigger the
frame whatever part of speech the tagger gives them, when no article or preposition comes just
before, their two ends then read by word order only: the nearest actor before the trigger and
the nearest after it in its clause, "X *encerclent* Y" tagged as an adjective) and,
for each end, the argument roles tried in order:

- ``subject``: the subject of an active verb; "qui" stands for the noun the relative clause
  hangs on; a verb without a subject takes the one of the verb it is coordinated with; an
  infinitive takes the object of the verb it complements ("X accuse *Y* de soutenir Z",
  "X demande *à Y* de frapper Z"), else that verb's subject (by word order too: "X aident à
  repousser Y");
- ``passive_subject``: the subject of a passive verb, or the noun a past participle modifies
  ("Kiev, *soutenu* par Washington"); a place subject stands for the holder a fronted
  ``held_by`` participle names ("Contrôlée par Y, la ville est attaquée par X");
- ``by``: the agent of a passive ("par X");
- ``object``: the direct object;
- ``of``: a "de X" complement of the trigger (or of its complement: "chef d'état-major de X"),
  or "dont" for the actor its relative clause hangs on ("Y, *dont* X est le chef");
- ``{prep: [..]}``: a complement introduced by one of these prepositions ("contre", "sur"),
  also on a ``performed_by`` participle of the trigger ("l'offensive menée par X *contre* Y");
- ``{prep_after: [..]}``: by word order only, the actor of one of these prepositions right after
  the trigger verb, only adverbs between ("X s'émancipe progressivement *du* cartel"; not "X a
  rompu le silence ... avec Y", nor a "de" phrase of an adverbial written before the verb);
- ``{each_prep: [..]}``: every complement introduced by one of these prepositions, with their
  conjuncts ("composé *d'*X, *de* Y et *de* Z");
- ``{verb_prep: [..]}``: the recipient of a verb of giving, a complement introduced by one of
  these prepositions on the trigger verb or its direct object, or, for a trigger noun, on the
  noun or on the verb it is the direct object of ("X fournit des *armes* à Y", "X accorde
  l'*asile* à Y"); by word order, the first of them after the trigger, before any verb, actor
  or punctuation;
- ``performer``: the agent of a past participle of one of the frame's ``performed_by``
  lemmas that modifies the trigger noun ("l'offensive *menée par* X", "les armes *fournies
  par* X");
- ``governor_subject``: the subject of the verb the trigger noun depends on ("X *lance* une
  offensive"), also through the verb's object ("X ouvrent un corridor *avec* le soutien de
  Y"); ``possessor``: the same, only when the noun has a possessive ("*son* soutien");
- ``holder``: the person a title noun is said of (apposition, coordination, copula, relative
  clause: "X, porte-parole de Y", "le chef de Y, X", "X est le chef de Y");
- ``predicate_holder``: the person a title is said of by a verb or copula only ("X a été élu
  président de Y"), not by an apposition;
- ``appended_to``: the actor written before the trigger that the trigger is set off from by a
  comma, in apposition ("X, *Premier ministre du Liban*,"), not a title written before a name
  ("le ministre de la Défense X": that title is the person's own mention);
- ``apposition``: an actor in apposition ("leurs alliés, les milices arabes");
- ``governor``: the actor a trigger noun is a "de" complement of ("le gouvernement *du
  président* X");
- ``coordinated``: the actor a trigger noun is coordinated with ("les FSR et *leurs alliés*");
- ``{recipient: [..]}``: for a trigger that is the subject of a verb of one of these lemmas,
  the "à" complement of that verb, or the name in apposition to it ("le ministère de Y
  *revient au* conservateur X");
- ``among``: who is counted among the trigger noun: the subject of the verb its "parmi"
  phrase depends on, or the actor after that verb when the phrase comes first ("X compte
  *parmi* les fondateurs de Y", "Parmi les dirigeants de Y figure X");
- ``possessor_before``: the owner of a possessive on the trigger, the subject of the
  sentence before when the possessive's number agrees ("Y a été créé en 1987. X comptait
  parmi *ses* fondateurs");
- ``owner_subject``: the owner of a possessive on the trigger, the subject of the verb the
  trigger depends on through up to three complement links, when the possessive's number
  agrees ("X a revendiqué l'attaque par la voix de *son* porte-parole, Y"); with words, only
  when the trigger or a noun on the way is one of them or is introduced by one ("*par* son
  porte-parole", "par la *voix* de");
- ``set_off``: the actor just before the comma that opens the trigger's phrase, with only
  prepositions and articles between ("X, *à la tête* de Y,");
- ``parenthesised``: the actor written in parentheses right after the trigger ("X (*PS*)");
- ``owner_coordinated``: the actor a trigger noun with a possessive is coordinated with, when
  the possessive's number agrees ("Y et *sa* branche armée, X", "Y et son chef X");
- ``founders``: the subject of the trigger verb when it is a person or several coordinated
  actors ("*X et Y* ont formé une alliance"), not one organisation ("X a créé une brigade");
- ``of_set_off``: the actor of a "de" phrase set off by commas right after the trigger ("le
  général X, *de l'UFDR*, est nommé");
- ``topic_owner``: the owner of a singular possessive on the trigger, the organisation the
  text is about: the actor that opens its first sentence before a copula ("X est un groupe
  rebelle ... *Son* dirigeant est Y"); not when the clause has an organisation subject;
- ``listed``: the organisations of the list a colon opens after the trigger noun ("Ces quatre
  groupes sont : A, B (C) et D"), not an actor after a preposition ("de X", "dirigé par X");
- ``{gathering: [..]}``: what the groups of the trigger noun make up: from the noun (or, for
  "Ces N groupes" opening a sentence, the same noun with the same number in the sentence
  before) up to a verb through one of these words, that verb's subject ("X a été formé par la
  *fusion* de quatre groupes. Ces quatre groupes sont : ...");
- ``object_list``: the direct object and the actors of the comma list it opens, by word order
  ("X regroupe *A, B et C*");
- ``self``: the triggering actor mention itself;
- ``between``: both actors of an "entre X et Y" complement;
- ``one_side``: the coordinated objects a verb sets against an "à" complement ("opposant *X et
  Y* à Z": one side);
- ``clause_subject``: the subject of the verb the trigger's phrase depends on, or by word order
  the actor after the comma that closes a fronted phrase ("*Face à* Y, X intervient");
- ``described``: the subject of a copula whose predicate noun the trigger, introduced by "en",
  describes through its modifiers ("X est un groupe armé, entré *en rébellion* contre Y").

``pair: <role>`` takes both ends from one role that gives two coordinated actors ("entre X et
Y", "opposant X et Y"); ``group: <role>`` relates every two of the actors one role gives, for a
symmetric type ("une opération de X, de Y et de Z": a joint operation of three allies).
``prep``, ``each_prep``, ``verb_prep``, ``recipient`` and ``governor_subject`` and
``owner_subject`` take words:
``{governor_subject: [avec, recevoir]}`` only when the noun is introduced by one of them or
depends on a verb of one of these lemmas. Each end keeps the actor types listed in
``source_types`` / ``target_types`` (all types when absent). A complement that is a proxy
noun ("les *positions* de Y", the frame's ``proxies``) stands for its "de" actor.
A proxy noun that is an event or a thing done by an actor ("l'attaque *revendiquée par* X",
the participle lemmas of the frame's ``performed_by``) stands for that actor too.
A place complement held by an actor ("une offensive sur la ville *contrôlée par* Y", the
participle lemmas of the frame's ``held_by``) stands for its holder.
When the parse gives no actor for a role, a word-order reading of the same role is tried
(``fallback: false`` turns it off). ``unless`` words in the match veto it; status and negation
are read from the words of the match as for the cues (``negation``, ``former``); an ``unless``
entry of several words ("aux côtés") vetoes only as a phrase.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["ROLE_KINDS", "Frame", "FrameError", "Role", "compile_frame"]

ROLE_KINDS = frozenset(
    {
        "subject",
        "passive_subject",
        "by",
        "object",
        "of",
        "prep",
        "each_prep",
        "verb_prep",
        "performer",
        "governor_subject",
        "possessor",
        "holder",
        "apposition",
        "self",
        "between",
        "coordinated",
        "governor",
        "predicate_holder",
        "appended_to",
        "recipient",
        "among",
        "possessor_before",
        "owner_subject",
        "set_off",
        "parenthesised",
        "one_side",
        "clause_subject",
        "described",
        "owner_coordinated",
        "prep_after",
        "founders",
        "of_set_off",
        "topic_owner",
        "listed",
        "gathering",
        "object_list",
    }
)
"""The argument roles a frame may name."""


_NEEDS_WORDS = frozenset({"prep", "each_prep", "verb_prep", "recipient", "prep_after", "gathering"})
_WITH_WORDS = _NEEDS_WORDS | {"governor_subject", "owner_subject"}


class FrameError(ValueError):
    """A frame entry that cannot be used: names the file, the frame and what is wrong."""


@dataclass(frozen=True)
class Role:
    """One way to find an end of a relation: a role kind, with its prepositions for ``prep``."""

    kind: str
    words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Frame:
    """One compiled frame: trigger, argument roles of each end, and vetoes."""

    id: str
    type: str
    source: Path
    sources: tuple[Role, ...] = ()
    targets: tuple[Role, ...] = ()
    pair: Role | None = None
    group: Role | None = None
    lemmas: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    mistagged: frozenset[str] = frozenset()
    pos: frozenset[str] = frozenset()
    actor_heads: frozenset[str] = frozenset()
    actor_types: frozenset[str] = frozenset()
    source_types: frozenset[str] = frozenset()
    target_types: frozenset[str] = frozenset()
    proxies: frozenset[str] = frozenset()
    held_by: frozenset[str] = frozenset()
    performed_by: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()
    fallback: bool = True
    status: str | None = None
    description: str = ""
    examples: tuple[str, ...] = field(default=())


def _lower(values: Any) -> frozenset[str]:
    return frozenset(str(value).lower() for value in values or [])


def _roles(raw: Any, where: str) -> tuple[Role, ...]:
    roles = []
    for item in raw or []:
        if isinstance(item, Mapping) and len(item) == 1 and next(iter(item)) in _WITH_WORDS:
            kind, words = next(iter(item.items()))
            roles.append(Role(str(kind), _lower(words)))
        elif isinstance(item, str) and item in ROLE_KINDS - _NEEDS_WORDS:
            roles.append(Role(item))
        else:
            raise FrameError(f"{where}: unknown argument role {item!r}")
    return tuple(roles)


def compile_frame(body: Mapping[str, Any], path: Path) -> Frame:
    """Build a :class:`Frame` from its YAML entry (word lists already expanded)."""
    where = f"{path}: frame {body.get('id')!r}"
    trigger = body.get("trigger") or {}
    pair = _roles([body["pair"]], where)[0] if body.get("pair") else None
    group = _roles([body["group"]], where)[0] if body.get("group") else None
    sources = _roles(body.get("source"), where)
    targets = _roles(body.get("target"), where)
    if pair is None and group is None and not (sources and targets):
        raise FrameError(f"{where}: a frame needs source and target roles, a pair or a group role")
    if not any(trigger.get(key) for key in ("lemmas", "words", "actor_heads", "actor_types")):
        raise FrameError(f"{where}: the trigger needs lemmas, words, actor_heads or actor_types")
    return Frame(
        id=str(body["id"]),
        type=str(body["type"]),
        source=path,
        sources=sources,
        targets=targets,
        pair=pair,
        group=group,
        lemmas=_lower(trigger.get("lemmas")),
        words=_lower(trigger.get("words")),
        mistagged=_lower(trigger.get("mistagged")),
        pos=frozenset(str(p) for p in trigger.get("pos") or []),
        actor_heads=_lower(trigger.get("actor_heads")),
        actor_types=frozenset(str(t) for t in trigger.get("actor_types") or []),
        source_types=frozenset(str(t) for t in body.get("source_types") or []),
        target_types=frozenset(str(t) for t in body.get("target_types") or []),
        proxies=_lower(body.get("proxies")),
        held_by=_lower(body.get("held_by")),
        performed_by=_lower(body.get("performed_by")),
        unless=_lower(body.get("unless")),
        fallback=bool(body.get("fallback", True)),
        status=body.get("status"),
        description=str(body.get("description", "")),
        examples=tuple(str(e) for e in body.get("examples") or []),
    )
