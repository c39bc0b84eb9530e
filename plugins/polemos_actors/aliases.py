"""Alias folding inside one document: the same ``actor_id`` for every name of one actor.

- an acronym in brackets after a mention (``l'Instance de libération de Sham (ILS)``) designates
  that mention's actor everywhere in the document, even against the lexicon;
- a short form of a mention found elsewhere (``Ahrar`` for ``Ahrar al-Sham``, ``le Front`` for
  ``le Front al-Nosra``, ``Mouhajer`` for ``Abou Rayyan al-Mouhajer``);
- the same surface form always designates the same actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ._text import fold
from ._words import DESCRIPTORS, NAME_LINKS, PARTICLES, SHORT_FORM_HEADS
from .mentions import ActorRef, Candidate, select

_ACRONYM = re.compile(r"^[A-ZÉÈ][A-ZÉÈ0-9\-]{1,9}$")


def bracket_acronyms(doc: Doc, chosen: list[Candidate]) -> dict[str, ActorRef]:
    """Acronyms defined in brackets right after a mention: ``X (ACR)`` -> X's actor.

    A known acronym after a mention that nests another organisation keeps its own actor:
    in ``les forces du Gouvernement d'union nationale (GNA)``, GNA is the government.
    """
    known = {c.start: c for c in chosen if c.source == "lexicon" and c.end - c.start == 1}
    out: dict[str, ActorRef] = {}
    for cand in chosen:
        i = cand.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            text = doc[i + 1].text
            if not _ACRONYM.match(text) or cand.actor.generic or cand.actor.type == "person":
                continue
            if i + 1 in known and _nests_a_name(doc[cand.start : cand.end]):
                continue
            out.setdefault(text, cand.actor)
    return out


def _nests_a_name(span: Span) -> bool:
    """``forces du Gouvernement d'union nationale``: a capitalised name after de/du/des."""
    return any(
        fold(t.text) in {"de", "du", "des", "d'"} and t.i + 1 < span.end and t.nbor().is_title
        for t in span[1:]
    )


def _short_forms(span: Span, actor: ActorRef) -> Iterable[str]:
    """Short forms a later mention may use for ``span`` (exact case, capitalised)."""
    words = [t.text for t in span]
    if actor.type == "person":
        last = words[-1]
        if len(words) >= 2 and last[:1].isupper() and len(last) > 2:
            yield last
            if len(words) >= 3 and words[-2] == "-" and fold(words[-3]) in PARTICLES:
                yield "".join(words[-3:])
        return
    if len(words) < 2 or actor.generic:
        return
    first = words[0]
    head = fold(first)
    if not first[:1].isupper() and head in SHORT_FORM_HEADS:
        first = first[:1].upper() + first[1:]
    if len(first) < 3 or not first[:1].isupper() or head in PARTICLES | DESCRIPTORS | NAME_LINKS:
        return
    if head in SHORT_FORM_HEADS or words[1] in {"-"} or fold(words[1]) in PARTICLES:
        yield first


def fold_aliases(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Return ``chosen`` with acronyms, short forms and repeated forms folded to one actor."""
    acronyms = bracket_acronyms(doc, chosen)
    short: dict[str, set[ActorRef]] = {}
    for cand in chosen:
        if cand.actor.generic or (cand.source == "ner" and cand.actor.type != "person"):
            continue
        for form in _short_forms(doc[cand.start : cand.end], cand.actor):
            short.setdefault(form, set()).add(cand.actor)
    forms = {f: next(iter(refs)) for f, refs in short.items() if len(refs) == 1}
    forms.update(acronyms)
    # A bracketed acronym re-labels every mention of that acronym.
    relabelled = [
        replace(c, actor=acronyms[doc[c.start : c.end].text], source="alias")
        if c.end - c.start == 1
        and doc[c.start].text in acronyms
        and c.actor.id != acronyms[doc[c.start].text].id
        else c
        for c in chosen
    ]
    if not forms:
        return _same_form_same_actor(doc, relabelled)
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    for form in forms:
        matcher.add(form, [_as_doc(doc, form)])
    extra = [
        Candidate(start, end, forms[doc.vocab.strings[key]], "alias")
        for key, start, end in matcher(doc)
        if forms[doc.vocab.strings[key]].type == "person" or not _continues(doc, end)
    ]
    return _same_form_same_actor(doc, select(extra, taken=relabelled))


def _continues(doc: Doc, end: int) -> bool:
    """True when the name goes on after ``end`` (``Front national``: not ``le Front``)."""
    if end >= len(doc):
        return False
    following = doc[end]
    return following.is_title or following.pos_ == "ADJ" or following.text == "-"


def _as_doc(doc: Doc, form: str) -> Doc:
    words = [w for w in re.split(r"(-)", form) if w]
    return Doc(doc.vocab, words=words, spaces=[False] * len(words))


def _same_form_same_actor(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Give every mention with the same folded text the actor of its first named mention."""
    first: dict[str, ActorRef] = {}
    for cand in chosen:
        key = fold(doc[cand.start : cand.end].text)
        if cand.source != "ner":
            first.setdefault(key, cand.actor)
    people = {
        tuple(t.text for t in doc[c.start : c.end]): c.actor
        for c in chosen
        if c.actor.type == "person" and c.end - c.start > 1
    }
    out = []
    for cand in chosen:
        ref = first.get(fold(doc[cand.start : cand.end].text))
        if cand.actor.type == "person" and cand.source == "ner":
            ref = _longer_name(tuple(t.text for t in doc[cand.start : cand.end]), people) or ref
        if ref is not None and ref.id != cand.actor.id and cand.source in {"ner", "alias"}:
            cand = replace(cand, actor=ref)
        out.append(cand)
    return out


def _longer_name(
    words: tuple[str, ...], people: dict[tuple[str, ...], ActorRef]
) -> ActorRef | None:
    """The person whose full name ends with ``words`` (``Ould Abdallah``), if only one does."""
    found = {
        ref
        for name, ref in people.items()
        if len(name) > len(words) and name[-len(words) :] == words
    }
    return found.pop() if len(found) == 1 else None
