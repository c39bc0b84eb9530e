"""Find the quantities of a parsed French text: the one entry point of the pure modules."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from polemos_quantities.ages import is_age
from polemos_quantities.attribution import Attributor
from polemos_quantities.bounds import BoundReader, Ranged, join_ranges
from polemos_quantities.category import categorize
from polemos_quantities.certainty import CertaintyReader
from polemos_quantities.exclusions import (
    DateTimeFilter,
    is_definite_reference,
    is_identifier,
    is_year,
)
from polemos_quantities.item_context import (
    read_count_context,
    read_measured,
    read_people_antecedent,
)
from polemos_quantities.items import Item, read_item, read_shared_item
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
_PARTITIVE = re.compile(rf"{_S}+(?:des|d'entre{_S}+les|parmi{_S}+les){_S}+")
#: "20 000 d'entre eux": the whole is people named before, not a count written after.
_ANAPHORIC = re.compile(rf"{_S}+(?:d'entre|parmi){_S}+(?:eux|elles)(?!\w)")
_EVENT_CATEGORIES = frozenset({"casualties", "captured", "displaced"})
#: After a number standing alone: these mean it is no count of people named before it.
_WORDS_AFTER_A_COUNT = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "X", "SYM"})
_VERBAL = frozenset({"AUX", "VERB"})


class _Measure(NamedTuple):
    """The span of a number with its unit and item; ``whole_at`` for partitive counts."""

    start: int
    end: int
    unit: str | None
    item: Item | None
    in_span: bool
    whole_at: int | None


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


def _repeat_categories(found: Sequence[Quantity], lexicon: Lexicon) -> None:
    """Give a repeated figure the event category of its first mention.

    "Au moins 20 civils ont été tués. Ces 20 civils...": the repeat's own clause gives no event.
    Only people counts are carried over (the repeat reads as ``personnel`` or ``other``), and
    only between mentions of the same value, unit and item.
    """
    first_of: dict[tuple[float, str | None, str], Quantity] = {}
    for quantity in found:
        if quantity.item is None:
            continue
        key = (float(quantity.value), quantity.unit, quantity.item.lower())
        earlier = first_of.setdefault(key, quantity)
        if earlier is quantity:
            continue
        plain = quantity.category in lexicon.people_categories or quantity.category == "other"
        if plain and earlier.category in _EVENT_CATEGORIES:
            quantity.category, quantity.casualty_type = earlier.category, earlier.casualty_type


_OF_SOMETHING = re.compile(r"\s*(?:de|du|des|d')(?!\w)", re.IGNORECASE)


def _shares_of_one_whole(
    norm: str, found: Sequence[Quantity], regions: Sequence[tuple[int, int]]
) -> None:
    """A bare percentage after a share of territory in its sentence shares it too.

    "Le Maroc contrôle 80 % du territoire, tandis que le Polisario contrôle les 20 % restants";
    not one of something else ("40 % des électeurs").
    """
    for index, quantity in enumerate(found):
        if quantity.unit != "%" or quantity.item is not None:
            continue
        if _OF_SOMETHING.match(norm, quantity.end):
            continue
        earlier = [
            other
            for other, region in zip(found[:index], regions[:index], strict=True)
            if region == regions[index] and other.unit == "%" and other.category == "territory"
        ]
        if earlier:
            quantity.category, quantity.item = "territory", earlier[-1].item


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
        _repeat_categories(found, self.lexicon)
        _shares_of_one_whole(scope.norm, found, regions)
        return found

    def _read(self, scope: Scope, ranged: Ranged, earlier: Sequence[_Read]) -> _Read | None:
        """Read one number in context; ``None`` when it is no quantity."""
        first = scope.index.at(ranged.start)
        if first is None:
            return None
        measure = self._measure(scope, ranged, first, earlier)
        if measure is None or self._names_something(scope, ranged, measure):
            return None
        start, end, bound = self._bound(scope.norm, ranged, measure)
        last = scope.index.at(end - 1) or first
        item, unit = measure.item, measure.unit
        category, casualty_type = categorize(scope, item, unit, first, last)
        if unit == "year" and is_age(scope, ranged.start, end, first):
            category, casualty_type = "other", None
        known = item is not None and item.category is not None
        if unit is None and is_definite_reference(scope, ranged, category, known):
            return None
        head = item.head if item is not None and measure.in_span else last
        quantity = Quantity(
            start=start,
            end=end,
            value=ranged.number.value,
            value_max=ranged.value_max,
            bound=bound,
            unit=unit,
            item=item.text or None if item is not None else None,
            category=category,
            casualty_type=casualty_type,
            certainty=self._certainty.read(scope, head, first, last, (start, end), category),
        )
        return _Read(quantity, first, measure.whole_at)

    def _measure(
        self, scope: Scope, ranged: Ranged, first: Token, earlier: Sequence[_Read]
    ) -> _Measure | None:
        """Read the unit and the item around a number; ``None`` for a bare number."""
        norm = scope.norm
        start, end = ranged.start, ranged.end
        unit = ranged.number.unit  # "la moitié" carries its unit (%) in itself
        if unit is None:
            unit_found = self._units.after(norm, end, ranged.number.takes_de)
            if unit_found is not None:
                unit, end = unit_found
            elif (currency := self._units.before(norm, start)) is not None:
                unit, start = currency
        if unit is not None:
            measured = read_measured(scope, start, end, share=unit == "%")
            return _Measure(start, end, unit, measured, False, None)
        item = read_item(scope, end, ranged.number.takes_de)
        if item is not None and item.elliptic:
            item = self._antecedent(scope, item, first, earlier)
        elif item is None or item.category is None:
            shared = read_shared_item(scope, first, end)  # "... détruits et 243 endommagés"
            resolved = shared and self._antecedent(scope, shared, first, earlier)
            if resolved and resolved.category is not None:  # its noun, not its participle
                item = replace(resolved, text=resolved.text.split()[0])
        if item is not None:
            return _Measure(start, max(end, item.end), None, item, True, None)
        partitive = _PARTITIVE.match(norm, end)
        if partitive is not None:
            among = read_item(scope, partitive.end(), False)
            if among is not None:  # "quinze des victimes": the whole is a set, not a count
                return _Measure(start, among.end, None, among, True, None)
            # "six des onze otages": the item comes with the whole
            return _Measure(start, end, None, None, False, partitive.end())
        context = read_count_context(scope, start, end)
        if context is not None:
            return _Measure(start, end, None, context, False, None)
        anaphoric = _ANAPHORIC.match(norm, end) is not None
        if anaphoric or self._stands_alone(scope, ranged):
            people = read_people_antecedent(scope, first, end, anaphoric)
            if people is not None:
                return _Measure(start, end, None, people, False, None)
        return None

    def _stands_alone(self, scope: Scope, ranged: Ranged) -> bool:
        """Whether a number with no noun may count people named before it.

        It must be hedged ("plus de 200", "une centaine environ", "entre 400 et 500") or
        follow a copula ("ils étaient 300"); an exact number alone is too often something else.
        """
        norm = scope.norm
        trailing = self._bounds.trailing_approx(norm, ranged.end)
        following = scope.index.after(trailing or ranged.end)
        word = forms(following)[0] if following is not None else ""
        if following is not None and (
            (following.pos_ in _WORDS_AFTER_A_COUNT and word not in self.lexicon.weekdays)
            or word.startswith("-")
            or word in self.lexicon.non_items
        ):
            return False  # "jusqu'à 1,5 fois le salaire", "6-1" (a score); "50 mercredi" counts
        if ranged.value_max is not None or ranged.number.approx or trailing is not None:
            return True
        if self._bounds.before(norm, ranged.start):
            return True
        previous = scope.index.before(ranged.start)
        return previous is not None and previous.lemma_ == "être" and previous.pos_ in _VERBAL

    @staticmethod
    def _names_something(scope: Scope, ranged: Ranged, measure: _Measure) -> bool:
        """A year ("en 2012") or an identifier ("article 51", "France 24"), not a quantity."""
        item = measure.item
        # A count of people named elsewhere (zero-width item) does not make "2008" a count.
        known = item is not None and item.category is not None and item.end > item.start
        plural = known and item is not None and "Sing" not in item.head.morph.get("Number", [])
        if is_year(ranged, known, measure.unit is not None):
            return True
        return measure.unit is None and is_identifier(scope, ranged, plural)

    def _bound(self, norm: str, ranged: Ranged, measure: _Measure) -> tuple[int, int, str]:
        """The span extended over the bound cues, and the bound they give."""
        start, end = measure.start, measure.end
        # A range is bounded below by its low end (``value``); ``value_max`` bounds it above.
        if ranged.value_max is not None:
            bound = "lower"
        else:
            bound = "approx" if ranged.number.approx else "exact"
        cue = self._bounds.before(norm, start)
        if cue is not None:
            bound, start = cue
        trailing = self._bounds.trailing_approx(norm, end)  # "30 km environ"
        if trailing is not None:
            bound, end = "approx", trailing
        return start, end, bound

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
