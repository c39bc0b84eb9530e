"""The extractor in the polemos pipeline: the gold article, ids of wholes, actor attribution."""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

import pytest
from polemos import Document, ExtractContext, Extractor, Pipeline, PluginManager
from polemos.testing import (
    assert_deterministic,
    assert_valid_output,
    run_extractor,
)
from polemos_evaluation import Accuracy, Detection
from polemos_evaluation.testing import score_gold
from polemos_quantities import QuantitiesExtractor, polemos_extractors, polemos_resources
from polemos_quantities.lexicon import DEFAULT_LEXICON_PATH

from .conftest import Find

GOLD_NAME = "homs-deraa-idleb.gold.json"


@pytest.fixture(scope="module")
def gold(gold_sample: Path) -> dict[str, object]:
    return json.loads((gold_sample / GOLD_NAME).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


class FixedActors(Extractor):
    """Writes the ``actors`` layer from given phrases (stands in for the actors plugin)."""

    name = "fixed_actors"
    writes = ("actors",)
    phrases: ClassVar[tuple[str, ...]] = ()

    def extract(self, ctx: ExtractContext) -> None:
        text = ctx.document.text
        for phrase in self.phrases:
            start = text.find(phrase)
            while start != -1:
                ctx.annotate("actors", "government", start, start + len(phrase), {"name": phrase})
                start = text.find(phrase, start + 1)


def _with_actors(text: str, *phrases: str) -> Document:
    actors = type("Actors", (FixedActors,), {"phrases": phrases})()
    pipeline = Pipeline(
        extractors=[QuantitiesExtractor(), actors], manager=PluginManager(entry_points=False)
    )
    document = pipeline.analyze_one(Document("test", text))
    assert document.errors == ()
    return document


def test_hooks_contribute_the_extractor_and_the_lexicon() -> None:
    assert [e.name for e in polemos_extractors()] == ["quantities"]
    assert polemos_resources("quantities.lexicon") == [DEFAULT_LEXICON_PATH]
    assert polemos_resources("actors.lexicon") == []


def test_every_gold_quantity_with_every_attribute(gold: dict[str, object]) -> None:
    text = str(gold["text"])
    document = run_extractor(QuantitiesExtractor(), text)
    assert_valid_output(document, QuantitiesExtractor())
    by_span = {(a.start, a.end): a for a in document.layer("quantities")}
    expected = gold["quantities"]
    assert isinstance(expected, list)
    assert sorted(by_span) == sorted((g["start"], g["end"]) for g in expected)
    for wanted in expected:
        annotation = by_span[(wanted["start"], wanted["end"])]
        assert annotation.text == wanted["text"] == text[annotation.start : annotation.end]
        attributes = annotation.attributes
        for key in ("value", "bound", "unit", "item", "category", "certainty"):
            assert attributes[key] == wanted[key], (wanted["text"], key)
        assert annotation.label == wanted["category"]
        whole_id = attributes["part_of"]
        if "part_of" in wanted:
            whole = next(a for a in document.layer("quantities") if a.id == whole_id)
            assert whole.text == wanted["part_of"]
        else:
            assert whole_id is None
        assert attributes["source"] is None and attributes["of_actor"] is None


def test_gold_scores_perfectly(gold_sample: Path) -> None:
    report = score_gold(gold_sample / GOLD_NAME, [QuantitiesExtractor()])
    spans, everything = report.corpus["quantities.spans"], report.corpus["quantities.all"]
    assert isinstance(spans, Detection) and isinstance(everything, Accuracy)
    assert (spans.correct, spans.missed, spans.spurious) == (12, 0, 0)
    assert (everything.correct, everything.total) == (12, 12)


def test_output_is_deterministic() -> None:
    assert_deterministic(QuantitiesExtractor(), "Plus de 30 soldats, dont 12 officiers, ont péri.")


def test_parts_point_to_the_annotation_id_of_their_whole() -> None:
    text = "Les frappes ont détruit plus de 50 véhicules, dont 20 chars et 5 camions."
    document = run_extractor(QuantitiesExtractor(), text)
    whole, *parts = document.layer("quantities")
    assert whole.text == "plus de 50 véhicules"
    assert [(p.text, p.attributes["part_of"]) for p in parts] == [
        ("20 chars", whole.id),
        ("5 camions", whole.id),
    ]


def test_source_and_losses_from_the_actors_layer() -> None:
    text = (
        "«Les pertes des terroristes sont estimées à 200 individus», a annoncé le ministère "
        "de la Défense."
    )
    document = _with_actors(text, "terroristes", "ministère de la Défense")
    actors = {a.text: a.id for a in document.layer("actors")}
    (quantity,) = document.layer("quantities")
    assert quantity.text == "200 individus"
    assert quantity.attributes["source"] == actors["ministère de la Défense"]
    assert quantity.attributes["of_actor"] == actors["terroristes"]


def test_selon_gives_the_source() -> None:
    text = "Selon l'OSDH, au moins 35 soldats de l'armée syrienne ont été tués."
    document = _with_actors(text, "OSDH", "armée syrienne")
    actors = {a.text: a.id for a in document.layer("actors")}
    (quantity,) = document.layer("quantities")
    assert quantity.text == "au moins 35 soldats"
    assert quantity.attributes["source"] == actors["OSDH"]
    assert quantity.attributes["of_actor"] == actors["armée syrienne"]


def test_reporting_verb_with_its_subject_gives_the_source() -> None:
    text = "L'état-major a annoncé que 14 rebelles avaient été capturés près de Gao."
    document = _with_actors(text, "état-major")
    (quantity,) = document.layer("quantities")
    assert quantity.attributes["category"] == "captured"
    assert quantity.attributes["source"] == document.layer("actors")[0].id


def test_no_actor_no_attribution() -> None:
    document = _with_actors("Selon la presse, 12 soldats ont été blessés.")
    (quantity,) = document.layer("quantities")
    assert quantity.attributes["source"] is None
    assert quantity.attributes["of_actor"] is None


def test_config_names_another_actors_layer() -> None:
    document = run_extractor(
        QuantitiesExtractor(), "Selon l'OSDH, 3 soldats sont morts.", config={"actors_layer": "x"}
    )
    (quantity,) = document.layer("quantities")
    assert quantity.attributes["source"] is None
    assert quantity.run is not None


def test_a_user_lexicon_extends_the_shipped_one(tmp_path: Path) -> None:
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps({"items": {"equipment": ["technicals"]}}), encoding="utf-8")
    finder = QuantitiesExtractor().finder([extra])
    assert finder.lexicon.item_category("technicals") == ("equipment", None)
    assert finder.lexicon.item_category("soldats") == ("personnel", None)


