"""``ActorsExtractor``: the ``actors`` and ``locations`` layers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from threading import Lock
from typing import TYPE_CHECKING, Any, ClassVar

from polemos import ExtractContext, Extractor

from .generics import keep_generics
from .schema import load_lexicon

if TYPE_CHECKING:
    from spacy.vocab import Vocab

    from .compiled import Matchers

RESOURCE_KIND = "actors.lexicon"
"""The ``polemos_resources`` kind other plugins use to contribute lexicon files."""


class ActorsExtractor(Extractor):
    """Actors (typed, folded to one canonical ``actor_id``) and the places named in the text.

    Configuration:

    - ``lexicon_paths``: extra lexicon files or folders (YAML/JSON, see ``docs/lexicon-schema.md``)
      that extend or override the shipped lexicon and the plugins' ``actors.lexicon`` resources;
    - ``ner``: also keep spaCy's PER/ORG entities that their context types (default true);
    - ``generic``: generic groups to annotate: ``"qualified"`` (default: ``rebelles touaregs``,
      not a bare ``les rebelles``), true (all) or false (none); see :mod:`.generics`;
    - ``locations``: write the ``locations`` layer (default true).
    """

    name = "actors"
    writes = ("actors", "locations")
    spacy_components = ("ner", "parser", "lemmatizer")
    default_config: ClassVar[Mapping[str, Any]] = {
        "lexicon_paths": [],
        "ner": True,
        "generic": "qualified",
        "locations": True,
    }

    def __init__(self) -> None:
        self._cache: dict[tuple[int, tuple[str, ...]], tuple[Vocab, Matchers]] = {}
        self._lock = Lock()

    def __getstate__(self) -> dict[str, Any]:
        """Pickle without the compiled matchers and the lock (for process pools, Dask)."""
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore an unpickled extractor with an empty matcher cache."""
        self._cache = {}
        self._lock = Lock()

    def matchers(self, vocab: Vocab, extra: Sequence[Path | str] = ()) -> Matchers:
        """The compiled matchers for ``vocab`` and these extra lexicon files (cached)."""
        key = (id(vocab), tuple(str(p) for p in extra))
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None and hit[0] is vocab:
                return hit[1]
            from .compiled import Matchers  # imports spaCy: only when a document comes

            built = Matchers.build(load_lexicon(extra), vocab)
            self._cache[key] = (vocab, built)
            return built

    def extract(self, ctx: ExtractContext) -> None:
        """Annotate actor mentions and locations of ``ctx.doc``."""
        config = {**self.default_config, **ctx.config}
        paths = config["lexicon_paths"]
        if isinstance(paths, str | Path):
            paths = [paths]  # one path given as a string: not its characters
        extra = [*ctx.resources(RESOURCE_KIND), *paths]
        doc = ctx.doc
        matchers = self.matchers(doc.vocab, extra)
        chosen, place_at = matchers.candidates(doc, use_ner=bool(config["ner"]))
        chosen = keep_generics(doc, chosen, config["generic"])
        for cand in chosen:
            span = doc[cand.start : cand.end]
            ref = cand.actor
            attributes: dict[str, Any] = {
                "actor_id": ref.id,
                "name": ref.name,
                "country": ref.country,
                "acled": ref.acled,
                "source": "lexicon"
                if cand.source == "alias" and ref.id in matchers.lexicon.actors
                else cand.source,
                "generic": ref.generic,
            }
            if ref.parent:
                attributes["parent"] = ref.parent
            ctx.annotate("actors", ref.type, span.start_char, span.end_char, attributes)
        if not config["locations"]:
            return
        from .locations import location_spans

        for start, end, name in location_spans(doc, place_at, chosen, matchers.actor_names):
            span = doc[start:end]
            ctx.annotate("locations", "location", span.start_char, span.end_char, {"name": name})
