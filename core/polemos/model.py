"""The data model: documents, annotations, relations, runs and errors.

An :class:`Annotation` is a typed span of a :class:`Document`'s text, in Python code-point
offsets with an exclusive end, that keeps the text it covers beside its offsets so stale offsets
are caught. A :class:`Relation` links two annotations by id. Every annotation and relation points
to the :class:`Run` that made it: which plugin, which version, which configuration.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from polemos.ids import config_digest, digest
from polemos.surrogates import surrogate_pair_at


class OffsetError(ValueError):
    """An annotation whose offsets do not cover the text it claims."""


_SCALARS = frozenset({str, bool, type(None)})
_MAX_INT = 10**4000  # json.dumps refuses ints of more than 4,300 digits (int_max_str_digits)
_MAX_DEPTH = 64  # deeper (or circular) values take the JSON round trip, which says why


class _NotPlain(Exception):
    """A value :func:`_plain_copy` leaves to the JSON round trip."""


def _plain_copy(value: Any, depth: int) -> Any:
    """``json.loads(json.dumps(value))`` for values made of JSON's own types, without JSON.

    Strings, booleans, None, ints, finite floats, lists and tuples of them and dicts with string
    keys come back as the round trip would give them (tuples as lists, containers copied);
    anything else raises :class:`_NotPlain` (the caller then does the round trip itself).
    """
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is int:
        if -_MAX_INT < value < _MAX_INT:
            return value
    elif kind is float:
        if value - value == 0.0:  # finite: inf - inf and nan - nan are nan
            return value
    elif depth < _MAX_DEPTH:
        if kind is list or kind is tuple:
            return [_plain_copy(item, depth + 1) for item in value]
        if kind is dict:
            copy = {}
            for key, item in value.items():
                if type(key) is not str:
                    raise _NotPlain
                copy[key] = _plain_copy(item, depth + 1)
            return copy
    raise _NotPlain


def check_json_able(attributes: Mapping[str, Any], where: str) -> dict[str, Any]:
    """Return ``attributes`` as a plain dict, or raise ``TypeError`` if it is not JSON-able.

    The dict is what a JSON round trip of ``attributes`` gives (a deep copy, tuples as lists).
    """
    if not isinstance(attributes, Mapping):
        raise TypeError(f"{where}: attributes must be a mapping, not {type(attributes).__name__}")
    plain = dict(attributes)
    try:
        if all(type(key) is str for key in plain):  # the usual case: no JSON text is made
            return {key: _plain_copy(value, 1) for key, value in plain.items()}
    except _NotPlain:
        pass
    try:
        encoded = json.dumps(plain, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{where}: attributes are not JSON-able: {exc}") from exc
    for key in plain:
        if not isinstance(key, str):
            raise TypeError(f"{where}: attribute names must be strings, got {key!r}")
    decoded: dict[str, Any] = json.loads(encoded)
    return decoded


@dataclass(frozen=True, slots=True)
class Run:
    """The provenance of a layer: which extractor made it, from which distribution and version.

    The host creates runs when it collects a plugin's output; plugins never build them.
    """

    plugin: str
    version: str
    config: Mapping[str, Any] = field(default_factory=dict)
    distribution: str | None = None
    model: str | None = None
    _id: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def id(self) -> str:
        """A deterministic id: ``plugin@version#digest-of-config-and-model``.

        Computed on first use and kept: every annotation of the run carries it.
        """
        found = self._id
        if found is None:
            found = f"{self.plugin}@{self.version}#{config_digest([dict(self.config), self.model])}"
            object.__setattr__(self, "_id", found)
        return found

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of this run."""
        return {
            "plugin": self.plugin,
            "version": self.version,
            "config": dict(self.config),
            "distribution": self.distribution,
            "model": self.model,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Run:
        """Build a run from its JSON form."""
        return cls(
            plugin=data["plugin"],
            version=data["version"],
            config=dict(data.get("config") or {}),
            distribution=data.get("distribution"),
            model=data.get("model"),
        )


@dataclass(frozen=True, slots=True)
class Annotation:
    """A typed span of a document's text.

    ``text`` is always ``document.text[start:end]``; ``run`` is the id of the :class:`Run` that
    made it. Instances are immutable: plugins add annotations, never edit them.
    """

    id: str
    layer: str
    label: str
    start: int
    end: int
    text: str
    attributes: Mapping[str, Any]
    run: str

    def __post_init__(self) -> None:
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise OffsetError(f"annotation {self.id}: offsets must be integers")
        if self.start < 0 or self.end < self.start:
            raise OffsetError(f"annotation {self.id}: bad offsets [{self.start}, {self.end})")
        if len(self.text) != self.end - self.start:
            raise OffsetError(
                f"annotation {self.id}: text {self.text!r} does not span [{self.start}, {self.end})"
            )
        object.__setattr__(self, "attributes", MappingProxyType(dict(self.attributes)))

    def __hash__(self) -> int:
        return hash(self.id)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Annotation.from_dict, (self.to_dict(),))

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of this annotation."""
        return {
            "id": self.id,
            "layer": self.layer,
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "attributes": dict(self.attributes),
            "run": self.run,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Annotation:
        """Build an annotation from its JSON form."""
        return cls(
            id=data["id"],
            layer=data["layer"],
            label=data["label"],
            start=data["start"],
            end=data["end"],
            text=data["text"],
            attributes=dict(data.get("attributes") or {}),
            run=data["run"],
        )


@dataclass(frozen=True, slots=True)
class Relation:
    """A labelled, directed link between two annotations, referenced by id."""

    id: str
    layer: str
    label: str
    source: str
    target: str
    attributes: Mapping[str, Any]
    run: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "attributes", MappingProxyType(dict(self.attributes)))

    def __hash__(self) -> int:
        return hash(self.id)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Relation.from_dict, (self.to_dict(),))

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of this relation."""
        return {
            "id": self.id,
            "layer": self.layer,
            "label": self.label,
            "source": self.source,
            "target": self.target,
            "attributes": dict(self.attributes),
            "run": self.run,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Relation:
        """Build a relation from its JSON form."""
        return cls(
            id=data["id"],
            layer=data["layer"],
            label=data["label"],
            source=data["source"],
            target=data["target"],
            attributes=dict(data.get("attributes") or {}),
            run=data["run"],
        )


@dataclass(frozen=True, slots=True)
class DocumentError:
    """A failure recorded on a document: which plugin (or stage), the exception type and message."""

    plugin: str
    type: str
    message: str

    def to_dict(self) -> dict[str, str]:
        """Return the JSON form of this error."""
        return {"plugin": self.plugin, "type": self.type, "message": self.message}

    @classmethod
    def from_exception(cls, plugin: str, exc: BaseException) -> DocumentError:
        """Record ``exc`` as raised by ``plugin``."""
        return cls(plugin=plugin, type=type(exc).__name__, message=str(exc) or repr(exc))


class Document:
    """A text with its metadata and everything extracted from it.

    The text never changes once the document exists. Annotations, relations, runs and errors
    are added by the host as plugins produce them, and are read through tuples.

    >>> doc = Document("d1", "L'armée malienne avance.", {"lang": "fr"})
    >>> doc.text[2:16]
    'armée malienne'
    """

    __slots__ = ("_annotations", "_by_id", "_errors", "_id", "_relations", "_runs", "_text", "meta")

    def __init__(self, id: str, text: str, meta: Mapping[str, Any] | None = None) -> None:
        if not isinstance(id, str) or not id:
            raise ValueError("a document needs a non-empty string id")
        if not isinstance(text, str):
            raise TypeError(f"document {id!r}: text must be str, not {type(text).__name__}")
        pair = surrogate_pair_at(text)
        if pair is not None:
            raise ValueError(
                f"document {id!r}: a UTF-16 surrogate pair at offset {pair} (one character left "
                "undecoded); decode the source properly, e.g. "
                "text.encode('utf-16', 'surrogatepass').decode('utf-16')"
            )
        self._id = id
        self._text = text
        self.meta: dict[str, Any] = check_json_able(meta or {}, f"document {id!r} meta")
        self._runs: dict[str, Run] = {}
        self._annotations: list[Annotation] = []
        self._relations: list[Relation] = []
        self._errors: list[DocumentError] = []
        self._by_id: dict[str, Annotation | Relation] = {}

    @property
    def id(self) -> str:
        """The document's id, unique within a corpus."""
        return self._id

    @property
    def text(self) -> str:
        """The document's text (read-only)."""
        return self._text

    @property
    def runs(self) -> Mapping[str, Run]:
        """The runs that produced this document's annotations, by run id."""
        return MappingProxyType(self._runs)

    @property
    def annotations(self) -> tuple[Annotation, ...]:
        """All annotations, in the order they were added."""
        return tuple(self._annotations)

    @property
    def relations(self) -> tuple[Relation, ...]:
        """All relations, in the order they were added."""
        return tuple(self._relations)

    @property
    def errors(self) -> tuple[DocumentError, ...]:
        """The failures recorded while analysing this document."""
        return tuple(self._errors)

    @property
    def layers(self) -> tuple[str, ...]:
        """The names of the annotation and relation layers present, in order of appearance."""
        seen = dict.fromkeys(a.layer for a in self._annotations)
        seen.update(dict.fromkeys(r.layer for r in self._relations))
        return tuple(seen)

    def layer(self, name: str) -> tuple[Annotation, ...]:
        """Return the annotations of layer ``name`` (empty if the layer is absent)."""
        return tuple(a for a in self._annotations if a.layer == name)

    def relation_layer(self, name: str) -> tuple[Relation, ...]:
        """Return the relations of layer ``name`` (empty if the layer is absent)."""
        return tuple(r for r in self._relations if r.layer == name)

    def get(self, id: str) -> Annotation | Relation | None:
        """Return the annotation or relation with this id, or ``None``."""
        return self._by_id.get(id)

    def annotation(self, id: str) -> Annotation:
        """Return the annotation with this id; ``KeyError`` if there is none."""
        found = self._by_id.get(id)
        if not isinstance(found, Annotation):
            raise KeyError(f"document {self._id!r} has no annotation {id!r}")
        return found

    # -- adding (the host's job) ------------------------------------------------------------

    def make_annotation(
        self,
        *,
        layer: str,
        label: str,
        start: int,
        end: int,
        attributes: Mapping[str, Any] | None,
        run: Run,
    ) -> Annotation:
        """Build (without adding) an annotation of this document, checking offsets and attributes.

        The id is a digest of the document id, run id, layer, label and offsets.
        """
        where = f"document {self._id!r}, run {run.plugin!r}"
        for value in (start, end):
            if isinstance(value, bool) or not isinstance(value, int):
                raise OffsetError(f"{where}: offsets must be integers, got {value!r}")
        if not 0 <= start <= end <= len(self._text):
            raise OffsetError(
                f"{where}: span [{start}, {end}) is outside the text (length {len(self._text)})"
            )
        if not isinstance(layer, str) or not layer or not isinstance(label, str) or not label:
            raise TypeError(f"{where}: layer and label must be non-empty strings")
        attrs = check_json_able(attributes or {}, where)
        run_id = run.id  # a digest of the run's configuration: computed once
        return Annotation(
            id=digest(self._id, run_id, layer, label, start, end),
            layer=layer,
            label=label,
            start=start,
            end=end,
            text=self._text[start:end],
            attributes=attrs,
            run=run_id,
        )

    def make_relation(
        self,
        *,
        layer: str,
        label: str,
        source: str,
        target: str,
        attributes: Mapping[str, Any] | None,
        run: Run,
        known_ids: Iterable[str] = (),
    ) -> Relation:
        """Build (without adding) a relation between two annotations of this document."""
        where = f"document {self._id!r}, run {run.plugin!r}"
        known = known_ids if isinstance(known_ids, AbstractSet | Mapping) else set(known_ids)
        for end_id in (source, target):
            if end_id not in self._by_id and end_id not in known:
                raise KeyError(f"{where}: relation end {end_id!r} is not an annotation here")
        attrs = check_json_able(attributes or {}, where)
        run_id = run.id
        return Relation(
            id=digest(self._id, run_id, layer, label, source, target),
            layer=layer,
            label=label,
            source=source,
            target=target,
            attributes=attrs,
            run=run_id,
        )

    def add_run_output(
        self, run: Run, annotations: Iterable[Annotation], relations: Iterable[Relation]
    ) -> None:
        """Add one run's annotations and relations, all at once.

        Everything is checked before anything is added, so a run's output lands whole or not at
        all. Existing annotations are never replaced.
        """
        new_annotations = list(annotations)
        new_relations = list(relations)
        ids = [a.id for a in new_annotations] + [r.id for r in new_relations]
        clash = next((i for i in ids if i in self._by_id), None)
        if clash is not None or len(set(ids)) != len(ids):
            raise ValueError(f"document {self._id!r}, run {run.plugin!r}: duplicate id {clash}")
        for annotation in new_annotations:
            if self._text[annotation.start : annotation.end] != annotation.text:
                raise OffsetError(
                    f"document {self._id!r}: annotation {annotation.id} text does not match"
                )
        self._runs[run.id] = run
        self._annotations.extend(new_annotations)
        self._relations.extend(new_relations)
        self._by_id.update((a.id, a) for a in new_annotations)
        self._by_id.update((r.id, r) for r in new_relations)

    def add_error(self, error: DocumentError) -> None:
        """Record a failure on this document."""
        self._errors.append(error)

    def __iter__(self) -> Iterator[Annotation]:
        return iter(self._annotations)

    def __len__(self) -> int:
        return len(self._annotations)

    def __repr__(self) -> str:
        return (
            f"Document(id={self._id!r}, chars={len(self._text)}, "
            f"annotations={len(self._annotations)}, relations={len(self._relations)}, "
            f"errors={len(self._errors)})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return (
            self._id == other._id
            and self._text == other._text
            and self.meta == other.meta
            and self._runs == other._runs
            and self._annotations == other._annotations
            and self._relations == other._relations
            and self._errors == other._errors
        )

    __hash__ = None  # type: ignore[assignment]
