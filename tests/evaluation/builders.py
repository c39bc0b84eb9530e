"""Builders of small hand-made gold and predicted documents for the scorer tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "gold"  # a copy of ../shared/gold
REAL_GOLD = GOLD_DIR / "homs-deraa-idleb.gold.json"

TEXT = (
    "L'armée syrienne, soutenue par l'aviation russe, a repris Palmyre à Daesh. "
    "Selon le ministère russe de la Défense, les terroristes ont perdu plus de 100 combattants, "
    "dont 30 chefs. Le Front al-Nosra, allié d'Ahrar al-Sham, combat aussi l'armée syrienne. "
    "Les rebelles syriens se taisent."
)


def find(phrase: str, nth: int = 1, text: str = TEXT) -> list[int]:
    """[start, end] of the nth occurrence of phrase in text."""
    start = -1
    for _ in range(nth):
        start = text.index(phrase, start + 1)
    return [start, start + len(phrase)]


Phrase = str | tuple[str, int]


def entity(
    entity_id: str, kind: str, mentions: list[Phrase], optional: tuple[Phrase, ...] = ()
) -> dict[str, Any]:
    """A gold entity whose mentions are given as phrases (or (phrase, nth) pairs)."""

    def spans(phrases: list[Phrase]) -> list[list[int]]:
        return [find(p) if isinstance(p, str) else find(*p) for p in phrases]

    return {
        "id": entity_id,
        "name": entity_id.replace("_", " ").title(),
        "type": kind,
        "mentions": spans(mentions),
        "optional_mentions": spans(list(optional)),
    }


def casualties(
    phrase: str, value: int, bound: str, item: str, part_of: str | None = None
) -> dict[str, Any]:
    """A gold quantity of asserted casualties."""
    start, end = find(phrase)
    quantity = {"start": start, "end": end, "text": phrase, "value": value, "bound": bound}
    quantity |= {"unit": None, "item": item, "category": "casualties", "certainty": "asserted"}
    return quantity if part_of is None else {**quantity, "part_of": part_of}


def small_gold_dict() -> dict[str, Any]:
    return {
        "id": "small",
        "lang": "fr",
        "text": TEXT,
        "entities": [
            entity("syrian_army", "state_force", ["armée syrienne", ("armée syrienne", 2)]),
            entity("russian_air_force", "state_force", ["aviation russe"]),
            entity("islamic_state", "armed_group", ["Daesh"], optional=("terroristes",)),
            entity("russian_mod", "government", ["ministère russe de la Défense"]),
            entity("nusra", "armed_group", ["Front al-Nosra"]),
            entity("ahrar", "armed_group", ["Ahrar al-Sham"]),
            entity("rebels", "armed_group", [], optional=("rebelles syriens",)),
        ],
        "locations": [{"name": "Palmyre", "mentions": [find("Palmyre")]}],
        "quantities": [
            casualties("plus de 100 combattants", 100, "lower", "combattants"),
            casualties("30 chefs", 30, "exact", "chefs", part_of="plus de 100 combattants"),
        ],
        "relations": [
            {
                "source": "russian_air_force",
                "type": "supports",
                "target": "syrian_army",
                "status": "current",
            },
            {"source": "nusra", "type": "allied_with", "target": "ahrar", "status": "current"},
            {
                "source": "nusra",
                "type": "hostile_to",
                "target": "syrian_army",
                "status": "current",
            },
            {
                "source": "islamic_state",
                "type": "hostile_to",
                "target": "syrian_army",
                "status": "current",
                "optional": True,
            },
            {
                "source": "rebels",
                "type": "hostile_to",
                "target": "islamic_state",
                "status": "current",
            },
        ],
    }


class PredictionBuilder:
    """Writes a polemos.document/1 dict annotation by annotation."""

    def __init__(self, text: str = TEXT, document_id: str = "small") -> None:
        self.text = text
        self.id = document_id
        self.annotations: list[dict[str, Any]] = []
        self.relations: list[dict[str, Any]] = []

    def annotate(self, layer: str, label: str, phrase: str, nth: int = 1, **attributes: Any) -> str:
        start, end = find(phrase, nth, self.text)
        annotation_id = f"p{len(self.annotations)}"
        self.annotations.append(
            {
                "id": annotation_id,
                "layer": layer,
                "label": label,
                "start": start,
                "end": end,
                "text": phrase,
                "attributes": attributes,
                "run": "test",
            }
        )
        return annotation_id

    def actor(self, phrase: str, label: str, actor_id: str | None = None, nth: int = 1) -> str:
        attributes = {} if actor_id is None else {"actor_id": actor_id}
        return self.annotate("actors", label, phrase, nth, **attributes)

    def relate(self, label: str, source: str, target: str, status: str = "current") -> None:
        self.relations.append(
            {
                "id": f"r{len(self.relations)}",
                "layer": "alliances",
                "label": label,
                "source": source,
                "target": target,
                "attributes": {"status": status},
                "run": "test",
            }
        )

    def document(self) -> dict[str, Any]:
        return {
            "format": "polemos.document/1",
            "id": self.id,
            "text": self.text,
            "meta": {},
            "runs": {"test": {"plugin": "test", "version": "0", "config": {}}},
            "annotations": self.annotations,
            "relations": self.relations,
            "errors": [],
        }
