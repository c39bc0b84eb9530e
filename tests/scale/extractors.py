"""Extractors for the scale tests: real spaCy work, importable by worker processes."""

from __future__ import annotations

import time

from polemos import ExtractContext, Extractor


class Mentions(Extractor):
    """Named entities from spaCy's NER, with typed attributes of several kinds."""

    name = "test_mentions"
    writes = ("mentions",)
    spacy_components = ("ner",)

    def extract(self, ctx: ExtractContext) -> None:
        for ent in ctx.doc.ents:
            ctx.annotate(
                "mentions",
                ent.label_,
                ent.start_char,
                ent.end_char,
                {"tokens": len(ent), "upper": ent.text.isupper(), "first": ent.text.split()[0]},
            )


class Numbers(Extractor):
    """Numbers written in digits, with their value (int or float) and the sentence's words."""

    name = "test_numbers"
    writes = ("numbers", "near")
    requires = ("mentions",)
    spacy_components = ("parser",)

    def extract(self, ctx: ExtractContext) -> None:
        mentions = ctx.layer("mentions")
        for token in ctx.doc:
            text = token.text.replace(",", ".")
            try:
                value: float | int = int(text) if text.isdigit() else float(text)
            except ValueError:
                continue
            number = ctx.annotate(
                "numbers",
                "number",
                token.idx,
                token.idx + len(token.text),
                {"value": value, "head": token.head.lemma_ or None},
            )
            sentence = token.sent
            for mention in mentions:
                if sentence.start_char <= mention.start < sentence.end_char:
                    ctx.relate(
                        "near",
                        "same_sentence",
                        number,
                        mention,
                        {"evidence": [sentence.start_char, sentence.end_char]},
                    )


class Fragile(Extractor):
    """Fails on texts that mention a Tuesday: its error must be stored with the document."""

    name = "test_fragile"
    writes = ("days",)

    def extract(self, ctx: ExtractContext) -> None:
        if "mardi" in ctx.document.text.lower():
            raise RuntimeError("cannot handle Tuesdays")
        for token in ctx.doc:
            if token.lower_ in {"lundi", "mercredi", "jeudi", "vendredi"}:
                ctx.annotate("days", "day", token.idx, token.idx + len(token.text))


def all_extractors() -> list[Extractor]:
    """The three test extractors."""
    return [Mentions(), Numbers(), Fragile()]


class Pace(Extractor):
    """Writes nothing; takes a tenth of a second per document so a run can be killed mid-way."""

    name = "test_pace"
    writes = ("pace",)

    def extract(self, ctx: ExtractContext) -> None:
        time.sleep(0.1)
