"""What notebooks 01 to 03 show, checked in their own kernel after they ran (issue 15).

Each notebook runs top to bottom on the sample corpus; then probe cells, run in the same
kernel, check what a researcher reads in it: the analysis left its input as it was, a results
store opens as documents, the paper figure is the interactive one (same actors, same line
styles and colours, no name on another), quantities are whose the plugin says, sums are per
unit family on their own axes, repeats are summed once, distances are not territory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

from tests.notebooks.test_notebooks import CORPUS, ROOT

Probe = Callable[[str], Any]

pytestmark = pytest.mark.skipif(CORPUS is None, reason="the sample corpus is not beside us")


@pytest.fixture(scope="module")
def notebooks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Probe]]:
    """Run a notebook once (in its own kernel, kept for the module); give its probe."""
    probes: dict[str, Probe] = {}
    with ExitStack() as stack:

        def run(name: str) -> Probe:
            if name in probes:
                return probes[name]
            book = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
            folder = tmp_path_factory.mktemp(name)
            client = NotebookClient(
                book, timeout=180, kernel_name="python3",
                resources={"metadata": {"path": str(folder)}},
            )  # fmt: skip
            stack.enter_context(client.setup_kernel(env=_env()))
            for index, cell in enumerate(book.cells):
                if cell.cell_type == "code":
                    client.execute_cell(cell, index)
                    errors = [o for o in cell.outputs if o.output_type == "error"]
                    assert errors == [], f"{name} cell {index}: {errors}"

            def probe(code: str) -> Any:
                """Run ``code`` (which sets ``found``) in the notebook's kernel; its value."""
                cell = nbformat.v4.new_code_cell(
                    f"{code}\nimport json as _json\nprint(_json.dumps(found, default=str))"
                )
                book.cells.append(cell)
                client.execute_cell(cell, len(book.cells) - 1)
                errors = [o for o in cell.outputs if o.output_type == "error"]
                assert errors == [], "\n".join(e.get("evalue", "") for e in errors)
                out = "".join(o.text for o in cell.outputs if o.get("name") == "stdout")
                return json.loads(out.strip().splitlines()[-1])

            probes[name] = probe
            return probe

        yield run


def _env() -> dict[str, str]:
    import os

    path = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    return {**os.environ, "POLEMOS_CORPUS": str(CORPUS), "PYTHONPATH": path}


def test_01_analysing_again_leaves_the_document_and_gives_the_same_results(
    notebooks: Callable[[str], Probe],
) -> None:
    found = notebooks("01-quickstart")(
        """
before = polemos.dumps(document)
again = polemos.analyze(document, manager=manager, progress=False)[0]
spans = lambda d: {layer: sorted((a.start, a.end, a.label) for a in d.layer(layer))
                   for layer in d.layers}
found = {
    "input unchanged": polemos.dumps(document) == before,
    "input layers": list(document.layers),
    "same spans": spans(again) == spans(analysed),
    "errors": again.errors,
    "layers": sorted(analysed.layers),
}
"""
    )
    assert found["input unchanged"] and found["input layers"] == []
    assert found["same spans"] and found["errors"] == []
    assert {"actors", "quantities"} <= set(found["layers"])


def test_01_a_results_store_opens_as_its_documents(notebooks: Callable[[str], Probe]) -> None:
    found = notebooks("01-quickstart")(
        """
opened = Explorer.from_results(store, manager=manager)
try:
    polemos.open(store / "not-there")
    missing = "no error"
except FileNotFoundError as error:
    missing = str(error)
found = {
    "ids": [d.id for d in opened.documents],
    "expected": [document.id],
    "same text": opened.documents[0].text == document.text,
    "actors": len(opened.tables["actors"].frame),
    "analysed actors": len(analysed.layer("actors")),
    "status": opened.load_status.value,
    "missing": missing,
}
"""
    )
    assert found["ids"] == found["expected"] and found["same text"]  # not one per Parquet row
    assert found["actors"] == found["analysed actors"] > 0
    assert "1 document(s) loaded" in found["status"] and "error" not in found["status"]
    assert "no results store at" in found["missing"] and "not-there" in found["missing"]


