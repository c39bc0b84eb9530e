"""The help blocks of docs/reference/cli.md, generated from the argument parser.

Regenerate them after changing the CLI: ``python -m tests.docs.cli_reference``.
"""

from __future__ import annotations

import argparse
import os
import re
from unittest import mock

from polemos.cli import build_parser

from .markdown import DOCS

CLI_PAGE = DOCS / "reference" / "cli.md"
WIDTH = 100
_BLOCK = re.compile(r"(<!-- help: (?P<name>[\w-]*) -->\n```text\n)(?P<body>.*?)(```)", re.DOTALL)


def subcommands() -> dict[str, argparse.ArgumentParser]:
    """The subcommand parsers of ``polemos``, by name."""
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def help_text(name: str) -> str:
    """``polemos NAME --help`` (``polemos --help`` for an empty name), at a fixed width."""
    with mock.patch.dict(os.environ, {"COLUMNS": str(WIDTH + 2)}):
        parser = subcommands()[name] if name else build_parser()
        return parser.format_help()


def documented() -> dict[str, str]:
    """The help blocks of the page, by subcommand name."""
    text = CLI_PAGE.read_text(encoding="utf-8")
    return {m.group("name"): m.group("body") for m in _BLOCK.finditer(text)}


def regenerate() -> None:
    """Rewrite every help block of the page from the parser."""
    text = CLI_PAGE.read_text(encoding="utf-8")
    text = _BLOCK.sub(lambda m: m.group(1) + help_text(m.group("name")) + m.group(4), text)
    CLI_PAGE.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    regenerate()
