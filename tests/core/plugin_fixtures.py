"""Helpers that install throw-away plugins as real distributions (dist-info + entry points)."""

from __future__ import annotations

from pathlib import Path


def make_distribution(
    root: Path, dist: str, modules: dict[str, str], entry_points: dict[str, str]
) -> Path:
    """Write modules and a ``dist-info`` declaring ``polemos`` entry points under ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    for name, source in modules.items():
        (root / f"{name}.py").write_text(source, encoding="utf-8")
    info = root / f"{dist}-0.3.0.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.3.0\n", encoding="utf-8"
    )
    lines = "".join(f"{name} = {target}\n" for name, target in entry_points.items())
    (info / "entry_points.txt").write_text(f"[polemos]\n{lines}", encoding="utf-8")
    (info / "top_level.txt").write_text("\n".join(modules) + "\n", encoding="utf-8")
    (info / "RECORD").write_text("".join(f"{name}.py,,\n" for name in modules), encoding="utf-8")
    return root


GOOD_PLUGIN = """
from polemos import Extractor, hookimpl

class Shouts(Extractor):
    name = "shouts"
    writes = ("shouts",)

    def extract(self, ctx):
        for token in ctx.doc:
            if token.text.isupper() and len(token.text) > 1:
                ctx.annotate("shouts", "upper", token.idx, token.idx + len(token.text))

@hookimpl
def polemos_extractors():
    return [Shouts()]
"""

BROKEN_ON_IMPORT = """
raise RuntimeError("this plugin is broken on purpose")
"""

TYPO_HOOK = """
from polemos import hookimpl

@hookimpl
def polemos_extractor():  # misspelt: the spec is polemos_extractors
    return []
"""
