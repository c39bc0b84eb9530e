"""The spaCy parse of documents, at a cost bounded per document in time and in memory.

Three things made the parse of one hostile document cost without bound:

- spaCy's tokenizer is quadratic in the length of a run of characters without whitespace
  that it splits (20,000 parentheses: 30 s; 40,000: 107 s). The tokenizer sees a copy of the
  text in which a run longer than :data:`MAX_RUN` characters has a space in place of every
  :data:`MAX_RUN`-th character (one code point for one: offsets do not move), and it runs under
  the per-document time limit;
- the memory of the components (``tok2vec``, the parser...) grows with the tokens parsed in one
  call, about 12 KB a token: 450,000 tokens of digits took 4.6 GB. Documents longer than
  :data:`PIECE_TOKENS` tokens are parsed in pieces cut after a sentence end (or a line break)
  and joined back into one ``Doc`` (:meth:`spacy.tokens.Doc.from_docs`), and the documents of
  a batch go through the components in groups of at most :data:`PIECE_TOKENS` tokens;
- a parse that still runs too long (a group, then each piece alone) is stopped by the time
  limit and recorded on its document.

Documents shorter than :data:`PIECE_TOKENS` tokens without such runs (news articles) are parsed
exactly as before.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from polemos.limits import time_limit
from polemos.model import Document
from polemos.surrogates import parsable_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MAX_RUN = 100
"""The longest run of non-whitespace characters the tokenizer is given (URLs fit)."""

PIECE_TOKENS = 10_000
"""The most tokens the spaCy components see in one call (about 120 MB of activations)."""

_LONG_RUN = re.compile(rf"\S{{{MAX_RUN}}}(?=\S)")
_SENTENCE_END = frozenset({".", "!", "?", "…", ";"})
_LOOK_BACK = 2_000  # how far before a piece's end a sentence end is looked for


def tokenizer_text(text: str) -> str:
    """The copy of ``text`` spaCy parses: lone surrogates as U+FFFD, long runs broken.

    Same length as ``text``, so token offsets are offsets in ``text``.

    >>> tokenizer_text("(" * 250).count(" ")
    2
    """
    copy = parsable_text(text)
    return _LONG_RUN.sub(lambda match: match.group()[:-1] + " ", copy)


def _cuts(doc: Doc, size: int) -> list[int]:
    """Token indices where ``doc`` is cut into pieces of at most ``size`` tokens."""
    cuts = []
    start = 0
    while len(doc) - start > size:
        end = start + size
        for index in range(end - 1, max(start, end - _LOOK_BACK), -1):
            token = doc[index]
            if token.text in _SENTENCE_END or "\n" in token.whitespace_ or "\n" in token.text:
                end = index + 1
                break
        cuts.append(end)
        start = end
    return cuts


def _pieces(doc: Doc, size: int) -> list[Doc]:
    bounds = [0, *_cuts(doc, size), len(doc)]
    if len(bounds) == 2:
        return [doc]
    return [doc[a:b].as_doc() for a, b in itertools.pairwise(bounds)]


def _groups(sizes: Sequence[int], limit: int) -> Iterator[list[int]]:
    """Consecutive indices of ``sizes`` in groups of at most ``limit`` in total (or one)."""
    group: list[int] = []
    total = 0
    for index, size in enumerate(sizes):
        if group and total + size > limit:
            yield group
            group, total = [], 0
        group.append(index)
        total += size
    if group:
        yield group


def _run_components(
    nlp: Language, docs: list[Doc], disabled: list[str], seconds: float | None, what: str
) -> list[Doc]:
    with time_limit(seconds, what):
        return list(nlp.pipe(docs, disable=disabled, batch_size=max(1, len(docs))))


def parse_documents(
    nlp: Language,
    documents: Sequence[Document],
    disabled: list[str],
    seconds: float | None,
    piece_tokens: int = PIECE_TOKENS,
) -> list[Doc | BaseException]:
    """Parse ``documents``: a ``Doc`` for each, or the exception that stopped its parse.

    ``seconds`` bounds the tokenization of each document, and the components' work on each
    group of pieces (then on each piece alone, when a group runs out of time or fails).
    """
    from spacy.tokens import Doc

    results: list[Doc | BaseException] = []
    owners: list[int] = []  # the document of each piece
    pieces: list[Doc] = []
    for number, document in enumerate(documents):
        try:
            with time_limit(seconds, f"parse of document {document.id!r}"):
                tokens = nlp.make_doc(tokenizer_text(document.text))
        except Exception as exc:
            results.append(exc)
            continue
        results.append(tokens)
        for piece in _pieces(tokens, piece_tokens):
            owners.append(number)
            pieces.append(piece)
    parsed: list[Doc | BaseException] = [*pieces]
    for group in _groups([len(p) for p in pieces], piece_tokens):
        docs = [pieces[i] for i in group]
        try:
            done = _run_components(nlp, docs, disabled, seconds, "parse")
            parsed[group[0] : group[-1] + 1] = done
        except Exception:  # find the piece that breaks or slows the group: one by one
            for index in group:
                what = f"parse of document {documents[owners[index]].id!r}"
                try:
                    parsed[index] = _run_components(nlp, [pieces[index]], disabled, seconds, what)[
                        0
                    ]
                except Exception as exc:
                    parsed[index] = exc
    by_document: dict[int, list[Doc | BaseException]] = {}
    for owner, outcome in zip(owners, parsed, strict=True):
        by_document.setdefault(owner, []).append(outcome)
    for number, parts in by_document.items():
        failure = next((p for p in parts if isinstance(p, BaseException)), None)
        if failure is not None:
            results[number] = failure
        elif len(parts) == 1:
            results[number] = parts[0]
        else:
            results[number] = Doc.from_docs(parts, ensure_whitespace=False)  # type: ignore[arg-type]
    return results