def test_02_runs_on_the_corpus_and_exports_its_graph(notebooks: Callable[[str], Probe]) -> None:
    found = notebooks("02-alliances")(
        """
import tempfile
saved = Path(tempfile.mkdtemp())
nx.write_graphml(alliance_graph(results), saved / "g.graphml")  # None attributes once failed
nx.write_gexf(alliance_graph(results), saved / "g.gexf")
back = nx.read_graphml(saved / "g.graphml")
found = {
    "folder": folder.name, "corpus": len(list(corpus)), "documents": len(documents),
    "graphml": [back.number_of_nodes(), back.number_of_edges()],
    "graph": [graph.number_of_nodes(), graph.number_of_edges()],
}
"""
    )
    assert found["folder"] == "wikinews-fr-2012" and found["corpus"] > 50  # not one article
    assert found["documents"] > 1
    assert found["graphml"] == found["graph"] and found["graph"][1] > 0


def test_02_the_paper_figure_is_the_interactive_one(notebooks: Callable[[str], Probe]) -> None:
    """Same actors, same line colour and style for each edge, as the legend says."""
    found = notebooks("02-alliances")(
        """
import re
from polemos_widgets.networkdraw import EDGE_STYLE, interactive_svg
from polemos.contracts import installed_contracts

def edge_styles(svg):
    styles = {}
    for index, group in re.findall(r'<g id="pl-edge-(\\d+)"[^>]*>(.*?)</g>', svg, re.S):
        stroke = re.search(r"stroke: (#[0-9a-f]{6})", group)
        styles[int(index)] = [stroke[1] if stroke else None, "stroke-dasharray" in group]
    return styles

paper = interactive_svg(figure, {})
interactive = view.figure_pane.html
found = {
    "paper nodes": paper.count('class="pl-node"'),
    "view nodes": interactive.count('class="pl-node"'),
    "filtered nodes": shown.number_of_nodes(),
    "summary": view.summary.value,
    "paper edges": edge_styles(paper),
    "view edges": edge_styles(interactive),
    "expected": {i: [installed_contracts().relation_colour(e.label), e.status == "former"]
                 for i, e in enumerate(view.edges)},
    "plugin nodes": sorted(signed.nodes) == sorted(graph.nodes),
}
"""
    )
    actors = int(found["summary"].rsplit("between ", 1)[1].split()[0])
    assert found["paper nodes"] == found["view nodes"] == found["filtered nodes"] == actors > 0
    assert found["paper edges"] == found["view edges"] == found["expected"]
    assert found["plugin nodes"]


def test_02_no_name_or_disc_of_the_figure_covers_another(
    notebooks: Callable[[str], Probe],
) -> None:
    found = notebooks("02-alliances")(
        """
from tests.widgets.test_network import _collisions
found = _collisions(figure, shown)
"""
    )
    assert found == []


def test_02_an_edge_shows_its_evidence_sentences_and_documents(
    notebooks: Callable[[str], Probe],
) -> None:
    found = notebooks("02-alliances")(
        """
texts = {d.id: d.text for d in results}
view.figure_pane.click("edge:0")
found = {
    "evidence": [[e.document, e.sentence] for edge in view.edges for e in edge.evidence],
    "shown": view.evidence_pane.html,
    "first": [[e.document, e.sentence] for e in view.edges[0].evidence],
    "in text": all(e.sentence and e.sentence in texts[e.document]
                   for edge in view.edges for e in edge.evidence),
}
"""
    )
    assert found["evidence"] and found["in text"]  # each sentence is the document's own
    from html import escape

    for document, sentence in found["first"]:
        assert f"<b>{escape(document)}</b>" in found["shown"]
        assert escape(sentence) in found["shown"]


