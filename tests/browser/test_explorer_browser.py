"""The Explorer in a real JupyterLab, driven by Chromium: toggles, clicks, and no script runs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import nbformat
import pytest

from tests.browser.lab import Lab

pytestmark = pytest.mark.browser

SHOTS = Path(__file__).resolve().parents[2] / "results" / "screenshots"  # ignored by git
WAIT = 240_000  # ms: the first run loads spaCy and every plugin on a busy machine
TEXT = ".pl-explorer .pl-text-pane .pl-text"
KERNEL_IDLE = """() => Array.from(document.querySelectorAll('.jp-StatusBar-TextItem'))
    .some((item) => /Python 3.*\\| Idle/.test(item.textContent))"""


def run_notebook(page: Any, lab: Lab, name: str) -> Any:
    """Open notebook ``name``, run all its cells, wait for the Explorer; return its locator."""
    page.goto(lab.notebook_url(name))
    page.wait_for_selector(".jp-Notebook", timeout=WAIT)
    page.wait_for_function(KERNEL_IDLE, timeout=WAIT)  # started and connected, not just "idle"
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click()
    page.wait_for_selector(TEXT, timeout=WAIT)  # the real widget, not its text fallback
    page.wait_for_selector('.jp-Notebook-ExecutionIndicator[data-status="idle"]', timeout=WAIT)
    return page.locator(".pl-explorer").first


def highlights(explorer: Any, layer: str) -> int:
    """How many highlighted segments of ``layer`` the text shows."""
    return int(explorer.locator(f'.pl-text-pane [data-layer~="{layer}"]').count())


def count_js(layer: str) -> str:
    """JavaScript counting the highlights of ``layer`` in the first Explorer of the page."""
    return (
        "document.querySelector('.pl-explorer')"
        f".querySelectorAll('.pl-text-pane [data-layer~=\"{layer}\"]').length"
    )


def shoot(target: Any, tmp_path: Path, name: str) -> Path:
    """Screenshot into the test's folder, and a copy under results/screenshots."""
    path = tmp_path / name
    target.screenshot(path=str(path))
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SHOTS / name)
    return path


def test_quickstart_explorer_toggles_and_details(page: Any, lab: Lab, tmp_path: Path) -> None:
    explorer = run_notebook(page, lab, "01-quickstart.ipynb")
    toggles = explorer.locator(".pl-layers .pl-layer-toggle")
    layers = [toggles.nth(i).inner_text().strip() for i in range(toggles.count())]
    assert layers, "the Explorer shows no layer"
    layer = "actors" if "actors" in layers else layers[0]
    before = highlights(explorer, layer)
    assert before > 0
    explorer.scroll_into_view_if_needed()
    shoot(page, tmp_path, "explorer-quickstart.png")

    checkbox = explorer.locator(f".pl-layer-{layer} input[type=checkbox]")
    checkbox.uncheck()
    page.wait_for_function(f"() => {count_js(layer)} === 0")
    ticked = {
        other: explorer.locator(f".pl-layer-{other} input[type=checkbox]").is_checked()
        for other in layers
    }
    if "events" in layers:  # whole sentences: declared not highlighted until ticked
        assert not ticked["events"] and highlights(explorer, "events") == 0
    others = [other for other in layers if other != layer and ticked[other]]
    assert others and all(highlights(explorer, other) > 0 for other in others)
    checkbox.check()
    page.wait_for_function(f"() => {count_js(layer)} === {before}")

    extractors = explorer.locator(".pl-run .pl-extractor")
    names = [
        extractors.nth(i).inner_text().split("→")[0].strip() for i in range(extractors.count())
    ]
    if "quantities" in names:  # untick a plugin, run: its layer is gone; tick it back: it returns
        quantities = highlights(explorer, "quantities")
        plugin = extractors.nth(names.index("quantities")).locator("input[type=checkbox]")
        run = explorer.locator(".pl-run button", has_text="Run")
        plugin.uncheck()
        run.click()
        page.wait_for_function(f"() => {count_js('quantities')} === 0", timeout=WAIT)
        assert highlights(explorer, layer) == before
        plugin.check()
        run.click()
        page.wait_for_function(f"() => {count_js('quantities')} === {quantities}", timeout=WAIT)

    span = explorer.locator(f'.pl-text-pane [data-layer~="{layer}"]').first
    title = span.get_attribute("title") or ""
    span.click()
    details = explorer.locator(".pl-details-pane .pl-item").first
    details.wait_for(timeout=30_000)
    text = details.inner_text()
    first_attribute = title.split("\n")[1].strip().split(":")[0] if "\n" in title else ""
    assert span.inner_text() in text and "made by" in text
    if first_attribute and first_attribute != "made by":
        assert first_attribute in text
    assert "pl-selected" in (span.get_attribute("class") or "")
    shoot(explorer, tmp_path, "explorer-details.png")

    # a table row (the last mention of the text, after sorting) scrolls the text to its span
    table = explorer.locator(".widget-tab-contents .pl-table").first
    table.locator("th", has_text="start").click()
    table.locator("th", has_text="start ▲").click()
    table.locator("th", has_text="start ▼").wait_for()
    last = table.locator("tr.pl-row").first
    wanted = last.locator("td").nth(1).inner_text()
    last.click()
    marked = json.dumps(wanted)
    page.wait_for_function(  # the old mark (the clicked span) gives way to the row's
        f"""() => Array.from(document.querySelector('.pl-explorer')
            .querySelectorAll('.pl-text-pane .pl-selected'))
            .map((node) => node.textContent).join('') === {marked}""",
        timeout=30_000,
    )
    page.wait_for_function(
        """() => {
            const pane = document.querySelector('.pl-explorer .pl-text-pane .pl-pane');
            const mark = pane.querySelector('.pl-selected');
            const outer = pane.getBoundingClientRect(), inner = mark.getBoundingClientRect();
            return pane.scrollTop > 0 && inner.top >= outer.top && inner.bottom <= outer.bottom;
        }"""
    )
    shoot(explorer, tmp_path, "explorer-row-selected.png")
    assert page.dialogs == []


