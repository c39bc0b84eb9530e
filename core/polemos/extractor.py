"""Extractors: the unit of work a plugin contributes, and the context they run in."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from polemos.model import Annotation, Document, Relation, Run

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


class LayerError(ValueError):
    """An extractor wrote a layer it did not declare, or read one it did not require."""


class Extractor(ABC):
    """Base class of extractors: subclass it, set the class attributes, implement :meth:`extract`.

    Class attributes:

    - ``name``: unique name (also the name of the run stamped on its output);
    - ``writes``: the annotation or relation layers it writes;
    - ``requires``: layers that must be produced before it runs (a hard requirement);
    - ``after``: layers it uses when present: it runs after their producers if they are selected;
    - ``spacy_components``: the spaCy pipeline components it needs (``"parser"``, ``"ner"``,
      ``"morphologizer"``, ``"lemmatizer"``...); the host runs the union of all selected
      extractors' needs and disables the rest;
    - ``config_type``: a dataclass whose fields are its configuration keys, with their types
      and defaults; the host validates the user's configuration against it (an unknown key or
      a wrong type is a :class:`~polemos.config.ConfigError` naming it and the extractor) and
      hands the instance to :meth:`setup`;
    - ``default_config``: the configuration of extractors written before ``config_type``, a
      mapping whose keys are the known ones (deprecated: declare ``config_type``).

    :meth:`setup` is called once per pipeline (or per worker process) before the first
    document, with the spaCy pipeline, the validated configuration and the resource lookup:
    compile matchers and read lexicons there, not per document and not in module caches.

    Example::

        class Weapons(Extractor):
            name = "weapons"
            writes = ("weapons",)

            def extract(self, ctx: ExtractContext) -> None:
                for token in ctx.doc:
                    if token.lower_ in {"kalachnikov", "drone"}:
                        ctx.annotate("weapons", "weapon", token.idx, token.idx + len(token))
    """

    name: ClassVar[str] = ""
    writes: ClassVar[tuple[str, ...]] = ()
    requires: ClassVar[tuple[str, ...]] = ()
    after: ClassVar[tuple[str, ...]] = ()
    spacy_components: ClassVar[tuple[str, ...]] = ()
    default_config: ClassVar[Mapping[str, Any]] = {}
    config_type: ClassVar[type[Any] | None] = None

    def setup(self, nlp: Language, config: Any, resources: Callable[[str], list[Path]]) -> None:
        """Prepare what every document needs, once per pipeline or worker (nothing by default).

        ``config`` is the validated configuration (an instance of ``config_type``, or the
        ``default_config`` mapping updated by the user's); ``resources(kind)`` returns the
        resource files every plugin contributes for ``kind``. An exception here is recorded on
        every document as this extractor's error; the other extractors run.
        """
        return None  # an extractor without resources to prepare needs no setup

    @abstractmethod
    def extract(self, ctx: ExtractContext) -> None:
        """Add this extractor's annotations and relations for ``ctx.document`` through ``ctx``."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r} writes={list(self.writes)}>"


class ExtractContext:
    """What an extractor sees of one document, and the only way it can add to it.

    The host creates one context per extractor and document; everything added through it is
    stamped with the extractor's :class:`~polemos.Run` and lands on the document only when
    ``extract`` returns without raising.
    """

    def __init__(
        self,
        *,
        document: Document,
        doc: Doc | None,
        extractor: Extractor,
        run: Run,
        resources: Callable[[str], list[Path]] | None = None,
    ) -> None:
        self._document = document
        self._doc = doc
        self._extractor = extractor
        self._run = run
        self._resources = resources
        self._annotations: list[Annotation] = []
        self._relations: list[Relation] = []
        self._ids: dict[str, Annotation] = {}
        self._relation_ids: set[str] = set()

    @property
    def document(self) -> Document:
        """The document being analysed (its text never changes)."""
        return self._document

    @property
    def doc(self) -> Doc:
        """The spaCy ``Doc`` of the document, shared by all extractors of the run."""
        if self._doc is None:
            raise LayerError(f"extractor {self._extractor.name!r}: no spaCy Doc in this context")
        return self._doc

    @property
    def config(self) -> Mapping[str, Any]:
        """The extractor's configuration for this run."""
        return self._run.config

    @property
    def run(self) -> Run:
        """The run stamped on everything this context adds."""
        return self._run

    def resources(self, kind: str) -> list[Path]:
        """Return the resource files every plugin contributes for ``kind`` (see the hook)."""
        return self._resources(kind) if self._resources is not None else []

    def layer(self, name: str) -> tuple[Annotation, ...]:
        """Return the annotations of a layer produced earlier in the run (empty if none)."""
        return self._document.layer(name)

    def relations(self, name: str) -> tuple[Relation, ...]:
        """Return the relations of a layer produced earlier in the run (empty if none)."""
        return self._document.relation_layer(name)

    def _check_layer(self, layer: str) -> None:
        if layer not in self._extractor.writes:
            raise LayerError(
                f"extractor {self._extractor.name!r} wrote layer {layer!r}, "
                f"but declares writes={list(self._extractor.writes)}"
            )

    def annotate(
        self,
        layer: str,
        label: str,
        start: int,
        end: int,
        attributes: Mapping[str, Any] | None = None,
    ) -> Annotation:
        """Add an annotation of ``document.text[start:end]`` and return it.

        Adding the same layer, label and span twice returns the first annotation.
        """
        self._check_layer(layer)
        annotation = self._document.make_annotation(
            layer=layer, label=label, start=start, end=end, attributes=attributes, run=self._run
        )
        existing = self._ids.get(annotation.id)
        if existing is not None:
            return existing
        self._ids[annotation.id] = annotation
        self._annotations.append(annotation)
        return annotation

    def relate(
        self,
        layer: str,
        label: str,
        source: Annotation | str,
        target: Annotation | str,
        attributes: Mapping[str, Any] | None = None,
    ) -> Relation:
        """Add a relation from ``source`` to ``target`` (annotations or their ids); return it."""
        self._check_layer(layer)
        source_id = source.id if isinstance(source, Annotation) else source
        target_id = target.id if isinstance(target, Annotation) else target
        relation = self._document.make_relation(
            layer=layer,
            label=label,
            source=source_id,
            target=target_id,
            attributes=attributes,
            run=self._run,
            known_ids=self._ids,
        )
        if relation.id not in self._relation_ids:
            self._relation_ids.add(relation.id)
            self._relations.append(relation)
        return relation

    def commit(self) -> None:
        """Add everything collected to the document at once (the host calls this)."""
        self._document.add_run_output(self._run, self._annotations, self._relations)
