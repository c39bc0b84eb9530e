"""Reading the code blocks of the documentation, to run them."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

_FENCE = re.compile(r"^```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^```", re.MULTILINE | re.DOTALL)
_SNIPPET = re.compile(r'^--8<-- "(?P<path>[^"]+)"$', re.MULTILINE)


def code_blocks(text: str, lang: str = "python") -> list[str]:
    """The bodies of the fenced blocks of ``lang`` in a Markdown text, snippets included."""
    blocks = []
    for match in _FENCE.finditer(text):
        if match.group("lang") != lang:
            continue
        body = _SNIPPET.sub(
            lambda m: (ROOT / m.group("path")).read_text(encoding="utf-8"), match.group("body")
        )
        blocks.append(body)
    return blocks


def docstring_examples(doc: str) -> list[str]:
    """The literal blocks introduced by ``Example::`` in a reStructuredText docstring."""
    examples = []
    lines = doc.splitlines()
    for index, line in enumerate(lines):
        if not line.strip().endswith("Example::"):
            continue
        indent = len(line) - len(line.lstrip())
        block = []
        for following in lines[index + 1 :]:
            if following.strip() and len(following) - len(following.lstrip()) <= indent:
                break
            block.append(following)
        examples.append(textwrap.dedent("\n".join(block)).strip() + "\n")
    return examples
