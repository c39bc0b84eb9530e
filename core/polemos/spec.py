"""The pipeline specification: one picklable description of a pipeline, for every way to run it.

The CLI, :func:`polemos.analyze`, the engines' worker processes and the notebooks' widgets all
describe the pipeline they want as a :class:`PipelineSpec` and build it with
:meth:`PipelineSpec.build`, so that they run the same extractors with the same configuration.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from polemos.extractor import Extractor
from polemos.ids import config_digest
from polemos.limits import DEFAULT_TIME_LIMIT
from polemos.nlp import DEFAULT_MODEL
from polemos.pipeline import Pipeline, selection
from polemos.plugins import PluginManager


@dataclass(frozen=True)
class PipelineSpec:
    """Everything a worker needs to build the same pipeline as the driver (picklable).

    ``extractors`` are the extractors to run, as :class:`Pipeline` takes them: names of
    installed extractors and extractor objects (picklable ones: importable classes), all the
    installed ones when None. ``plugins`` (names) is its deprecated alias: given, it warns and
    its names are put first in ``extractors``. ``time_limit`` bounds each extractor's work on
    one document (see :class:`Pipeline`).
    """

    extractors: tuple[str | Extractor, ...] | None = None
    model: str = DEFAULT_MODEL
    config: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    disable: tuple[str, ...] = ()
    nlp_batch_size: int = 32
    time_limit: float | None = DEFAULT_TIME_LIMIT
    plugins: tuple[str, ...] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        chosen = selection(self.extractors, self.plugins, "PipelineSpec")
        object.__setattr__(self, "extractors", None if chosen is None else tuple(chosen))
        object.__setattr__(self, "plugins", None)

    @property
    def key(self) -> str:
        """A digest identifying this pipeline within a process."""
        return config_digest(
            [
                None if self.extractors is None else [_key(e) for e in self.extractors],
                self.model,
                {k: dict(v) for k, v in self.config.items()},
                self.disable,
                self.nlp_batch_size,
                self.time_limit,
            ],
            length=16,
        )

    def build(self, manager: PluginManager | None = None) -> Pipeline:
        """Build the pipeline with ``manager`` (a new one by default); the model loads later."""
        if manager is None:
            manager = PluginManager(disable=self.disable or None)
        return Pipeline(
            self.extractors,
            model=self.model,
            config=self.config,
            manager=manager,
            batch_size=self.nlp_batch_size,
            time_limit=self.time_limit,
        )


def _key(extractor: str | Extractor) -> str:
    """A name, or an extractor object by its class and name."""
    if isinstance(extractor, str):
        return extractor
    return f"{type(extractor).__module__}.{type(extractor).__qualname__}:{extractor.name}"
