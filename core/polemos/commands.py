"""Subcommands of the ``polemos`` command line that plugins contribute (a plugin hook).

A package adds ``polemos NAME ...`` by returning :class:`Command` objects from
``polemos_register_commands``, as datasette's ``register_commands`` does for its CLI.
"""

from __future__ import annotations

import argparse
from abc import ABC, abstractmethod
from typing import ClassVar

__all__ = ["Command"]


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
