"""A plugin adding ``polemos weapons-lexicon``: the entries of a weapons lexicon, by type."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import yaml
from polemos import Command, hookimpl


class LexiconCount(Command):
    """``polemos weapons-lexicon FILE``: how many weapons of each type FILE lists."""

    name = "weapons-lexicon"
    help = "count the entries of each type in a weapons lexicon (YAML)"

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        """FILE, and --min to leave out the rare types."""
        parser.add_argument("file", help="a YAML list of {name, type, forms} entries")
        parser.add_argument("--min", type=int, default=1, help="smallest count shown")

    def run(self, args: argparse.Namespace) -> int:
        """Print one ``type: count`` line per type, the largest first."""
        try:
            entries = yaml.safe_load(Path(args.file).read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise SystemExit(f"polemos weapons-lexicon: cannot read {args.file}: {exc}") from exc
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise SystemExit(f"polemos weapons-lexicon: {args.file} is not a list of entries")
        types = Counter(str(entry.get("type", "?")) for entry in entries)
        for kind, count in types.most_common():
            if count >= args.min:
                print(f"{kind}: {count}")
        return 0


@hookimpl
def polemos_register_commands() -> list[Command]:
    """Add ``polemos weapons-lexicon``."""
    return [LexiconCount()]
