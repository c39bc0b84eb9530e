"""Attribution of a figure: who reports it (``source``) and whose losses it counts (``of_actor``).

Both need the ``actors`` layer; without actor mentions they stay ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from polemos_quantities.lexicon import Lexicon
from polemos_quantities.model import ActorSpan, Quantity
from polemos_quantities.scope import Scope, forms
from polemos_quantities.text import SPACES, alternation

__all__ = ["Attributor"]

_S = SPACES
_SELON_REACH = 45
_VERB_REACH = 4
_QUOTE_REACH = 160
_LOSS_REACH = 60
_OF_GAP = re.compile(rf"{_S}*(?:de{_S}+la|de{_S}+l'|du|des|de|d')?{_S}*")


class Attributor:
    """Finds the actor reporting a quantity and the actor it counts, among actor mentions."""

    def __init__(self, lexicon: Lexicon) -> None:
        preps = alternation(lexicon.report_prepositions)
        losses = alternation(lexicon.loss_nouns)
        self._lexicon = lexicon
        self._selon = re.compile(rf"(?<![\w'])(?:{preps})(?!\w)")
        self._loss_of = re.compile(
            rf"(?<![\w'])(?:{losses}){_S}+(?:de{_S}+la|de{_S}+l'|du|des|de|d'|dans{_S}+les)"
            rf"{_S}*$"
        )

    def attribute(
        self, scope: Scope, quantity: Quantity, region: tuple[int, int], actors: Sequence[ActorSpan]
    ) -> None:
        """Set ``source`` and ``of_actor`` of ``quantity`` from actors within ``region``."""
        if not actors:
            return
        start, end = self._extend_over_quote(scope.norm, quantity, region)
        near = [a for a in actors if a.start >= start and a.end <= end]
        others = [a for a in near if a.end <= quantity.start or a.start >= quantity.end]
        quantity.source = self._source(scope, quantity, others, start, end)
        quantity.of_actor = self._of_actor(scope, quantity, near)

    @staticmethod
    def _extend_over_quote(
        norm: str, quantity: Quantity, region: tuple[int, int]
    ) -> tuple[int, int]:
        """Inside « ... », also look at the words after the closing quote ("», a annoncé X")."""
        start, end = region
        opening = norm.rfind("«", 0, quantity.start)
        closing = norm.find("»", quantity.end)
        if opening != -1 and closing != -1 and norm.rfind("»", opening, quantity.start) == -1:
            end = max(end, min(len(norm), closing + _QUOTE_REACH))
            start = min(start, opening)
        return start, end

    def _source(
        self, scope: Scope, quantity: Quantity, actors: Sequence[ActorSpan], start: int, end: int
    ) -> str | None:
        """Return who reports the figure.

        The actor after "selon", the subject of a reporting verb, or the subject inverted after
        a reporting verb that follows the figure ("..., a annoncé le ministère").
        """
        norm = scope.norm
        for match in self._selon.finditer(norm, start, end):
            for actor in actors:
                if 0 <= actor.start - match.end() <= _SELON_REACH:
                    return actor.id
        first = scope.index.after(start)
        if first is None:
            return None
        for token in scope.doc[first.i :]:
            if token.idx >= end:
                break
            if token.pos_ != "VERB" or forms(token)[1] not in self._lexicon.report_verbs:
                continue
            verb_end = token.idx + len(token)
            for actor in actors:
                subject = any(
                    c.dep_.startswith("nsubj") and actor.start <= c.idx < actor.end
                    for c in token.children
                )
                inverted = (
                    token.idx > quantity.end
                    and actor.start > token.idx
                    and len(scope.text[verb_end : actor.start].split()) < _VERB_REACH
                )
                if subject or inverted:
                    return actor.id
        return None

    def _of_actor(
        self, scope: Scope, quantity: Quantity, actors: Sequence[ActorSpan]
    ) -> str | None:
        """Return whose forces or losses the figure counts."""
        norm = scope.norm
        for actor in actors:
            if actor.start < quantity.end and quantity.start < actor.end:
                return actor.id  # "20 soldats syriens" where the item names the actor
            if actor.start >= quantity.end and _OF_GAP.fullmatch(norm, quantity.end, actor.start):
                return actor.id  # "180 installations des terroristes"
        if quantity.category not in {"casualties", "captured", "personnel"}:
            return None
        for actor in actors:
            before = actor.end <= quantity.start  # "les pertes des terroristes ... 200 individus"
            after = 0 <= actor.start - quantity.end <= _LOSS_REACH  # "13 morts dans les rangs de"
            if (before or after) and self._loss_of.search(
                norm, max(0, actor.start - 30), actor.start
            ):
                return actor.id
        return None
