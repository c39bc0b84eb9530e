"""A fast pre-filter: a sentence without a cue's words cannot match that cue.

For each pattern of a cue the filter picks one required token (not optional) that tests the
lowercase form (``WORDS``, ``PART``, ``STEM``), preferring content words ("allié", "soutenu")
to function words ("de", "et"). Any match of the pattern contains a token of that word list,
so the cue's matcher only runs on sentences whose words hold one of the picked words (or a
word starting with a picked stem). A cue with a pattern that has no such token runs on every
sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from polemos_alliances.cues import Cue

__all__ = ["WORD", "Trigger", "cue_trigger", "text_words"]

FUNCTION_WORDS = frozenset(
    {
        "de",
        "du",
        "des",
        "d'",
        "d’",
        "à",
        "au",
        "aux",
        "et",
        "ou",
        "par",
        "avec",
        "sur",
        "pour",
        "entre",
        "en",
        "le",
        "la",
        "les",
        "l'",
        "l’",
        "un",
        "une",
        "qui",
        "que",
        "est",
        "a",
        ",",
        "se",
        "s'",
        "s’",
        "ne",
        "n'",
        "n’",
    }
)
_STEM = re.compile(r"^\^\(\?:(.+)\)$")
_OPTIONAL = ("?", "*")


def _predicate(token: Mapping[str, Any]) -> tuple[list[str], bool] | None:
    """The words (or stems, with True) a required token needs; None if it tests no form."""
    op = str(token.get("OP", ""))
    if op in _OPTIONAL or op.startswith("{0"):
        return None
    lower = token.get("LOWER")
    if not isinstance(lower, Mapping):
        return None
    if isinstance(lower.get("IN"), list):
        return [str(word) for word in lower["IN"]], False
    stem = _STEM.match(str(lower.get("REGEX", "")))
    if stem:
        return [re.sub(r"\\(.)", r"\1", part) for part in stem.group(1).split("|")], True
    return None


def _pick(tokens: Iterable[Mapping[str, Any]]) -> tuple[list[str], bool] | None:
    """The most telling required word list of a pattern: content words first."""
    candidates = [p for p in (_predicate(token) for token in tokens) if p is not None]
    safe = [(words, stem) for words, stem in candidates if all(_plain(w) for w in words)]
    content = [c for c in safe if not set(c[0]) & FUNCTION_WORDS]
    chosen = content or safe
    return min(chosen, key=lambda c: len(c[0])) if chosen else None


def _plain(word: str) -> bool:
    """A word the regex can find with word boundaries (letters, digits, inner hyphens)."""
    return bool(re.fullmatch(r"\w+(?:[-’']\w+)*\.?", word))


WORD = re.compile(r"\w+")
"""What the trigger sees of a text: its lowercase runs of word characters."""


@dataclass(frozen=True)
class Trigger:
    """The words (and word prefixes) one of which every match of a cue contains."""

    words: frozenset[str]
    stems: tuple[str, ...]

    def fires(self, words: AbstractSet[str]) -> bool:
        """Whether a text with these lowercase ``words`` (see :data:`WORD`) may match the cue."""
        if not self.words.isdisjoint(words):
            return True
        return bool(self.stems) and any(word.startswith(self.stems) for word in words)


def text_words(text: str) -> set[str]:
    """The lowercase words of ``text`` as triggers see them."""
    return set(WORD.findall(text.lower()))


def _key_part(word: str) -> str:
    """The longest run of word characters of a cue word ("porte-parole" -> "parole")."""
    parts: list[str] = WORD.findall(word.lower())
    return max(parts, key=len)


def cue_trigger(cue: Cue) -> Trigger | None:
    """The trigger of a cue: one required word list per pattern, merged.

    Returns ``None`` when a pattern of the cue has no usable required word (always run it).
    """
    token_lists: list[Iterable[Mapping[str, Any]]] = [p.tokens for p in cue.patterns]
    if cue.is_dependency:
        token_lists = [[node.get("RIGHT_ATTRS", {}) for node in cue.dependency]]
    words: set[str] = set()
    stems: set[str] = set()
    for tokens in token_lists:
        picked = _pick(tokens)
        if picked is None:
            return None
        found, is_stem = picked
        if is_stem:  # a prefix of the token is a prefix of its first word
            stems.update(WORD.findall(stem.lower())[0] for stem in found)
        else:
            words.update(_key_part(word) for word in found)
    return Trigger(frozenset(words), tuple(sorted(stems)))
