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

from polemos_french import DE, DEFINITE_ARTICLES
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ._text import fold
from ._words import DESCRIPTORS, HONORIFICS, NAME_LINKS, PARTICLES, SHORT_FORM_HEADS
from .acled import code
from .acronyms import BRACKET_AFTER
from .coreference import fold_variants
from .mentions import ActorRef, Candidate, select

_ACRONYM = re.compile(r"^[A-ZÉÈ](?:[A-ZÉÈ0-9\-]{1,9}|(?=(?:.*[A-Z]){2})[A-Za-zÉÈ0-9\-]{2,9})$")
"""An acronym: capitals (``FARDC``), or two capitals or more among lower-case letters (``FAMa``,
``AGovC``)."""


def bracket_acronyms(doc: Doc, chosen: list[Candidate]) -> dict[str, ActorRef]:
    """Acronyms defined in brackets right after a mention: ``X (ACR)`` -> X's actor.

    Also ``X (ACR, English name)``.

    A known acronym after a mention that nests another organisation keeps its own actor:
    in ``les forces du Gouvernement d'union nationale (GNA)``, GNA is the government.
    """
    known = {c.start: c for c in chosen if c.source == "lexicon" and c.end - c.start == 1}
    out: dict[str, ActorRef] = {}
    for cand in chosen:
        i = cand.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text in BRACKET_AFTER:
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


def _headed_name(doc: Doc, cand: Candidate) -> bool:
    """A person, or an organisation the model found whose first word may stand alone.

    ``Conseil de transition militaire`` ... ``le Conseil``; ``Cour d'assises`` ... ``la Cour``.
    """
    return cand.actor.type == "person" or fold(doc[cand.start].text) in SHORT_FORM_HEADS


def _short_forms(span: Span, actor: ActorRef) -> Iterable[str]:
    """Short forms a later mention may use for ``span`` (exact case, capitalised)."""
    words = [t.text for t in span]
    if actor.type == "person":
        capitals = [w for w in words if w.isupper() and len(w) > 2]
        if len(capitals) == 1 and len(words) >= 2:  # "KOUROUMA Ibrahim": the surname
            yield capitals[0]
            yield capitals[0].title()
            return
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


_NAME_WORDS = DE | DEFINITE_ARTICLES | {"en", "au", "aux"}


