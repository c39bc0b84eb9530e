"""HTML rendering of an analysed document: highlighted text, legend and details.

Pure functions from :class:`~polemos.Document` to HTML strings (no widget library needed), so
they are unit-tested without a browser. Everything that comes from a document (text, labels,
attributes, metadata, ids) goes through :func:`html.escape`: an article holding ``<script>`` or
``<img onerror=...>`` shows as text and runs nothing.

Overlapping and nested annotations: the text is cut at every annotation boundary into segments;
each segment lists the annotations covering it, innermost (shortest) first. The innermost gives
the background colour, the others draw stacked underlines, so nesting stays visible.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from html import escape
from itertools import pairwise
from typing import Any

from polemos.model import Annotation, Document, Relation

from polemos_widgets.palette import Palette

__all__ = [
    "annotation_title",
    "covering_segments",
    "label_click",
    "render_details",
    "render_legend",
    "render_text",
    "visible_annotations",
]

_MAX_UNDERLINES = 3


def _e(value: object) -> str:
    """Escape any value for HTML text or a double-quoted attribute."""
    return escape(str(value), quote=True)


def _show(value: Any) -> str:
    """A plain-text form of an attribute value (strings as they are, the rest as JSON)."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def visible_annotations(
    document: Document,
    layers: Collection[str] | None = None,
    hidden_labels: Collection[tuple[str, str]] = (),
) -> list[Annotation]:
    """The annotations of ``layers`` (all layers when None), by start then longest first.

    ``hidden_labels`` holds ``(layer, label)`` pairs left out.
    """
    chosen = [
        a
        for a in document.annotations
        if (layers is None or a.layer in layers) and (a.layer, a.label) not in hidden_labels
    ]
    return sorted(chosen, key=lambda a: (a.start, -(a.end - a.start), a.layer, a.label, a.id))


def covering_segments(
    text: str, annotations: Sequence[Annotation]
) -> list[tuple[int, int, list[Annotation]]]:
    """Cut ``text`` at every annotation boundary.

    Returns ``(start, end, covering)`` for each non-empty segment, in text order, ``covering``
    holding the annotations that span the segment, innermost (shortest) first. Zero-width
    annotations are returned as segments with ``start == end``.

    >>> from polemos import Annotation
    >>> a = Annotation("a", "l", "x", 0, 5, "Homs,", {}, "r")
    >>> b = Annotation("b", "l", "y", 0, 4, "Homs", {}, "r")
    >>> [(s, e, [c.id for c in cov]) for s, e, cov in covering_segments("Homs, Deraa", [a, b])]
    [(0, 4, ['b', 'a']), (4, 5, ['a']), (5, 11, [])]
    """
    bounds = sorted({0, len(text), *(a.start for a in annotations), *(a.end for a in annotations)})
    zero_width: dict[int, list[Annotation]] = {}
    for annotation in annotations:
        if annotation.start == annotation.end:
            zero_width.setdefault(annotation.start, []).append(annotation)
    segments: list[tuple[int, int, list[Annotation]]] = []
    starting: dict[int, list[Annotation]] = {}
    for annotation in annotations:
        if annotation.end > annotation.start:
            starting.setdefault(annotation.start, []).append(annotation)
    active: dict[str, Annotation] = {}  # a sweep: the spans open at the current boundary
    for left, right in pairwise(bounds):
        if left in zero_width:
            segments.append((left, left, zero_width.pop(left)))
        active.update((a.id, a) for a in starting.get(left, ()))
        for closed in [key for key, a in active.items() if a.end <= left]:
            del active[closed]
        covering = sorted(active.values(), key=lambda a: (a.end - a.start, a.layer, a.label, a.id))
        segments.append((left, right, covering))
    for position, rest in sorted(zero_width.items()):
        segments.append((position, position, rest))
    return segments


def _reference_text(document: Document, value: Any) -> str | None:
    """«text» (layer · label) of the annotation a string value is the id of, or None."""
    found = document.get(value) if isinstance(value, str) and value else None
    if isinstance(found, Annotation):
        return f"«{found.text}» ({found.layer} · {found.label})"
    return None


def annotation_title(document: Document, annotation: Annotation) -> str:
    """A plain-text description (for a hover tooltip): type, text, attributes, provenance."""
    lines = [f"{annotation.layer} · {annotation.label}: «{annotation.text}»"]
    lines += [
        f"  {key}: {_reference_text(document, value) or _show(value)}"
        for key, value in annotation.attributes.items()
    ]
    run = document.runs.get(annotation.run)
    made_by = f"{run.plugin} {run.version}" if run is not None else annotation.run
    lines.append(f"  made by: {made_by}  [{annotation.start}, {annotation.end})")
    return "\n".join(lines)


