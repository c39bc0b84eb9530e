"""Analysed documents built by hand, following the first-party layer contract (issue 2)."""

from __future__ import annotations

from typing import Any

from polemos import Annotation, Document, Relation, Run

ACTORS = Run("actors", "0.1.0", {}, "polemos")
QUANTITIES = Run("quantities", "0.1.0", {"lang": "fr"}, "polemos")
ALLIANCES = Run("alliances", "0.1.0", {}, "polemos")

TEXT = (
    "L'armée syrienne, soutenue par l'aviation russe, a repris Palmyre à Daesh. "
    "Selon le ministère russe de la Défense, plus de 100 combattants de Daesh ont été tués. "
    "Le Front al-Nosra, allié d'Ahrar al-Sham, combat l'armée syrienne sur 22 kilomètres carrés."
)


def span(text: str, phrase: str, nth: int = 1) -> tuple[int, int]:
    """The offsets of the nth occurrence of ``phrase``."""
    start = -1
    for _ in range(nth):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


class Builder:
    """Adds contract-shaped annotations to a document, one run at a time."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.pending: dict[str, tuple[Run, list[Annotation], list[Relation]]] = {}

    def actor(
        self,
        phrase: str,
        kind: str,
        actor_id: str,
        nth: int = 1,
        country: str | None = None,
        **extra: Any,
    ) -> Annotation:
        start, end = span(self.document.text, phrase, nth)
        attributes = {
            "actor_id": actor_id,
            "name": actor_id.replace("_", " "),
            "country": country,
            **extra,
        }
        return self._add(ACTORS, "actors", kind, start, end, attributes)

    def quantity(
        self, phrase: str, category: str, value: float, unit: str | None, nth: int = 1,
        **extra: Any,
    ) -> Annotation:  # fmt: skip
        start, end = span(self.document.text, phrase, nth)
        attributes = {
            "value": value, "bound": "lower" if "plus de" in phrase else "exact", "unit": unit,
            "item": "combattants" if unit is None else "territoire", "category": category,
            "certainty": "asserted", "part_of": None, **extra,
        }  # fmt: skip
        return self._add(QUANTITIES, "quantities", category, start, end, attributes)

    def relate(self, label: str, source: Annotation, target: Annotation, **extra: Any) -> None:
        attributes = {"status": "current", "evidence": [0, 73], "cue": "soutenue", **extra}
        relation = self.document.make_relation(
            layer="alliances", label=label, source=source.id, target=target.id,
            attributes=attributes, run=ALLIANCES, known_ids=self._ids(),
        )  # fmt: skip
        self.pending.setdefault(ALLIANCES.id, (ALLIANCES, [], []))[2].append(relation)

    def _ids(self) -> set[str]:
        return {a.id for _, annotations, _ in self.pending.values() for a in annotations}

    def _add(
        self, run: Run, layer: str, label: str, start: int, end: int, attributes: dict[str, Any]
    ) -> Annotation:
        annotation = self.document.make_annotation(
            layer=layer, label=label, start=start, end=end, attributes=attributes, run=run
        )
        self.pending.setdefault(run.id, (run, [], []))[1].append(annotation)
        return annotation

    def done(self) -> Document:
        for run, made, related in self.pending.values():
            self.document.add_run_output(run, made, related)
        self.pending = {}
        return self.document


def analysed(doc_id: str = "palmyre", text: str = TEXT, date: str | None = "2016-03") -> Document:
    """A document with actors (nested and overlapping), quantities and alliances."""
    meta = {"date": date, "title": "Palmyre"} if date else {"title": "Palmyre"}
    build = Builder(Document(doc_id, text, meta))
    army = build.actor("armée syrienne", "state_force", "syrian_army", country="SY")
    air = build.actor("aviation russe", "state_force", "russian_air_force", country="RU")
    daesh = build.actor("Daesh", "armed_group", "islamic_state")
    build.actor("Daesh", "armed_group", "islamic_state", nth=2)
    mod = build.actor("ministère russe de la Défense", "government", "russian_mod", country="RU")
    nusra = build.actor("Front al-Nosra", "armed_group", "nusra")
    ahrar = build.actor("Ahrar al-Sham", "armed_group", "ahrar")
    build.actor("armée syrienne", "state_force", "syrian_army", nth=2, country="SY")
    build.quantity("plus de 100 combattants de Daesh", "casualties", 100, None,
                   of_actor=daesh.id, source=mod.id)  # fmt: skip
    build.quantity("22 kilomètres carrés", "area", 22, "km2")
    build.relate("supports", air, army)
    build.relate("hostile_to", army, daesh)
    build.relate("allied_with", nusra, ahrar, status="former")
    return build.done()
