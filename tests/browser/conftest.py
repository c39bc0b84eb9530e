"""Fixtures of the browser tests: Chromium (Debian's), a JupyterLab server, a page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from polemos_widgets.sources import find_corpus

from tests.browser.lab import CHROMIUM_ARGS, Lab, ensure_chromium, start_lab

ROOT = Path(__file__).resolve().parents[2]


def _corpus() -> Path | None:
    """The sample corpus beside the project (None when there is none)."""
    try:
        return find_corpus(start=ROOT)
    except FileNotFoundError:
        return None


CORPUS = _corpus()


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    """JupyterLab over a temporary copy of the notebooks (own config, data and runtime dirs)."""
    workdir = tmp_path_factory.mktemp("lab")
    env = {"POLEMOS_CORPUS": str(CORPUS)} if CORPUS is not None else {}
    server = start_lab(workdir, sorted((ROOT / "notebooks").glob("*.ipynb")), env)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Chromium driven by Playwright (no ``playwright install``: Debian's /usr/bin/chromium)."""
    executable = ensure_chromium()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(executable), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page with a tall viewport; JavaScript dialogs are recorded, never accepted."""
    context = browser.new_context(viewport={"width": 1500, "height": 1300})
    tab = context.new_page()
    tab.dialogs = []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    context.close()
