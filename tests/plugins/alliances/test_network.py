"""The corpus network: nodes, signed time-aware edges, evidence, exports and drawing."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from polemos import Document, Pipeline, PluginManager, Run
from polemos_alliances import AlliancesExtractor
from polemos_alliances.drawing import draw_network
from polemos_alliances.network import (
    build_network,
    edge_table,
    export_graph,
    write_gexf,
    write_graphml,
)

from .conftest import TinyActors

RUN = Run("test", "1")
LEXICON = {
    "Ahrar al-Sham": ("ahrar", "armed_group"),
    "Front al-Nosra": ("nusra", "armed_group"),
    "armée syrienne": ("sy_army", "state_force"),
    "aviation russe": ("ru_air", "state_force"),
}
TEXTS = [
    ("d1", "2015-03-01", "Ahrar al-Sham et le Front al-Nosra ont lancé une offensive conjointe."),
    (
        "d2",
        "2017-02-10",
        "L'armée syrienne, soutenue par l'aviation russe, a attaqué Ahrar al-Sham. "
        "Ahrar al-Sham est à couteaux tirés avec le Front al-Nosra.",
    ),
    ("d3", "2016-06-05", "Le Front al-Nosra, allié d'Ahrar al-Sham, avance."),
]


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    pipeline = Pipeline(
        manager=PluginManager(entry_points=False),
        extractors=[TinyActors(LEXICON), AlliancesExtractor()],
    )
    documents = [Document(i, text, {"date": date}) for i, date, text in TEXTS]
    return build_network(pipeline.analyze(documents))


def test_nodes_are_canonical_actors_with_type(graph: nx.MultiDiGraph) -> None:
    assert set(graph.nodes) == {"ahrar", "nusra", "sy_army", "ru_air"}
    assert graph.nodes["sy_army"]["type"] == "state_force"
    assert graph.nodes["ahrar"]["name"] == "Ahrar al-Sham"


def test_edges_count_documents_and_span_dates(graph: nx.MultiDiGraph) -> None:
    allied = graph.edges["ahrar", "nusra", "allied_with"]
    assert allied["sign"] == 1 and allied["symmetric"]
    assert allied["count"] == 2 and allied["documents"] == ["d1", "d3"]
    assert (allied["first_date"], allied["last_date"]) == ("2015-03-01", "2016-06-05")
    support = graph.edges["ru_air", "sy_army", "supports"]
    assert support["sign"] == 1 and not support["symmetric"]


def test_contradictions_stay_visible(graph: nx.MultiDiGraph) -> None:
    hostile = graph.edges["ahrar", "nusra", "hostile_to"]
    assert hostile["sign"] == -1 and hostile["count"] == 1
    assert set(graph["ahrar"]["nusra"]) == {"allied_with", "hostile_to"}


def test_evidence_keeps_document_sentence_and_cue(graph: nx.MultiDiGraph) -> None:
    (evidence,) = graph.edges["ahrar", "nusra", "hostile_to"]["evidence"]
    assert evidence["document"] == "d2" and evidence["date"] == "2017-02-10"
    assert evidence["sentence"] == "Ahrar al-Sham est à couteaux tirés avec le Front al-Nosra."
    assert evidence["cue"] == "hostile.clash_with" and evidence["status"] == "current"


def test_edge_table(graph: nx.MultiDiGraph) -> None:
    table = edge_table(graph)
    assert len(table) == graph.number_of_edges()
    row = table[(table.type == "supports")].iloc[0]
    assert (row.source, row.target, row["count"]) == ("ru_air", "sy_army", 1)
    assert set(table.sign) == {1, -1}


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_exports_read_back(graph: nx.MultiDiGraph, tmp_path: Path, suffix: str) -> None:
    path = export_graph(graph, tmp_path / f"net{suffix}")
    back = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    assert back.number_of_nodes() == 4 and back.number_of_edges() == graph.number_of_edges()
    key = "type" if suffix == ".graphml" else "relation"  # GEXF reserves the edge "type"
    types = {data[key] for _, _, data in back.edges(data=True)}
    assert types == {"allied_with", "hostile_to", "supports"}


def test_graphml_and_gexf_writers(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    assert "d2" in write_graphml(graph, tmp_path / "a.graphml").read_text(encoding="utf-8")
    assert write_gexf(graph, tmp_path / "a.gexf").stat().st_size > 0
    with pytest.raises(ValueError, match="unknown graph format"):
        export_graph(graph, tmp_path / "a.csv")


def test_drawing_saves_a_png(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    figure = draw_network(graph, path=tmp_path / "net.png", title="test")
    assert (tmp_path / "net.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    legend_texts = {
        t.get_text()
        for legend in figure.axes[0].get_children()
        if hasattr(legend, "get_texts")
        for t in legend.get_texts()
    }
    assert {"hostile to", "allied with", "state force", "armed group"} <= legend_texts


def test_empty_corpus_gives_an_empty_graph() -> None:
    graph = build_network([Document("empty", "")])
    assert graph.number_of_nodes() == 0 and edge_table(graph).empty


def test_generic_mentions_stay_out_unless_asked() -> None:
    document = Document(
        "g", "Les jihadistes et le Front al-Nosra ont lancé une offensive conjointe."
    )
    jihadists = document.make_annotation(
        layer="actors",
        label="armed_group",
        start=4,
        end=14,
        attributes={"actor_id": "generic_jihadistes", "generic": True},
        run=RUN,
    )
    nusra = document.make_annotation(
        layer="actors",
        label="armed_group",
        start=21,
        end=35,
        attributes={"actor_id": "nusra"},
        run=RUN,
    )
    relation = document.make_relation(
        layer="alliances",
        label="allied_with",
        source=jihadists.id,
        target=nusra.id,
        attributes={"status": "current", "evidence": [0, 69], "cue": "allied.joint_operation"},
        run=RUN,
        known_ids=[jihadists.id, nusra.id],
    )
    document.add_run_output(RUN, [jihadists, nusra], [relation])
    assert build_network([document]).number_of_edges() == 0
    with_generic = build_network([document], generic=True)
    assert set(with_generic.nodes) == {"generic_jihadistes", "nusra"}
