"""The prefilter of the dates extractor: Duckling reads windows, and finds what it finds whole.

The cases are data: ``tests/data/cases/dates_windows.yaml`` (real Wikinews sentences).
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
import yaml
from polemos import example_document
from polemos_dates import DucklingParser, Reference, find_dates
from polemos_dates.finder import year_windows
from polemos_dates.prefilter import anchor_pattern, anchors, time_windows

CASES = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "data" / "cases" / "dates_windows.yaml").read_text(
        encoding="utf-8"
    )
)
CORPUS_SAMPLE = Path(__file__).resolve().parents[2] / "data" / "corpus"
DAY = date(2012, 7, 13)


@pytest.fixture(scope="module")
def parser() -> DucklingParser:
    return DucklingParser()


@pytest.mark.parametrize("case", CASES["read"], ids=lambda case: case["read"][-1])
def test_windows_find_what_the_whole_sentence_holds(
    case: dict[str, Any], parser: DucklingParser
) -> None:
    text = case["text"]
    windowed = parser.parse(text, DAY)
    assert windowed == parser.parse(text, DAY, whole=True)
    assert [text[raw["start"] : raw["end"]] for raw in windowed] == case["read"]
    kept = find_dates(text, Reference.of(DAY.year, DAY.month, DAY.day, "meta"), parser)
    assert [text[e.start : e.end] for e in kept] == case["dates"]


@pytest.mark.parametrize("text", CASES["no_window"], ids=lambda text: text[:30])
def test_a_sentence_without_time_words_is_not_read(text: str, parser: DucklingParser) -> None:
    assert time_windows(text) == []
    assert parser.parse(text, DAY) == parser.parse(text, DAY, whole=True) == []


@pytest.mark.parametrize("case", CASES["read"], ids=lambda case: case["read"][-1])
def test_windows_are_whole_words_in_order(case: dict[str, Any]) -> None:
    text = case["text"]
    windows = time_windows(text, margin=8)
    assert windows == sorted(windows)
    for (_, end), (following, _) in pairwise(windows):
        assert end < following
    for start, end in windows:
        assert start == 0 or text[start - 1].isspace()
        assert end == len(text) or text[end].isspace()


def test_the_longest_words_without_anchor_stay_in_the_window(parser: DucklingParser) -> None:
    # "n'importe quand avant": the longest run of Duckling's patterns before an anchor
    text = "Le texte pourra être déposé n'importe quand avant lundi prochain, selon le greffe."
    windowed = parser.parse(text, DAY)
    assert windowed == parser.parse(text, DAY, whole=True)
    assert [text[raw["start"] : raw["end"]] for raw in windowed] == [
        "n'importe quand avant lundi prochain"
    ]


def test_anchors_are_whole_words_any_case_accents_optional() -> None:
    found = [m.group() for m in anchor_pattern().finditer("Format Marseille FEVRIER Été mer.")]
    assert found == ["FEVRIER", "Été", "mer"]
    assert anchor_pattern().search("le 1er") is not None


def test_the_anchor_lookup_finds_what_the_anchor_pattern_finds() -> None:
    texts = [example_document().text, *(p.read_text("utf-8") for p in CORPUS_SAMPLE.glob("*"))]
    texts.append("À 15h30, le 1er FÉVRIER 2012 ; aujourd'hui, _mai_ et Marseille, format.")
    for text in texts:
        by_pattern = {i for m in anchor_pattern().finditer(text) for i in range(*m.span())}
        by_lookup = {i for a, b in anchors(text) for i in range(a, b)}
        assert by_lookup == by_pattern
        assert by_pattern  # every text holds some anchor


def test_windows_on_whole_articles_find_what_the_whole_text_holds(
    parser: DucklingParser,
) -> None:
    texts = [example_document().text, *(p.read_text("utf-8") for p in CORPUS_SAMPLE.glob("*"))]
    for text in texts:
        for day in (DAY, date(2000, 1, 1)):
            assert parser.parse(text, day) == parser.parse(text, day, whole=True)


def test_the_dateline_search_reads_only_the_words_before_a_year(parser: DucklingParser) -> None:
    head = (
        "France : disparition de Thierry Roland\n\n16 juin 2012. - Le journaliste et "
        "commentateur sportif Thierry Roland s'est éteint dans la nuit de vendredi à samedi à "
        "trois heures du matin, victime d'un AVC."
    )
    read = parser.parse(head, date(2000, 1, 1), windows=year_windows(head))
    assert [head[raw["start"] : raw["end"]] for raw in read] == ["16 juin 2012"]
    whole = parser.parse(head, date(2000, 1, 1), whole=True)
    assert [head[raw["start"] : raw["end"]] for raw in whole][1:] == [
        "vendredi",
        "samedi à trois heures du matin",
    ]