def _segment_html(
    document: Document,
    text: str,
    covering: list[Annotation],
    starts: set[str],
    palette: Palette,
    selected: Collection[str],
) -> str:
    inner = covering[0]
    background = palette.colour(inner.layer, inner.label)
    shadows = [
        f"inset 0 -{2 * (depth + 1)}px 0 {palette.colour(a.layer, a.label)}"
        for depth, a in enumerate(covering[1 : 1 + _MAX_UNDERLINES])
    ]
    style = f"background:{background};" + (f"box-shadow:{','.join(shadows)};" if shadows else "")
    classes = ["pl-seg"]
    if any(a.id in starts for a in covering):
        classes.append("pl-start")
    if not text:
        classes.append("pl-zero")
    if any(a.id in selected for a in covering):
        classes.append("pl-selected")
    ids = " ".join(a.id for a in covering)
    title = "\n\n".join(annotation_title(document, a) for a in covering)
    return (
        f'<span class="{" ".join(classes)}" style="{style}" data-ann="{_e(ids)}" '
        f'data-layer="{_e(" ".join(dict.fromkeys(a.layer for a in covering)))}" '
        f'data-label="{_e(inner.label)}" data-pl-click="ann:{_e(ids)}" '
        f'title="{_e(title)}">{_e(text)}</span>'
    )


def render_text(
    document: Document,
    *,
    layers: Collection[str] | None = None,
    palette: Palette | None = None,
    selected: Collection[str] = (),
    hidden_labels: Collection[tuple[str, str]] = (),
) -> str:
    """The document's text as HTML, every annotation of ``layers`` highlighted.

    The annotations of the ``hidden_labels`` pairs ``(layer, label)`` are left out.
    Each highlighted segment carries ``data-ann`` (the ids of the annotations covering it,
    innermost first), ``data-layer``, a ``title`` tooltip with attributes and provenance, and the
    class ``pl-selected`` when it belongs to one of the ``selected`` annotation ids.
    """
    palette = palette if palette is not None else Palette()
    annotations = visible_annotations(document, layers, hidden_labels)
    text = document.text
    parts: list[str] = []
    seen: set[str] = set()
    for start, end, covering in covering_segments(text, annotations):
        piece = text[start:end]
        if not covering:
            parts.append(_e(piece))
            continue
        starts = {a.id for a in covering if a.id not in seen}
        seen.update(starts)
        parts.append(_segment_html(document, piece, covering, starts, palette, set(selected)))
    return f'<div class="pl-text" data-doc="{_e(document.id)}">{"".join(parts)}</div>'


def _chip(colour: str, text: str, click: str | None = None, extra: str = "") -> str:
    action = f' data-pl-click="{_e(click)}"' if click is not None else ""
    return f'<span class="pl-chip{extra}" style="background:{colour}"{action}>{_e(text)}</span>'


def label_click(layer: str, label: str) -> str:
    """The ``data-pl-click`` payload of a legend chip: ``label:<layer>|<label>``."""
    return f"label:{layer}|{label}"


def render_legend(
    counts: Mapping[str, Mapping[str, int]],
    palette: Palette,
    hidden: Collection[str] = (),
    *,
    layer_names: bool = True,
    hidden_labels: Collection[tuple[str, str]] = (),
) -> str:
    """Coloured chips ``label (count)`` for each layer; hidden layers are greyed out.

    ``counts`` maps a layer to its labels and their number of annotations; ``layer_names``
    puts each layer's name before its chips. Each chip is clickable (see :func:`label_click`:
    the Explorer hides or shows that label); a hidden label's chip is struck through.
    """
    rows = []
    for layer, labels in counts.items():
        chips = " ".join(
            _chip(
                palette.colour(layer, label),
                f"{label} ({count})",
                label_click(layer, label),
                " pl-off-label" if (layer, label) in hidden_labels else "",
            )
            for label, count in sorted(labels.items())
        )
        state = " pl-hidden" if layer in hidden else ""
        rows.append(
            f'<div class="pl-legend-row{state}" data-layer="{_e(layer)}">'
            f"{'<b>' + _e(layer) + '</b> ' if layer_names else ''}{chips}</div>"
        )
    return '<div class="pl-legend">' + "".join(rows) + "</div>"


