"""Subcommands of the ``polemos`` command line that plugins contribute (a plugin hook).

A package adds ``polemos NAME ...`` by returning :class:`Command` objects from
``polemos_register_commands``, as datasette's ``register_commands`` does for its CLI.
:func:`shown` and :func:`report_plugin_failures` print what a command reports as the core's
commands do; :func:`add_extractors_option` and :func:`selected_extractors` select extractors
as ``polemos analyze`` does.
"""

from __future__ import annotations

import argparse
import re
import sys
from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from polemos.plugins import PluginManager

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Characters a terminal acts on: C0 and C1 controls (escapes, newlines), bidi overrides."""


def shown(text: str) -> str:
    r"""``text`` safe to print on a terminal: control characters written as escapes.

    Document ids, messages and plugin names come from the data and from plugins: an id holding
    ``\x1b[2J`` must not clear the screen, nor a newline forge a line of the report.

    >>> shown("gao\x1b[31m\nfake")
    'gao\\x1b[31m\\nfake'
    """
    return _CONTROL.sub(lambda match: repr(match.group())[1:-1], text)


def report_plugin_failures(manager: PluginManager) -> None:
    """Print a line on stderr for each plugin of ``manager`` that failed to load."""
    for failure in manager.failures:
        line = f"polemos: plugin {failure.name} failed to load: {failure.error}"
        print(shown(line), file=sys.stderr)


def add_extractors_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--extractors a,b`` (the extractors to run) and its deprecated alias ``--plugins``."""
    parser.add_argument(
        "--extractors", metavar="NAMES", help="comma-separated extractors to run (default: all)"
    )
    parser.add_argument("--plugins", metavar="NAMES", help="deprecated alias of --extractors")


def selected_extractors(args: argparse.Namespace) -> list[str] | None:
    """``--extractors a,b`` -> those; absent -> all (None); ``--extractors ""`` -> none.

    ``--plugins`` still selects them, with a note on stderr naming ``--extractors``.
    """
    from polemos.plugins import parse_selection

    value = args.extractors
    if args.plugins is not None:
        print("polemos: --plugins is deprecated, use --extractors", file=sys.stderr)
        value = args.plugins if value is None else f"{args.plugins},{value}"
    return None if value is None else parse_selection(value) or []


class Command(ABC):
    """A ``polemos NAME`` subcommand: its arguments and what it does.

    ``add_arguments`` receives the subcommand's own :class:`argparse.ArgumentParser`; ``run``
    receives the parsed arguments and returns the exit code (0: success). Raise
    :class:`SystemExit` with a message for an error the user can fix.
    """

    name: ClassVar[str] = ""
    help: ClassVar[str] = ""

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:  # noqa: B027
        """Declare the subcommand's arguments on ``parser`` (none by default)."""

    @abstractmethod
    def run(self, args: argparse.Namespace) -> int:
        """Do the work of the subcommand; return its exit code."""