def extend_to_bracket(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Run a name on to the bracketed acronym that defines it.

    The model often cuts ``l'Opération des Nations unies en Côte d'Ivoire (ONUCI)`` at
    ``unies``: a mention followed, within six words of a name (capitalised words and the
    words that join them), by ``(ACRONYM)`` whose first letter is the name's, runs to the
    bracket.
    """
    starts = {c.start for c in chosen}
    out = []
    for cand in chosen:
        end = cand.end
        while (
            end < len(doc)
            and end - cand.end < 6
            and end not in starts
            and (_capitalised_word(doc, end) or fold(doc[end].text) in _NAME_WORDS)
        ):
            end += 1
        start = _head_before(doc, cand.start)
        if (
            (end > cand.end or start < cand.start)
            and cand.actor.type != "person"
            and _defines_acronym(doc, end, doc[start].text)
            and fold(doc[end - 1].text) not in _NAME_WORDS
        ):
            if start < cand.start:  # "Opération des Nations unies ...": a body of its own
                name = doc[start:end].text
                slug = re.sub(r"\W+", "_", fold(name)).strip("_")
                ref = ActorRef(f"{cand.actor.type}_{slug}", name, cand.actor.type, None, _OTHER)
                cand = Candidate(start, end, ref, "pattern")
            else:
                cand = replace(cand, end=end)
        out.append(cand)
    return out


def _head_before(doc: Doc, start: int) -> int:
    """``Opération des Nations unies``: a capitalised head and ``de`` before a name."""
    i = start - 1
    while i >= 0 and fold(doc[i].text) in _NAME_WORDS and start - i <= 2:
        i -= 1
    return i if 0 <= i < start - 1 and _capitalised_word(doc, i) else start


def _capitalised_word(doc: Doc, i: int) -> bool:
    return doc[i].is_alpha and doc[i].text[:1].isupper()


def _defines_acronym(doc: Doc, i: int, first_word: str) -> bool:
    """``(ACR)`` at token ``i``, its first letter the name's."""
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text not in BRACKET_AFTER:
        return False
    text = doc[i + 1].text
    return bool(_ACRONYM.match(text)) and fold(text[:1]) == fold(first_word[:1])


def bracket_expansions(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Names in brackets beside a mention, in either order, are mentions of its actor.

    ``Tigres de libération de l'Eelam tamoul (LTTE, Liberation Tigers of Tamil Eelam)``,
    ``le Centre d'information pour la sécurité nationale (Media Center for National
    Security)``, ``l'ANSIPRJ (Alliance nationale ...)``: each capitalised name of two words
    or more in the bracket, and an acronym before a bracketed name, take the actor of the
    mention the bracket follows (or of the name inside it).
    """
    by_end = {c.end: c for c in chosen}
    by_start = {c.start: c for c in chosen}
    used = {i for c in chosen for i in range(c.start, c.end)}
    extra: list[Candidate] = []
    for i, token in enumerate(doc):
        if token.text != "(":
            continue
        close = next((j for j in range(i + 1, min(len(doc), i + 16)) if doc[j].text == ")"), None)
        if close is None:
            continue
        owner = by_end.get(i)
        if owner is None and i + 1 in by_start and i > 0 and _ACRONYM.match(doc[i - 1].text):
            if i - 1 not in used:
                extra.append(Candidate(i - 1, i, by_start[i + 1].actor, "alias"))
            continue
        if owner is None or owner.actor.type == "person" or owner.actor.generic:
            continue
        first = i + 2 if fold(doc[i + 1].text) in _ARTICLES else i + 1  # "(le Front islamique)"
        for start, end in _bracket_parts(doc, first, close):
            if (
                end - start >= 2
                and _capitalised_word(doc, start)
                and not any(k in used for k in range(start, end))
            ):
                extra.append(Candidate(start, end, owner.actor, "alias"))
    return extra


def _bracket_parts(doc: Doc, start: int, close: int) -> list[tuple[int, int]]:
    """The comma-separated parts of a bracket that are names (not places, no ``et``).

    A bracket opening on a lower-case word (``(pour les régions X, Y)``) holds no name.
    """
    if not doc[start].text[:1].isupper():
        return []
    parts = []
    i = start
    while i < close:
        j = i
        while j < close and doc[j].text != ",":
            j += 1
        words = range(i, j)
        named = all(_capitalised_word(doc, k) or fold(doc[k].text) in _BRACKET_LINKS for k in words)
        if named and not any(doc[k].ent_type_ == "LOC" for k in words):
            parts.append((i, j))
        i = j + 1
    return parts


_ARTICLES = DEFINITE_ARTICLES
_OTHER = code("external_other_forces")
"""The ACLED code of a body named by its own acronym (a mission, an agency), as before."""
_BRACKET_LINKS = _NAME_WORDS | {"pour", "-", "of", "for", "the"}


def fold_aliases(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Return ``chosen`` with acronyms, short forms and repeated forms folded to one actor."""
    chosen = extend_to_bracket(doc, chosen)
    chosen = select(bracket_expansions(doc, chosen), taken=chosen)
    acronyms = bracket_acronyms(doc, chosen)
    short: dict[str, set[ActorRef]] = {}
    for cand in chosen:
        if cand.actor.generic or (cand.source == "ner" and not _headed_name(doc, cand)):
            continue
        if cand.source == "ner" and _without_initials(doc, cand) != doc[cand.start : cand.end].text:
            continue  # "B. Obama" is itself the short form of a longer name, not a source
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
    # A short form the model found as an entity of its own ("Ahrar") is the longer name's.
    relabelled = [
        replace(c, actor=forms[text], source="alias")
        if c.source == "ner" and (text := _without_initials(doc, c)) in forms
        else c
        for c in relabelled
    ]
    if not forms:
        return fold_variants(doc, _same_form_same_actor(doc, relabelled))
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    for form in forms:
        matcher.add(form, [_as_doc(doc, form)])
    extra = [
        _with_initials(doc, Candidate(start, end, ref, "alias"))
        for key, start, end in matcher(doc)
        if not (
            _numbered(doc, end)
            if (ref := forms[doc.vocab.strings[key]]).type == "person"
            else _continues(doc, end)
        )
    ]
    extra = _join_name_parts(select(extra))
    return fold_variants(doc, _same_form_same_actor(doc, select(extra, taken=relabelled)))


_INITIAL = re.compile(r"^[A-Z]\.?(?:-[A-Z]\.?)*$")
"""A first name written as an initial: ``J.``, ``J.-M.`` (``J-M`` is three tokens)."""


def _without_initials(doc: Doc, cand: Candidate) -> str:
    """The text of a mention, a person's initials left out (``B. Obama`` -> ``Obama``)."""
    start = cand.start
    if cand.actor.type == "person":
        while start < cand.end - 1 and _INITIAL.match(doc[start].text):
            start += 1
    return doc[start : cand.end].text


def _with_initials(doc: Doc, cand: Candidate) -> Candidate:
    """``J-M Ayrault``: a surname takes in the initials of the first names before it."""
    if cand.actor.type != "person":
        return cand
    start = i = cand.start
    while i > 0 and _INITIAL.match(doc[i - 1].text) and fold(doc[i - 1].text) not in HONORIFICS:
        start = i = i - 1
        if i > 1 and doc[i - 1].text == "-" and _INITIAL.match(doc[i - 2].text):
            i -= 1  # "J-M", tokenized "J", "-", "M"
    return replace(cand, start=start) if start < cand.start else cand


def _numbered(doc: Doc, end: int) -> bool:
    """``Ayrault 2``: a surname and a number name a government, not the person."""
    return end < len(doc) and doc[end].like_num


def _join_name_parts(found: list[Candidate]) -> list[Candidate]:
    """``Ibrahim Kourouma`` after ``Kourouma Ibrahim``: two short forms side by side, one name."""
    out: list[Candidate] = []
    for cand in found:
        last = out[-1] if out else None
        if last is not None and last.end == cand.start and last.actor.id == cand.actor.id:
            out[-1] = replace(last, end=cand.end)
            continue
        out.append(cand)
    return out


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
