"""The network and figures views, and the Explorer's new controls, in JupyterLab and Chromium.

Screenshots go to the test's folder, ``results/screenshots/`` and ``docs/images/`` (the ones
the docs show).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.browser.lab import Lab
from tests.browser.test_explorer_browser import KERNEL_IDLE, WAIT, highlights, shoot

pytestmark = pytest.mark.browser

IMAGES = Path(__file__).resolve().parents[2] / "docs" / "images"
HEX_ID = re.compile(r"\b[0-9a-f]{16}\b")


def run_all(page: Any, lab: Lab, name: str, ready: str) -> None:
    """Open notebook ``name``, run all its cells, wait for ``ready`` and an idle kernel."""
    page.goto(lab.notebook_url(name))
    page.wait_for_selector(".jp-Notebook", timeout=WAIT)
    page.wait_for_function(KERNEL_IDLE, timeout=WAIT)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click()
    page.wait_for_selector(ready, timeout=WAIT)
    page.wait_for_selector('.jp-Notebook-ExecutionIndicator[data-status="idle"]', timeout=WAIT)


def keep(target: Any, tmp_path: Path, name: str) -> Path:
    """Screenshot ``target`` into the test's folder, results/screenshots and docs/images."""
    path = shoot(target, tmp_path, name)
    IMAGES.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, IMAGES / name)
    return path


MIDDLE_OF_EDGE = """(group) => {
    const path = group.querySelector('path');
    const point = path.getPointAtLength(path.getTotalLength() / 2);
    const screen = point.matrixTransform(path.getScreenCTM());
    return [screen.x, screen.y];
}"""


OVERLAPPING_TEXTS = """(svg) => {
    const boxes = Array.from(svg.querySelectorAll('text'))
        .filter((t) => t.textContent.trim())
        .map((t) => [t.textContent, t.getBoundingClientRect()]);
    const hits = [];
    for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
            const [a, p] = boxes[i], [b, q] = boxes[j];
            if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1
                && q.top < p.bottom - 1) hits.push([a, b]);
        }
    }
    return hits;
}"""


def test_network_edges_show_their_evidence(page: Any, lab: Lab, tmp_path: Path) -> None:
    run_all(page, lab, "02-alliances.ipynb", ".pl-network .pl-network-figure svg")
    view = page.locator(".pl-network").first
    view.scroll_into_view_if_needed()
    summary = view.locator(".widget-html", has_text="relations shown").inner_text()
    actors = int(re.search(r"between (\d+) actors", summary).group(1))  # type: ignore[union-attr]
    assert view.locator(".pl-network-figure g.pl-node").count() == actors > 0
    # the paper figure of the notebook has the same actors as the view
    output = page.locator(".jp-OutputArea-output", has_text="actors in the figure").first
    output.wait_for(state="attached", timeout=60_000)  # under load the text may come late
    # the DOM's text, not the rendered one: JupyterLab's windowed notebook may leave an output
    # it scrolled past unrendered, whose innerText is then empty
    printed = output.text_content() or ""
    assert printed.split() and int(printed.split()[0]) == actors, printed
    # as the browser lays the figure out, no name, legend entry or title covers another
    figure = view.locator(".pl-network-figure svg").first
    assert figure.evaluate(OVERLAPPING_TEXTS) == []
    # dashed lines are the former relations, as the legend says, and nothing else
    styles = figure.evaluate(
        """(svg) => Array.from(svg.querySelectorAll('g.pl-edge')).map((g) =>
            [g.querySelector('title').textContent,
             g.querySelector('path[style*="dasharray"]') !== null])"""
    )
    assert styles and all(("(former;" in tip) == dashed for tip, dashed in styles)
    edge = view.locator(".pl-network-figure g.pl-edge").first
    tooltip = edge.locator("title").text_content() or ""
    assert "document(s))" in tooltip and "•" in tooltip  # hovering shows the evidence
    x, y = edge.evaluate(MIDDLE_OF_EDGE)
    page.mouse.move(x, y)
    hovered = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('[data-pl-click]')"
        ".getAttribute('data-pl-click')",
        [x, y],
    )
    assert hovered.startswith("edge:")  # the pointer is on a clickable edge
    page.mouse.click(x, y)
    item = view.locator(".pl-network-evidence .pl-item").first
    item.wait_for(timeout=30_000)
    sentence = tooltip.split("\n")[1].split(": ", 1)[1][:40]
    assert sentence in item.inner_text()
    keep(view, tmp_path, "network-evidence.png")

    with page.expect_download() as graphml:
        view.locator("button", has_text="GraphML").click()
    saved = Path(graphml.value.path())
    assert graphml.value.suggested_filename == "alliances.graphml"
    assert saved.read_text("utf-8").count("<edge ") >= 1
    with page.expect_download() as gexf:
        view.locator("button", has_text="GEXF").click()
    assert "<gexf" in Path(gexf.value.path()).read_text("utf-8")
    assert page.dialogs == []