def test_03_figures_are_whose_the_plugin_says_and_summed_once(
    notebooks: Callable[[str], Probe],
) -> None:
    found = notebooks("03-quantities")(
        """
from polemos_widgets.figures import NO_ACTOR, summable

def expected_actor(document, quantity):
    of = document.get(quantity.attributes.get("of_actor") or "")
    return str(of.attributes.get("name") or of.text) if of is not None else NO_ACTOR

expected = [expected_actor(d, q) for d in results
            for q in sorted(d.layer("quantities"), key=lambda a: (a.start, a.end))]
kept = summable(frame)
by_category = sums(frame, "category")
area = by_category[by_category["family"] == "area (km²)"]
syria = frame[frame["document"] == polemos.EXAMPLE_ID]
found = {
    "actors": frame["actor"].tolist(), "expected": expected,
    "repeats": int(frame["repeat"].sum()),
    "summed": int(by_category["figures"].sum()), "summable": len(kept),
    "area sum": area.set_index("category")["low"].to_dict(),
    "syria km2": syria[syria["unit"] == "km2"]["value"].tolist(),
    "distance categories": sorted(set(frame[frame["family"] == "distance (km)"]["category"])),
    "area categories": sorted(set(frame[frame["family"] == "area (km²)"]["category"])),
}
"""
    )
    assert found["actors"] == found["expected"]  # the plugin's of_actor, no nearby guess
    assert found["repeats"] > 0 and found["summed"] == found["summable"]
    assert found["syria km2"] == [805.0, 22.0, 805.0]  # "805 km²" said twice...
    assert found["area sum"] == {"territory": 827.0}  # ...is summed once
    assert found["distance categories"] and "territory" not in found["distance categories"]
    assert found["area categories"] == ["territory"]


def test_03_a_paragraph_with_ranges_and_attributions(notebooks: Callable[[str], Probe]) -> None:
    """The issue's own cases, analysed in the notebook's kernel with its plugins."""
    found = notebooks("03-quantities")(
        """
from tests.widgets.test_figures import PARAGRAPH
goma = quantities_frame(polemos.analyze(polemos.Document("goma", PARAGRAPH), progress=False))
rows = goma.set_index("text")
found = {
    "peacekeepers": [rows.loc["Au moins 17 Casques bleus", c] for c in ("actor", "source")],
    "range": [rows.loc["Entre 3 000 et 4 000 civils", c] for c in ("value", "value_max")],
    "losses": goma[goma["text"] == "200 individus"]["actor"].tolist(),
    "altitude": [rows.loc["1 200 mètres", c] for c in ("category", "family")],
}
"""
    )
    assert found["peacekeepers"] == ["UN peacekeepers", "Armed forces of South Africa"]
    assert found["range"] == [3000.0, 4000.0]
    assert found["losses"] == ["(no actor)", "(no actor)"]  # not the ministry reporting them
    assert found["altitude"][0] != "territory" and found["altitude"][1] == "distance (km)"


def test_03_charts_have_per_unit_log_and_time_axes(notebooks: Callable[[str], Probe]) -> None:
    found = notebooks("03-quantities")(
        """
import matplotlib.dates as mdates
from polemos_widgets.figures import draw_quantities

summed = draw_quantities(frame, measure="sum")
rows = [ax for ax in summed.axes if ax.get_title(loc="left").endswith("sum by category")]
mentions = draw_quantities(frame)
time = mentions.axes[2]
months = sorted(frame["month"].dropna().unique())
found = {
    "rows": [[ax.get_title(loc="left"), ax.get_xlabel(), ax.get_xscale()] for ax in rows],
    "bars": sorted(round(p.get_x()) for p in time.patches),
    "months": [round(mdates.datestr2num(m + "-01")) for m in months],
    "time title": time.get_title(loc="left"),
}
"""
    )
    rows = {title: (unit, scale) for title, unit, scale in found["rows"]}
    assert rows["count: sum by category"] == ("count", "log")  # 13 million votes beside 3
    assert rows["area (km²): sum by category"][0] == "km²"  # its own axis, its own unit
    assert all(not title.startswith("distance") for title in rows)  # distances are not summed
    assert found["time title"] == "Mentions per month"
    assert found["bars"] == found["months"]  # each month at its date: 2012-09 ... 2017-02
