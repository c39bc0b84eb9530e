"""A clickable, scrollable HTML pane: the one custom widget the views are built from.

Python renders (escaped) HTML into :attr:`HtmlPane.html`; the browser shows it. A click on an
element carrying ``data-pl-click="kind:value"`` (a highlighted span, a table row or header) is
sent back to Python as a message and dispatched to the callbacks registered with
:meth:`HtmlPane.on_click`. :meth:`HtmlPane.scroll_to` asks the browser to scroll an annotation
into view. The front end is a few lines of plain JavaScript run by ``anywidget``; it only ever
sets ``innerHTML`` from Python-escaped HTML, so text from documents cannot run code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anywidget
import traitlets

__all__ = ["CSS", "HtmlPane"]

_ESM = """
function render({ model, el }) {
  const box = document.createElement("div");
  box.className = "pl-pane";
  el.appendChild(box);
  const draw = () => {
    box.style.maxHeight = model.get("max_height");
    box.innerHTML = model.get("html");
  };
  draw();
  model.on("change:html", draw);
  model.on("change:max_height", draw);
  box.addEventListener("click", (event) => {
    const target = event.target.closest("[data-pl-click]");
    if (target && box.contains(target)) {
      model.send({ kind: "click", value: target.getAttribute("data-pl-click") });
    }
  });
  model.on("msg:custom", (msg) => {
    if (msg && msg.download) {
      const { name, text, mime } = msg.download;
      const url = URL.createObjectURL(new Blob([text], { type: mime }));
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    }
    if (msg && msg.scroll_to) {
      const found = Array.from(box.querySelectorAll("[data-ann]")).find(
        (node) => node.getAttribute("data-ann").split(" ").includes(msg.scroll_to)
      );
      if (found) {
        found.scrollIntoView({ block: "center", behavior: "smooth" });
      }
    }
  });
}
export default { render };
"""

CSS = """
.pl-pane { overflow-y: auto; overflow-x: auto; font-family: system-ui, sans-serif; font-size: 14px;
  overflow-wrap: break-word; box-sizing: border-box; }
.pl-text { white-space: pre-wrap; line-height: 1.9; padding: 4px 10px 4px 4px;
  font-family: Georgia, serif; font-size: 15px; color: #111; }
.pl-seg { cursor: pointer; border-radius: 2px; padding: 1px 0; }
.pl-seg.pl-start { margin-left: 1px; border-left: 2px solid rgba(0,0,0,0.25); }
.pl-seg:hover { outline: 1px solid #333; }
.pl-seg.pl-zero::after { content: "▾"; color: #555; }
.pl-seg.pl-selected { outline: 3px solid #e11d48; outline-offset: 1px; }
.pl-chip { display: inline-block; padding: 0 6px; margin: 1px 2px; border-radius: 8px;
  font-size: 12px; color: #111; max-width: 100%; overflow-wrap: break-word; }
.pl-legend-row { margin: 2px 0; }
.pl-legend-row.pl-hidden { opacity: 0.35; }
.pl-chip[data-pl-click] { cursor: pointer; border: 1px solid rgba(0,0,0,0.25); }
.pl-chip[data-pl-click]:hover { border-color: #333; }
.pl-chip.pl-off-label { opacity: 0.4; text-decoration: line-through; }
.pl-ref { cursor: pointer; text-decoration: underline dotted; }
.pl-network-figure svg { max-width: 100%; height: auto; }
.pl-network-figure .pl-edge, .pl-network-figure .pl-hit, .pl-network-figure .pl-node {
  cursor: pointer; }
.pl-network-figure .pl-edge:hover, .pl-network-figure .pl-node:hover {
  filter: drop-shadow(0 0 3px #f59e0b); }
.pl-details .pl-item { border-top: 1px solid #ddd; padding: 6px 0; }
.pl-attrs { border-collapse: collapse; margin: 4px 0; font-size: 13px; }
.pl-attrs th { text-align: left; padding: 1px 8px 1px 0; color: #444; font-weight: 600; }
.pl-attrs td { padding: 1px 4px; font-family: ui-monospace, monospace; word-break: break-word; }
.pl-prov { color: #555; font-size: 12px; }
.pl-off { color: #777; font-size: 12px; }
.pl-table { border-collapse: collapse; font-size: 13px; width: 100%; }
.pl-table th { position: sticky; top: 0; background: #f3f4f6; cursor: pointer;
  text-align: left; padding: 3px 4px; border-bottom: 1px solid #bbb; }
.pl-table td { padding: 2px 4px; border-bottom: 1px solid #eee; vertical-align: top;
  overflow-wrap: anywhere; min-width: 4.6em; max-width: 24em; }
.pl-table tr.pl-row { cursor: pointer; }
.pl-table tr.pl-row:hover { background: #fef3c7; }
.pl-table tr.pl-row.pl-selected { background: #fde68a; }
.pl-note { color: #666; font-size: 12px; padding: 2px 4px; }
.pl-errors { color: #b91c1c; font-size: 13px; }
"""


class HtmlPane(anywidget.AnyWidget):
    """An HTML pane whose clickable elements call back into Python.

    >>> pane = HtmlPane(html="<b>hi</b>")
    >>> seen = []
    >>> pane.on_click(lambda kind, value: seen.append((kind, value)))
    >>> pane.click("row:3")
    >>> seen
    [('row', '3')]
    """

    _esm = _ESM
    _css = CSS
    html = traitlets.Unicode("").tag(sync=True)
    max_height = traitlets.Unicode("none").tag(sync=True)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._click_callbacks: list[Callable[[str, str], None]] = []
        self.on_msg(self._on_message)

    def on_click(self, callback: Callable[[str, str], None]) -> None:
        """Call ``callback(kind, value)`` when an element ``data-pl-click="kind:value"`` is hit."""
        self._click_callbacks.append(callback)

    def click(self, payload: str) -> None:
        """Dispatch a click as the browser would (``payload`` is ``"kind:value"``)."""
        kind, _, value = payload.partition(":")
        for callback in self._click_callbacks:
            callback(kind, value)

    def scroll_to(self, annotation_id: str) -> None:
        """Ask the browser to scroll the span of ``annotation_id`` into view."""
        self.send({"scroll_to": annotation_id})

    def download(self, name: str, text: str, mime: str = "text/plain") -> None:
        """Ask the browser to save ``text`` as a file called ``name`` (a download)."""
        self.send({"download": {"name": name, "text": text, "mime": mime}})

    def _on_message(self, _widget: object, content: Any, _buffers: object) -> None:
        if isinstance(content, dict) and content.get("kind") == "click":
            self.click(str(content.get("value", "")))
