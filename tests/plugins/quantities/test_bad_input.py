"""Bad input: no crash, sensible output, exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from polemos_quantities.lexicon import default_lexicon
from polemos_quantities.numbers import MAX_DIGITS, NumberScanner, parse_digits, parse_words

from tests.plugins.quantities.conftest import Find


def spans(find: Find, text: str) -> list[str]:
    return [text[q.start : q.end] for q in find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n",
        "Aucun chiffre dans cette phrase sur la guerre.",
        "12 000",
        "1 2 3 4 5 6 7 8 9",
        "42",
        "3,5",
        "—",
        "%",
        "km",
        "plus de",
        "entre et",
        "dont",
    ],
)
def test_texts_without_quantities(find: Find, text: str) -> None:
    assert spans(find, text) == []


def test_ten_thousand_digits_in_a_row(find: Find) -> None:
    text = "Il y avait " + "7" * 10_000 + " soldats."
    assert spans(find, text) == []


def test_a_long_number_at_the_limit_is_still_read(find: Find) -> None:
    digits = "9" * MAX_DIGITS
    (quantity,) = find(f"{digits} soldats")
    assert quantity.value == int(digits)


def test_arabic_indic_digits(find: Find) -> None:
    text = "Les frappes ont tué ٣٥ civils."
    (quantity,) = find(text)
    assert text[quantity.start : quantity.end] == "٣٥ civils"
    assert quantity.value == 35


def test_number_at_the_very_start_and_end(find: Find) -> None:
    text = "300 soldats ont été envoyés ; le bilan est de 12"
    found = find(text)
    assert [(text[q.start : q.end], q.value) for q in found] == [("300 soldats", 300), ("12", 12)]
    assert found[-1].end == len(text)
    assert found[0].start == 0


def test_a_lone_unit_at_the_end(find: Find) -> None:
    text = "La colonne s'étend sur 12 km"
    (quantity,) = find(text)
    assert (text[quantity.start :], quantity.unit) == ("12 km", "km")


def test_only_numbers_and_separators(find: Find) -> None:
    text = "12 000 ; 3.500 , 1,5 - 20-25 / 7 % 8"
    for quantity in find(text):
        assert 0 <= quantity.start < quantity.end <= len(text)


def test_typographic_apostrophes_keep_offsets(find: Find) -> None:
    text = "Plus d’une centaine d’otages ont été libérés aujourd’hui."
    (quantity,) = find(text)
    assert text[quantity.start : quantity.end] == "Plus d’une centaine d’otages"


def test_characters_that_lower_to_two_code_points(find: Find) -> None:
    text = "İİİ 40 soldats İ"
    (quantity,) = find(text)
    assert text[quantity.start : quantity.end] == "40 soldats"


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1 550", 1550),
        ("12\u00a0000", 12000),
        ("3\u202f500", 3500),
        ("3.500", 3500),
        ("1.250.000", 1_250_000),
        ("1,5", 1.5),
        ("2.5", 2.5),
        ("0,75", 0.75),
        ("1 425,67", 1425.67),
        ("٣٥", 35),
        ("9" * (MAX_DIGITS + 1), None),
    ],
)
def test_parse_digits(written: str, value: float | None) -> None:
    assert parse_digits(written) == value


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("septante-sept", 77),
        ("nonante", 90),
        ("huitante", 80),
        ("quatre-vingt-dix-neuf", 99),
        ("trois cents trente-trois", 333),
        ("deux millions", 2_000_000),
        ("vingt et un", 21),
        ("deux trois", 2),
        ("rien", None),
    ],
)
def test_parse_words(written: str, value: int | None) -> None:
    assert parse_words(written) == value


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789 ,.-%hkm€ deuxtroisn'àplusd\u00a0")), max_size=60
    )
)
def test_scanner_never_crashes_and_spans_stay_inside(text: str) -> None:
    scanner = NumberScanner(default_lexicon())
    for number in scanner.scan(text):
        assert 0 <= number.start < number.end <= len(text)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_finder_never_crashes_on_any_text(find: Find, text: str) -> None:
    for quantity in find(text):
        assert 0 <= quantity.start < quantity.end <= len(text)


def test_a_huge_grouped_number_is_no_quantity(find: Find) -> None:
    text = "Il y avait " + " ".join(["000"] * 40).replace("000", "1", 1) + " soldats."
    assert spans(find, text) == []


def test_a_long_repetitive_text_keeps_every_offset(find: Find) -> None:
    sentence = "Les 12 000 soldats ont tué 3 rebelles le 6 mars 2012. "
    text = sentence * 300
    found = find(text)
    assert len(found) == 600
    assert {text[q.start : q.end] for q in found} == {"12 000 soldats", "3 rebelles"}
