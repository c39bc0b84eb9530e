"""Hostile text in every HTML view: document text, ids, metadata, labels, attributes, layer names
and error messages carry script tags, event handlers and ``javascript:`` URLs; no view may turn
them into markup.

Each payload holds a marker element ``<pwn-tag>`` or attribute ``pwn-attr``: if an HTML parser
ever sees one in a view's output, something was not escaped.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import pytest
from polemos import Document, ExtractContext, Extractor, Pipeline, PluginManager

w = pytest.importorskip("ipywidgets")
pytest.importorskip("anywidget")

PAYLOADS = (
    "<script>window.pwned = 1</script>",
    "<img src=x onerror=alert(1) pwn-attr=1>",
    '"><pwn-tag pwn-attr=2 onmouseover=alert(2)>x</pwn-tag>',
    "' onfocus='alert(3)' autofocus pwn-attr='3",
    "javascript:alert(4)",
    '<a href="javascript:alert(5)" pwn-attr=5>clic</a>',
    "<svg onload=alert(6) pwn-attr=6>",
    "</textarea></style></div></span></td></table><pwn-tag>",
    "<!-- --><pwn-tag pwn-attr=8>",
    "&lt;pwn-tag&gt; {{7*7}} ${alert(9)}",
)
TEXT = " ".join(f"Les soldats {p} ont attaqué Gao." for p in PAYLOADS)
HOSTILE_LAYER = '"><pwn-tag pwn-attr=L>'
HOSTILE_ID = "<pwn-tag pwn-attr=id>"


class Hostile(Extractor):
    """Writes actors, an alliance, quantities and an oddly named layer, all full of payloads."""

    name = "hostile"
    writes = ("actors", "alliances", "quantities", HOSTILE_LAYER)

    def extract(self, ctx: ExtractContext) -> None:
        text = ctx.document.text
        actors = []
        for index, payload in enumerate(PAYLOADS):
            start = text.index(payload)
            end = start + len(payload)
            actors.append(
                ctx.annotate(
                    "actors",
                    "armed_group" if index % 2 else payload,
                    start,
                    end,
                    {
                        "actor_id": payload,
                        "name": payload,
                        "country": payload,
                        "url": "javascript:alert(10)",
                        payload: payload,
                    },
                )
            )
            ctx.annotate(HOSTILE_LAYER, payload, start, end, {"note": payload})
            ctx.annotate(
                "quantities",
                "killed" if index % 2 else payload,
                start,
                end,
                {"value": 3, "bound": "exact", "unit": payload, "item": payload,
                 "category": payload, "certainty": payload, "part_of": None},
            )  # fmt: skip
        for source, target in itertools.pairwise(actors):
            ctx.relate(
                "alliances",
                "supports",
                source,
                target,
                {"status": "current", "evidence": [0, 10], "cue": PAYLOADS[2]},
            )


class Failing(Extractor):
    name = "failing"
    writes = ("failing",)

    def extract(self, ctx: ExtractContext) -> None:
        raise ValueError(PAYLOADS[1] + PAYLOADS[2])


URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "background", "poster"}


class MarkupFinder(HTMLParser):
    """Collects what an HTML parser (a browser) would build: tags and attributes."""

    def __init__(self, drawing: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        # the network view sends matplotlib's SVG drawing: its one root <svg> is ours; any
        # other <svg> (and everything inside the drawing) is checked like the rest
        self.own_svg_roots = 1 if drawing else 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "svg" and self.own_svg_roots:
            self.own_svg_roots -= 1
        elif tag in {"script", "img", "iframe", "object", "embed", "pwn-tag", "a", "svg"}:
            self.problems.append(f"element <{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in {"pwn-attr", "autofocus", "href", "src"}:
                self.problems.append(f"attribute {name}={value!r} on <{tag}>")
            cleaned = "".join((value or "").split()).lower()
            if name in URL_ATTRIBUTES and cleaned.startswith("javascript:"):
                self.problems.append(f"javascript: URL in {name} on <{tag}>")
            if name == "style" and ("javascript:" in cleaned or "url(" in cleaned):
                self.problems.append(f"style {value!r} on <{tag}>")

    def handle_comment(self, data: str) -> None:
        self.problems.append(f"comment {data!r}")


def problems(html: str) -> list[str]:
    finder = MarkupFinder(drawing=html.startswith("<svg") and "matplotlib" in html[:2000])
    finder.feed(html)
    finder.close()
    return finder.problems


def widget_html(widget: Any) -> Iterator[tuple[str, str]]:
    """Every piece of HTML a widget tree sends to the browser, with where it comes from."""
    name = type(widget).__name__
    if isinstance(widget, w.HTML | w.HTMLMath | w.Label):
        yield name, str(widget.value)
    if hasattr(widget, "html") and isinstance(widget.html, str):
        yield name, widget.html
    if isinstance(widget, w.Output):
        for output in widget.outputs:
            for kind in ("text/html", "image/svg+xml"):
                if kind in output.get("data", {}):
                    yield f"{name} {kind}", str(output["data"][kind])
    for option in getattr(widget, "_options_labels", ()):
        assert isinstance(option, str)  # option labels are text nodes, never parsed as HTML
    for child in getattr(widget, "children", ()):
        yield from widget_html(child)


@pytest.fixture(scope="module")
def document() -> Document:
    pipeline = Pipeline(
        manager=PluginManager(entry_points=False), extractors=[Hostile(), Failing()]
    )
    meta = {
        "title": PAYLOADS[2],
        "url": "javascript:alert(11)",
        "source": PAYLOADS[1],
        "date": "2017-02-03" + PAYLOADS[0],
    }
    analysed = pipeline.analyze_one(Document(HOSTILE_ID, TEXT, meta))
    assert [e.plugin for e in analysed.errors] == ["failing"]
    assert len(analysed.layer("actors")) == len(PAYLOADS)
    return analysed


def test_the_payloads_really_are_markup() -> None:
    for index in (0, 1, 2, 5, 6, 7, 8):
        assert problems(PAYLOADS[index]), PAYLOADS[index]
    assert problems(f"<b title='{PAYLOADS[3]}'>")  # breaks out of a single-quoted attribute


def test_text_legend_details_and_tables_escape_everything(document: Document) -> None:
    from polemos_widgets.render import layer_counts, render_details, render_legend, render_text
    from polemos_widgets.tables import layer_frame, relations_frame
    from polemos_widgets.tableview import render_table

    palette_module = pytest.importorskip("polemos_widgets.palette")
    palette = palette_module.Palette()
    ids = [a.id for a in document.annotations] + [r.id for r in document.relations]
    views = {
        "text": render_text(document, palette=palette, selected=ids[:3]),
        "legend": render_legend(layer_counts([document]), palette, hidden=[HOSTILE_LAYER]),
        "details": render_details(document, ids, palette),
    }
    for layer in document.layers:
        frame = layer_frame([document], layer)
        views[f"table {layer}"] = render_table(frame, columns=list(frame.columns), sort="text")
    frame = relations_frame([document])
    views["relations"] = render_table(frame, columns=list(frame.columns))
    for name, html in views.items():
        assert problems(html) == [], name
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in views["text"]


def test_every_widget_escapes_everything(document: Document) -> None:
    from polemos_widgets import Explorer, FiguresView, NetworkView

    explorer = Explorer([document], manager=PluginManager(entry_points=False))
    explorer.show(document.id)
    explorer.select([*[a.id for a in document.annotations][:4], document.relations[0].id])
    pieces = [("Explorer.text_html", explorer.text_html)]
    pieces.append(("Explorer.details_html", explorer.details_html))
    for view in (explorer, NetworkView([document]), FiguresView([document])):
        pieces.extend(widget_html(view))
    assert len(pieces) > 10
    for name, html in pieces:
        assert problems(html) == [], (name, html[:300])
    shown = "".join(html for _, html in pieces)
    assert "&lt;pwn-tag pwn-attr=2 onmouseover=alert(2)&gt;" in shown  # shown, as text
