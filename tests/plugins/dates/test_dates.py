"""The dates layer on real French text: expressions found, resolved against the document date."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from polemos import Document, example_document
from polemos.testing import assert_valid_output, run_extractor
from polemos_dates import DatesExtractor, DucklingParser, Reference, find_dates, reference_from_meta

CORPUS_SAMPLE = Path(__file__).resolve().parents[2] / "data" / "corpus"
TUESDAY = Reference.of(2017, 2, 14, "meta")  # Tuesday 14 February 2017


@pytest.fixture(scope="module")
def parser() -> DucklingParser:
    return DucklingParser()


def resolved(text: str, reference: Reference | None, parser: DucklingParser) -> dict[str, tuple]:
    return {
        text[e.start : e.end]: (
            e.date_start.isoformat() if e.date_start else None,
            e.date_end.isoformat() if e.date_end else None,
            e.precision,
        )
        for e in find_dates(text, reference, parser)
    }


@pytest.mark.parametrize(
    ("sentence", "words", "expected"),
    [
        (
            "Les frappes ont repris le 6 février.",
            "le 6 février",
            ("2017-02-06", "2017-02-06", "day"),
        ),
        (
            "L'attaque a eu lieu mardi dernier.",
            "mardi dernier",
            ("2017-02-07", "2017-02-07", "day"),
        ),
        # bare weekdays in news mean the past, never next week
        (
            "Les rebelles ont attaqué samedi la ville.",
            "samedi",
            ("2017-02-11", "2017-02-11", "day"),
        ),
        ("Lundi, l'armée a repris le village.", "Lundi", ("2017-02-13", "2017-02-13", "day")),
        (
            "Durant la semaine passée, 90 sorties.",
            "la semaine passée",
            ("2017-02-06", "2017-02-12", "week"),
        ),
        ("Le groupe est né en 2013.", "en 2013", ("2013-01-01", "2013-12-31", "year")),
        ("Un obus est tombé hier soir.", "hier soir", ("2017-02-13", "2017-02-13", "day")),
        ("Les combats ont cessé en janvier.", "en janvier", ("2017-01-01", "2017-01-31", "month")),
        (
            "Il y a trois jours, un convoi a sauté.",
            "Il y a trois jours",
            ("2017-02-11", "2017-02-11", "day"),
        ),
    ],
)
def test_expressions_resolve_against_the_document_day(
    sentence: str, words: str, expected: tuple, parser: DucklingParser
) -> None:
    assert resolved(sentence, TUESDAY, parser)[words] == expected


def test_since_takes_in_its_preposition_and_runs_to_the_reference(parser: DucklingParser) -> None:
    text = "Plus de 90 sorties depuis le 6 février ; des renforts à partir du 7 février."
    found = {text[e.start : e.end]: e for e in find_dates(text, TUESDAY, parser)}
    since = found["depuis le 6 février"]
    assert (since.date_start.isoformat(), since.date_end.isoformat(), since.since) == (
        "2017-02-06",
        "2017-02-14",
        True,
    )
    assert found["à partir du 7 février"].since


def test_a_calendar_date_takes_the_nearest_occurrence(parser: DucklingParser) -> None:
    # an article of 22 June announces "le 30 juin" (this year) and reports "le 20 mai dernier"
    june = Reference.of(2012, 6, 22, "meta")
    text = "La loi entrera en vigueur le 30 juin. Elle a été votée le 6 février."
    dates = resolved(text, june, parser)
    assert dates["le 30 juin"][0] == "2012-06-30"
    assert dates["le 6 février"][0] == "2012-02-06"
    assert (
        resolved("Il est attendu le 16 juillet prochain.", june, parser)["le 16 juillet prochain"][
            0
        ]
        == "2012-07-16"
    )


def test_french_overreadings_are_not_dates(parser: DucklingParser) -> None:
    text = (
        "Le convoi a été attaqué. Quarante minutes après, le nouveau premier ministre a parlé "
        "de 1 425 euros, entre 8 et 10 morts, et mille blessés ; ces journées furent longues."
    )
    assert find_dates(text, TUESDAY, parser) == []


def test_a_night_over_two_days_is_one_expression(parser: DucklingParser) -> None:
    text = "L'assaut a été lancé dans la nuit de samedi à dimanche."
    (night,) = find_dates(text, TUESDAY, parser)
    assert text[night.start : night.end].endswith("dimanche")
    assert (night.date_start.isoformat(), night.date_end.isoformat()) == (
        "2017-02-11",
        "2017-02-12",
    )


def test_a_month_reference_coarsens_what_depends_on_the_day(parser: DucklingParser) -> None:
    """The bundled article is dated February 2017 only: 'la semaine passée' is some week of it."""
    february = reference_from_meta("2017-02")
    assert february is not None
    text = example_document().text
    dates = resolved(text, february, parser)
    assert dates["depuis le 6 février"] == ("2017-02-06", "2017-02-28", "day")
    assert dates["depuis le 7 février"] == ("2017-02-07", "2017-02-28", "day")
    first, last, precision = dates["semaine passée"]
    assert precision == "month" and first <= "2017-02-06" and last >= "2017-02-21"
    assert len(dates) == 3


def test_without_a_date_only_absolute_expressions_are_resolved(parser: DucklingParser) -> None:
    dates = resolved("Né en 2013, le groupe a frappé mardi dernier.", None, parser)
    assert dates == {
        "en 2013": ("2013-01-01", "2013-12-31", "year"),
        "mardi dernier": (None, None, None),
    }


def test_the_dateline_is_the_reference() -> None:
    """Wikinews articles start 'Title\\n\\n22 mai 2012. - ...': that day is the reference."""
    text = (CORPUS_SAMPLE / "wikinews-43971.txt").read_text(encoding="utf-8")
    document = run_extractor(DatesExtractor(), Document("43971", text))
    assert_valid_output(document, DatesExtractor())
    by_text = {a.text: a.attributes for a in document.layer("dates")}
    assert by_text["22 mai 2012"]["relative"] is False
    assert by_text["samedi dernier"]["date_start"] == "2012-05-19"  # the Saturday before
    assert by_text["samedi dernier"]["reference"] == "2012-05-22"


def test_extractor_on_the_bundled_article_and_meta_date() -> None:
    document = run_extractor(DatesExtractor(), example_document())
    for annotation in document.layer("dates"):
        assert document.text[annotation.start : annotation.end] == annotation.text
        assert annotation.attributes["reference"] == "2017-02"
    assert [a.text for a in document.layer("dates")] == [
        "depuis le 6 février",
        "semaine passée",
        "depuis le 7 février",
    ]


def test_with_no_document_date_a_calendar_date_takes_the_year_named_before_it() -> None:
    """Real dev text (soudan-nyala-2023, French Wikipedia, CC BY-SA 4.0): '... s'est déroulée
    entre le 15 et le 20 avril 2023 ... a mis fin aux combats le 20 avril.'"""
    specs = Path(__file__).resolve().parents[2] / "data" / "realgold" / "dev" / "specs"
    text = (specs / "soudan-nyala-2023.fr.txt").read_text(encoding="utf-8")
    document = run_extractor(DatesExtractor(), Document("nyala", text))
    assert_valid_output(document, DatesExtractor())
    by_text = {a.text: a for a in document.layer("dates")}
    ended = by_text["le 20 avril"]
    assert ended.attributes["date_start"] == "2023-04-20"
    assert ended.attributes["relative"] is True and ended.attributes["reference"] is None
    start, end = ended.attributes["year_from"]
    assert "2023" in text[start:end] and end <= ended.start
    alone = run_extractor(DatesExtractor(), Document("d", "Le 20 avril, puis mardi, la ville."))
    assert all(a.attributes["date_start"] is None for a in alone.layer("dates"))