HOSTILE = (
    "Alerte <script>window.polemosPwned = 'script'</script> à Homs.\n"
    "<img src=x onerror=\"window.polemosPwned = 'img'\"> "
    "<a href=\"javascript:window.polemosPwned = 'link'\">cliquer</a> "
    "<svg onload=\"window.polemosPwned = 'svg'\"></svg>"
)

HOSTILE_CELL = f"""
import polemos
from polemos import ExtractContext, Extractor, hookimpl
from polemos_widgets import Explorer


class Tags(Extractor):
    name = "tags"
    writes = ("tags",)

    def extract(self, ctx: ExtractContext) -> None:
        text = ctx.document.text
        for start in [i for i in range(len(text)) if text[i] == "<"]:
            end = text.index(">", start) + 1
            ctx.annotate("tags", "<b onmouseover=\\"window.polemosPwned = 'label'\\">", start, end,
                         {{"html": "<img src=x onerror=\\"window.polemosPwned = 'attr'\\">",
                          "url": "javascript:window.polemosPwned = 'url'"}})


class TagsPlugin:
    @hookimpl
    def polemos_extractors(self) -> list[Extractor]:
        return [Tags()]


manager = polemos.PluginManager(entry_points=False)
manager.register(TagsPlugin(), name="tags")
document = polemos.Document("<script>x</script>", {json.dumps(HOSTILE)},
                            {{"title": "<img src=x onerror=\\"window.polemosPwned = 'meta'\\">"}})
Explorer(polemos.analyze(document, manager=manager), manager=manager)
"""


def test_hostile_article_runs_nothing(page: Any, lab: Lab, tmp_path: Path) -> None:
    book = nbformat.v4.new_notebook()
    book.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    book.cells = [nbformat.v4.new_code_cell(HOSTILE_CELL)]
    nbformat.write(book, lab.root / "hostile.ipynb")
    explorer = run_notebook(page, lab, "hostile.ipynb")
    pane = explorer.locator(".pl-text-pane")
    assert "<script>window.polemosPwned = 'script'</script>" in pane.inner_text()
    assert pane.locator("script, img, svg, a").count() == 0
    # nowhere in the Explorer (picker, legend, tables) does the document's markup become HTML
    assert explorer.locator("script, img, svg, a, b[onmouseover]").count() == 0
    segment = pane.locator('[data-layer~="tags"]').first
    segment.hover()
    segment.click()
    explorer.locator(".pl-details-pane .pl-item").first.wait_for(timeout=30_000)
    details = explorer.locator(".pl-details-pane")
    assert "javascript:window.polemosPwned = 'url'" in details.inner_text()
    assert details.locator("img, a, b[onmouseover]").count() == 0
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.polemosPwned === undefined")
    assert page.dialogs == []
    shoot(explorer, tmp_path, "explorer-hostile.png")
