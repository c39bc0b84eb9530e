"""The alliance network: graph building, filters, drawing and the view."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pytest
from polemos import Document
from polemos_widgets.export import write_gexf, write_graphml
from polemos_widgets.network import (
    alliance_graph,
    edge_dates,
    edge_label,
    edge_status,
    filter_graph,
    in_date_range,
)
from polemos_widgets.networkdraw import draw_alliance_graph, drawn_edges
from polemos_widgets.networklayout import component_layout
from polemos_widgets.networkview import NetworkView

from tests.widgets.builders import Builder, analysed

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def _documents() -> list:
    return [analysed("march", date="2016-03-20"), analysed("may", date="2016-05-02")]


def test_graph_has_one_node_per_actor_and_one_edge_per_relation() -> None:
    graph = alliance_graph(_documents())
    # the actors taking part in a relation (the ministry is only mentioned)
    assert sorted(graph.nodes) == [
        "ahrar", "islamic_state", "nusra", "russian_air_force", "syrian_army",
    ]  # fmt: skip
    assert graph.nodes["syrian_army"]["mentions"] == 4
    assert graph.nodes["islamic_state"]["type"] == "armed_group"
    assert graph.number_of_edges() == 6
    edge = graph.get_edge_data("russian_air_force", "syrian_army")
    first = next(iter(edge.values()))
    assert first["label"] == "supports" and first["date"] == "2016-03-20"
    assert first["evidence"].startswith("L'armée syrienne, soutenue par l'aviation russe")


def test_filters_by_actor_type_relation_and_date() -> None:
    graph = alliance_graph(_documents())
    states = filter_graph(graph, actor_types={"state_force"})
    assert [(s, t) for s, t, _ in states.edges] == [("russian_air_force", "syrian_army")] * 2
    hostile = filter_graph(graph, relation_types={"hostile_to"})
    assert sorted(hostile.nodes) == ["islamic_state", "syrian_army"]
    may = filter_graph(graph, start="2016-04", end="2016-05")
    assert {d["document"] for *_, d in may.edges(data=True)} == {"may"}
    assert filter_graph(graph, relation_types=set()).number_of_nodes() == 0


def test_date_range_rules() -> None:
    assert in_date_range(None, None, None)
    assert not in_date_range(None, "2016", None)
    assert in_date_range("2016-03-20", "2016-03", "2016-03")
    assert not in_date_range("2016-05-02", None, "2016-04")


def test_drawing_names_actors_and_relations() -> None:
    figure = draw_alliance_graph(alliance_graph(_documents()))
    ax = figure.axes[0]
    texts = {t.get_text() for t in ax.texts}
    assert {"syrian army", "nusra", "ahrar"} <= texts
    legend = {t.get_text() for t in ax.get_legend().get_texts()}
    assert {
        "supports (arrow: direction)", "hostile_to", "allied_with", "former only", "armed_group",
    } <= legend  # fmt: skip
    empty = draw_alliance_graph(filter_graph(alliance_graph(_documents()), relation_types=set()))
    assert "No alliance relation matches the filters." in {
        t.get_text() for t in empty.axes[0].texts
    }


def test_relations_of_a_pair_are_one_edge_with_their_evidence() -> None:
    edges = drawn_edges(alliance_graph(_documents()))
    assert [(e.source, e.label, len(e.documents)) for e in edges] == [
        ("russian_air_force", "supports", 2), ("islamic_state", "hostile_to", 2),
        ("ahrar", "allied_with", 2),
    ]  # fmt: skip
    supports = edges[0]
    assert [e.document for e in supports.evidence] == ["march", "may"]
    assert supports.evidence[0].sentence.startswith("L'armée syrienne, soutenue par")
    assert edges[2].status == "former" and supports.status == "current"
    assert edges[2].source == "ahrar"  # a symmetric relation: its ends in one order


def _collisions(figure: Figure, graph: nx.MultiDiGraph) -> list[tuple[str, str, str]]:
    """Every pair of discs, names (with their background box) and disc/name that overlap."""
    from matplotlib.transforms import Bbox

    figure.canvas.draw()
    ax, renderer = figure.axes[0], figure.canvas.get_renderer()
    names = {str(d["name"]) for _, d in graph.nodes(data=True)}
    labels = {t.get_text(): t.get_bbox_patch().get_window_extent(renderer)
              for t in ax.texts if t.get_text() in names}  # fmt: skip
    discs = {}
    for nodes in ax.collections:
        if str(nodes.get_gid()).startswith("pl-node"):
            x, y = ax.transData.transform(nodes.get_offsets()[0])
            radius = nodes.get_sizes()[0] ** 0.5 / 2 * figure.dpi / 72
            discs[nodes.get_gid()] = Bbox.from_bounds(x - radius, y - radius, 2 * radius,
                                                      2 * radius)  # fmt: skip
    assert len(labels) == len(discs) == graph.number_of_nodes()
    found = [("name", a, b) for a, b in combinations(labels, 2) if labels[a].overlaps(labels[b])]
    found += [("disc", a, b) for a, b in combinations(discs, 2)
              if discs[a].overlaps(discs[b])]  # fmt: skip
    found += [("name/disc", a, b) for a in labels for b in discs if labels[a].overlaps(discs[b])]
    return found


def test_labels_and_discs_never_overlap() -> None:
    """A ring of twelve long names, a star of eight, two pairs apart: nothing overlaps."""
    graph = nx.MultiDiGraph()
    names = [f"Brigade des martyrs numéro {i}" for i in range(12)]
    for i, name in enumerate(names):
        graph.add_node(f"a{i}", name=name, type="armed_group", mentions=1 + i % 5)
    for i in range(12):
        graph.add_edge(f"a{i}", f"a{(i + 1) % 12}", key=str(i), label="allied_with",
                       document="d", date="", evidence="", status="current")  # fmt: skip
    graph.add_node("hub", name="Forces armées centrales", type="state_force", mentions=12)
    for i in range(8):
        graph.add_node(f"s{i}", name=f"Milice locale {i}", type="armed_group", mentions=1)
        graph.add_edge("hub", f"s{i}", key=f"s{i}", label="supports", document="d", date="",
                       evidence="", status="current")  # fmt: skip
    for pair in ("p", "q"):
        graph.add_node(f"{pair}1", name=f"Personne {pair} un", type="person", mentions=1)
        graph.add_node(f"{pair}2", name=f"Personne {pair} deux", type="person", mentions=1)
        graph.add_edge(f"{pair}1", f"{pair}2", key=pair, label="hostile_to", document="d",
                       date="", evidence="", status="former")  # fmt: skip
    assert _collisions(draw_alliance_graph(graph), graph) == []
    documents = _documents()
    assert (
        _collisions(draw_alliance_graph(alliance_graph(documents)), alliance_graph(documents)) == []
    )


def test_components_are_laid_out_apart_and_packed() -> None:
    graph = nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("x", "y")])
    graph.add_node("alone")
    positions = component_layout(graph)
    assert set(positions) == set(graph)
    big = [positions[n] for n in "abcd"]
    right_of_big = max(x for x, _ in big)
    assert min(positions[n][0] for n in ("x", "y")) > right_of_big  # beside, not inside
    assert positions == component_layout(graph)  # the same figure every time


def test_graph_exports_as_it_is(tmp_path: Path) -> None:
    """No None attribute: networkx writes GraphML and GEXF of the graph directly."""
    graph = alliance_graph(_documents())
    nx.write_graphml(graph, tmp_path / "g.graphml")
    nx.write_gexf(graph, tmp_path / "g.gexf")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.number_of_edges() == 6 and back.nodes["ahrar"]["country"] == ""
    assert write_graphml(graph, tmp_path / "w.graphml").read_text("utf-8").count("<edge ") == 6
    gexf = write_gexf(graph, tmp_path / "w.gexf").read_text("utf-8")
    assert 'label="syrian army"' in gexf


def test_generic_mentions_and_self_loops_are_left_out() -> None:
    build = Builder(Document("g", "Les terroristes combattent l'armée. L'armée soutient l'armée."))
    terrorists = build.actor("terroristes", "armed_group", "terrorists")
    army = build.actor("armée", "state_force", "army")
    again = build.actor("armée", "state_force", "army", nth=3)
    document = build.done()
    alliances = Builder(document)
    alliances.relate("hostile_to", terrorists, army)
    alliances.relate("supports", army, again)
    # a generic mention, flagged as the actors layer flags "les terroristes"
    generic = Builder(Document("g2", document.text))
    group = generic.actor("terroristes", "armed_group", "terrorists", generic=True)
    soldiers = generic.actor("armée", "state_force", "army")
    generic.relate("hostile_to", group, soldiers)
    assert alliance_graph([generic.done()]).number_of_edges() == 0
    assert alliance_graph([generic.document], generic=True).number_of_edges() == 1
    assert alliance_graph([alliances.done()]).number_of_edges() == 1  # the self-loop is out


def test_same_actors_as_the_plugins_network() -> None:
    network = pytest.importorskip("polemos_alliances.network")
    documents = _documents()
    assert sorted(alliance_graph(documents).nodes) == sorted(network.build_network(documents))


def test_clicking_an_edge_or_an_actor_lists_the_evidence() -> None:
    view = NetworkView(_documents())
    svg = view.figure_pane.html
    assert svg.count('class="pl-edge"') == 3 and svg.count('class="pl-node"') == 5
    assert svg.count('data-pl-click="edge:0"') == 2  # the line and its wide, invisible hit zone
    supports = view.edges.index(next(e for e in view.edges if e.label == "supports"))
    assert "<title>russian air force → syrian army: supports (current; 2 document(s))" in svg
    view.figure_pane.click(f"edge:{supports}")
    evidence = view.evidence_pane.html
    assert "<b>march</b>" in evidence and "<b>may</b>" in evidence
    assert "L&#x27;armée syrienne, soutenue par l&#x27;aviation russe" in evidence
    army = view.nodes.index("syrian_army")
    view.figure_pane.click(f"node:{army}")
    assert "Relations of syrian army" in view.evidence_pane.html
    assert view.evidence_pane.html.count("class='pl-item'") == 2  # supports, hostile_to


def test_export_buttons_send_the_filtered_graph() -> None:
    view = NetworkView(_documents())
    view.relation_types.value = ("hostile_to",)
    sent: list[dict] = []
    view.export.status.send = lambda content, buffers=None: sent.append(content)
    name, text = view.export.export(0)
    assert name == "alliances.graphml" and text.count("<edge ") == 2
    assert sent[0]["download"]["name"] == "alliances.graphml"
    assert view.export.export(1)[1].count("<edge ") == 2  # GEXF
    assert "downloaded alliances.gexf (2 nodes, 2 edges)" in view.export.status.html


def test_hostile_names_stay_text_in_the_svg() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("x", name="<script>alert(1)</script> $x$", type="armed_group", mentions=1)
    graph.add_node("y", name="Y", type="armed_group", mentions=1)
    graph.add_edge("x", "y", key="r", label="hostile_to", document="<img src=x onerror=1>",
                   date="", evidence="<b>", status="current")  # fmt: skip
    view = NetworkView([], graph_builder=lambda documents: graph)
    svg = view.figure_pane.html
    assert "<script" not in svg and "<img" not in svg and "<b>" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt; $x$" in svg  # literal dollars, no mathtext


def test_view_filters_update_summary_and_figure() -> None:
    view = NetworkView(_documents())
    assert view.summary.value == "6 of 6 relations shown (3 edges), between 5 actors"
    assert view.dates.options == ("2016-03-20", "2016-05-02") and not view.dates.disabled
    assert view.figure_pane.html.startswith("<svg")
    view.relation_types.value = ("allied_with",)
    assert view.summary.value == "2 of 6 relations shown (1 edges), between 2 actors"
    view.dates.value = ("2016-05-02", "2016-05-02")
    assert view.summary.value == "1 of 6 relations shown (1 edges), between 2 actors"


def test_view_takes_a_graph_builder() -> None:
    calls: list[int] = []

    def builder(documents: list) -> object:
        calls.append(len(documents))
        return alliance_graph(documents[:1])

    view = NetworkView(_documents(), graph_builder=builder)  # type: ignore[arg-type]
    assert calls == [2] and view.summary.value.startswith("3 of 3 relations shown (3 edges)")


def test_edges_in_the_alliances_plugin_shape_are_filtered() -> None:
    """Edges with ``type``, ``first_date``/``last_date`` spans and current/former counts."""
    graph = nx.MultiDiGraph()
    graph.add_node("a", name="A", type="armed_group")
    graph.add_node("b", name="B", type="armed_group")
    graph.add_node("s", name="S", type="state_force")
    graph.add_edge("a", "b", key="allied_with", type="allied_with", first_date="2012-03",
                   last_date="2012-09", current=0, former=2)  # fmt: skip
    graph.add_edge("s", "a", key="hostile_to", type="hostile_to", first_date="2013-01",
                   last_date="2013-01", current=1, former=0)  # fmt: skip
    assert edge_label(graph.edges["a", "b", "allied_with"]) == "allied_with"
    assert edge_status(graph.edges["a", "b", "allied_with"]) == "former"
    assert edge_dates(graph.edges["s", "a", "hostile_to"]) == ("2013-01", "2013-01")
    # a span overlapping the range is kept
    assert [k for *_, k in filter_graph(graph, start="2012-06", end="2012-12").edges] == [
        "allied_with"
    ]
    assert (
        filter_graph(graph, relation_types={"hostile_to"}, actor_types={"state_force"}).size() == 0
    )
    view = NetworkView([], graph_builder=lambda documents: graph)
    assert view.relation_types.options == ("allied_with", "hostile_to")
    assert view.dates.options == ("2012-03", "2012-09", "2013-01")
    view.dates.value = ("2013-01", "2013-01")
    assert view.summary.value == "1 of 2 relations shown (1 edges), between 2 actors"


def test_view_with_the_alliances_plugin_builder_and_drawing() -> None:
    network = pytest.importorskip("polemos_alliances.network")
    drawing = pytest.importorskip("polemos_alliances.drawing")
    figures: list[object] = []

    def draw(graph: nx.MultiDiGraph) -> object:
        figures.append(drawing.draw_network(graph))
        return figures[-1]

    view = NetworkView(_documents(), graph_builder=network.build_network, draw=draw)
    assert set(view.relation_types.options) == {"supports", "hostile_to", "allied_with"}
    assert view.summary.value.startswith("3 of 3 relations shown")  # one edge per type and pair
    view.relation_types.value = ("hostile_to",)
    assert view.summary.value == "1 of 3 relations shown (1 edges), between 2 actors"
    assert len(figures) == 2 and "<svg" in view.figure_pane.html
