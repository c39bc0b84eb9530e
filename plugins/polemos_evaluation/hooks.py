"""The hooks of polemos-evaluation: the ``polemos evaluate`` command."""

from __future__ import annotations

from polemos.commands import Command
from polemos.markers import hookimpl

from polemos_evaluation.command import Evaluate

__all__ = ["polemos_register_commands"]


@hookimpl
def polemos_register_commands() -> list[Command]:
    """Add ``polemos evaluate``."""
    return [Evaluate()]
