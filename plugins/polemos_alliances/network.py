"""The corpus-level actor network: a signed, time-aware graph of alliances and hostilities.

Public functions:

- :func:`build_network` – a ``networkx.MultiDiGraph`` from analysed documents: one node per
  canonical actor (``actor_id``) with ``name``, ``type``, ``country`` and ``mentions``; one edge
  per (source, target, relation type), keyed by the type, with ``type``, ``sign`` (+1 for
  supports / allied_with / affiliated_with, -1 for hostile_to), ``count`` (documents stating
  it), ``current`` / ``former`` counts, ``first_date`` / ``last_date`` (the documents' ``date``
  meta, ISO strings, empty when unknown), ``symmetric`` and ``evidence`` (a list of dicts:
  document id, date, sentence, cue, status). Contradictions stay visible: Ahrar al-Sham can
  have an ``allied_with`` edge and a ``hostile_to`` edge to the same actor.
- :func:`edge_table` – the edges as a pandas DataFrame (one row per edge).
- :func:`write_graphml` / :func:`write_gexf` – exports for Gephi and other tools; evidence is
  flattened to a JSON string so every attribute is a GraphML-safe scalar (in GEXF, whose
  edge ``type`` is reserved, the relation type is the ``relation`` attribute).
- :func:`draw_network` (in :mod:`polemos_alliances.drawing`) – a matplotlib picture.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polemos import Annotation, Document, Relation

from polemos_alliances.cues import SYMMETRIC_TYPES

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

__all__ = [
    "LAYER",
    "SIGNS",
    "build_network",
    "edge_table",
    "export_graph",
    "write_gexf",
    "write_graphml",
]

LAYER = "alliances"
SIGNS = {"supports": 1, "allied_with": 1, "affiliated_with": 1, "hostile_to": -1}
"""The sign of each relation type: +1 for cooperation, -1 for hostility."""

EDGE_COLUMNS = [
    "source",
    "target",
    "type",
    "sign",
    "count",
    "current",
    "former",
    "first_date",
    "last_date",
    "symmetric",
    "documents",
    "evidence",
]


def _actor_node(annotation: Annotation) -> str:
    actor_id = annotation.attributes.get("actor_id")
    return str(actor_id) if actor_id else annotation.text.lower()


def build_network(
    documents: Iterable[Document], *, layer: str = LAYER, generic: bool = False
) -> nx.MultiDiGraph:
    """Build the signed, time-aware actor graph of ``documents`` (see the module docstring).

    Symmetric relations (``allied_with``, ``hostile_to``) are stored once, from the actor whose
    id sorts first. A document counts once per edge however often it states the relation.
    Relations with a generic mention ("les terroristes", flagged ``generic`` by the actors
    layer) are left out unless ``generic`` is true.

    >>> from polemos import Annotation, Document, Relation
    >>> graph = build_network([Document("empty", "")])
    >>> graph.number_of_nodes(), graph.number_of_edges()
    (0, 0)
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    for document in documents:
        date = str(document.meta.get("date") or "")
        seen: set[tuple[str, str, str]] = set()
        for relation in document.relation_layer(layer):
            annotations = [document.get(relation.source), document.get(relation.target)]
            ends = []
            for annotation in annotations:
                if not isinstance(annotation, Annotation):
                    break
                if annotation.attributes.get("generic") and not generic:
                    break
                node = _actor_node(annotation)
                _add_node(graph, node, annotation)
                ends.append(node)
            if len(ends) != 2:
                continue
            source, target = ends
            if source == target:
                continue
            if relation.label in SYMMETRIC_TYPES and target < source:
                source, target = target, source
            _add_evidence(graph, document, relation.label, source, target, relation, date, seen)
    return graph


def _add_node(graph: nx.MultiDiGraph, node: str, annotation: Annotation) -> None:
    if node not in graph:
        graph.add_node(
            node,
            name=str(annotation.attributes.get("name") or annotation.text),
            type=annotation.label,
            country=str(annotation.attributes.get("country") or ""),
            mentions=0,
        )
    graph.nodes[node]["mentions"] += 1


def _add_evidence(
    graph: nx.MultiDiGraph,
    document: Document,
    relation_type: str,
    source: str,
    target: str,
    relation: Relation,
    date: str,
    seen: set[tuple[str, str, str]],
) -> None:
    attributes = relation.attributes
    status = str(attributes.get("status") or "current")
    evidence_span = attributes.get("evidence") or [0, 0]
    sentence = document.text[int(evidence_span[0]) : int(evidence_span[1])]
    if not graph.has_edge(source, target, key=relation_type):
        graph.add_edge(
            source,
            target,
            key=relation_type,
            type=relation_type,
            sign=SIGNS.get(relation_type, 0),
            symmetric=relation_type in SYMMETRIC_TYPES,
            count=0,
            current=0,
            former=0,
            first_date="",
            last_date="",
            documents=[],
            evidence=[],
        )
    edge = graph.edges[source, target, relation_type]
    edge["evidence"].append(
        {
            "document": document.id,
            "date": date,
            "sentence": sentence,
            "cue": attributes.get("cue"),
            "status": status,
        }
    )
    edge[status if status in ("current", "former") else "current"] += 1
    key = (source, target, relation_type)
    if key not in seen:
        seen.add(key)
        edge["count"] += 1
        edge["documents"].append(document.id)
    if date:
        edge["first_date"] = min(filter(None, [edge["first_date"], date]))
        edge["last_date"] = max(edge["last_date"], date)


def edge_table(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """The edges of ``graph`` as a DataFrame, one row per (source, target, type).

    Columns: source, target, type, sign, count, current, former, first_date, last_date,
    symmetric, documents (list of ids), evidence (list of dicts).
    """
    import pandas as pd

    rows = [
        {"source": source, "target": target, **{c: data[c] for c in EDGE_COLUMNS[2:]}}
        for source, target, data in graph.edges(data=True)
    ]
    return pd.DataFrame(rows, columns=EDGE_COLUMNS)


def _scalar_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all GraphML-safe scalars (lists become JSON strings)."""
    flat = graph.copy()
    for _, data in flat.nodes(data=True):
        for key, value in list(data.items()):
            data[key] = _scalar(value)
    for _, _, data in flat.edges(data=True):
        for key, value in list(data.items()):
            data[key] = _scalar(value)
    return flat


def _scalar(value: Any) -> str | int | float | bool:
    if isinstance(value, bool | int | float | str):
        return value
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False)


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``graph`` as GraphML (evidence and document lists as JSON strings); return the path."""
    import networkx as nx

    nx.write_graphml(_scalar_graph(graph), str(path))
    return Path(path)


def write_gexf(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``graph`` as GEXF for Gephi (lists as JSON strings); return the path.

    GEXF reserves the edge attribute ``type`` (directed / undirected), so the relation type is
    written as ``relation``; node labels are the actors' names.
    """
    import networkx as nx

    flat = _scalar_graph(graph)
    for _, _, data in flat.edges(data=True):
        data["relation"] = data.pop("type")
    for _, data in flat.nodes(data=True):
        data["label"] = data.get("name", "")
    nx.write_gexf(flat, str(path))
    return Path(path)


def export_graph(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``graph`` in the format its suffix names: ``.graphml`` or ``.gexf``."""
    suffix = Path(path).suffix.lower()
    if suffix == ".graphml":
        return write_graphml(graph, path)
    if suffix == ".gexf":
        return write_gexf(graph, path)
    raise ValueError(f"{path}: unknown graph format {suffix!r}; use .graphml or .gexf")
