"""The Explorer: pick documents, run extractors, read the highlighted text, browse the tables.

>>> from polemos import Document
>>> explorer = Explorer([Document("d", "Bonjour <b>.")], manager=PluginManager(entry_points=False))
>>> "&lt;b&gt;" in explorer.text_html
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

import ipywidgets as w
import pandas as pd
from polemos.limits import DEFAULT_TIME_LIMIT
from polemos.model import Document, Relation
from polemos.nlp import DEFAULT_MODEL
from polemos.plugins import PluginManager
from polemos_store.tables import storable

from polemos_widgets.palette import Palette
from polemos_widgets.pane import HtmlPane
from polemos_widgets.render import layer_counts, render_details, render_legend, render_text
from polemos_widgets.runner import RunPanel
from polemos_widgets.sources import load_sources, pasted_document, split_paths
from polemos_widgets.tables import layer_frame, relations_frame
from polemos_widgets.tableview import TableView

__all__ = ["Explorer"]

_HELP = (
    "<b>polemos Explorer</b> &mdash; hover a highlight to see its attributes, click it for "
    "details and provenance; untick a layer (or click a legend chip) to hide it; click a table "
    "row to find it in the text; CSV buttons download the tables."
)
_SOURCES = [
    ("the bundled example article", "example"),
    ("a text pasted below", "paste"),
    ("text files or folders (.txt, .jsonl, .csv)", "files"),
    ("saved results (.json, .jsonl, a results folder)", "results"),
]


def _css_name(name: str) -> str:
    return re.sub(r"[^a-z0-9_-]", "-", name.lower())


class Explorer(w.VBox):  # type: ignore[misc]
    """Documents, extractors, highlighted text, legend with layer toggles, details, tables.

    ``documents`` may already be analysed (e.g. read back from polemos JSONL): they are shown as
    they are. ``ticked`` names the extractors ticked at first (all when None); ``config`` and
    ``time_limit`` configure the runs as in :func:`polemos.analyze`.
    """

    def __init__(
        self,
        documents: Iterable[Document] = (),
        *,
        manager: PluginManager | None = None,
        ticked: Sequence[str] | None = None,
        model: str = DEFAULT_MODEL,
        config: Mapping[str, Mapping[str, Any]] | None = None,
        time_limit: float | None = DEFAULT_TIME_LIMIT,
    ) -> None:
        self.manager = manager if manager is not None else PluginManager()
        self.contracts = self.manager.layer_contracts()
        self.palette = Palette(self.contracts)
        self.documents: list[Document] = []
        self.hidden_layers: set[str] = {c.layer for c in self.contracts if not c.highlighted}
        self.hidden_labels: set[tuple[str, str]] = set()
        self.pasted_count = 0
        self.selected: list[str] = []
        self.current: Document | None = None

        self.source_kind = w.Dropdown(options=_SOURCES, value="example", description="Source")
        self.paths = w.Textarea(
            placeholder="one path per line: a file, a folder, a glob, results .json/.jsonl",
            layout=w.Layout(width="420px", height="34px"),
        )
        self.pasted = w.Textarea(
            placeholder="paste a French article or paragraph here, then press Analyse",
            layout=w.Layout(width="720px", height="120px", display="none"),
        )
        self.pasted.add_class("pl-paste")
        self.load_button = w.Button(description="Load", icon="folder-open")
        self.load_status = w.HTML()
        self.runner = RunPanel(
            self.manager, ticked=ticked, model=model, config=config, time_limit=time_limit
        )
        self.doc_picker = w.Dropdown(description="Document", layout=w.Layout(width="560px"))
        self.errors = w.HTML()
        self.text_pane = HtmlPane(max_height="460px")
        self.text_pane.add_class("pl-text-pane")
        self.layer_boxes = w.VBox()
        self.layer_boxes.add_class("pl-layers")
        self.details_pane = HtmlPane(max_height="300px")
        self.details_pane.add_class("pl-details-pane")
        self.tables: dict[str, TableView] = {}
        self.tabs = w.Tab()

        super().__init__(self._layout())
        self.add_class("pl-explorer")
        self.load_button.on_click(lambda _: self.load_from_box())
        self.source_kind.observe(lambda _: self._source_changed(), names="value")
        self.runner.connect(lambda: list(self.documents), self.set_documents)
        self.doc_picker.observe(lambda change: self.show(change["new"]), names="value")
        self.text_pane.on_click(self._text_clicked)
        self.details_pane.on_click(self._details_clicked)
        self._source_changed()
        self.set_documents(list(documents))

    def _layout(self) -> list[w.Widget]:
        sources = w.VBox(
            [
                w.HTML("<b>1. Documents</b>"),
                w.HBox([self.source_kind, self.paths, self.load_button]),
                self.pasted,
                self.load_status,
            ]
        )
        side = w.VBox(
            [
                w.HTML("<b>Layers</b> (tick to show)"),
                self.layer_boxes,
                w.HTML("<b>Details</b>"),
                self.details_pane,
            ],
            layout=w.Layout(flex="2 1 0", min_width="0", padding="0 4px 0 12px"),
        )
        text = w.VBox(
            [self.text_pane], layout=w.Layout(flex="3 1 0", min_width="0", border="1px solid #ddd")
        )
        return [
            w.HTML(_HELP),
            sources,
            self.runner,
            w.HBox([self.doc_picker, self.errors]),
            w.HBox([text, side], layout=w.Layout(width="100%")),
            self.tabs,
        ]

    def __repr__(self) -> str:
        """A one-line summary: what a front end without widgets shows instead of the Explorer."""
        counts = layer_counts(self.documents)
        layers = ", ".join(f"{name} ({sum(c.values())})" for name, c in counts.items())
        return f"polemos Explorer: {len(self.documents)} document(s); layers: {layers or 'none'}"

    # -- constructors --------------------------------------------------------------------

    @classmethod
    def from_results(
        cls,
        *paths: str | Path,
        manager: PluginManager | None = None,
        ticked: Sequence[str] | None = None,
    ) -> Explorer:
        """An Explorer over saved results (polemos JSON or JSONL), shown without re-running."""
        explorer = cls(manager=manager, ticked=ticked)
        explorer.load([str(p) for p in paths])
        return explorer

    # -- documents -----------------------------------------------------------------------

    def load(self, sources: Sequence[str]) -> None:
        """Load documents from paths (see :func:`~polemos_widgets.sources.load_sources`)."""
        documents, errors = load_sources(sources, self.manager)
        message = f"{len(documents)} document(s) loaded"
        if errors:
            listed = "; ".join(escape(str(e)) for e in errors[:5])
            message += f"; <span class='pl-errors'>{len(errors)} error(s): {listed}</span>"
        self.load_status.value = message
        self.set_documents(documents)

    def _source_changed(self) -> None:
        paste = self.source_kind.value == "paste"
        self.pasted.layout.display = None if paste else "none"
        self.paths.layout.display = "none" if paste or self.source_kind.value == "example" else None
        self.load_button.description = "Analyse" if paste else "Load"
        self.load_button.icon = "play" if paste else "folder-open"

    def load_from_box(self) -> None:
        """Load what the source picker and the path box say; analyse a pasted text at once."""
        if self.source_kind.value == "example":
            self.load(["example"])
        elif self.source_kind.value == "paste":
            self.analyse_text(self.pasted.value)
        else:
            self.load(split_paths(self.paths.value))

    def analyse_text(self, text: str) -> list[Document]:
        """Analyse a pasted text with the ticked extractors and show it (ids ``pasted-N``)."""
        if not text.strip():
            self.load_status.value = "<span class='pl-errors'>paste a text first</span>"
            return []
        self.pasted_count += 1
        document = pasted_document(text, self.pasted_count)
        self.load_status.value = f"pasted text: {len(document.text)} characters"
        self.set_documents([document])
        return self.runner.run()

    def set_documents(self, documents: list[Document]) -> None:
        """Show these documents (already analysed or not); the first one is displayed.

        Lone surrogates, which the browser messages (UTF-8) cannot carry, are shown as U+FFFD.
        """
        documents = [storable(document) for document in documents]
        self.documents = documents
        self.doc_picker.options = [(self._doc_label(d), d.id) for d in documents]
        self._refresh_tables()
        self.show(documents[0].id if documents else None)

    @staticmethod
    def _doc_label(document: Document) -> str:
        title = str(document.meta.get("title") or document.text[:60]).replace("\n", " ")
        return f"{document.id}: {title[:60]} ({len(document.annotations)} annotations)"

    def show(self, doc_id: str | None) -> None:
        """Display the document ``doc_id``."""
        found = next((d for d in self.documents if d.id == doc_id), None)
        if found is not self.current:
            self.selected = []
        self.current = found
        if doc_id is not None and self.doc_picker.value != doc_id:
            self.doc_picker.value = doc_id
        self._refresh_layers()
        self._refresh_text()
        errors = found.errors if found is not None else ()
        self.errors.value = (
            "<span class='pl-errors'>"
            + "<br>".join(escape(f"{e.plugin}: {e.type}: {e.message}") for e in errors)
            + "</span>"
        )

    # -- layers and highlights -----------------------------------------------------------

    @property
    def layers(self) -> list[str]:
        """The annotation layers of the loaded documents."""
        return list(layer_counts(self.documents))

    @property
    def visible_layers(self) -> list[str]:
        """The layers currently highlighted."""
        return [layer for layer in self.layers if layer not in self.hidden_layers]

    def set_layer_visible(self, layer: str, visible: bool) -> None:
        """Show or hide the highlights of ``layer``."""
        if visible:
            self.hidden_layers.discard(layer)
        else:
            self.hidden_layers.add(layer)
        for box in self.layer_boxes.children:
            if isinstance(box, w.HBox) and box.children[0].description == layer:
                box.children[0].value = visible
        self._refresh_text()

    def set_label_visible(self, layer: str, label: str, visible: bool) -> None:
        """Show or hide the highlights of one label of ``layer`` (a legend chip click)."""
        if visible:
            self.hidden_labels.discard((layer, label))
        else:
            self.hidden_labels.add((layer, label))
        self._refresh_layers()
        self._refresh_text()

    def _chip_clicked(self, kind: str, value: str) -> None:
        layer, _, label = value.partition("|")
        if kind == "label" and label:
            self.set_label_visible(layer, label, (layer, label) in self.hidden_labels)

    def _refresh_layers(self) -> None:
        counts = layer_counts([self.current] if self.current is not None else [])
        rows = []
        for layer in self.layers:
            box = w.Checkbox(
                value=layer not in self.hidden_layers,
                description=layer,
                indent=False,
                layout=w.Layout(width="120px"),
            )
            box.add_class("pl-layer-toggle")
            box.add_class(f"pl-layer-{_css_name(layer)}")
            box.observe(
                lambda change, name=layer: self.set_layer_visible(name, change["new"]),
                names="value",
            )
            chips = HtmlPane(
                html=render_legend(
                    {layer: counts.get(layer, {})},
                    self.palette,
                    layer_names=False,
                    hidden_labels=self.hidden_labels,
                )
            )
            chips.add_class("pl-legend-chips")
            chips.on_click(self._chip_clicked)
            rows.append(w.HBox([box, chips]))
        relation_layers = sorted({r.layer for d in self.documents for r in d.relations})
        if relation_layers and self.current is not None:
            listed = ", ".join(
                f"{escape(name)} ({len(self.current.relation_layer(name))})"
                for name in relation_layers
            )
            rows.append(w.HTML(f"<span class='pl-note'>relations: {listed} (see tables)</span>"))
        self.layer_boxes.children = rows

    @property
    def text_html(self) -> str:
        """The HTML of the highlighted text currently shown."""
        return str(self.text_pane.html)

    @property
    def details_html(self) -> str:
        """The HTML of the details panel."""
        return str(self.details_pane.html)

    def _refresh_text(self) -> None:
        if self.current is None:
            self.text_pane.html = "<div class='pl-note'>No document: load some above.</div>"
        else:
            self.text_pane.html = render_text(
                self.current,
                layers=self.visible_layers,
                palette=self.palette,
                selected=self.selected,
                hidden_labels=self.hidden_labels,
            )
        self.details_pane.html = (
            render_details(self.current, self.selected, self.palette)
            if self.current is not None
            else ""
        )

    def select(self, ids: Sequence[str], scroll: bool = True) -> None:
        """Mark the annotations (or relations) ``ids`` in the text and show their details."""
        self.selected = list(ids)
        self._refresh_text()
        if scroll and self.current is not None:
            first = next(
                (
                    i
                    for item in (self.current.get(i) for i in ids)
                    if item is not None
                    for i in ((item.source,) if isinstance(item, Relation) else (item.id,))
                ),
                None,
            )
            if first is not None:
                self.text_pane.scroll_to(first)

    def _text_clicked(self, kind: str, value: str) -> None:
        if kind == "ann":
            self.select(value.split(), scroll=False)

    def _details_clicked(self, kind: str, value: str) -> None:
        if kind == "ann":  # a referenced annotation: select it and find it in the text
            self.select(value.split())

    # -- tables --------------------------------------------------------------------------

    def _frames(self) -> dict[str, pd.DataFrame]:
        """The tables: the scored layers, the other layers, then relations (empty ones last).

        Scored layers (their contracts say how they are scored) come in contract order.
        """
        frames = {
            layer: layer_frame(self.documents, layer, self.contracts) for layer in self.layers
        }
        frames["relations"] = relations_frame(self.documents)
        scored = [c.layer for c in self.contracts.scored() if c.kind == "annotations"]
        names = [n for n in scored if n in frames] + [n for n in frames if n not in scored]
        names.sort(key=lambda name: name == "relations")
        names.sort(key=lambda name: frames[name].empty)  # stable: keeps that order otherwise
        return {name: frames[name] for name in names}

    def _refresh_tables(self) -> None:
        frames = self._frames()
        for name, frame in frames.items():
            if name not in self.tables:
                table = TableView(name=name)
                table.on_select(self._row_selected)
                self.tables[name] = table
            self.tables[name].set_frame(frame)
        shown = [self.tables[name] for name in frames]
        self.tabs.children = shown
        for index, name in enumerate(frames):
            self.tabs.set_title(index, f"{name} ({len(frames[name])})")

    def _row_selected(self, row: pd.Series) -> None:
        doc_id = str(row.get("document"))
        if self.current is None or self.current.id != doc_id:
            self.show(doc_id)
        ids = [str(row["id"])]
        if "source_id" in row and isinstance(row.get("source_id"), str):
            ids += [str(row["source_id"]), str(row["target_id"])]
        self.select(ids)