def layer_counts(documents: Iterable[Document]) -> dict[str, dict[str, int]]:
    """For each annotation layer, the number of annotations of each label."""
    counts: dict[str, dict[str, int]] = {}
    for document in documents:
        for annotation in document.annotations:
            labels = counts.setdefault(annotation.layer, {})
            labels[annotation.label] = labels.get(annotation.label, 0) + 1
    return counts


def _reference(document: Document, value: Any) -> str | None:
    """The HTML of the annotation or relation a string value is the id of (None if none)."""
    found = document.get(value) if isinstance(value, str) and value else None
    if isinstance(found, Annotation):
        return (
            f'<span class="pl-ref" data-pl-click="ann:{_e(found.id)}" title="{_e(found.id)}">'
            f"«{_e(found.text)}»</span> <span class='pl-off'>{_e(found.layer)} · "
            f"{_e(found.label)}</span>"
        )
    if isinstance(found, Relation):
        return (
            f"{_e(_end_text(document, found.source))} {_e(found.label)} "
            f"{_e(_end_text(document, found.target))}"
        )
    return None


def _attribute_rows(document: Document, attributes: Mapping[str, Any]) -> str:
    """One row per attribute; a value that is the id of an item shows that item's text."""
    if not attributes:
        return '<tr><td colspan="2"><i>no attributes</i></td></tr>'
    return "".join(
        f"<tr><th>{_e(key)}</th><td>{_reference(document, value) or _e(_show(value))}</td></tr>"
        for key, value in attributes.items()
    )


def _provenance(document: Document, run_id: str) -> str:
    run = document.runs.get(run_id)
    if run is None:
        return f'<div class="pl-prov">run {_e(run_id)} (unknown)</div>'
    config = json.dumps(dict(run.config), ensure_ascii=False, sort_keys=True)
    origin = f" from {run.distribution}" if run.distribution else ""
    model = f", spaCy model {run.model}" if run.model else ""
    return (
        f'<div class="pl-prov">made by <b>{_e(run.plugin)}</b> {_e(run.version)}'
        f"{_e(origin)}{_e(model)}; config {_e(config)}</div>"
    )


def _end_text(document: Document, end_id: str) -> str:
    found = document.get(end_id)
    if isinstance(found, Annotation):
        name = found.attributes.get("name") or found.text
        return f"{name} ({found.label})"
    return end_id


def _relations_of(document: Document, annotation: Annotation) -> str:
    touching = [r for r in document.relations if annotation.id in (r.source, r.target)]
    if not touching:
        return ""
    items = "".join(
        f"<li>{_e(_end_text(document, r.source))} <b>{_e(r.label)}</b> "
        f"{_e(_end_text(document, r.target))}"
        f"{_e(' (' + str(r.attributes['status']) + ')') if r.attributes.get('status') else ''}"
        "</li>"
        for r in touching
    )
    return f'<div class="pl-rels">relations:<ul>{items}</ul></div>'


def _details_of(document: Document, item: Annotation | Relation, palette: Palette) -> str:
    if isinstance(item, Annotation):
        head = (
            f"{_chip(palette.colour(item.layer, item.label), item.layer + ' · ' + item.label)} "
            f"«{_e(item.text)}» <span class='pl-off'>[{item.start}, {item.end})</span>"
        )
        extra = _relations_of(document, item)
    else:
        head = (
            f"<span class='pl-chip' style='background:{palette.edge_colour(item.label)};"
            f"color:white'>{_e(item.layer)} · {_e(item.label)}</span> "
            f"{_e(_end_text(document, item.source))} → {_e(_end_text(document, item.target))}"
        )
        extra = ""
    return (
        f'<div class="pl-item" data-id="{_e(item.id)}">{head}'
        f'<table class="pl-attrs">{_attribute_rows(document, item.attributes)}</table>'
        f"{_provenance(document, item.run)}{extra}</div>"
    )


def render_details(document: Document, ids: Iterable[str], palette: Palette | None = None) -> str:
    """Attributes, provenance and relations of the annotations or relations ``ids``."""
    palette = palette if palette is not None else Palette()
    found = [item for item in (document.get(i) for i in ids) if item is not None]
    if not found:
        return '<div class="pl-details"><i>Click a highlighted span to see its details.</i></div>'
    return (
        '<div class="pl-details">'
        + "".join(_details_of(document, item, palette) for item in found)
        + "</div>"
    )
