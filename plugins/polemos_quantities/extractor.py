"""The ``quantities`` extractor: wraps :class:`QuantityFinder` for the polemos pipeline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from polemos import Annotation, ExtractContext, Extractor

from polemos_quantities.finder import QuantityFinder
from polemos_quantities.lexicon import DEFAULT_LEXICON_PATH, load_lexicon
from polemos_quantities.model import ActorSpan

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["LEXICON_RESOURCE", "QuantitiesConfig", "QuantitiesExtractor"]

#: Resource kind through which plugins and users contribute lexicon files (JSON).
LEXICON_RESOURCE = "quantities.lexicon"


@dataclass
class QuantitiesConfig:
    """The configuration of the ``quantities`` extractor (see :class:`QuantitiesExtractor`)."""

    renamed_keys: ClassVar[dict[str, str]] = {"lexicon": "data_paths"}

    actors_layer: str = "actors"
    data_paths: str | list[str] = field(default_factory=list)


class QuantitiesExtractor(Extractor):
    """Numbers in French conflict news, typed, bounded and hedged (layer ``quantities``).

    Each annotation's label is its category; attributes: ``value``, ``value_max`` (ranges),
    ``bound``, ``unit``, ``item``, ``category``, ``casualty_type``, ``certainty``, ``part_of``
    (annotation id of the whole), ``source`` and ``of_actor`` (actor annotation ids, when the
    ``actors`` layer is present). Configuration: ``actors_layer`` (default ``"actors"``) and
    ``data_paths`` (one path or a list: JSON lexicon files extending the shipped one, like
    those plugins contribute through the ``quantities.lexicon`` resource kind).
    """

    name = "quantities"
    writes = ("quantities",)
    after = ("actors",)
    spacy_components = ("morphologizer", "parser", "attribute_ruler", "lemmatizer")
    config_type = QuantitiesConfig

    def __init__(self) -> None:
        self._finder: QuantityFinder | None = None
        self._config = QuantitiesConfig()

    def finder(self, lexicon_paths: Sequence[Path] = ()) -> QuantityFinder:
        """A finder for the shipped lexicon extended by ``lexicon_paths``."""
        paths = (DEFAULT_LEXICON_PATH, *(p for p in lexicon_paths if p != DEFAULT_LEXICON_PATH))
        return QuantityFinder(load_lexicon(paths))

    def setup(
        self, nlp: Language, config: QuantitiesConfig, resources: Callable[[str], list[Path]]
    ) -> None:
        """Read the lexicons once: shipped, plugins' resources, then ``data_paths``."""
        paths = [config.data_paths] if isinstance(config.data_paths, str) else config.data_paths
        self._finder = self.finder([*resources(LEXICON_RESOURCE), *map(Path, paths)])
        self._config = config

    def extract(self, ctx: ExtractContext) -> None:
        """Annotate the quantities of ``ctx.document``, wholes before their parts."""
        finder = self._finder
        if finder is None:
            raise RuntimeError("the quantities extractor was not set up (Pipeline.setup)")
        actors = [ActorSpan(a.start, a.end, a.id) for a in ctx.layer(self._config.actors_layer)]
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
