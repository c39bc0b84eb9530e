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
from polemos.pipeline import Pipeline
from polemos.plugins import PluginManager

__all__ = ["PipelineSpec"]


@dataclass(frozen=True)
class PipelineSpec:
    """Everything a worker needs to build the same pipeline as the driver (picklable).

    ``extractors`` are extra extractor objects (they must be picklable: importable classes).
    ``time_limit`` bounds each extractor's work on one document (see :class:`Pipeline`).
    """

    plugins: tuple[str, ...] | None = None
    model: str = DEFAULT_MODEL
    config: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    extractors: tuple[Extractor, ...] = ()
    disable: tuple[str, ...] = ()
    nlp_batch_size: int = 32
    time_limit: float | None = DEFAULT_TIME_LIMIT

    @property
    def key(self) -> str:
        """A digest identifying this pipeline within a process."""
        return config_digest(
            [
                self.plugins,
                self.model,
                {k: dict(v) for k, v in self.config.items()},
                [f"{type(e).__module__}.{type(e).__qualname__}:{e.name}" for e in self.extractors],
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
            list(self.plugins) if self.plugins is not None else None,
            model=self.model,
            config=self.config,
            manager=manager,
            extractors=self.extractors,
            batch_size=self.nlp_batch_size,
            time_limit=self.time_limit,
        )
