"""``polemos new-plugin NAME``: write a ready-to-install plugin package.

The package has a ``pyproject.toml`` declaring the ``polemos`` entry point, an extractor, a test
written with :mod:`polemos.testing` and a README. Installed (``pip install -e DIR``), it appears
in ``polemos plugins`` and its tests pass as generated.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from pathlib import Path

from polemos_scaffold.templates import TEMPLATES

__all__ = ["PluginNames", "ScaffoldError", "new_plugin", "plugin_names"]

_NAME = re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*")


class ScaffoldError(ValueError):
    """A plugin name that is not usable, or a target folder that is not empty."""


@dataclass(frozen=True)
class PluginNames:
    """The names derived from the NAME given to ``polemos new-plugin``."""

    plugin: str
    """Entry-point name, extractor name: ``ceasefire``."""
    dist: str
    """Distribution name: ``polemos-ceasefire``."""
    package: str
    """Import name: ``polemos_ceasefire``."""
    layer: str
    """The layer its extractor writes: ``ceasefire``."""
    cls: str
    """The extractor class: ``CeasefireExtractor``."""


def plugin_names(name: str) -> PluginNames:
    """Derive the names of a plugin from ``name`` (``ceasefire``, ``arms-trade``...).

    A leading ``polemos-`` or ``polemos_`` is dropped.

    >>> plugin_names("arms-trade").package
    'polemos_arms_trade'
    """
    bare = re.sub(r"^polemos[-_]", "", name.strip().lower())
    if not _NAME.fullmatch(bare) or keyword.iskeyword(bare):
        raise ScaffoldError(
            f"plugin name {name!r}: use lowercase letters, digits, '-' or '_', "
            "starting with a letter (e.g. 'ceasefire', 'arms-trade')"
        )
    snake = bare.replace("-", "_")
    return PluginNames(
        plugin=snake,
        dist=f"polemos-{bare.replace('_', '-')}",
        package=f"polemos_{snake}",
        layer=snake,
        cls="".join(part.capitalize() for part in snake.split("_")) + "Extractor",
    )


def _polemos_min() -> str:
    from polemos import __version__

    match = re.match(r"(\d+)\.(\d+)", __version__)
    return f"{match.group(1)}.{match.group(2)}" if match else "0.1"


def new_plugin(name: str, directory: str | Path | None = None) -> Path:
    """Write the package of plugin ``name`` into ``directory`` (default ``./polemos-NAME``).

    Returns the package folder. Refuses a folder that exists and is not empty.
    """
    names = plugin_names(name)
    root = Path(directory) if directory is not None else Path(names.dist)
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise ScaffoldError(f"{root} exists and is not an empty folder")
    values = {
        "dist": names.dist,
        "package": names.package,
        "plugin": names.plugin,
        "layer": names.layer,
        "cls": names.cls,
        "polemos_min": _polemos_min(),
    }
    for relative, template in TEMPLATES.items():
        path = root / relative.format(package=names.package)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template.substitute(values), encoding="utf-8")
    return root
