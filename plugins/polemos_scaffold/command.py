"""``polemos new-plugin NAME``: the command writing a plugin package."""

from __future__ import annotations

import argparse

from polemos.commands import Command

__all__ = ["NewPlugin"]


class NewPlugin(Command):
    """``polemos new-plugin NAME [--dir DIR]``: write a ready-to-install plugin package."""

    name = "new-plugin"
    help = "write a ready-to-install plugin package"

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        """The plugin's name and the target folder."""
        parser.add_argument(
            "name", help="plugin name: lowercase letters, digits, '-' (e.g. ceasefire)"
        )
        parser.add_argument("--dir", help="target folder (default: ./polemos-NAME)")

    def run(self, args: argparse.Namespace) -> int:
        """Write the package; say where and how to install it."""
        from polemos_scaffold.scaffold import ScaffoldError, new_plugin

        try:
            root = new_plugin(args.name, args.dir)
        except ScaffoldError as exc:
            raise SystemExit(f"polemos new-plugin: {exc}") from exc
        print(f"polemos: plugin package written to {root}; next: pip install -e {root}")
        return 0
