"""Argument roles of the conflict frames: the sides of a war and who faces whom.

:class:`SideArguments` adds to :class:`.arguments.Arguments` the roles that read the parties of
an armed conflict: ``one_side`` (the actors set together against another, "opposant X et Y à
Z") and ``clause_subject`` (the subject of the clause a phrase is set in, "*Face à* Y, X
intervient").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from polemos_alliances.arguments import Arguments
from polemos_alliances.frames import Role

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["SideArguments"]

_TO = Role("prep", frozenset({"à", "au", "aux"}))
_CLAUSE_STEPS = 3
_AFTER_COMMA = 4
_BEFORE_VERB = frozenset({"VERB", "AUX", "ADV", "PRON"})
"""What comes right after a subject written after a fronted phrase ("Face à Y, X *intervient*")."""


class SideArguments(Arguments):
    """The argument roles of :class:`.arguments.Arguments` and those of the conflict frames."""

    def _one_side(self, trigger: Token, _: Role) -> list[int]:
        """The coordinated objects a verb sets against an "à" complement: "opposant X et Y à Z".

        X and Y fight on one side; without the "à" phrase ("opposant X et Y") they are the two
        sides, and this role gives nothing. The objects are read from the parse only: "X, qui
        s'opposaient au gouvernement" sets no one beside X.
        """
        if not self.find(_TO, trigger):
            return []
        objects = [c for c in trigger.children if c.dep_ == "obj"]
        return self.actors_at(objects[0]) if objects else []

    def _clause_subject(self, trigger: Token, _: Role) -> list[int]:
        """The subject of the verb the trigger's phrase depends on ("*Face à* Y, X intervient").

        Up to three links up to a verb, then its subject; by word order (the tagger often
        misreads the verb), the actor written just after the comma that closes a fronted
        phrase, before a verb, an adverb or a clitic.
        """
        head = trigger
        for _step in range(_CLAUSE_STEPS):
            if head.head.i == head.i:
                break
            head = head.head
            if head.pos_ == "VERB":
                found = self._subject(head, Role("subject"))
                if found:
                    return found
                break
        return self._subject_after_fronted_phrase(trigger) if self.fallback else []

    def _subject_after_fronted_phrase(self, trigger: Token) -> list[int]:
        """Word order: "Face à Y, X verb": the actor after the comma that closes the phrase."""
        doc = self.view.doc
        if not self._opens_unit(trigger):
            return []
        unit = self.view.unit_of(trigger.i)
        for i in range(trigger.i + 1, len(doc)):
            if self.view.unit_of(i) != unit:
                return []
            if doc[i].lower_ != ",":
                continue
            for j in range(i + 1, min(i + 1 + _AFTER_COMMA, len(doc) - 1)):
                if j in self.view.actors:
                    after = doc[j + 1]
                    return self.actors_at(doc[j]) if after.pos_ in _BEFORE_VERB else []
                if doc[j].pos_ != "DET":
                    return []
            return []
        return []
