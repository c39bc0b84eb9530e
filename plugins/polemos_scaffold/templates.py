"""The files ``polemos new-plugin`` writes, as :class:`string.Template` texts.

Placeholders: ``$dist`` (distribution, ``polemos-ceasefire``), ``$package`` (import name,
``polemos_ceasefire``), ``$plugin`` (entry-point and extractor name, ``ceasefire``), ``$layer``
(the layer written), ``$cls`` (extractor class), ``$polemos_min`` (lowest polemos version).
"""

from __future__ import annotations

from string import Template

__all__ = ["TEMPLATES"]

PYPROJECT = Template("""\
[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"

[project]
name = "$dist"
version = "0.1.0"
description = "A polemos plugin: writes the layer $layer."
readme = "README.md"
requires-python = ">=3.11"
dependencies = ["polemos>=$polemos_min"]

[project.optional-dependencies]
test = ["pytest>=8.0"]

# polemos finds the plugin through this entry point (group "polemos").
[project.entry-points.polemos]
$plugin = "$package"

[tool.setuptools.packages.find]
where = ["src"]

[tool.setuptools.package-data]
$package = ["py.typed"]

[tool.pytest.ini_options]
testpaths = ["tests"]
""")

INIT = Template('''\
"""$dist: a polemos plugin that writes the layer ``$layer``."""

from __future__ import annotations

from polemos import Extractor, hookimpl

from $package.extractor import $cls

__all__ = ["$cls", "polemos_extractors"]


@hookimpl
def polemos_extractors() -> list[Extractor]:
    """Contribute this plugin's extractors to polemos."""
    return [$cls()]
''')

EXTRACTOR = Template('''\
"""The $plugin extractor: finds the terms of its configuration in the text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polemos import ExtractContext, Extractor

__all__ = ["$cls", "${cls}Config"]


@dataclass
class ${cls}Config:
    """The configuration of the extractor: each field a key, with its type and default.

    polemos checks the user's configuration against it: an unknown key or a wrong type is an
    error naming the key and the extractor.
    """

    terms: list[str] = field(default_factory=lambda: ["cessez-le-feu", "trêve", "accord de paix"])


class $cls(Extractor):
    """Annotate every occurrence of the configured ``terms`` (case-insensitive, whole words).

    Replace :meth:`setup` and :meth:`extract` with your own logic: prepare once in ``setup``
    (compile patterns, read files), then read ``ctx.doc`` (the spaCy Doc),
    ``ctx.layer("actors")`` (layers you list in ``requires``) and add annotations with
    ``ctx.annotate(layer, label, start, end, attributes)``.
    """

    name = "$plugin"
    writes = ("$layer",)
    requires = ()
    spacy_components = ()
    config_type = ${cls}Config

    def __init__(self) -> None:
        """Not set up yet: polemos calls :meth:`setup` before the first document."""
        self.pattern: re.Pattern[str] | None = None

    def setup(
        self, nlp: Any, config: ${cls}Config, resources: Callable[[str], list[Path]]
    ) -> None:
        """Compile the terms once per pipeline (longest first)."""
        terms = sorted(config.terms, key=len, reverse=True)
        self.pattern = (
            re.compile(
                r"(?<!\\w)(?:" + "|".join(re.escape(term) for term in terms) + r")(?!\\w)",
                re.IGNORECASE,
            )
            if terms
            else None
        )

    def extract(self, ctx: ExtractContext) -> None:
        """Add one annotation per occurrence of a term, labelled ``term``."""
        if self.pattern is None:
            return
        for match in self.pattern.finditer(ctx.document.text):
            ctx.annotate(
                "$layer", "term", match.start(), match.end(), {"term": match.group().lower()}
            )
''')

TEST = Template('''\
"""Tests of the $plugin extractor, with the helpers of polemos.testing."""

from __future__ import annotations

from polemos.testing import (
    assert_deterministic,
    assert_valid_output,
    layer_texts,
    registered_plugin,
    run_extractor,
)

import $package
from $package import $cls

TEXT = "Le cessez-le-feu a été rompu deux jours après la trêve signée à Bamako."


def test_finds_the_terms() -> None:
    document = run_extractor($cls(), TEXT)
    assert layer_texts(document, "$layer") == [("term", "cessez-le-feu"), ("term", "trêve")]


def test_configuration_changes_the_terms() -> None:
    document = run_extractor($cls(), TEXT, config={"terms": ["Bamako"]})
    assert layer_texts(document, "$layer") == [("term", "Bamako")]


def test_output_has_right_offsets_and_provenance() -> None:
    document = assert_deterministic($cls(), TEXT)
    assert_valid_output(document, $cls())
    assert {run.plugin for run in document.runs.values()} == {"$plugin"}


def test_the_plugin_registers_its_extractor() -> None:
    with registered_plugin($package, name="$plugin") as manager:
        assert [extractor.name for extractor in manager.extractors()] == ["$plugin"]
''')

README = Template("""\
# $dist

A polemos plugin: the extractor `$plugin` writes the layer
`$layer`. Generated by `polemos new-plugin`.

```console
$$ pip install -e .            # polemos finds the plugin through its entry point
$$ polemos plugins             # lists "$plugin"
$$ polemos analyze --example --extractors $plugin
$$ pytest                      # the plugin's tests, written with polemos.testing
```

- `src/$package/extractor.py`: the extractor; change `extract` to do your own work.
- `src/$package/__init__.py`: the `polemos_extractors` hook that contributes it.
- `tests/test_extractor.py`: its tests.

Configure it from Python, `polemos.analyze(text, config={"$plugin": {"terms": [...]}})`, or with
`polemos analyze --config config.yaml`.
""")

TEMPLATES: dict[str, Template] = {
    "pyproject.toml": PYPROJECT,
    "README.md": README,
    "src/{package}/__init__.py": INIT,
    "src/{package}/extractor.py": EXTRACTOR,
    "src/{package}/py.typed": Template(""),
    "tests/test_extractor.py": TEST,
}
"""Relative path (``{package}`` replaced by the package name) -> template of its content."""
