"""A griffe extension for the API pages: make reStructuredText-flavoured docstrings read well.

polemos docstrings use Sphinx roles (:class:`~polemos.Run`) and doctest examples (``>>>``); in
Markdown the roles would show raw and ``>>>`` would open nested block quotes. This extension,
loaded by mkdocstrings (``extensions`` in ``mkdocs.yml``), turns roles into code spans and
doctest runs into ``pycon`` code blocks before the docstrings are rendered.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|data|attr|exc|obj):`~?([^`]+)`")


def fence_doctests(text: str) -> str:
    """Wrap each run of ``>>>`` lines (with their output) in a ``pycon`` fence."""
    out: list[str] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.lstrip().startswith(">>>"):
            out.append(line)
            index += 1
            continue
        indent = line[: len(line) - len(line.lstrip())]
        block = []
        while index < len(lines) and lines[index].strip() and lines[index].startswith(indent):
            block.append(lines[index][len(indent) :])
            index += 1
        out += [f"{indent}```pycon", *(indent + b for b in block), f"{indent}```"]
    return "\n".join(out)


def clean(text: str) -> str:
    """Roles to code spans, doctests to fenced blocks, ``Example::`` to ``Example:``."""
    text = _ROLE.sub(lambda m: f"`{m.group(1)}`", text)
    text = re.sub(r"::$", ":", text, flags=re.MULTILINE)
    return fence_doctests(text)


class ReadableDocstrings(griffe.Extension):
    """Rewrite every docstring with :func:`clean` when it is loaded."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Clean the docstring of each object griffe loads."""
        if obj.docstring is not None:
            obj.docstring.value = clean(obj.docstring.value)