def test_attribution_on_the_gold_article(gold: dict[str, object]) -> None:
    document = _with_actors(
        str(gold["text"]),
        "forces aériennes russes",
        "terroristes",
        "ministère de la Défense russe",
        "Média de guerre",
        "al-Akhbar",
    )
    names = {a.id: a.text for a in document.layer("actors")}
    got = [
        (q.text, names.get(q.attributes["source"]), names.get(q.attributes["of_actor"]))
        for q in sorted(document.layer("quantities"), key=lambda a: a.start)
    ]
    ministry = "ministère de la Défense russe"
    assert got[:7] == [
        ("plus de 90 sorties", None, None),  # "soutenus par" is no reporting verb
        ("805 kilomètres carrés", None, None),
        ("plus de 180 installations", ministry, "terroristes"),  # across the closing quote
        ("60 postes de résistance", ministry, "terroristes"),  # parts inherit from their whole
        ("15 entrepôts", ministry, "terroristes"),
        ("43 véhicules blindés", ministry, "terroristes"),
        ("200 individus", ministry, "terroristes"),  # "les pertes des terroristes"
    ]
    assert ("22 kilomètres carrés", ministry, None) in got  # "Selon les révélations du ministère"
    assert ("trois véhicules piégés", "Média de guerre", None) in got
    assert ("20 autres miliciens", None, None) in got  # "Selon ... al-Akhbar" is the next sentence


