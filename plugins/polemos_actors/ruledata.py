"""Reading the rule data files of ``data/`` (word lists): checked once, with clear errors.

A file is a YAML mapping of keys to lists of words (or to mappings of word -> label); a
missing, unknown or mistyped key raises :class:`RuleDataError` naming the file, the key and the
line.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from polemos import yaml_line

from ._text import fold

DATA_DIR = Path(__file__).parent / "data"


class RuleDataError(ValueError):
    """A rule data file is malformed: the message names the file and the key."""


@dataclass(frozen=True)
class RuleData:
    """One rule data file, read and checked against the keys it must have."""

    name: str
    text: str
    raw: dict[str, Any]

    def error(self, key: str, problem: str) -> RuleDataError:
        """The error for ``key`` of this file, with its line."""
        line = yaml_line(self.text, [key])
        where = f"data/{self.name}" + (f", line {line}" if line else "")
        return RuleDataError(f"{where}: key {key!r}: {problem}")

    def word_list(self, key: str) -> list[str]:
        """The words of ``key`` as written (a list of strings)."""
        value = self.raw[key]
        if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
            raise self.error(key, "expected a list of words")
        return value

    def words(self, key: str) -> frozenset[str]:
        """The folded words of ``key``."""
        return frozenset(fold(w) for w in self.word_list(key))

    def labels(self, key: str) -> dict[str, str]:
        """The ``word: label`` mapping of ``key``, words as written."""
        value = self.raw[key]
        if not isinstance(value, dict) or not all(
            isinstance(w, str) and isinstance(label, str) for w, label in value.items()
        ):
            raise self.error(key, "expected a mapping of words to labels")
        return value


def read_rule_data(path: Path, keys: Collection[str]) -> RuleData:
    """Read ``path`` and check that it maps exactly ``keys``.

    :raises RuleDataError: the file is not YAML, not a mapping, or its keys differ.
    """
    text = path.read_text(encoding="utf-8")
    try:
        raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        raise RuleDataError(f"data/{path.name}: not valid YAML: {error}") from None
    if not isinstance(raw, dict):
        raise RuleDataError(f"data/{path.name}: expected a mapping of keys to word lists")
    data = RuleData(path.name, text, raw)
    missing = sorted(set(keys) - set(raw))
    if missing:
        raise RuleDataError(f"data/{path.name}: key {missing[0]!r}: missing")
    unknown = sorted(map(str, set(raw) - set(keys)))
    if unknown:
        raise data.error(unknown[0], f"unknown (expected one of {', '.join(sorted(keys))})")
    return data


@cache
def rule_data(name: str, keys: frozenset[str]) -> RuleData:
    """``data/<name>`` read and checked once."""
    return read_rule_data(DATA_DIR / name, keys)
