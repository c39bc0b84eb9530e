"""The extractor picker of the Explorer: one checkbox per extractor, a Run button, a progress bar.

The list comes from the :class:`~polemos.PluginManager`, so extractors of third-party plugins
(and of plugins registered at run time, e.g. in a notebook) appear beside the built-in ones.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape
from typing import Any

import ipywidgets as w
from polemos.limits import DEFAULT_TIME_LIMIT
from polemos.model import Document
from polemos.nlp import DEFAULT_MODEL, ModelError
from polemos.ordering import OrderingError
from polemos.plugins import PluginManager
from polemos.spec import PipelineSpec

from polemos_widgets.sources import fresh_copy

__all__ = ["RunPanel"]


class RunPanel(w.VBox):  # type: ignore[misc]
    """Tick extractors, press Run: documents are analysed afresh, with a progress bar.

    A run is described by the same :class:`~polemos.spec.PipelineSpec` as ``polemos analyze``
    and :func:`polemos.analyze`: ``config`` (extractor name -> settings) and ``time_limit``
    (seconds per extractor and document) mean what they mean there.
    """

    def __init__(
        self,
        manager: PluginManager,
        *,
        ticked: Sequence[str] | None = None,
        model: str = DEFAULT_MODEL,
        config: Mapping[str, Mapping[str, Any]] | None = None,
        time_limit: float | None = DEFAULT_TIME_LIMIT,
    ) -> None:
        self.manager = manager
        self.model = model
        self.config = {name: dict(value) for name, value in (config or {}).items()}
        self.time_limit = time_limit
        self.boxes: dict[str, w.Checkbox] = {}
        self.run_button = w.Button(description="Run", icon="play", button_style="primary")
        self.progress = w.IntProgress(
            value=0, min=0, max=1, bar_style="info", layout=w.Layout(visibility="hidden")
        )
        self.status = w.HTML(
            "<span class='pl-note'>tick the extractors and press Run to analyse the documents "
            "(again)</span>"
        )
        self._documents: Callable[[], list[Document]] = list
        self._done: list[Callable[[list[Document]], None]] = []
        self.checks = w.HBox(layout=w.Layout(flex_flow="row wrap"))
        super().__init__(
            [
                w.HTML("<b>2. Extractors to run</b>"),
                self.checks,
                w.HBox([self.run_button, self.progress, self.status]),
            ]
        )
        self.add_class("pl-run")
        self.refresh_extractors(ticked)
        self.run_button.on_click(lambda _: self.run())

    def refresh_extractors(self, ticked: Sequence[str] | None = None) -> None:
        """Rebuild the checkboxes from the plugin manager (keeping the ticks already set)."""
        previous = {name: box.value for name, box in self.boxes.items()}
        self.boxes = {}
        for plugin, extractor in self.manager.extractors_by_plugin():
            default = ticked is None or extractor.name in ticked
            box = w.Checkbox(
                value=previous.get(extractor.name, default),
                description=f"{extractor.name} → {', '.join(extractor.writes) or '-'}",
                tooltip=f"plugin {plugin}; requires {', '.join(extractor.requires) or 'nothing'}",
                indent=False,
                layout=w.Layout(width="auto", margin="0 14px 0 0"),
            )
            box.add_class("pl-extractor")
            self.boxes[extractor.name] = box
        self.checks.children = list(self.boxes.values())

    def selected(self) -> list[str]:
        """The names of the ticked extractors."""
        return [name for name, box in self.boxes.items() if box.value]

    def set_ticked(self, name: str, ticked: bool) -> None:
        """Tick or untick the extractor ``name``."""
        self.boxes[name].value = ticked

    def spec(self, documents: int = 0) -> PipelineSpec:
        """The pipeline a run of ``documents`` documents uses: the ticked extractors."""
        return PipelineSpec(
            extractors=tuple(self.selected()),
            model=self.model,
            config=self.config,
            nlp_batch_size=max(1, min(16, documents // 20)),  # progress moves, spaCy batches
            time_limit=self.time_limit,
        )

    def connect(
        self,
        documents: Callable[[], list[Document]],
        done: Callable[[list[Document]], None],
    ) -> None:
        """Run on ``documents()`` when asked, and hand the results to ``done``."""
        self._documents = documents
        self._done.append(done)

    def run(self) -> list[Document]:
        """Analyse fresh copies of the documents with the ticked extractors; return them."""
        sources = [fresh_copy(d) for d in self._documents()]
        try:
            pipeline = self.spec(len(sources)).build(self.manager)
        except (OrderingError, KeyError, ValueError) as exc:
            self.status.value = f"<span class='pl-errors'>cannot run: {escape(str(exc))}</span>"
            return []
        self.progress.max = max(len(sources), 1)
        self.progress.value = 0
        self.progress.layout.visibility = "visible"
        self.progress.bar_style = "info"
        self.progress.description = "model"
        self.status.value = (
            f"<span class='pl-loading'>loading the language model {escape(self.model)} "
            "(a few seconds, the first time)…</span>"
        )
        try:
            _ = pipeline.runs  # loads the spaCy model (once per process)
        except ModelError as exc:
            self.progress.bar_style = "danger"
            self.status.value = f"<span class='pl-errors'>{escape(str(exc))}</span>"
            return []
        results: list[Document] = []
        self.progress.description = f"0/{len(sources)}"
        self.status.value = f"analysing {len(sources)} document(s)…"
        for document in pipeline.analyze(sources):
            results.append(document)
            self.progress.value = len(results)
            self.progress.description = f"{len(results)}/{len(sources)}"
        failed = sum(1 for d in results if d.errors)
        self.progress.bar_style = "warning" if failed else "success"
        self.status.value = (
            f"{len(results)} document(s) analysed with {', '.join(self.selected()) or 'nothing'}"
            + (f"; <span class='pl-errors'>{failed} with errors</span>" if failed else "")
        )
        for callback in self._done:
            callback(results)
        return results