def test_a_partitive_count_is_part_of_the_count_it_is_taken_from() -> None:
    document = run_extractor(QuantitiesExtractor(), "Six des onze otages ont été libérés.")
    part, whole = sorted(document.layer("quantities"), key=lambda a: a.start)
    assert (part.text, whole.text) == ("Six", "onze otages")
    assert part.attributes["part_of"] == whole.id
    assert part.label == "captured"


def test_the_parts_named_by_il_s_agit_de_are_parts_of_the_whole() -> None:
    # the construction of a real dev sentence (wikinews2012-44374-belgique-banques-piratees)
    text = (
        "Quatre personnes ont été interpellées lors de l'enquête ; il s'agit de deux Belges "
        "et de deux Italiens."
    )
    document = run_extractor(QuantitiesExtractor(), text)
    whole, *parts = sorted(document.layer("quantities"), key=lambda a: a.start)
    assert [p.text for p in parts] == ["deux Belges", "deux Italiens"]
    assert all(p.attributes["part_of"] == whole.id and p.label == "captured" for p in parts)


def test_config_lexicon_files_extend_the_categories(tmp_path: Path) -> None:
    extra = tmp_path / "tachankas.json"
    extra.write_text(json.dumps({"items": {"equipment": ["tachankas"]}}), encoding="utf-8")
    text = "Les rebelles ont saisi 12 tachankas."
    plain = run_extractor(QuantitiesExtractor(), text).layer("quantities")
    extended = run_extractor(QuantitiesExtractor(), text, config={"data_paths": [str(extra)]})
    one = run_extractor(QuantitiesExtractor(), text, config={"data_paths": str(extra)})
    assert [a.label for a in plain] == ["other"]
    assert [a.label for a in extended.layer("quantities")] == ["equipment"]
    assert [a.label for a in one.layer("quantities")] == ["equipment"]  # one path, not a list


def test_a_later_lexicon_file_moves_a_word_to_another_category(tmp_path: Path) -> None:
    extra = tmp_path / "moved.json"
    extra.write_text(json.dumps({"items": {"personnel": ["habitants"]}}), encoding="utf-8")
    finder = QuantitiesExtractor().finder([extra])
    assert finder.lexicon.item_category("habitants") == ("personnel", None)
    assert QuantitiesExtractor().finder().lexicon.item_category("habitants") == ("other", None)


def test_losses_in_the_ranks_of_an_actor_named_after_the_figure() -> None:
    document = _with_actors(
        "Les frappes ont fait 13 morts dans les rangs des rebelles.", "rebelles"
    )
    (quantity,) = document.layer("quantities")
    assert quantity.attributes["of_actor"] == document.layer("actors")[0].id


@pytest.mark.parametrize(
    "text",
    [
        "L'attaque a fait 30 morts, dont 12 enfants, et 45 blessés.",
        "L'attaque a fait 30 morts, dont 12 enfants et 45 blessés.",
    ],
)
def test_the_wounded_after_a_list_of_dead_are_not_part_of_the_dead(text: str) -> None:
    document = run_extractor(QuantitiesExtractor(), text)
    dead, children, wounded = sorted(document.layer("quantities"), key=lambda a: a.start)
    assert children.attributes["part_of"] == dead.id
    assert wounded.attributes["part_of"] is None
    assert wounded.attributes["casualty_type"] == "wounded"


def test_a_repeated_figure_keeps_the_event_of_its_first_mention(find: Find) -> None:
    text = "Au moins 20 civils ont été tués mardi. Ces 20 civils étaient des agriculteurs."
    assert [(text[q.start : q.end], q.category) for q in find(text)] == [
        ("Au moins 20 civils", "casualties"),
        ("20 civils", "casualties"),  # annotated again, as the codebook asks, same category
    ]
