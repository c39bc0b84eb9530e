"""Build the development gold files (``*.gold.json``) from the compact specs in ``specs/``.

A spec names every mention by its text, with an optional ``#n`` suffix for the n-th occurrence
(counted from 1, whole words only: "EI-K" does not match inside "EI-Khorasan"). Quantities are
named the same way by their ``span``; ``part_of`` names the span of the whole. The builder
computes the offsets, checks them, and writes one self-contained gold file per spec, in the
format of ``gold/FORMAT.md`` (text included, ``text_file`` null).

Usage (from the repository root)::

    .venv/bin/python tests/data/devgold/build.py            # write all gold files
    .venv/bin/python tests/data/devgold/build.py --check    # fail if a gold file is stale
    .venv/bin/python tests/data/devgold/build.py --find ID WORD   # list occurrences of WORD
    .venv/bin/python tests/data/devgold/build.py --root tests/data/realgold/dev   # another set

A spec may have a companion ``specs/events/ID.json`` holding its ``dates``, ``places`` (the
GeoNames reading of each location mention) and ``events`` (see ``build_layers``); the gold file
then gains those three lists, in the form of ``docs/how-to/evaluate-own-gold.md``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TYPOGRAPHIC_APOSTROPHE = "’"

Span = tuple[int, int]


class SpecError(ValueError):
    """A spec that names a mention the text does not hold, or holds inconsistently."""


def occurrences(text: str, needle: str) -> list[Span]:
    """All whole-word occurrences of ``needle`` in ``text`` (no letter or digit on either side)."""
    pattern = re.compile(r"(?<![\w])" + re.escape(needle) + r"(?![\w])")
    return [(match.start(), match.end()) for match in pattern.finditer(text)]


def normalize(text: str, needle: str) -> str:
    """Use the text's apostrophe: specs are written with straight ones."""
    if TYPOGRAPHIC_APOSTROPHE in text and "'" not in text:
        return needle.replace("'", TYPOGRAPHIC_APOSTROPHE)
    return needle


def locate(text: str, reference: str) -> Span:
    """The span of ``"mention#n"`` (n-th whole-word occurrence, 1 by default)."""
    needle, index = reference, 1
    head, sep, tail = reference.rpartition("#")
    if sep and tail.isdigit():
        needle, index = head, int(tail)
    needle = normalize(text, needle)
    found = occurrences(text, needle)
    if len(found) < index:
        raise SpecError(f"{reference!r}: {len(found)} occurrence(s) of {needle!r} in the text")
    return found[index - 1]


def build(spec: dict[str, Any], text: str) -> dict[str, Any]:
    """Turn one spec and its text into a gold document (FORMAT.md)."""
    claimed: dict[Span, str] = {}

    def claim(reference: str, owner: str) -> list[int]:
        span = locate(text, reference)
        for other, who in claimed.items():
            if other[0] < span[1] and span[0] < other[1]:
                raise SpecError(f"{reference!r} of {owner} overlaps a mention of {who}")
        claimed[span] = owner
        return [span[0], span[1]]

    entities = []
    for entity in spec["entities"]:
        actor: dict[str, Any] = {
            "id": entity["id"],
            "name": entity["name"],
            "type": entity["type"],
        }
        if entity.get("country"):
            actor["country"] = entity["country"]
        actor["mentions"] = [claim(ref, entity["id"]) for ref in entity.get("mentions", [])]
        actor["optional_mentions"] = [
            claim(ref, entity["id"]) for ref in entity.get("optional", [])
        ]
        entities.append(actor)

    locations = []
    for location in spec.get("locations", []):
        spans = [list(locate(text, ref)) for ref in location["mentions"]]
        locations.append({"name": location["name"], "mentions": spans})

    quantities = []
    spans_of: dict[str, Span] = {}
    for quantity in spec.get("quantities", []):
        start, end = locate(text, quantity["span"])
        spans_of[quantity["span"]] = (start, end)
        item: dict[str, Any] = {"start": start, "end": end, "text": text[start:end]}
        for key in ("value", "bound", "unit", "item", "category", "certainty"):
            item[key] = quantity.get(key)
        quantities.append(item)
    for quantity, part in zip(spec.get("quantities", []), quantities, strict=True):
        whole = quantity.get("part_of")
        if whole is None:
            continue
        if whole not in spans_of:
            raise SpecError(f"part_of {whole!r} of {quantity['span']!r} is not a quantity span")
        part["part_of"] = text[spans_of[whole][0] : spans_of[whole][1]]
        at = int(part["start"])
        nearest = min(
            (
                other
                for other in quantities
                if other["text"] == part["part_of"] and other is not part
            ),
            key=lambda other: (abs(int(other["start"]) - at), int(other["start"]) > at),
        )
        if (nearest["start"], nearest["end"]) != spans_of[whole]:
            raise SpecError(f"part_of {whole!r} would resolve to another occurrence")

    ids = {entity["id"] for entity in entities}
    relations = []
    for relation in spec.get("relations", []):
        for side in ("source", "target"):
            if relation[side] not in ids:
                raise SpecError(f"relation {relation}: {side} is not an entity id")
        relations.append(dict(relation))

    return {
        "id": spec["id"],
        "lang": spec.get("lang", "fr"),
        "note": spec["note"],
        "text_file": None,
        "text": text,
        "entities": entities,
        "locations": locations,
        "quantities": quantities,
        "relations": relations,
    }


