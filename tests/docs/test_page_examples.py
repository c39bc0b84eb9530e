"""Every ``python`` code block of the documentation runs (``py`` blocks are illustrations).

The blocks of a page run in order in one namespace, from the project root, as a reader would
paste them; a block that raises or whose ``assert`` fails fails the test.
"""

from __future__ import annotations

import contextlib
import io
import sys
import types
from pathlib import Path

import pytest

from .markdown import DOCS, ROOT, code_blocks

PAGES = sorted(
    path
    for path in DOCS.rglob("*.md")
    if "_ext" not in path.parts and code_blocks(path.read_text(encoding="utf-8"))
)


def test_pages_with_examples_are_found() -> None:
    names = {str(p.relative_to(DOCS)) for p in PAGES}
    assert {"tutorials/first-plugin.md", "how-to/duckdb.md", "reference/hooks.md"} <= names


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_page_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    module = types.ModuleType("docs_example")  # a real module: dataclasses look their module up
    module.__file__ = str(page)
    monkeypatch.setitem(sys.modules, "docs_example", module)
    namespace = module.__dict__
    for number, block in enumerate(code_blocks(page.read_text(encoding="utf-8")), start=1):
        code = compile(block, f"{page.relative_to(ROOT)} (python block {number})", "exec")
        with contextlib.redirect_stdout(io.StringIO()):
            exec(code, namespace)
