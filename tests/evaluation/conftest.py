"""Builders for small hand-made gold and predicted documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from polemos.evaluation import GoldDocument, parse_gold

GOLD_DIR = Path(__file__).resolve().parents[2] / ".." / "shared" / "gold"
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


def small_gold_dict() -> dict[str, Any]:
    return {
        "id": "small",
        "lang": "fr",
        "text": TEXT,
        "entities": [
            {
                "id": "syrian_army",
                "name": "Syrian Arab Army",
                "type": "state_force",
                "country": "SY",
                "mentions": [find("armée syrienne"), find("armée syrienne", 2)],
                "optional_mentions": [],
            },
            {
                "id": "russian_air_force",
                "name": "Russian Aerospace Forces",
                "type": "state_force",
                "country": "RU",
                "mentions": [find("aviation russe")],
            },
            {
                "id": "islamic_state",
                "name": "Islamic State",
                "type": "armed_group",
                "mentions": [find("Daesh")],
                "optional_mentions": [find("terroristes")],
            },
            {
                "id": "russian_mod",
                "name": "Russian Ministry of Defence",
                "type": "government",
                "country": "RU",
                "mentions": [find("ministère russe de la Défense")],
            },
            {
                "id": "nusra",
                "name": "Jabhat al-Nosra",
                "type": "armed_group",
                "mentions": [find("Front al-Nosra")],
            },
            {
                "id": "ahrar",
                "name": "Ahrar al-Sham",
                "type": "armed_group",
                "mentions": [find("Ahrar al-Sham")],
            },
            {
                "id": "rebels",
                "name": "Syrian rebels",
                "type": "armed_group",
                "mentions": [],
                "optional_mentions": [find("rebelles syriens")],
            },
        ],
        "locations": [{"name": "Palmyre", "mentions": [find("Palmyre")]}],
        "quantities": [
            {
                "start": find("plus de 100 combattants")[0],
                "end": find("plus de 100 combattants")[1],
                "text": "plus de 100 combattants",
                "value": 100,
                "bound": "lower",
                "unit": None,
                "item": "combattants",
                "category": "casualties",
                "certainty": "asserted",
            },
            {
                "start": find("30 chefs")[0],
                "end": find("30 chefs")[1],
                "text": "30 chefs",
                "value": 30,
                "bound": "exact",
                "unit": None,
                "item": "chefs",
                "category": "casualties",
                "certainty": "asserted",
                "part_of": "plus de 100 combattants",
            },
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

    def annotate(
        self, layer: str, label: str, phrase: str, nth: int = 1, **attributes: Any
    ) -> str:
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


@pytest.fixture
def gold() -> GoldDocument:
    return parse_gold(small_gold_dict())


@pytest.fixture
def predicted() -> PredictionBuilder:
    return PredictionBuilder()
