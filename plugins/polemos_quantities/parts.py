"""Parts of a whole: "plus de 180 installations, dont 60 postes, 15 entrepôts..." -> part_of."""

from __future__ import annotations

import re
from collections.abc import Sequence

from polemos_quantities.lexicon import Lexicon
from polemos_quantities.model import Quantity
from polemos_quantities.scope import Scope
from polemos_quantities.text import SPACES, alternation

__all__ = ["PartLinker"]

_WINDOW = 30
#: What may stand between two parts of one list: complements, commas, "et", no verb.
_LIST_GAP = re.compile(r"[^.;:!?()«»\"]*")
#: ", et" after a part closes the insert: "30 morts, dont 12 enfants, et 45 blessés".
_CLOSED = re.compile(rf",{SPACES}*et{SPACES}*$")
#: Between a whole and the first part of its breakdown, then between two parts.
_OPENING = re.compile(rf"{SPACES}*[(:]{SPACES}*")
_JOINING = re.compile(rf"{SPACES}*(?:,|et|,{SPACES}*et)(?:{SPACES}*(?:de{SPACES}|d'))?{SPACES}*")
#: "Quatre personnes ont été arrêtées ... ; il s'agit de deux Polonais et de deux Russes": the
#: parts named after the whole in its sentence, their values adding up to it.
_ELABORATION = re.compile(
    rf"[^.!?«»]*(?<!\w)(?:il|elle)s?{SPACES}+s'agi(?:t|ssait){SPACES}+(?:de{SPACES}*|d')$"
)
#: A comma opens a breakdown only of parts of the whole's own kind: "quatre enfants, deux garçons
#: et deux filles", not "12 morts, 5 blessés et 7 disparus".
_COMMA = re.compile(rf"{SPACES}*,{SPACES}*")
_MIN_PARTS = 2


class PartLinker:
    """Links quantities introduced by "dont", "parmi lesquels"... to the whole before them."""

    def __init__(self, lexicon: Lexicon) -> None:
        cues = alternation(lexicon.part_cues)
        self._cue = re.compile(rf"(?<![\w'])(?:{cues})(?:{SPACES}|,)+$")

    def link(self, quantities: Sequence[Quantity], sentences: Sequence[int], scope: Scope) -> None:
        """Set ``part_of`` on the quantities that are parts of an earlier one.

        ``sentences`` gives each quantity's sentence number; a finite verb ends a list of parts.
        """
        norm = scope.norm
        whole: int | None = None
        previous_end = 0
        for k, quantity in enumerate(quantities):
            cue = self._cue.search(norm, max(0, quantity.start - _WINDOW), quantity.start)
            if cue is not None:
                whole = next(
                    (
                        j
                        for j in range(k - 1, -1, -1)
                        if sentences[j] == sentences[k]
                        and quantities[j].end <= cue.start()
                        and quantities[j].part_of is None
                    ),
                    None,
                )
            elif whole is not None and not self._continues(
                scope, previous_end, quantity.start, sentences[k] == sentences[k - 1]
            ):
                whole = None
            elif whole is not None and _other_casualty(quantities[whole], quantity):
                whole = None  # "30 morts, dont 12 enfants et 45 blessés": the wounded are apart
            quantity.part_of = whole
            previous_end = quantity.end
        self._link_breakdowns(quantities, scope)

    @staticmethod
    def _link_breakdowns(quantities: Sequence[Quantity], scope: Scope) -> None:
        """Link a list right after a count that sums to it: its breakdown, with no cue word.

        "38 membres (17 ministres, 14 secrétaires d'État, 7 vice-ministres)", "5 médailles : 2
        d'or et 3 d'argent": the parts open with "(" or ":" after the whole and are joined by
        commas or "et"; their values must add up to the whole's. After a comma a list is too
        often a mere sequence ("12 morts, 5 blessés et 7 disparus") to be read so, unless every
        part is of the whole's category and casualty type ("quatre enfants, deux garçons et
        deux filles"). "il s'agit de" later in the whole's sentence opens one too ("Quatre
        personnes ont été arrêtées ... ; il s'agit de deux Polonais et de deux Russes").
        """
        norm = scope.norm
        for w, whole in enumerate(quantities):
            if whole.unit is not None:
                continue
            total, previous_end, after_comma = 0.0, whole.end, False
            parts: list[int] = []
            for k in range(w + 1, len(quantities)):
                part = quantities[k]
                if part.part_of is not None or part.unit is not None:
                    break
                if parts and not _JOINING.fullmatch(norm, previous_end, part.start):
                    break
                opening = _OPENING.fullmatch(norm, previous_end, part.start) or (
                    _ELABORATION.fullmatch(norm, previous_end, part.start)
                )
                if not parts and not opening:
                    after_comma = bool(_COMMA.fullmatch(norm, previous_end, part.start))
                    if not after_comma:
                        break
                total, previous_end = total + float(part.value), part.end
                parts.append(k)
                if total >= float(whole.value):
                    break
            if after_comma and any(not _same_kind(whole, quantities[k]) for k in parts):
                continue
            if len(parts) >= _MIN_PARTS and total == float(whole.value):
                for k in parts:
                    quantities[k].part_of = w

    @staticmethod
    def _continues(scope: Scope, start: int, end: int, same_sentence: bool) -> bool:
        """Return whether the text between two quantities keeps the list of parts going."""
        if not same_sentence or not _LIST_GAP.fullmatch(scope.norm, start, end):
            return False
        if _CLOSED.search(scope.norm, start, end):
            return False
        return not scope.finite_verb_between(start, end)


def _same_kind(whole: Quantity, part: Quantity) -> bool:
    """Whether ``part`` has the category and casualty type of ``whole``."""
    return (whole.category, whole.casualty_type) == (part.category, part.casualty_type)


def _other_casualty(whole: Quantity, part: Quantity) -> bool:
    """Return whether ``part`` counts another kind of casualty than ``whole`` (dead, wounded)."""
    kinds = {whole.casualty_type, part.casualty_type}
    return whole.category == part.category == "casualties" and len(kinds) == 2 and None not in kinds
