"""The cost of one document is bounded: the parse runs under the time limit, in bounded pieces.

Before, ``--time-limit`` covered the extractors but not the parse: 20,000 parentheses took 30 s
in spaCy's tokenizer (quadratic), and the memory of the components grew with the tokens of a
document (450,000 digits: 4.6 GB). Times and peak memory: ``benchmarks/document_cost.py``.
"""

from __future__ import annotations

import re
import time

import pytest
from polemos import Document, Pipeline, PluginManager
from polemos.nlp import load_model
from polemos.parsing import MAX_RUN, parse_documents, tokenizer_text

ARTICLE = (
    "Un drone a frappé un convoi près de Gao lundi. Trois soldats ont été tués.\n"
    "Les rebelles affirment avoir détruit deux blindés ; l'armée dément.\n"
)


def test_the_tokenizer_copy_breaks_long_runs_and_keeps_every_offset() -> None:
    text = "Kidal " + "(" * 1_000 + " https://example.org/" + "a" * 150 + " fin\udc80"
    copy = tokenizer_text(text)
    assert len(copy) == len(text)
    assert max(len(run) for run in copy.split()) <= MAX_RUN
    assert copy.startswith("Kidal ") and copy.endswith("fin\ufffd")
    changed = [i for i, (a, b) in enumerate(zip(text, copy, strict=True)) if a != b]
    assert all(copy[i] in " \ufffd" for i in changed)
    assert tokenizer_text(ARTICLE) == ARTICLE  # ordinary text is parsed as it is


def test_twenty_thousand_parentheses_are_analysed_with_exact_offsets() -> None:
    text = "Gao. " + "(" * 20_000 + " Un drone a frappé Kidal."
    pipeline = Pipeline(["weapons"], manager=PluginManager())
    document = pipeline.analyze_one(Document("parens", text))
    assert document.errors == ()
    (drone,) = document.layer("weapons")
    assert text[drone.start : drone.end] == drone.text == "drone"


def test_the_parse_runs_under_the_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # without the run breaking, 20,000 parentheses take the tokenizer tens of seconds
    monkeypatch.setattr("polemos.parsing._LONG_RUN", re.compile("(?!)"))
    pipeline = Pipeline(["weapons"], manager=PluginManager(), time_limit=1)
    documents = [Document("parens", "(" * 20_000), Document("gao", ARTICLE)]
    started = time.monotonic()
    parens, gao = pipeline.analyze(documents)
    assert time.monotonic() - started < 25
    assert [(e.plugin, e.type) for e in parens.errors] == [("polemos.parse", "TimeLimitExceeded")]
    assert parens.errors[0].message == (
        "parse of document 'parens': still running after the 1 s limit"
    )
    assert gao.errors == () and [a.text for a in gao.layer("weapons")] == ["drone", "blindés"]


def test_a_long_document_is_parsed_in_pieces_joined_back_exactly() -> None:
    nlp = load_model()
    text = ARTICLE * 40  # 1,000 tokens and more
    document = Document("long", text)
    (whole,) = parse_documents(nlp, [document], [], None)
    (pieces,) = parse_documents(nlp, [document], [], None, piece_tokens=100)
    assert not isinstance(whole, BaseException) and not isinstance(pieces, BaseException)
    assert pieces.text == whole.text == text
    assert [(t.idx, t.text) for t in pieces] == [(t.idx, t.text) for t in whole]
    assert [s.text for s in pieces.sents] == [s.text for s in whole.sents]
    same = sum(a.pos_ == b.pos_ for a, b in zip(pieces, whole, strict=True)) / len(whole)
    assert same > 0.98  # cut at sentence ends: the tagging barely changes
    assert [e.text for e in pieces.ents] == [e.text for e in whole.ents]


def test_extractors_find_the_same_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ARTICLE * 60
    whole = Pipeline(["weapons"], manager=PluginManager()).analyze_one(Document("d", text))
    pipeline = Pipeline(["weapons"], manager=PluginManager())
    monkeypatch.setattr(
        "polemos.pipeline.parse_documents",
        lambda nlp, docs, disabled, seconds: parse_documents(nlp, docs, disabled, seconds, 64),
    )
    pieced = pipeline.analyze_one(Document("d", text))
    assert pieced.errors == ()
    assert [a.to_dict() for a in pieced.annotations] == [a.to_dict() for a in whole.annotations]
    assert len(pieced.layer("weapons")) == 120