def test_figures_switch_to_sums_per_unit_family(page: Any, lab: Lab, tmp_path: Path) -> None:
    run_all(page, lab, "03-quantities.ipynb", ".pl-figures .jp-OutputArea-output img")
    view = page.locator(".pl-figures").first
    view.scroll_into_view_if_needed()
    image = view.locator(".jp-OutputArea-output img").first
    before = image.get_attribute("src")
    keep(view, tmp_path, "figures-mentions.png")
    view.locator("select").nth(1).select_option(label="sum of values")
    page.wait_for_function(
        """(before) => document.querySelector('.pl-figures .jp-OutputArea-output img')
            .getAttribute('src') !== before""",
        arg=before,
        timeout=60_000,
    )
    height = image.evaluate("(img) => img.naturalHeight")
    assert height > 600  # one row of charts per unit family
    keep(view, tmp_path, "figures-sums.png")
    with page.expect_download() as csv:
        view.locator("button", has_text="CSV of the quantities").click()
    lines = Path(csv.value.path()).read_text("utf-8").splitlines()
    assert lines[0].startswith("document,date,month,category,value,value_max") and len(lines) > 5


STATES = """() => {
    window.plStates = [];
    const run = document.querySelector('.pl-explorer .pl-run');
    new MutationObserver(() => window.plStates.push(run.innerText))
        .observe(run, { subtree: true, childList: true, characterData: true });
}"""


def test_explorer_paste_chips_references_tables(page: Any, lab: Lab, tmp_path: Path) -> None:
    run_all(page, lab, "01-quickstart.ipynb", ".pl-explorer .pl-text-pane .pl-text")
    explorer = page.locator(".pl-explorer").first
    explorer.scroll_into_view_if_needed()

    # the details of a quantity name what its ids point to
    quantity = explorer.locator(  # "plus de 180 installations": source, the Russian ministry
        '.pl-text-pane [data-layer~="quantities"]', has_text="installations"
    ).first
    quantity.click()
    details = explorer.locator(".pl-details-pane .pl-item").first
    details.wait_for(timeout=30_000)
    assert not HEX_ID.search(explorer.locator(".pl-details-pane").inner_text())
    assert explorer.locator(".pl-details-pane .pl-ref").count() >= 1

    # a legend chip hides its label, and shows it again
    chip = explorer.locator('.pl-layers .pl-chip[data-pl-click="label:actors|state_force"]')
    before = int(
        explorer.locator('.pl-text-pane [data-label="state_force"]').count()
    )  # innermost label
    assert before > 0
    chip.click()
    page.wait_for_function(
        """() => document.querySelector('.pl-explorer')
            .querySelectorAll('.pl-text-pane [data-label="state_force"]').length === 0"""
    )
    assert highlights(explorer, "quantities") > 0
    keep(explorer, tmp_path, "explorer-legend-chip.png")
    explorer.locator('.pl-layers .pl-chip[data-pl-click="label:actors|state_force"]').click()
    page.wait_for_function(
        f"""() => document.querySelector('.pl-explorer')
            .querySelectorAll('.pl-text-pane [data-label="state_force"]').length === {before}"""
    )

    # every table fits its pane (no column runs off to the right)
    tabs = explorer.locator(".widget-tab > .lm-TabBar .lm-TabBar-tab")
    names = [name.split(" (")[0].strip() for name in tabs.all_inner_texts()]  # "actors (30)"
    assert {"actors", "quantities", "relations"} <= set(names)
    for index, name in enumerate(names):
        tabs.nth(index).click()
        table = explorer.locator(".widget-tab-contents .pl-table").nth(index)
        table.wait_for()
        fits = table.evaluate("(t) => t.scrollWidth <= t.closest('.pl-pane').clientWidth + 1")
        assert fits, name
    explorer.locator(".lm-TabBar-tab", has_text="quantities").first.click()
    with page.expect_download() as csv:
        button = explorer.locator(".widget-tab-contents .pl-export-csv")
        button.nth(names.index("quantities")).click()  # tabs come in the contracts' order
    assert csv.value.suggested_filename == "quantities.csv"
    keep(explorer.locator(".widget-tab").first, tmp_path, "explorer-quantities-table.png")

    # paste a paragraph: the model-loading state shows, then the analysed text
    explorer.locator("select").first.select_option(label="a text pasted below")
    page.evaluate(STATES)
    paragraph = (
        "Goma, 12 mars 2013. Au moins 17 Casques bleus ont été tués près de Goma, a indiqué "
        "l'armée sud-africaine. Entre 3 000 et 4 000 civils ont fui vers l'Ouganda."
    )
    explorer.locator(".pl-paste textarea").fill(paragraph)
    explorer.locator("button", has_text="Analyse").click()
    page.wait_for_function(
        """() => document.querySelector('.pl-explorer .pl-text').getAttribute('data-doc')
            === 'pasted-1'""",
        timeout=WAIT,
    )
    page.wait_for_function(  # the analysed text replaces the plain one
        "() => document.querySelector('.pl-explorer')"
        ".querySelectorAll('.pl-text-pane [data-layer~=\"quantities\"]').length >= 2",
        timeout=WAIT,
    )
    assert "1 document(s) analysed" in explorer.locator(".pl-run").inner_text()
    states = page.evaluate("() => window.plStates")
    assert any("loading the language model" in state for state in states), json.dumps(states)
    assert highlights(explorer, "quantities") >= 2 and highlights(explorer, "actors") >= 2
    keep(explorer, tmp_path, "explorer-pasted.png")
    assert page.dialogs == []