def test_configured_reference_overrides_meta_and_bad_meta_is_ignored() -> None:
    text = "Les combats ont repris samedi."
    chosen = run_extractor(
        DatesExtractor(),
        Document("d", text, {"date": "pas une date"}),
        config={"reference": "2017-02-14"},
    )
    assert chosen.layer("dates")[0].attributes["date_start"] == "2017-02-11"
    unknown = run_extractor(DatesExtractor(), Document("d", text, {"date": "2017-13-45"}))
    assert unknown.layer("dates")[0].attributes["date_start"] is None


def test_empty_huge_and_non_french_text_do_not_fail(parser: DucklingParser) -> None:
    assert find_dates("", TUESDAY, parser) == []
    assert find_dates("\x00\ufffd" * 1000, TUESDAY, parser) == []
    long_text = "Les frappes ont repris le 6 février. " * 2000
    assert len(find_dates(long_text, TUESDAY, parser)) == 2000


def test_lone_surrogates_and_nul_are_read_around_with_exact_offsets() -> None:
    """A document may hold lone UTF-16 surrogates (not encodable to UTF-8) and NULs."""
    text = "\ud8a3 Les frappes ont repris le 6 f\u00e9vrier\x00 \udfff depuis samedi \ud800."
    document = run_extractor(DatesExtractor(), Document("d", text, {"date": "2017-02-14"}))
    assert document.errors == ()
    assert_valid_output(document)
    found = {a.text: a.attributes["date_start"] for a in document.layer("dates")}
    assert found == {"le 6 f\u00e9vrier": "2017-02-06", "depuis samedi": "2017-02-11"}


def test_extractor_pickles_without_native_state() -> None:
    extractor = pickle.loads(pickle.dumps(DatesExtractor()))
    document = run_extractor(
        extractor, Document("d", "Hier soir, un obus est tombé.", {"date": "2017-02-14"})
    )
    assert document.layer("dates")[0].attributes["date_start"] == "2017-02-13"
