"""Read gold files in the format of ``gold/FORMAT.md``, exactly as they are.

A gold file is one self-contained JSON document (``*.gold.json``) holding the text and its
hand-made ``entities``, ``locations``, ``quantities`` and ``relations``; any other top-level list
of objects is a list of spans (``{"start", "end", "text"?, "label"?, <attributes>...}``), the
gold of a layer whose contract scores it from that key (:mod:`polemos.contracts`). This module
parses it into frozen dataclasses, checks that every span lies inside the text (and that each
quantity's ``text`` is its slice), and resolves each quantity's ``part_of`` (written as the
*text* of the whole) to the whole itself. Nothing is fetched over the network: when a file
lacks ``text``, its ``text_file`` is read from disk, relative to the gold file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

GOLD_SUFFIX = ".gold.json"
"""File name ending that marks a gold file inside a folder."""

FORMAT_KEYS = frozenset(
    {"id", "lang", "text", "text_file", "entities", "locations", "quantities", "relations"}
    | {"dates", "places", "events"}
)
"""Top-level keys with a reader of their own: FORMAT.md's, and the dates, places and events
of :mod:`polemos_evaluation.extras`; other lists of objects are span lists."""

Span = tuple[int, int]
"""A ``(start, end)`` pair of code-point offsets, end exclusive."""


class GoldFormatError(ValueError):
    """A gold file that does not follow FORMAT.md; the message names the file and the item."""


@dataclass(frozen=True)
class GoldEntity:
    """An actor: its canonical name, its type and where the text mentions it."""

    id: str
    name: str
    type: str
    country: str | None
    mentions: tuple[Span, ...]
    optional_mentions: tuple[Span, ...] = ()

    @property
    def optional(self) -> bool:
        """True when the entity has only optional mentions (FORMAT.md: optional as a whole)."""
        return not self.mentions

    @property
    def all_mentions(self) -> tuple[Span, ...]:
        """Required then optional mentions."""
        return self.mentions + self.optional_mentions


@dataclass(frozen=True)
class GoldLocation:
    """A place named in the text."""

    name: str
    mentions: tuple[Span, ...]


@dataclass(frozen=True)
class GoldQuantity:
    """A quantity with its normalized reading; ``part_of`` is the index of its whole."""

    start: int
    end: int
    text: str
    value: float | int | None
    bound: str | None
    unit: str | None
    item: str | None
    category: str | None
    certainty: str | None
    part_of: int | None = None

    @property
    def span(self) -> Span:
        """The ``(start, end)`` of the quantity."""
        return (self.start, self.end)

    @property
    def label(self) -> str | None:
        """No label of its own: its ``category`` is the label of the predicted annotations."""
        return None

    def attribute(self, name: str) -> Any:
        """The value of attribute ``name`` (``None`` when the quantity has none)."""
        return getattr(self, name, None) if name in _QUANTITY_FIELDS else None


_QUANTITY_FIELDS = frozenset({"value", "bound", "unit", "item", "category", "certainty"})


@dataclass(frozen=True)
class GoldSpan:
    """An item of a span list: its offsets, label and attributes; ``part_of`` as for quantities."""

    start: int
    end: int
    text: str
    label: str | None
    attributes: Mapping[str, Any]
    part_of: int | None = None

    @property
    def span(self) -> Span:
        """The ``(start, end)`` of the item."""
        return (self.start, self.end)

    def attribute(self, name: str) -> Any:
        """The value of attribute ``name`` (``None`` when the item has none)."""
        return self.attributes.get(name)


@dataclass(frozen=True)
class GoldRelation:
    """A document-level relation between two entities (by entity id)."""

    source: str
    type: str
    target: str
    status: str | None
    optional: bool = False


@dataclass(frozen=True)
class GoldDocument:
    """One parsed gold file."""

    id: str
    lang: str
    text: str
    entities: tuple[GoldEntity, ...]
    locations: tuple[GoldLocation, ...]
    quantities: tuple[GoldQuantity, ...]
    relations: tuple[GoldRelation, ...]
    path: Path | None = None
    spans: Mapping[str, tuple[GoldSpan, ...]] = field(default_factory=dict)
    """The span lists of the file, by key (keys other than FORMAT.md's)."""
    present: frozenset[str] = frozenset()
    """The top-level keys the file has: a layer is scored only when its gold key is there."""

    def span_items(self, key: str) -> tuple[GoldQuantity | GoldSpan, ...]:
        """The span items under ``key``: the quantities, or a span list."""
        return self.quantities if key == "quantities" else self.spans.get(key, ())

    def entity(self, entity_id: str) -> GoldEntity:
        """Return the entity with this id (``KeyError`` if none)."""
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)


