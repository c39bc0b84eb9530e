from polemos_evaluation import Accuracy, Detection, GoldDocument, score_document

from .builders import PredictionBuilder


def actors(gold: GoldDocument, predicted: PredictionBuilder) -> dict[str, object]:
    figures = score_document(gold, predicted.document()).figures
    return {name: f for name, f in figures.items() if name.startswith("actors.")}


def test_partial_and_wider_spans_match_by_overlap(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    predicted.actor("armée", "state_force", "army")  # part of "armée syrienne"
    predicted.actor("l'aviation russe", "state_force", "vks")  # wider than "aviation russe"
    predicted.actor("Palmyre", "armed_group", "palmyra")  # no actor there
    figures = actors(gold, predicted)
    # 7 required mentions (optional ones excluded): 2 found, 5 missed, 1 spurious
    assert figures["actors.mentions"] == Detection(correct=2, missed=5, spurious=1)
    mentions = figures["actors.mentions"]
    assert isinstance(mentions, Detection)
    assert mentions.precision == 2 / 3
    assert mentions.recall == 2 / 7
    assert mentions.f1 == 4 / 10


def test_one_prediction_matches_one_gold_mention(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    predicted.actor("armée", "state_force", "army")
    predicted.actor("syrienne", "state_force", "army")  # same gold mention again: spurious
    predicted.actor("Front al-Nosra, allié d'Ahrar al-Sham", "armed_group", "x")  # covers two
    assert actors(gold, predicted)["actors.mentions"] == Detection(correct=2, missed=5, spurious=1)


def test_optional_mentions_are_neither_rewarded_nor_punished(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    predicted.actor("Daesh", "armed_group", "is")
    predicted.actor("terroristes", "armed_group", "is")  # optional mention of Daesh
    predicted.actor("rebelles syriens", "armed_group", "rebels")  # an optional-only entity
    figures = actors(gold, predicted)
    assert figures["actors.mentions"] == Detection(correct=1, missed=6, spurious=0)
    # the optional predictions do not enter the type accuracy either
    assert figures["actors.type"] == Accuracy(correct=1, total=1)


def test_type_accuracy_on_matched_mentions(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    predicted.actor("armée syrienne", "state_force", "army")
    predicted.actor("ministère russe de la Défense", "state_force", "mod")  # is government
    predicted.actor("Palmyre", "government", "palmyra")  # spurious: not judged
    assert actors(gold, predicted)["actors.type"] == Accuracy(correct=1, total=2)


def test_alias_grouping_needs_all_matched_mentions_in_one_actor(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    predicted.actor("armée syrienne", "state_force", "army")
    predicted.actor("armée syrienne", "state_force", "other army", nth=2)  # split
    predicted.actor("Front al-Nosra", "armed_group", "jihadists")
    predicted.actor("Ahrar al-Sham", "armed_group", "jihadists")  # two gold entities merged
    predicted.actor("Daesh", "armed_group")  # no actor_id: an actor of its own
    figures = actors(gold, predicted)
    # syrian_army split (wrong); nusra, ahrar, islamic_state each in one actor
    assert figures["actors.alias_grouping"] == Accuracy(correct=3, total=4)
    # actors: army, other army, jihadists (merges two entities), Daesh's own
    assert figures["actors.alias_purity"] == Accuracy(correct=3, total=4)


def test_a_missing_layer_scores_zero(gold: GoldDocument, predicted: PredictionBuilder) -> None:
    scores = score_document(gold, predicted.document())
    assert scores.figures["actors.mentions"] == Detection(correct=0, missed=7, spurious=0)
    assert scores.figures["locations.mentions"] == Detection(correct=0, missed=1, spurious=0)
    assert scores.figures["quantities.spans"] == Detection(correct=0, missed=2, spurious=0)
    assert scores.figures["relations.overall"] == Detection(correct=0, missed=3, spurious=0)
    assert all(
        figure.f1 == 0.0 if isinstance(figure, Detection) else figure.value == 0.0
        for figure in scores.figures.values()
    )
    assert scores.empty_layers == ("actors", "locations", "quantities", "alliances")


def test_locations_match_by_overlap(gold: GoldDocument, predicted: PredictionBuilder) -> None:
    predicted.annotate("locations", "location", "Palmyre", name="Palmyra")
    predicted.annotate("locations", "location", "Daesh", name="?")
    figures = score_document(gold, predicted.document()).figures
    assert figures["locations.mentions"] == Detection(correct=1, missed=0, spurious=1)
