from polemos_evaluation import Accuracy, Detection, GoldDocument, score_document

from .builders import PredictionBuilder


def relations(gold: GoldDocument, predicted: PredictionBuilder) -> dict[str, object]:
    figures = score_document(gold, predicted.document()).figures
    return {name: f for name, f in figures.items() if name.startswith("relations.")}


def test_symmetric_relations_ignore_direction_directed_ones_do_not(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    army = predicted.actor("armée syrienne", "state_force", "army")
    vks = predicted.actor("aviation russe", "state_force", "vks")
    nusra = predicted.actor("Front al-Nosra", "armed_group", "nusra")
    ahrar = predicted.actor("Ahrar al-Sham", "armed_group", "ahrar")
    predicted.relate("allied_with", ahrar, nusra)  # gold: nusra allied_with ahrar
    predicted.relate("hostile_to", army, nusra)  # gold: nusra hostile_to army
    predicted.relate("supports", army, vks)  # gold: vks supports army: reversed
    figures = relations(gold, predicted)
    assert figures["relations.allied_with"] == Detection(correct=1, missed=0, spurious=0)
    assert figures["relations.hostile_to"] == Detection(correct=1, missed=0, spurious=0)
    assert figures["relations.supports"] == Detection(correct=0, missed=1, spurious=1)
    assert figures["relations.affiliated_with"] == Detection()
    assert figures["relations.overall"] == Detection(correct=2, missed=1, spurious=1)
    assert figures["relations.status"] == Accuracy(correct=2, total=2)


def test_relations_are_document_level_facts_deduplicated_per_entity_pair(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    first_army = predicted.actor("armée syrienne", "state_force", "army")
    second_army = predicted.actor("armée syrienne", "state_force", "army", nth=2)
    vks = predicted.actor("aviation russe", "state_force", "vks")
    predicted.relate("supports", vks, first_army)
    predicted.relate("supports", vks, second_army)
    palmyra = predicted.actor("Palmyre", "armed_group", "palmyra")  # no gold entity
    predicted.relate("hostile_to", palmyra, vks)
    predicted.relate("hostile_to", vks, palmyra)
    figures = relations(gold, predicted)
    assert figures["relations.supports"] == Detection(correct=1, missed=0, spurious=0)
    assert figures["relations.hostile_to"] == Detection(correct=0, missed=1, spurious=1)


def test_status_is_judged_on_matched_relations_and_duplicates_must_agree(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    army = predicted.actor("armée syrienne", "state_force", "army")
    vks = predicted.actor("aviation russe", "state_force", "vks")
    nusra = predicted.actor("Front al-Nosra", "armed_group", "nusra")
    ahrar = predicted.actor("Ahrar al-Sham", "armed_group", "ahrar")
    predicted.relate("supports", vks, army, status="former")  # gold: current
    predicted.relate("allied_with", nusra, ahrar, status="current")
    predicted.relate("allied_with", ahrar, nusra, status="former")  # contradicts the other
    predicted.relate("hostile_to", nusra, army, status="current")
    figures = relations(gold, predicted)
    assert figures["relations.overall"] == Detection(correct=3, missed=0, spurious=0)
    assert figures["relations.status"] == Accuracy(correct=1, total=3)


def test_optional_relations_are_neither_rewarded_nor_punished(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    army = predicted.actor("armée syrienne", "state_force", "army")
    daesh = predicted.actor("terroristes", "armed_group", "is")  # optional mention: fine
    rebels = predicted.actor("rebelles syriens", "armed_group", "rebels")
    predicted.relate("hostile_to", daesh, army)  # gold relation flagged optional
    predicted.relate("hostile_to", rebels, daesh)  # relation of an optional-only entity
    figures = relations(gold, predicted)
    assert figures["relations.overall"] == Detection(correct=0, missed=3, spurious=0)
    assert figures["relations.status"] == Accuracy()


def test_endpoints_resolve_through_any_overlapping_mention(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    # a partial mention stands for the entity; an unknown annotation id for nothing
    army = predicted.actor("armée", "state_force", "army", nth=2)  # 2nd "armée", partial
    nusra = predicted.actor("al-Nosra", "armed_group", "nusra")
    predicted.relate("hostile_to", army, nusra)
    predicted.relate("hostile_to", "no-such-annotation", nusra)
    figures = relations(gold, predicted)
    assert figures["relations.hostile_to"] == Detection(correct=1, missed=0, spurious=1)
