"""``polemos evaluate --errors``: every missed and spurious item, agreeing with the figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from polemos_evaluation import (
    Detection,
    GoldDocument,
    context_of,
    document_errors,
    render_errors,
    score_document,
)

from .builders import PredictionBuilder

DEVGOLD = Path(__file__).resolve().parents[1] / "data" / "devgold"


def kinds(items: list[object]) -> list[tuple[str, str, str, str]]:
    return [(i.layer, i.kind, i.error_class, i.text) for i in items]  # type: ignore[attr-defined]


def test_missed_and_spurious_actors_are_listed_with_their_class(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    predicted.actor("armée syrienne", "state_force", "army")
    predicted.actor("Palmyre", "armed_group", "palmyra")  # no actor there
    predicted.actor("terroristes", "armed_group", "is")  # optional: never an error
    items = [i for i in document_errors(gold, predicted.document()) if i.layer == "actors"]
    missed = [i for i in items if i.kind == "missed"]
    spurious = [i for i in items if i.kind == "spurious"]
    figure = score_document(gold, predicted.document()).figures["actors.mentions"]
    assert isinstance(figure, Detection)
    assert (len(missed), len(spurious)) == (figure.missed, figure.spurious) == (6, 1)
    assert ("actors", "spurious", "armed_group", "Palmyre") in kinds(spurious)
    assert ("actors", "missed", "government", "ministère russe de la Défense") in kinds(missed)
    assert "[[Palmyre]]" in spurious[0].context
    assert gold.text[spurious[0].start : spurious[0].end] == "Palmyre"


def test_wrong_type_and_split_alias_are_errors_of_their_own(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    predicted.actor("armée syrienne", "state_force", "army")
    predicted.actor("armée syrienne", "armed_group", "other", nth=2)  # same entity, other actor
    items = document_errors(gold, predicted.document())
    assert ("actors", "type", "state_force -> armed_group", "armée syrienne") in kinds(items)
    split = [i for i in items if i.kind == "split"]
    assert len(split) == 1 and split[0].start is None and "2 predicted actors" in split[0].detail


def test_quantity_attributes_name_gold_and_predicted_values(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    predicted.annotate(
        "quantities",
        "casualties",
        "plus de 100 combattants",
        value=100,
        bound="approx",
        unit=None,
        category="casualties",
        certainty="asserted",
    )
    items = [i for i in document_errors(gold, predicted.document()) if i.layer == "quantities"]
    assert [(i.kind, i.error_class) for i in items] == [
        ("missed", "casualties"),
        ("attribute", "bound"),
    ]
    assert items[1].detail == "gold 'lower', predicted 'approx'"


def test_relations_missed_spurious_and_status(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    army = predicted.actor("armée syrienne", "state_force", "army")
    nusra = predicted.actor("Front al-Nosra", "armed_group", "nusra")
    ahrar = predicted.actor("Ahrar al-Sham", "armed_group", "ahrar")
    palmyra = predicted.actor("Palmyre", "armed_group", "palmyra")
    predicted.relate("allied_with", nusra, ahrar, status="former")  # found, wrong status
    predicted.relate("hostile_to", palmyra, army)  # not in the gold
    items = [i for i in document_errors(gold, predicted.document()) if i.layer == "relations"]
    by_kind = {
        kind: [i for i in items if i.kind == kind] for kind in ("missed", "spurious", "status")
    }
    figure = score_document(gold, predicted.document()).figures["relations.overall"]
    assert isinstance(figure, Detection)
    # supports and hostile_to are missed; the two optional relations are not listed
    assert len(by_kind["missed"]) == figure.missed == 2
    assert len(by_kind["spurious"]) == figure.spurious == 1
    assert "'Palmyre' -> 'armée syrienne'" in by_kind["spurious"][0].detail
    assert by_kind["status"][0].detail == "gold current, predicted former"


def test_render_groups_by_layer_kind_and_class(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    predicted.actor("Palmyre", "armed_group", "palmyra")
    text = render_errors(document_errors(gold, predicted.document()))
    assert text.startswith("actors: ")
    assert "spurious armed_group: 1" in text and "missed state_force: " in text
    assert "relations: " in text and "quantities: " in text
    assert render_errors([]) == "no errors"


def test_context_window_is_one_line() -> None:
    assert (
        context_of("Les rebelles\nont attaqué la ville.", (4, 12), width=6)
        == "Les [[rebelles]] ont a"
    )


def test_cli_lists_errors_in_text_and_json() -> None:
    command = [sys.executable, "-m", "polemos.cli", "evaluate", "--errors", str(DEVGOLD)]
    table = subprocess.run(command, capture_output=True, text=True, timeout=600, check=True).stdout
    assert "corpus: 6 document(s)" in table and "relations: " in table and "… " in table
    data = json.loads(
        subprocess.run(
            [*command, "--json"], capture_output=True, text=True, timeout=600, check=True
        ).stdout
    )
    items = data["error_items"]
    missed = sum(1 for i in items if i["layer"] == "relations" and i["kind"] == "missed")
    assert missed == data["corpus"]["relations.overall"]["missed"] > 0
    assert {"document", "layer", "kind", "error_class", "text", "context"} <= items[0].keys()
