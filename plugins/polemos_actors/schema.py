"""The actor lexicon: schema, loading and validation of the YAML files.

The schema is documented in ``docs/lexicon-schema.md`` (and the plugin README). Every error
raised while loading is a :class:`LexiconError` naming the file, the entry and the field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from polemos import yaml_line

from .acled import acled_codes

SHIPPED_DIR = Path(__file__).parent / "lexicon"

ACTOR_TYPES = frozenset(
    {"state_force", "armed_group", "government", "international", "media", "person", "civilians"}
)
"""The actor types of the gold format (``FORMAT.md``)."""

FIELDS = frozenset(
    {
        "id",
        "name",
        "names",
        "acronyms",
        "type",
        "country",
        "parent",
        "valid_from",
        "valid_to",
        "renamed_to",
        "renamed_from",
        "acled",
        "source",
        "note",
    }
)
DEFAULTABLE = frozenset({"type", "country", "parent", "acled", "source"})
_ID = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_ISO = re.compile(r"^[A-Z]{2}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LexiconError(ValueError):
    """A lexicon file or entry is malformed; the message names file, line, entry and field."""

    fld: str | None = None


@dataclass(frozen=True)
class Actor:
    """One canonical actor of the lexicon."""

    id: str
    name: str
    type: str
    acled: int
    source: str
    names: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    country: str | None = None
    parent: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    renamed_to: str | None = None
    renamed_from: str | None = None
    file: str = ""

    def all_names(self) -> tuple[str, ...]:
        """The English name followed by the French names and aliases (acronyms excluded)."""
        return (self.name, *self.names)


@dataclass
class Lexicon:
    """Actors indexed by id; later files override earlier ones entry by entry."""

    actors: dict[str, Actor] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.actors)

    def get(self, actor_id: str) -> Actor | None:
        """Return the actor with this id, or None."""
        return self.actors.get(actor_id)


def _fail(path: Path, entry: str, fld: str | None, message: str) -> LexiconError:
    where = f"{path}: entry {entry!r}" + (f", field {fld!r}" if fld else "")
    error = LexiconError(f"{where}: {message}")
    error.fld = fld
    return error


def _at_line(error: LexiconError, path: Path, text: str, keys: list[str | int]) -> LexiconError:
    """``error`` with the line of the offending entry or field after the file name."""
    line = yaml_line(text, [*keys, error.fld] if error.fld else keys)
    if line is None:
        return error
    located = LexiconError(str(error).replace(f"{path}:", f"{path}:{line}:", 1))
    located.fld = error.fld
    return located


def _str(path: Path, entry: str, fld: str, value: object, *, optional: bool) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, entry, fld, f"expected a non-empty string, got {value!r}")
    return value.strip()


def _str_list(path: Path, entry: str, fld: str, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _fail(path, entry, fld, f"expected a list of strings, got {type(value).__name__}")
    out: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise _fail(
                path, entry, fld, f"expected a list of non-empty strings, got item {item!r}"
            )
        out.append(item.strip())
    return tuple(out)


def _date(path: Path, entry: str, fld: str, value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if isinstance(value, (int, str)) and _DATE.match(text):
        return text
    raise _fail(path, entry, fld, f"expected a date YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")


def parse_entry(path: Path, index: int, raw: object, defaults: Mapping[str, Any]) -> Actor:
    """Validate one raw YAML entry (merged over the file's ``defaults``) into an :class:`Actor`."""
    if not isinstance(raw, dict):
        raise _fail(path, f"#{index}", None, f"expected a mapping, got {type(raw).__name__}")
    entry_id = raw.get("id")
    label = entry_id if isinstance(entry_id, str) else f"#{index}"
    unknown = sorted(set(raw) - FIELDS)
    if unknown:
        raise _fail(
            path, label, unknown[0], f"unknown field (allowed: {', '.join(sorted(FIELDS))})"
        )
    data = {**defaults, **raw}
    for required in ("id", "name", "type", "acled", "source"):
        if data.get(required) is None:
            raise _fail(path, label, required, "missing required field")
    if not isinstance(entry_id, str) or not _ID.match(entry_id):
        raise _fail(path, label, "id", f"expected snake_case [a-z0-9_], got {entry_id!r}")
    if data["type"] not in ACTOR_TYPES:
        raise _fail(path, label, "type", f"{data['type']!r} is not one of {sorted(ACTOR_TYPES)}")
    acled = data["acled"]
    codes = acled_codes().valid
    if isinstance(acled, bool) or not isinstance(acled, int) or acled not in codes:
        expected = f"expected an ACLED actor-type code {min(codes)}-{max(codes)}"
        raise _fail(path, label, "acled", f"{expected}, got {acled!r}")
    country = data.get("country")
    if country is not None and (not isinstance(country, str) or not _ISO.match(country)):
        hint = ' (YAML reads a bare NO as false: quote it, "NO")' if country is False else ""
        raise _fail(
            path,
            label,
            "country",
            f"expected ISO 3166 alpha-2 (e.g. 'SY') or null, got {country!r}{hint}",
        )
    refs: dict[str, str | None] = {}
    for ref in ("parent", "renamed_to", "renamed_from"):
        refs[ref] = _str(path, label, ref, data.get(ref), optional=True)
    return Actor(
        id=entry_id,
        name=_str(path, label, "name", data["name"], optional=False) or "",
        type=data["type"],
        acled=acled,
        source=_str(path, label, "source", data["source"], optional=False) or "",
        names=_str_list(path, label, "names", data.get("names")),
        acronyms=_str_list(path, label, "acronyms", data.get("acronyms")),
        country=country,
        valid_from=_date(path, label, "valid_from", data.get("valid_from")),
        valid_to=_date(path, label, "valid_to", data.get("valid_to")),
        file=str(path),
        **refs,
    )


def read_file(path: Path) -> list[Actor]:
    """Read and validate one lexicon file (YAML, or JSON which is YAML too)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read lexicon file: {exc}") from exc
    try:
        doc = yaml.load(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        raise LexiconError(f"{path}{line}: YAML syntax error: {exc.problem or exc}") from exc
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: YAML error: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("actors"), list):
        raise LexiconError(f"{path}: expected a mapping with an 'actors' list at top level")
    defaults = doc.get("defaults") or {}
    if not isinstance(defaults, dict) or set(defaults) - DEFAULTABLE:
        raise LexiconError(
            f"{path}: 'defaults' must be a mapping of {sorted(DEFAULTABLE)}, got {defaults!r}"
        )
    unknown = set(doc) - {"actors", "defaults", "description"}
    if unknown:
        raise LexiconError(f"{path}: unknown top-level key {sorted(unknown)[0]!r}")
    actors: list[Actor] = []
    seen: set[str] = set()
    for index, raw in enumerate(doc["actors"]):
        try:
            actor = parse_entry(path, index, raw, defaults)
            if actor.id in seen:
                raise _fail(path, actor.id, "id", "duplicate id in this file")
        except LexiconError as exc:
            raise _at_line(exc, path, text, ["actors", index]) from None
        seen.add(actor.id)
        actors.append(actor)
    return actors


def shipped_files() -> list[Path]:
    """The lexicon files shipped with the plugin, in a stable order."""
    return sorted(SHIPPED_DIR.glob("*.yaml"))


def _check_references(lexicon: Lexicon) -> None:
    for actor in lexicon.actors.values():
        for ref in ("parent", "renamed_to", "renamed_from"):
            target = getattr(actor, ref)
            if target is not None and target not in lexicon.actors:
                raise _fail(Path(actor.file), actor.id, ref, f"unknown actor id {target!r}")


def load_lexicon(extra: Iterable[Path | str] = (), *, shipped: bool = True) -> Lexicon:
    """Load the shipped lexicon, then ``extra`` files or folders (``*.yaml``, ``*.json``).

    An entry whose id already exists replaces the earlier one: user files override the
    shipped lexicon. References (``parent``, ``renamed_to``, ``renamed_from``) are checked
    once everything is loaded.
    """
    paths: list[Path] = list(shipped_files()) if shipped else []
    for item in extra:
        p = Path(item)
        if p.is_dir():
            paths.extend(sorted([*p.glob("*.yaml"), *p.glob("*.yml"), *p.glob("*.json")]))
        else:
            paths.append(p)
    lexicon = Lexicon()
    for path in paths:
        for actor in read_file(path):
            lexicon.actors[actor.id] = actor
        lexicon.files.append(path)
    _check_references(lexicon)
    return lexicon
