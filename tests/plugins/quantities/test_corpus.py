"""False positives on real news: the 89 Wikinews articles of 2012 (dates, years, times, ordinals).

The articles are parsed once; every quantity found is checked against independent patterns of
what must never come out.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from polemos_quantities import Quantity, QuantityFinder
from spacy.language import Language

MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
DATE_AFTER = re.compile(rf"\s*(?:1er|er)?\s+(?:{MONTHS})\b", re.IGNORECASE)
MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\s+$", re.IGNORECASE)
CLOCK = re.compile(r"\d\s*h\s*\d\d|\d:\d\d")
ORDINAL = re.compile(r"\d+(?:e|er|ère|ème|eme)\b", re.IGNORECASE)
YEAR = re.compile(r"(?:1[89]|20)\d\d")

Found = list[tuple[str, str, Quantity]]


@pytest.fixture(scope="module")
def corpus(shared: Path, nlp: Language, finder: QuantityFinder) -> Found:
    files = sorted((shared / "corpus" / "wikinews-fr-2012").glob("*.txt"))
    assert len(files) == 89
    texts = [f.read_text(encoding="utf-8") for f in files]
    found: Found = []
    for path, doc in zip(files, nlp.pipe(texts), strict=True):
        found.extend((path.stem, doc.text, q) for q in finder.find(doc))
    return found


def test_the_corpus_has_quantities(corpus: Found) -> None:
    assert len(corpus) > 250
    texts = {(name, text[q.start : q.end]) for name, text, q in corpus}
    assert ("44568", "228 morts") in texts
    assert ("45037", "plus de 80 000 personnes") in texts


def test_no_date(corpus: Found) -> None:
    bad = [
        text[max(0, q.start - 20) : q.end + 20]
        for _, text, q in corpus
        if DATE_AFTER.match(text, q.end)
        or MONTH_BEFORE.search(text[max(0, q.start - 12) : q.start])
    ]
    assert bad == []


def test_no_bare_year(corpus: Found) -> None:
    bad = [
        text[q.start : q.end]
        for _, text, q in corpus
        if YEAR.fullmatch(text[q.start : q.end]) and q.item is None and q.unit is None
    ]
    assert bad == []


def test_no_clock_time(corpus: Found) -> None:
    assert [text[q.start : q.end + 6] for _, text, q in corpus if CLOCK.match(text, q.start)] == []


def test_no_ordinal(corpus: Found) -> None:
    assert [text[q.start : q.end] for _, text, q in corpus if ORDINAL.match(text, q.start)] == []


def test_every_span_is_exact_and_attributes_are_from_the_vocabularies(corpus: Found) -> None:
    bounds = {"exact", "lower", "upper", "approx"}
    certainties = {"asserted", "estimated", "alleged"}
    categories = {
        "casualties", "captured", "personnel", "territory", "equipment", "facilities",
        "sorties", "displaced", "money", "duration", "other",
    }  # fmt: skip
    for _, text, q in corpus:
        assert text[q.start : q.end].strip() == text[q.start : q.end]
        assert q.bound in bounds and q.certainty in certainties and q.category in categories
        assert q.casualty_type is None or q.category == "casualties"
