"""``ActorsExtractor``: the ``actors`` and ``locations`` layers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from polemos import ExtractContext, Extractor

from .generics import keep_generics
from .schema import load_lexicon

if TYPE_CHECKING:
    from spacy.language import Language

    from .compiled import Matchers

RESOURCE_KIND = "actors.lexicon"
"""The ``polemos_resources`` kind other plugins use to contribute lexicon files."""


@dataclass
class ActorsConfig:
    """The configuration of the ``actors`` extractor (see :class:`ActorsExtractor`)."""

    renamed_keys: ClassVar[dict[str, str]] = {"lexicon_paths": "data_paths"}

    data_paths: str | list[str] = field(default_factory=list)
    ner: bool = True
    generic: bool | str = "qualified"
    locations: bool = True


class ActorsExtractor(Extractor):
    """Actors (typed, folded to one canonical ``actor_id``) and the places named in the text.

    Configuration:

    - ``data_paths``: extra lexicon files or folders (YAML/JSON, see ``docs/lexicon-schema.md``)
      that extend or override the shipped lexicon and the plugins' ``actors.lexicon`` resources;
    - ``ner``: also keep spaCy's PER/ORG entities that their context types (default true);
    - ``generic``: generic groups to annotate: ``"qualified"`` (default: ``rebelles touaregs``,
      not a bare ``les rebelles``), true (all) or false (none); see :mod:`.generics`;
    - ``locations``: write the ``locations`` layer (default true), each place geocoded by
      ``polemos-places`` when it is installed (:func:`.locations.places_of`).
    """

    name = "actors"
    writes = ("actors", "locations")
    spacy_components = ("ner", "parser", "lemmatizer")
    config_type = ActorsConfig

    def __init__(self) -> None:
        self._matchers: Matchers | None = None
        self._config = ActorsConfig()

    def __getstate__(self) -> dict[str, Any]:
        """Pickle without the compiled matchers (for process pools, Dask): set up again there."""
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore an unpickled extractor, not set up."""
        self.__init__()  # type: ignore[misc]

    def setup(
        self, nlp: Language, config: ActorsConfig, resources: Callable[[str], list[Path]]
    ) -> None:
        """Compile the lexicon (shipped, plugins' resources, ``data_paths``) for ``nlp``."""
        from .compiled import Matchers  # imports spaCy: only when a pipeline is set up

        paths = config.data_paths
        given: list[str] = [paths] if isinstance(paths, str) else paths  # one path, not letters
        extra: list[Path | str] = [*resources(RESOURCE_KIND), *given]
        self._matchers = Matchers.build(load_lexicon(extra), nlp.vocab)
        self._config = config

    def extract(self, ctx: ExtractContext) -> None:
        """Annotate actor mentions and locations of ``ctx.doc``."""
        config, matchers = self._config, self._matchers
        if matchers is None:
            raise RuntimeError("the actors extractor was not set up (Pipeline.setup)")
        doc = ctx.doc
        chosen, place_at = matchers.candidates(doc, use_ner=config.ner)
        chosen = keep_generics(doc, chosen, config.generic)
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
        if not config.locations:
            return
        from .locations import location_spans, places_of

        found = [
            (doc[s:e].start_char, doc[s:e].end_char, name)
            for s, e, name in location_spans(doc, place_at, chosen, matchers.actor_names)
        ]
        countries = [c.actor.country for c in chosen]
        for (start, end, name), place in zip(
            found, places_of(ctx.document.text, found, countries), strict=True
        ):
            ctx.annotate("locations", "location", start, end, {"name": name, **place})