def load_gold(path: str | Path) -> GoldDocument:
    """Read and check one gold file.

    Example:
        >>> gold = load_gold("../shared/gold/homs-deraa-idleb.gold.json")  # doctest: +SKIP
        >>> gold.entities[0].name  # doctest: +SKIP
        'Syrian Arab Army'

    """
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise GoldFormatError(f"{path}: not JSON: {error}") from error
    return parse_gold(raw, path=path)


def load_gold_paths(paths: Iterable[str | Path]) -> list[GoldDocument]:
    """Read gold files and folders; a folder contributes its ``*.gold.json`` files, sorted.

    Raises :class:`FileNotFoundError` for a missing path and :class:`GoldFormatError` for a
    folder holding no gold file or two documents with one id.
    """
    documents: list[GoldDocument] = []
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(path.rglob(f"*{GOLD_SUFFIX}"))
            if not files:
                raise GoldFormatError(f"{path}: no *{GOLD_SUFFIX} file in this folder")
            documents.extend(load_gold(file) for file in files)
        elif path.is_file():
            documents.append(load_gold(path))
        else:
            raise FileNotFoundError(f"no gold file or folder at {path}")
    seen: dict[str, Path | None] = {}
    for document in documents:
        if document.id in seen:
            raise GoldFormatError(
                f"document id {document.id!r} in both {seen[document.id]} and {document.path}"
            )
        seen[document.id] = document.path
    return documents


def parse_gold(raw: Mapping[str, Any], path: Path | None = None) -> GoldDocument:
    """Build a :class:`GoldDocument` from the parsed JSON of a gold file and check it."""
    where = str(path) if path else "gold"
    if not isinstance(raw, Mapping):
        raise GoldFormatError(f"{where}: a gold file is a JSON object")
    text = _read_text(raw, path, where)
    reader = _Reader(text, where)
    entities = tuple(reader.entity(item) for item in raw.get("entities", []))
    ids = [entity.id for entity in entities]
    if len(set(ids)) != len(ids):
        raise GoldFormatError(f"{where}: entity ids are not unique")
    quantities = _resolve_part_of(
        [reader.quantity(item) for item in raw.get("quantities", [])],
        [item.get("part_of") for item in raw.get("quantities", [])],
        where,
    )
    relations = tuple(reader.relation(item, set(ids)) for item in raw.get("relations", []))
    spans = {
        key: _resolve_part_of(
            [reader.span_item(item) for item in value],
            [item.get("part_of") for item in value],
            where,
        )
        for key, value in raw.items()
        if key not in FORMAT_KEYS
        and isinstance(value, list)
        and value
        and all(isinstance(item, Mapping) for item in value)
    }
    return GoldDocument(
        id=str(raw.get("id") or (path.name.removesuffix(GOLD_SUFFIX) if path else "")),
        lang=str(raw.get("lang", "fr")),
        text=text,
        entities=entities,
        locations=tuple(reader.location(item) for item in raw.get("locations", [])),
        quantities=quantities,
        relations=relations,
        path=path,
        spans=spans,
        present=frozenset(raw),
    )


def _read_text(raw: Mapping[str, Any], path: Path | None, where: str) -> str:
    if isinstance(raw.get("text"), str):
        return str(raw["text"])
    text_file = raw.get("text_file")
    if isinstance(text_file, str) and path is not None:
        return (path.parent / text_file).read_text(encoding="utf-8")
    raise GoldFormatError(f"{where}: neither 'text' nor a readable 'text_file'")


