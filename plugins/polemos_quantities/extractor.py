"""The ``quantities`` extractor: wraps :class:`QuantityFinder` for the polemos pipeline."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from polemos import Annotation, ExtractContext, Extractor

from polemos_quantities.finder import QuantityFinder
from polemos_quantities.lexicon import DEFAULT_LEXICON_PATH, load_lexicon
from polemos_quantities.model import ActorSpan

__all__ = ["LEXICON_RESOURCE", "QuantitiesExtractor"]

#: Resource kind through which plugins and users contribute lexicon files (JSON).
LEXICON_RESOURCE = "quantities.lexicon"


class QuantitiesExtractor(Extractor):
    """Numbers in French conflict news, typed, bounded and hedged (layer ``quantities``).

    Each annotation's label is its category; attributes: ``value``, ``value_max`` (ranges),
    ``bound``, ``unit``, ``item``, ``category``, ``casualty_type``, ``certainty``, ``part_of``
    (annotation id of the whole), ``source`` and ``of_actor`` (actor annotation ids, when the
    ``actors`` layer is present). Configuration: ``actors_layer`` (default ``"actors"``) and
    ``lexicon`` (paths of JSON lexicon files extending the shipped one, like those plugins
    contribute through the ``quantities.lexicon`` resource kind).
    """

    name = "quantities"
    writes = ("quantities",)
    after = ("actors",)
    spacy_components = ("morphologizer", "parser", "attribute_ruler", "lemmatizer")
    default_config: ClassVar[dict[str, Any]] = {"actors_layer": "actors", "lexicon": []}

    def __init__(self) -> None:
        # The shipped lexicon's finder is built now, not in the first document's extract().
        self._finders: dict[tuple[Path, ...], QuantityFinder] = {
            (DEFAULT_LEXICON_PATH,): QuantityFinder(load_lexicon([DEFAULT_LEXICON_PATH]))
        }

    def finder(self, lexicon_paths: Sequence[Path] = ()) -> QuantityFinder:
        """Return the finder for the shipped lexicon extended by ``lexicon_paths`` (cached)."""
        paths = (DEFAULT_LEXICON_PATH, *(p for p in lexicon_paths if p != DEFAULT_LEXICON_PATH))
        finder = self._finders.get(paths)
        if finder is None:
            finder = QuantityFinder(load_lexicon(paths))
            self._finders[paths] = finder
        return finder

    def extract(self, ctx: ExtractContext) -> None:
        """Annotate the quantities of ``ctx.document``, wholes before their parts."""
        actors_layer = str(ctx.config.get("actors_layer", "actors"))
        actors = [ActorSpan(a.start, a.end, a.id) for a in ctx.layer(actors_layer)]
        extra = [Path(p) for p in ctx.config.get("lexicon", ())]
        finder = self.finder([*ctx.resources(LEXICON_RESOURCE), *extra])
        quantities = finder.find(ctx.doc, actors, ctx.document.text)
        made: dict[int, Annotation] = {}
        for index in _wholes_first(quantities):
            quantity = quantities[index]
            whole = made.get(quantity.part_of) if quantity.part_of is not None else None
            made[index] = ctx.annotate(
                "quantities",
                quantity.category,
                quantity.start,
                quantity.end,
                attributes=quantity.attributes(whole.id if whole is not None else None),
            )


def _wholes_first(quantities: Sequence[Any]) -> list[int]:
    """Indices with every whole before its parts (a part always follows its whole in text)."""
    return sorted(range(len(quantities)), key=lambda i: quantities[i].part_of is not None)
