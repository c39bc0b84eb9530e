"""Organisations typed by the head noun written before their name: ``le site Mediazona``.

The codebook's media, NGOs, monitoring groups and missions that the lexicon does not name: a
capitalised name right after a head noun of ``data/named_heads.yaml`` (``le site``, ``la
chaîne``, ``l'ONG``, ``la mission``, ``la force africaine``), itself after a
determiner or a preposition, takes the head's type; up to two adjectives or one ``de``
complement may stand between (``la chaîne qatarie Al-Jazeera``, ``le site d'information
Meduza``). The name, not its head, is the mention, and the same name elsewhere in the
document is a mention of the same actor (document-level: ``Mediazona`` alone, later). A lone
platform letter after ``sur`` (``publié sur X``) is a medium. Armed groups after ``la milice``
or ``le groupe armé`` are the named-group rule's (:mod:`.patterns`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from polemos_french import CONTRACTED_ARTICLES, DE, DEFINITE_ARTICLES
from spacy.matcher import PhraseMatcher

from ._text import fold
from ._words import NAME_LINKS
from .acled import code_for_type
from .gazetteer import places
from .matchers import phrase_patterns
from .mentions import ActorRef, Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

NAMED_HEADS_FILE = Path(__file__).parent / "data" / "named_heads.yaml"

_BEFORE_HEAD = (
    DEFINITE_ARTICLES
    | CONTRACTED_ARTICLES
    | DE
    | frozenset({"un", "une", "son", "sa", "leur", "par", "sur", "selon", "a", "avec", "pour"})
)
_MAX_BETWEEN = 2


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], frozenset[str]]:
    """Head noun -> type, and the platform letters, of ``data/named_heads.yaml``."""
    with NAMED_HEADS_FILE.open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    heads = {str(w): kind for kind, words in raw["heads"].items() for w in words}
    return heads, frozenset(str(w) for w in raw["platform_letters"])


@dataclass
class NamedHeadMatcher:
    """The head nouns of ``data/named_heads.yaml`` compiled for one vocabulary."""

    phrases: PhraseMatcher

    @classmethod
    def build(cls, vocab: Vocab) -> NamedHeadMatcher:
        """Compile the head nouns (one match label per type)."""
        phrases = PhraseMatcher(vocab, attr="LOWER")
        by_type: dict[str, list[str]] = {}
        for word, kind in _table()[0].items():
            by_type.setdefault(kind, []).append(word)
        for kind, words in by_type.items():
            for docs in phrase_patterns(vocab, words).values():
                phrases.add(kind, docs)
        return cls(phrases)

    def find(self, doc: Doc, folded: list[str]) -> Iterator[Candidate]:
        """Yield the names typed by their head noun, and their other mentions in ``doc``."""
        strings = doc.vocab.strings
        typed: dict[tuple[str, ...], ActorRef] = {}
        found: list[Candidate] = []
        for match_id, start, end in sorted(self.phrases(doc), key=lambda m: (m[1], -m[2])):
            if start == 0 or folded[start - 1] not in _BEFORE_HEAD or doc[start].is_title:
                continue  # "Site", "Mission": the head of a capitalised name, not a head noun
            name = _name_after(doc, folded, end)
            if name is None:
                continue
            first, last = name
            ref = _ref(doc, first, last, strings[match_id])
            typed.setdefault(tuple(t.text for t in doc[first:last]), ref)
            found.append(Candidate(first, last, ref, "pattern"))
        found.extend(_platform_letters(doc, folded))
        yield from found
        yield from _repeated(doc, typed, {c.start for c in found})


def _name_after(doc: Doc, folded: list[str], end: int) -> tuple[int, int] | None:
    """The capitalised name after a head ending at ``end``: its token span, or None.

    Skips up to two lower-case adjectives (``la chaîne qatarie``) or one ``de`` complement
    (``le site d'information``); a place (``le journal Le Monde`` is kept, ``la radio de
    Kaboul`` is not: a ``de`` before a capitalised word makes it a complement).
    """
    i = end
    skipped = 0
    while i < len(doc) and skipped < _MAX_BETWEEN:
        token = doc[i]
        if token.is_lower and token.pos_ == "ADJ":
            i += 1
            skipped += 1
        elif (
            folded[i] in DE
            and i + 1 < len(doc)
            and doc[i + 1].is_lower
            and doc[i + 1].pos_ == "NOUN"
            and skipped == 0
        ):
            i += 2
            skipped += 2
        else:
            break
    last = _name_end(doc, folded, i)
    if last is None:
        return None
    if fold(doc[i:last].text) in places():
        return None  # "la radio Kaboul"? a place is no organisation's name here
    return i, last


def _name_end(doc: Doc, folded: list[str], i: int) -> int | None:
    """End of the capitalised name starting at ``i``, or None when none starts there.

    ``Al-Jazeera``, ``Human Rights Watch``, ``Front de libération X``.
    """
    if i >= len(doc) or not _name_word(doc[i].text):
        return None
    end = i + 1
    while end < len(doc):
        if _name_word(doc[end].text) and not doc[end].is_sent_start:
            end += 1
        elif (
            folded[end] in NAME_LINKS
            and end + 1 < len(doc)
            and _name_word(doc[end + 1].text)
            and not doc[end + 1].is_sent_start
        ):
            end += 2
        else:
            break
    return end


_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][\w'’-]*$")


def _name_word(text: str) -> bool:
    return bool(_NAME_WORD.match(text)) and any(c.isalpha() for c in text)


def _ref(doc: Doc, first: int, last: int, kind: str) -> ActorRef:
    text = doc[first:last].text
    slug = re.sub(r"\W+", "_", fold(text)).strip("_")
    return ActorRef(f"{kind}_{slug}", text, kind, None, code_for_type(kind))


def _platform_letters(doc: Doc, folded: list[str]) -> Iterator[Candidate]:
    """``publié sur X``: the lone platform letter after ``sur``, not followed by a name."""
    letters = _table()[1]
    for i in range(1, len(doc)):
        if doc[i].text not in letters or folded[i - 1] != "sur":
            continue
        if i + 1 < len(doc) and _name_word(doc[i + 1].text):
            continue
        yield Candidate(i, i + 1, _ref(doc, i, i + 1, "media"), "pattern")


def _repeated(
    doc: Doc, typed: dict[tuple[str, ...], ActorRef], taken: set[int]
) -> Iterator[Candidate]:
    """The other occurrences in ``doc`` of the names a head noun typed, as written."""
    if not typed:
        return
    words = [t.text for t in doc]
    for name, ref in typed.items():
        size = len(name)
        for i in range(len(words) - size + 1):
            if i in taken or tuple(words[i : i + size]) != name:
                continue
            if i + size < len(words) and _name_word(words[i + size]):
                continue  # part of a longer name
            if i > 0 and _name_word(words[i - 1]) and not doc[i].is_sent_start:
                continue
            yield Candidate(i, i + size, ref, "pattern")