PLACE_KEYS = ("feature", "geonames_id", "country", "latitude", "longitude")
DATE_KEYS = ("date_start", "date_end", "precision")
EVENT_KEYS = ("event_type", "sub_event_type", "actor1", "actor2", "fatalities")


def _spanned(text: str, reference: str) -> dict[str, Any]:
    start, end = locate(text, reference)
    return {"start": start, "end": end, "text": text[start:end]}


def build_layers(extra: dict[str, Any], text: str, gold: dict[str, Any]) -> dict[str, Any]:
    """The ``places``, ``dates`` and ``events`` of a companion spec, with offsets.

    ``places`` name location mentions (each must be a mention of the gold's ``locations``);
    ``dates`` and event ``mentions`` name their words; event actors are entity ids.
    """
    located = {tuple(span) for location in gold["locations"] for span in location["mentions"]}
    places = []
    for place in extra.get("places", []):
        for reference in place["mentions"]:
            item = _spanned(text, reference)
            if (item["start"], item["end"]) not in located:
                raise SpecError(f"place {reference!r} is not a location mention")
            places.append(item | {key: place.get(key) for key in PLACE_KEYS})
    dates = [
        _spanned(text, date["span"])
        | {key: date.get(key) for key in DATE_KEYS}
        | ({"optional": True} if date.get("optional") else {})
        for date in extra.get("dates", [])
    ]
    ids = {entity["id"] for entity in gold["entities"]}
    events = []
    for event in extra.get("events", []):
        for side in ("actor1", "actor2"):
            if event.get(side) is not None and event[side] not in ids:
                raise SpecError(f"event {event['mentions'][0]!r}: {side} is not an entity id")
        mentions = [_spanned(text, reference) for reference in event["mentions"]]
        item: dict[str, Any] = {"mentions": [[m["start"], m["end"]] for m in mentions]}
        item.update({key: event.get(key) for key in EVENT_KEYS})
        if event.get("optional"):
            item["optional"] = True
        events.append(item)
    return {"places": places, "dates": dates, "events": events}


def render(spec_path: Path, root: Path = HERE) -> tuple[Path, str]:
    """The gold file path and its JSON text for one spec (and its companion, if any)."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    text = (spec_path.parent / spec["text_file"]).read_text(encoding="utf-8")
    companion = spec_path.parent / "events" / spec_path.name
    try:
        gold = build(spec, text)
        if companion.is_file():
            extra = json.loads(companion.read_text(encoding="utf-8"))
            gold.update(build_layers(extra, text, gold))
    except SpecError as error:
        raise SpecError(f"{spec_path.name}: {error}") from error
    return root / f"{spec['id']}.gold.json", json.dumps(gold, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or check) every gold file; ``--find`` lists the occurrences of a word."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a gold file is stale")
    parser.add_argument("--find", nargs=2, metavar=("ID", "WORD"), help="list occurrences")
    parser.add_argument(
        "--root",
        type=Path,
        default=HERE,
        help="gold folder to build: specs are read from ROOT/specs, gold files written to ROOT",
    )
    parser.add_argument("ids", nargs="*", help="build only these spec ids (default: all)")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    specs = root / "specs"
    if args.find:
        spec = json.loads((specs / f"{args.find[0]}.json").read_text(encoding="utf-8"))
        text = (specs / spec["text_file"]).read_text(encoding="utf-8")
        needle = normalize(text, args.find[1])
        for number, (start, end) in enumerate(occurrences(text, needle), 1):
            print(f"#{number} {start}-{end}: ...{text[max(0, start - 30) : end + 30]!r}...")
        return 0
    stale = []
    for spec_path in sorted(specs.glob("*.json")):
        if args.ids and spec_path.stem not in args.ids:
            continue
        gold_path, content = render(spec_path, root)
        if args.check:
            if not gold_path.exists() or gold_path.read_text(encoding="utf-8") != content:
                stale.append(gold_path.name)
        else:
            gold_path.write_text(content, encoding="utf-8")
            print(f"wrote {gold_path.name}")
    if stale:
        print("stale: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
