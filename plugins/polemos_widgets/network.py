"""The alliance network: a networkx graph from a relation layer (``alliances``), and filters.

Nodes are the relations' ends (keyed by the identity attribute their layer's contract declares,
e.g. a canonical actor id), with ``name``, ``type`` (the annotation's label), ``layer``,
``country`` and ``mentions``; edges are relations with ``label`` (the relation type),
``status``, ``document``, ``date`` and ``evidence`` (the sentence). Built from the documents
and the layer contracts alone: the core never imports a plugin. Its drawing is in
:mod:`polemos_widgets.networkdraw`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

import networkx as nx
from polemos.contracts import Contracts, installed_contracts
from polemos.model import Annotation, Document

from polemos_widgets.dates import document_date

__all__ = [
    "ALLIANCES",
    "GraphBuilder",
    "alliance_graph",
    "edge_dates",
    "edge_label",
    "edge_status",
    "filter_graph",
    "in_date_range",
]

ALLIANCES = "alliances"
"""The relation layer drawn by default."""
GraphBuilder = Callable[[Sequence[Document]], nx.MultiDiGraph]
"""Builds the alliance graph of documents.

Nodes need a ``type``; edges a ``label`` (or ``type``) and a ``date`` (or a ``first_date`` /
``last_date`` span) for the filters, as :func:`alliance_graph` and the alliances plugin's
``build_network`` give them.
"""


def edge_label(data: Mapping[str, Any]) -> str:
    """The relation type of an edge: its ``label``, or its ``type``."""
    return str(data.get("label") or data.get("type") or "?")


def edge_dates(data: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The first and last dates of an edge (``date``, or ``first_date`` and ``last_date``)."""
    if data.get("date"):
        return str(data["date"]), str(data["date"])
    first, last = data.get("first_date") or None, data.get("last_date") or None
    return (str(first) if first else None), (str(last) if last else None)


def edge_status(data: Mapping[str, Any]) -> str:
    """``former`` for an edge only ever stated as former, else ``current``."""
    if data.get("status") == "former" or (data.get("former") and not data.get("current")):
        return "former"
    return "current"


def _node_key(annotation: Annotation, identity: str | None) -> str:
    """The node of a relation end: its identity attribute, else its name, else its text."""
    return str(
        (annotation.attributes.get(identity) if identity else None)
        or annotation.attributes.get("name")
        or annotation.text.casefold()
    )


def _evidence(document: Document, value: Any) -> str:
    if (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(isinstance(v, int) for v in value)
    ):
        return document.text[value[0] : value[1]]
    return ""


def _node_attributes(annotation: Annotation) -> dict[str, Any]:
    return {
        "name": str(annotation.attributes.get("name") or annotation.text),
        "type": annotation.label,
        "layer": annotation.layer,
        "country": str(annotation.attributes.get("country") or ""),
    }


def alliance_graph(
    documents: Iterable[Document],
    layer: str = ALLIANCES,
    *,
    generic: bool = False,
    contracts: Contracts | None = None,
) -> nx.MultiDiGraph:
    """The alliance network of ``documents``: one node per actor, one edge per relation.

    Nodes are the annotations that take part in a relation of ``layer``, keyed by the
    ``identity`` attribute of their layer's contract (``contracts``: the installed plugins'
    when ``None``); ``mentions`` counts all their mentions in the documents (in the layer the
    relation contract names as ``endpoints``). As in the alliances plugin's
    ``build_network``, a relation with a generic end ("les terroristes", flagged ``generic``)
    is left out unless ``generic`` is true, and so is a relation of an actor with itself. Every
    attribute is a string or a number (a missing one is ``""``), so ``nx.write_graphml`` and
    ``nx.write_gexf`` take the graph as it is.
    """
    contracts = contracts if contracts is not None else installed_contracts()
    relation_contract = contracts.get(layer)
    ends_layer = relation_contract.endpoints if relation_contract is not None else None

    def identity(end_layer: str) -> str | None:
        contract = contracts.get(end_layer)
        return contract.identity if contract is not None else None

    graph = nx.MultiDiGraph()
    mentions: Counter[str] = Counter()
    for document in documents:
        date = document_date(document) or ""
        if ends_layer is not None:
            key = identity(ends_layer)
            mentions.update(_node_key(a, key) for a in document.layer(ends_layer))
        for relation in document.relation_layer(layer):
            ends = [document.get(relation.source), document.get(relation.target)]
            actors = [end for end in ends if isinstance(end, Annotation)]
            if len(actors) != 2 or (
                not generic and any(a.attributes.get("generic") for a in actors)
            ):
                continue
            source, target = (_node_key(end, identity(end.layer)) for end in actors)
            if source == target:
                continue
            for key, annotation in zip((source, target), actors, strict=True):
                if key not in graph:
                    graph.add_node(key, **_node_attributes(annotation))
            graph.add_edge(
                source,
                target,
                key=relation.id,
                label=relation.label,
                status=str(relation.attributes.get("status") or "current"),
                cue=str(relation.attributes.get("cue") or ""),
                evidence=_evidence(document, relation.attributes.get("evidence")),
                document=document.id,
                date=date,
            )
    for node in graph:
        graph.nodes[node]["mentions"] = mentions[node]
    return graph


def in_date_range(date: str | None, start: str | None, end: str | None) -> bool:
    """Whether an ISO date falls in ``[start, end]`` (prefix comparison, so months work).

    With no bounds every date (even None) is in; with bounds an undated item is out.
    """
    if start is None and end is None:
        return True
    if date is None:
        return False
    return (start is None or date[: len(start)] >= start) and (
        end is None or date[: len(end)] <= end
    )


def filter_graph(
    graph: nx.MultiDiGraph,
    *,
    actor_types: Collection[str] | None = None,
    relation_types: Collection[str] | None = None,
    start: str | None = None,
    end: str | None = None,
) -> nx.MultiDiGraph:
    """The part of ``graph`` that passes the filters (None: no filter on that dimension).

    Keeps the edges whose label is in ``relation_types``, whose two ends' types are in
    ``actor_types`` and whose date is in ``[start, end]``, with the nodes they join.
    """
    kept = nx.MultiDiGraph()
    for source, target, key, data in graph.edges(keys=True, data=True):
        types = (graph.nodes[source].get("type"), graph.nodes[target].get("type"))
        if actor_types is not None and not all(t in actor_types for t in types):
            continue
        if relation_types is not None and edge_label(data) not in relation_types:
            continue
        first, last = edge_dates(data)
        if not (in_date_range(last, start, None) and in_date_range(first, None, end)):
            continue
        for node in (source, target):
            kept.add_node(node, **graph.nodes[node])
        kept.add_edge(source, target, key=key, **data)
    return kept
