"""The weapons extractor: spaCy phrase matching of the lexicon's forms."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from polemos import ExtractContext, Extractor

from polemos_weapons.lexicon import DEFAULT_LEXICON, WeaponEntry, load_lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

__all__ = ["LAYER", "RESOURCE_KIND", "WeaponsConfig", "WeaponsExtractor"]

LAYER = "weapons"
"""The layer this plugin writes."""

RESOURCE_KIND = "weapons.lexicon"
"""The resource kind other plugins use to add lexicon files."""


class _Matchers:
    """Two phrase matchers over one vocabulary: case-insensitive and exact-case forms."""

    def __init__(self, entries: Sequence[WeaponEntry], vocab: Vocab, lang: str) -> None:
        import spacy
        from spacy.matcher import PhraseMatcher

        tokenizer = spacy.blank(lang, vocab=vocab)
        self.entries = list(entries)
        self.lower: PhraseMatcher = PhraseMatcher(vocab, attr="LOWER")
        self.exact: PhraseMatcher = PhraseMatcher(vocab, attr="ORTH")
        for index, entry in enumerate(self.entries):
            matcher = self.exact if entry.exact_case else self.lower
            matcher.add(str(index), [tokenizer.make_doc(form) for form in entry.forms])

    def find(self, doc: Doc) -> list[tuple[Span, WeaponEntry]]:
        """Return the longest non-overlapping matches, each with its entry (the last one wins)."""
        from spacy.util import filter_spans

        found: dict[tuple[int, int], WeaponEntry] = {}
        for matcher in (self.lower, self.exact):
            for match_id, start, end in matcher(doc):
                found[(start, end)] = self.entries[int(doc.vocab.strings[match_id])]
        spans = filter_spans([doc[start:end] for start, end in found])
        return [(span, found[(span.start, span.end)]) for span in spans]


@dataclass
class WeaponsConfig:
    """The configuration: ``types``, the weapon types to keep (all when ``None``)."""

    types: list[str] | None = None


class WeaponsExtractor(Extractor):
    """Weapons named in the text, labelled with their type, from a YAML lexicon.

    Configuration: ``types``, a list of types to keep (all by default).
    """

    name = "weapons"
    writes = (LAYER,)
    config_type = WeaponsConfig

    def __init__(self) -> None:
        """Not set up yet: the host calls :meth:`setup` before the first document."""
        self._matchers: _Matchers | None = None
        self._keep: set[str] | None = None

    def setup(
        self, nlp: Language, config: WeaponsConfig, resources: Callable[[str], list[Path]]
    ) -> None:
        """Compile the lexicon (shipped, then other plugins' files) once for ``nlp``."""
        extra = [p for p in resources(RESOURCE_KIND) if p != DEFAULT_LEXICON]
        entries = load_lexicon([DEFAULT_LEXICON, *extra])
        self._matchers = _Matchers(entries, nlp.vocab, str(nlp.lang))
        self._keep = None if config.types is None else set(config.types)

    def extract(self, ctx: ExtractContext) -> None:
        """Annotate every lexicon form found in ``ctx.doc``."""
        matchers, keep = self._matchers, self._keep
        if matchers is None:
            raise RuntimeError("the weapons extractor was not set up (Pipeline.setup)")
        for span, entry in matchers.find(ctx.doc):
            if keep is not None and entry.type not in keep:
                continue
            ctx.annotate(
                LAYER,
                entry.type,
                span.start_char,
                span.end_char,
                attributes={"name": entry.name, "type": entry.type},
            )
