"""The hooks of polemos-scaffold: the ``polemos new-plugin`` command."""

from __future__ import annotations

from polemos.commands import Command
from polemos.markers import hookimpl

from polemos_scaffold.command import NewPlugin

__all__ = ["polemos_register_commands"]


@hookimpl
def polemos_register_commands() -> list[Command]:
    """Add ``polemos new-plugin``."""
    return [NewPlugin()]
