"""The dates extractor reads chains of time words at a cost linear in their length.

Before, Duckling got sentences (or 600 to 1,200 characters) in one native call, and it tries
every way of combining adjacent time words: twelve ``mars`` in a row did not finish in 15 s, and
a document of 450,000 digits (``1 1 1 ...``) grew past 20 GB in a call no time limit can stop.
Times: ``benchmarks/document_cost.py --cases time-words-10k,digits-900k``.
"""

from __future__ import annotations

import re

from polemos import Document, Pipeline, PluginManager
from polemos_dates.chains import CHAIN_PIECE, LONGEST_CHAIN, break_chains


def test_long_chains_of_time_words_are_cut_and_offsets_do_not_move() -> None:
    text = "Le 3 mars 2020, " + "1 " * 50 + "mars " * 30 + "le 1 " * 20 + "fin."
    copy = break_chains(text)
    assert len(copy) == len(text)
    changed = [i for i, (a, b) in enumerate(zip(text, copy, strict=True)) if a != b]
    assert changed and all(text[i] == " " and copy[i] == "\n" for i in changed)
    assert max(len(line.split()) for line in copy.splitlines()) <= LONGEST_CHAIN + CHAIN_PIECE
    prose = "Le lundi 3 mars 2020 à 14 h 30, des hommes armés ont attaqué Gao."
    assert break_chains(prose) == prose  # chains of news text are read unchanged


def test_a_document_of_chained_time_words_is_dated_under_the_default_limit() -> None:
    text = "Gao, le 3 mars 2020. " + "mars " * 400 + "1 " * 2_000 + "Le 5 avril 2021, calme."
    pipeline = Pipeline(["dates"], manager=PluginManager())
    document = pipeline.analyze_one(Document("chains", text))
    assert document.errors == ()  # not stopped by the time limit, not killed
    dates = document.layer("dates")
    assert all(text[a.start : a.end] == a.text for a in dates)
    assert {"le 3 mars 2020", "Le 5 avril 2021"} <= {a.text for a in dates}
    assert not any(re.search(r"\n", a.text) for a in dates)