class _Reader:
    """Parses the items of one gold file against its text."""

    def __init__(self, text: str, where: str) -> None:
        self.text = text
        self.where = where

    def fail(self, item: object, message: str) -> GoldFormatError:
        return GoldFormatError(f"{self.where}: {message}: {json.dumps(item, ensure_ascii=False)}")

    def span(self, value: object, item: object) -> Span:
        if (
            not isinstance(value, Sequence)
            or len(value) != 2
            or not all(isinstance(offset, int) for offset in value)
        ):
            raise self.fail(item, f"a span is [start, end], got {value!r}")
        start, end = int(value[0]), int(value[1])
        if not 0 <= start < end <= len(self.text):
            raise self.fail(item, f"span {[start, end]} outside the text")
        return (start, end)

    def spans(self, values: object, item: object) -> tuple[Span, ...]:
        if not isinstance(values, Sequence):
            raise self.fail(item, "mentions are a list of [start, end]")
        return tuple(self.span(value, item) for value in values)

    def require(self, item: Mapping[str, Any], *keys: str) -> None:
        missing = [key for key in keys if key not in item]
        if missing:
            raise self.fail(item, f"missing {', '.join(missing)}")

    def entity(self, item: Mapping[str, Any]) -> GoldEntity:
        self.require(item, "id", "type", "mentions")
        entity = GoldEntity(
            id=str(item["id"]),
            name=str(item.get("name", item["id"])),
            type=str(item["type"]),
            country=item.get("country"),
            mentions=self.spans(item["mentions"], item),
            optional_mentions=self.spans(item.get("optional_mentions", []), item),
        )
        if not entity.all_mentions:
            raise self.fail(item, "an entity needs at least one mention")
        return entity

    def location(self, item: Mapping[str, Any]) -> GoldLocation:
        self.require(item, "mentions")
        return GoldLocation(
            name=str(item.get("name", "")), mentions=self.spans(item["mentions"], item)
        )

    def quantity(self, item: Mapping[str, Any]) -> GoldQuantity:
        self.require(item, "start", "end", "value")
        start, end = self.span([item["start"], item["end"]], item)
        if "text" in item and self.text[start:end] != item["text"]:
            raise self.fail(item, f"text differs from its slice {self.text[start:end]!r}")
        return GoldQuantity(
            start=start,
            end=end,
            text=self.text[start:end],
            value=item["value"],
            bound=item.get("bound"),
            unit=item.get("unit"),
            item=item.get("item"),
            category=item.get("category"),
            certainty=item.get("certainty"),
        )

    def span_item(self, item: Mapping[str, Any]) -> GoldSpan:
        self.require(item, "start", "end")
        start, end = self.span([item["start"], item["end"]], item)
        if "text" in item and self.text[start:end] != item["text"]:
            raise self.fail(item, f"text differs from its slice {self.text[start:end]!r}")
        label = item.get("label")
        return GoldSpan(
            start=start,
            end=end,
            text=self.text[start:end],
            label=None if label is None else str(label),
            attributes={
                key: value
                for key, value in item.items()
                if key not in {"start", "end", "text", "label", "part_of"}
            },
        )

    def relation(self, item: Mapping[str, Any], entity_ids: set[str]) -> GoldRelation:
        self.require(item, "source", "type", "target")
        for end in ("source", "target"):
            if item[end] not in entity_ids:
                raise self.fail(item, f"{end} {item[end]!r} is not an entity id")
        return GoldRelation(
            source=str(item["source"]),
            type=str(item["type"]),
            target=str(item["target"]),
            status=item.get("status"),
            optional=bool(item.get("optional", False)),
        )


_Item = TypeVar("_Item", GoldQuantity, GoldSpan)


def _resolve_part_of(
    quantities: list[_Item], wholes: list[object], where: str
) -> tuple[_Item, ...]:
    """Point each ``part_of`` text at the quantity with that text nearest to the part.

    A text may occur more than once ("plus de 90 frappes" twice); the nearest occurrence wins,
    a preceding one before a following one at equal distance.
    """
    resolved = []
    for index, (quantity, whole) in enumerate(zip(quantities, wholes, strict=True)):
        if whole is None:
            resolved.append(quantity)
            continue
        candidates = [
            other
            for other, candidate in enumerate(quantities)
            if candidate.text == whole and other != index
        ]
        if not candidates:
            raise GoldFormatError(
                f"{where}: part_of {whole!r} of {quantity.text!r} names no quantity"
            )
        nearest = min(
            candidates,
            key=lambda other: (
                abs(quantities[other].start - quantity.start),
                quantities[other].start > quantity.start,
            ),
        )
        resolved.append(replace(quantity, part_of=nearest))
    return tuple(resolved)
