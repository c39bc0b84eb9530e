"""Find the quantities of a parsed French text: the one entry point of the pure modules."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from polemos_quantities.attribution import Attributor
from polemos_quantities.bounds import BoundReader, Ranged, join_ranges
from polemos_quantities.category import categorize, is_age
from polemos_quantities.certainty import CertaintyReader
from polemos_quantities.exclusions import (
    DateTimeFilter,
    is_definite_reference,
    is_identifier,
    is_year,
)
from polemos_quantities.items import Item, read_complement, read_item
from polemos_quantities.lexicon import Lexicon, default_lexicon
from polemos_quantities.model import ActorSpan, Quantity
from polemos_quantities.numbers import NumberScanner
from polemos_quantities.parts import PartLinker
from polemos_quantities.scope import Scope, forms
from polemos_quantities.text import SPACES
from polemos_quantities.units import UnitReader

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["QuantityFinder"]

_S = SPACES
_COUNT_CONTEXT = re.compile(
    rf"(?<!\w)(?:bilan|total|pertes|nombre{_S}+(?:d'{_S}*|(?:des|du|de){_S}+)(?P<item>[^\W\d_]+))"
    rf"[^.;:!?]{{0,50}}?(?<!\w)(?:à|de|:|atteint|atteindrait|dépass\w*|est|sont|serait){_S}*$"
)
_COUNT_CONTEXT_REACH = 80
_COUNT_AFTER = re.compile(
    rf"{_S}+le{_S}+(?:nombre|total|bilan){_S}+(?:de{_S}+|d'){_S}*(?P<item>[^\W\d_]+)"
)
_PARTITIVE = re.compile(rf"{_S}+(?:des|d'entre{_S}+(?:les|eux|elles)|parmi{_S}+les){_S}+")
_EVENT_CATEGORIES = frozenset({"casualties", "captured", "displaced"})


class _Read(NamedTuple):
    """A quantity read, its first token, and for "six des onze otages" where its whole starts."""

    quantity: Quantity
    first: Token
    whole_at: int | None


def _resolve_partitives(reads: list[_Read]) -> tuple[list[_Read], dict[int, int]]:
    """Give "six des onze otages" the item of its whole; drop those with no whole found.

    Returns the reads kept and, by index among them, the index of each partitive's whole.
    """
    starts = {read.quantity.start: read for read in reads}
    kept = [r for r in reads if r.whole_at is None or r.whole_at in starts]
    index = {id(read): i for i, read in enumerate(kept)}
    partitives: dict[int, int] = {}
    for i, read in enumerate(kept):
        if read.whole_at is None:
            continue
        whole = starts[read.whole_at].quantity
        part = read.quantity
        part.item, part.category, part.casualty_type = (
            whole.item,
            whole.category,
            whole.casualty_type,
        )
        part.certainty = whole.certainty
        partitives[i] = index[id(starts[read.whole_at])]
    return kept, partitives


def _inherit(part: Quantity, whole: Quantity, lexicon: Lexicon) -> None:
    """A part shares its whole's reporter and owner; people among the dead are dead too.

    "14 civils tués, dont 3 femmes": the women take the casualty category of the whole.
    """
    part.source = part.source or whole.source
    part.of_actor = part.of_actor or whole.of_actor
    if part.category in lexicon.people_categories and whole.category in _EVENT_CATEGORIES:
        part.category, part.casualty_type = whole.category, whole.casualty_type


class QuantityFinder:
    """Finds quantities in spaCy ``Doc`` s; build it once, call :meth:`find` per document."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()
        self._numbers = NumberScanner(self.lexicon)
        self._bounds = BoundReader(self.lexicon)
        self._units = UnitReader(self.lexicon)
        self._dates = DateTimeFilter(self.lexicon)
        self._parts = PartLinker(self.lexicon)
        self._attributor = Attributor(self.lexicon)
        self._certainty = CertaintyReader(self.lexicon)

    def find(
        self, doc: Doc, actors: Sequence[ActorSpan] = (), text: str | None = None
    ) -> list[Quantity]:
        """Return the quantities of ``doc`` in text order.

        ``actors`` (mentions of the ``actors`` layer) enable ``source`` and ``of_actor``;
        ``part_of`` holds the index of the whole in the returned list. ``text``, when given,
        must be ``doc.text`` (it saves rebuilding the string from the tokens).
        """
        scope = Scope(doc, self.lexicon, text)
        numbers = self._numbers.scan(scope.norm)
        if not numbers:
            return []
        reads: list[_Read] = []
        for ranged in join_ranges(numbers, scope.norm):
            if self._dates.is_date_or_time(scope.norm, ranged):
                continue
            read = self._read(scope, ranged, reads)
            if read is not None:
                reads.append(read)
        reads, partitives = _resolve_partitives(reads)
        found = [read.quantity for read in reads]
        sentences: list[int] = []
        regions: list[tuple[int, int]] = []
        for read in reads:
            sent_start, sent_end = scope.sentence_bounds(read.first)
            sentences.append(sent_start)
            last = doc[sent_end - 1]
            regions.append((doc[sent_start].idx, last.idx + len(last)))
        self._parts.link(found, sentences, scope)
        for part, whole in partitives.items():
            found[part].part_of = whole
        for quantity, region in zip(found, regions, strict=True):
            self._attributor.attribute(scope, quantity, region, actors)
            if quantity.part_of is not None:
                _inherit(quantity, found[quantity.part_of], self.lexicon)
        return found

    def _read(self, scope: Scope, ranged: Ranged, earlier: Sequence[_Read]) -> _Read | None:
        number = ranged.number
        norm = scope.norm
        first = scope.index.at(ranged.start)
        last = scope.index.at(ranged.end - 1)
        if first is None or last is None:
            return None
        start, end = ranged.start, ranged.end
        unit_found = self._units.after(norm, end, number.takes_de)
        unit: str | None = None
        if unit_found is not None:
            unit, end = unit_found
        else:
            currency = self._units.before(norm, start)
            if currency is not None:
                unit, start = currency
        item = (
            self._unit_item(scope, start, end) if unit else read_item(scope, end, number.takes_de)
        )
        if item is not None and item.elliptic:
            item = self._antecedent(scope, item, first, earlier)
        in_span = item is not None and unit is None
        whole_at: int | None = None
        if unit is None and item is None:
            in_span = False
            partitive = _PARTITIVE.match(norm, ranged.end)
            if partitive is not None:
                whole_at = partitive.end()
            else:
                item = self._count_context(scope, ranged.start, ranged.end)
                if item is None:
                    return None
        known = item is not None and item.category is not None
        plural = known and item is not None and "Sing" not in item.head.morph.get("Number", [])
        if is_year(ranged, known, unit is not None) or (
            unit is None and is_identifier(scope, ranged, plural)
        ):
            return None
        bound = "approx" if number.approx or ranged.value_max is not None else "exact"
        cue = self._bounds.before(norm, start)
        if cue is not None:
            bound, start = cue
        trailing = self._bounds.trailing_approx(norm, end)
        if trailing is not None:
            bound, end = "approx", trailing
        if in_span and item is not None:
            end = max(end, item.end)
        last = scope.index.at(end - 1) or last
        category, casualty_type = categorize(scope, item, unit, first, last)
        if unit == "year" and is_age(scope, ranged.start, end, first):
            category, casualty_type = "other", None
        if unit is None and is_definite_reference(scope, ranged, category):
            return None
        head = item.head if item is not None and in_span else last
        quantity = Quantity(
            start=start,
            end=end,
            value=number.value,
            value_max=ranged.value_max,
            bound=bound,
            unit=unit,
            item=item.text or None if item is not None else None,
            category=category,
            casualty_type=casualty_type,
            certainty=self._certainty.read(scope, head, first, last),
        )
        return _Read(quantity, first, whole_at)

    def _antecedent(self, scope: Scope, item: Item, first: Token, earlier: Sequence[_Read]) -> Item:
        """Return the item "autres" stands for: "35 maisons détruites et 60 autres"."""
        sentence = scope.sentence_bounds(first)
        for read in reversed(earlier):
            if scope.sentence_bounds(read.first) != sentence or read.quantity.unit is not None:
                continue
            noun = read.quantity.item
            if noun:
                category = self.lexicon.item_category(noun, noun.split()[0])
                return Item(noun, item.start, item.end, item.head, category, elliptic=True)
        return item

    def _unit_item(self, scope: Scope, start: int, end: int) -> Item | None:
        """Return what is measured ("805 km² de territoire", "un territoire de 22 km²")."""
        last = scope.index.at(end - 1)
        if last is None:
            return None
        noun = read_complement(scope, last)
        if noun is None:
            de = scope.index.before(start)
            candidate = scope.index.before(de.idx) if de is not None else None
            if de is None or forms(de)[0] not in {"de", "d'"} or candidate is None:
                return None
            if forms(candidate)[0] not in scope.lexicon.area_items:
                return None
            noun = candidate
        category = scope.lexicon.item_category(noun.lower_, noun.lemma_)
        return Item(noun.text, noun.idx, noun.idx + len(noun), noun, category)

    @staticmethod
    def _count_context(scope: Scope, start: int, end: int) -> Item | None:
        """A bare number counting what the context names.

        "le bilan s'élève à 27", "le nombre de morts a atteint 150", "on estime à 10 000 le
        nombre de réfugiés"; the item is the noun after "nombre de", or none after "bilan".
        """
        match = _COUNT_AFTER.match(scope.norm, end) or _COUNT_CONTEXT.search(
            scope.norm, max(0, start - _COUNT_CONTEXT_REACH), start
        )
        if match is None:
            return None
        if match.group("item") is None:
            anchor = scope.index.at(match.start())
            if anchor is None:
                return None
            return Item("", anchor.idx, anchor.idx, anchor, None)
        noun = scope.index.at(match.start("item"))
        if noun is None:
            return None
        category = scope.lexicon.item_category(noun.lower_, noun.lemma_)
        return Item(noun.text, noun.idx, noun.idx + len(noun), noun, category)
