"""polemos_french: the folding, apostrophes and function words the plugins share."""

from __future__ import annotations

import polemos_french as french
import pytest
from hypothesis import given
from hypothesis import strategies as st
from polemos_french import (
    DE,
    DEFINITE_ARTICLES,
    DETERMINERS,
    apostrophe_variants,
    fold,
    read_function_words,
    strip_accents,
    unify_apostrophes,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("L’État islamique", "l'etat islamique"),
        ("lʼarmée", "l'armee"),
        ("d‘Alep", "d'alep"),
        ("l`ONU", "l'onu"),
        ("l´armée", "l'armee"),
        ("Front al‐Nosra", "front al-nosra"),  # U+2010 hyphen
        ("anti\u2011char", "anti-char"),  # non-breaking hyphen
        ("Homs – Idleb — Deraa", "homs - idleb - deraa"),
        ("ÉTAT", "etat"),
        ("Œuvre", "œuvre"),  # a ligature is no accent: it stays
        ("Çà", "ca"),
    ],
)
def test_fold_lowers_strips_accents_and_unifies_apostrophes_and_dashes(
    text: str, folded: str
) -> None:
    assert fold(text) == folded


def test_strip_accents_keeps_the_case() -> None:
    assert strip_accents("L’Économie — Sahel") == "L'Economie - Sahel"


def test_unify_apostrophes_keeps_every_offset() -> None:
    text = "L’armée, lʼaviation, d‘élite, l`ONU, l´EI et les forces anti\u2011chars – 10–20 morts"
    unified = unify_apostrophes(text)
    assert len(unified) == len(text)
    assert "’" not in unified and "ʼ" not in unified and "´" not in unified
    assert unified.startswith("L'armée, l'aviation, d'élite, l'ONU, l'EI")
    assert "\u2011" in unified  # hyphens only when asked
    assert "–" in unify_apostrophes(text, hyphens=True)  # a dash between figures stays
    assert "anti-chars" in unify_apostrophes(text, hyphens=True)


def test_function_word_classes_are_folded_with_the_straight_apostrophe() -> None:
    assert {"le", "la", "les", "l'"} == DEFINITE_ARTICLES
    assert {"de", "du", "des", "d'"} == DE
    assert DEFINITE_ARTICLES <= DETERMINERS and DE <= DETERMINERS
    assert {"ce", "ses", "plusieurs"} <= DETERMINERS
    assert set(french.function_words()) == {
        "definite_articles",
        "de",
        "contracted_articles",
        "determiners",
    }


def test_apostrophe_variants_add_the_typographic_spelling() -> None:
    assert apostrophe_variants(DE) == {"de", "du", "des", "d'", "d’"}
    assert apostrophe_variants({"et"}) == {"et"}


def test_a_malformed_word_file_names_the_file_and_the_class() -> None:
    with pytest.raises(ValueError, match=r"words\.yaml: 'de' must be a list of words"):
        read_function_words("de: 3\n", "words.yaml")
    with pytest.raises(ValueError, match=r"words\.yaml: expected a mapping"):
        read_function_words("- de\n- du\n", "words.yaml")
    with pytest.raises(ValueError, match=r"words\.yaml: not valid YAML"):
        read_function_words("de: [de\n", "words.yaml")


def _reference_fold(text: str, *, lower: bool) -> str:
    """Folding step by step, without the short cuts of ``fold`` and ``strip_accents``."""
    import unicodedata

    text = text.translate(str.maketrans(dict.fromkeys(french.APOSTROPHES, "'")))
    text = text.translate(str.maketrans(dict.fromkeys(french.HYPHENS + french.DASHES, "-")))
    text = text.lower() if lower else text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@pytest.mark.parametrize(
    "text",
    [
        "Homs",
        "l`ONU",
        "d'Alep",
        "L’État",
        "ﬁn",
        "Œuvre",
        "anti\u2011char",
        "mi-temps",
        "",
        "A\u0301",
    ],
)
def test_the_short_cuts_fold_as_the_step_by_step_folding(text: str) -> None:
    fold.cache_clear()
    assert fold(text) == _reference_fold(text, lower=True)
    assert strip_accents(text) == _reference_fold(text, lower=False)


@given(st.text(max_size=30))
def test_any_text_folds_as_the_step_by_step_folding(text: str) -> None:
    assert fold(text) == _reference_fold(text, lower=True)
    assert strip_accents(text) == _reference_fold(text, lower=False)
