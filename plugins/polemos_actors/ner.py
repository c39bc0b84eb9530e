"""spaCy's PER and ORG entities, kept as actors only when their context types them.

- PER: a person when it has two words or more (``Abou Rayyan al-Mouhajer``), or one word after
  a title (``le général Haftar``);
- PER made of transliterated Arabic organisation words (``Hisbul Islam``): an armed group;
- ORG and MISC: typed by their words (``data/org_heads.yaml``): first noun (``ministère`` ->
  government, ``agence`` -> media, ``brigade`` -> armed group, ``mission`` -> international),
  last word (``Time Magazine`` -> media), an English force word (``Central Reserve Police
  Force`` -> state force). Organisations whose type stays unknown (companies, clubs) are left
  out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span, Token

from ._text import fold
from ._words import (
    ARABIC_PARTICLES,
    ARMED_NAME_WORDS,
    CLAUSE_WORDS,
    DETERMINERS,
    HONORIFICS,
    LEADING_WORDS,
    NAME_LINKS,
    PARTY_HEADS,
    TITLES,
)
from .acled import code_for_type
from .countries import country_table
from .gazetteer import places
from .mentions import ActorRef, Candidate
from .placelike import placelike_names

ORG_HEADS_FILE = Path(__file__).parent / "data" / "org_heads.yaml"


@dataclass(frozen=True)
class OrgWords:
    """The folded word lists of ``data/org_heads.yaml``: word -> actor type."""

    first: dict[str, str]
    last: dict[str, str]
    anywhere: dict[str, str]
    arabic_armed: frozenset[str]
    parties: frozenset[str]
    not_person: frozenset[str]


@lru_cache(maxsize=1)
def org_words() -> OrgWords:
    """Load ``data/org_heads.yaml`` once."""
    with ORG_HEADS_FILE.open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

    def by_word(key: str) -> dict[str, str]:
        return {fold(str(w)): kind for kind, words in raw[key].items() for w in words}

    return OrgWords(
        by_word("first"),
        by_word("last"),
        by_word("anywhere"),
        frozenset(fold(str(w)) for w in raw["arabic_armed"]),
        frozenset(fold(str(w)) for w in raw["parties"]),
        frozenset(fold(str(w)) for w in raw["not_person"]),
    )


def _trim(span: Span) -> Span:
    start = span.start
    while start < span.end and fold(span.doc[start].text) in DETERMINERS:
        start += 1
    end = span.end
    while end > start and not span.doc[end - 1].text[:1].isalnum():
        end -= 1
    return span.doc[start:end]


def _slug(text: str) -> str:
    return re.sub(r"\W+", "_", fold(text)).strip("_")


def _word(token: Token) -> bool:
    """A word of a name: letters, or letters joined by hyphens (``Jean-Marc``)."""
    return token.is_alpha or (
        "-" in token.text and all(part.isalpha() for part in token.text.split("-"))
    )


_INITIAL = re.compile(r"^[A-Z]\.(?:-[A-Z]\.)*$")
"""A first name written as an initial: ``V.``, ``J.-P.``."""


def _person(span: Span) -> bool:
    words = [t for t in span if _word(t)]
    if not words or not all(t.text[:1].isupper() or len(t.text) <= 3 for t in words):
        return False
    capitals = [t for t in words if t.is_upper and len(t.text) > 1]
    if capitals and not _surname_first(words, capitals):
        return False
    if len(words) >= 2 or (words and any(_INITIAL.match(t.text) for t in span[:-1])):
        return True  # "Jean Dupont"; "V. Sapounov", "J.-P. Bemba": initials and a surname
    previous = span.doc[span.start - 1] if span.start > 0 else None
    return previous is not None and fold(previous.text) in TITLES


def _surname_first(words: list[Token], capitals: list[Token]) -> bool:
    """``POUTINE Vladimir``, ``KOUROUMA Ibrahim``: a surname in capitals, then a first name.

    One word in capitals (three letters or more, so no acronym like ``ONU``), first, before
    title-case words.
    """
    return (
        len(capitals) == 1
        and len(words) >= 2
        and words[0] is capitals[0]
        and len(capitals[0].text) >= 3
        and all(t.is_title for t in words[1:])
    )


_EVENT_HEADS = frozenset({"congres", "convention"})
"""Party heads that, on a name the model found, are as often a meeting (``Congrès de X``)."""


def _org_type(span: Span) -> str | None:
    """The type an ORG's words give it (``data/org_heads.yaml``).

    Its first noun (``ministère`` -> government), its last word (``Time Magazine`` ->
    media), an English force word among capitalised words (``Central Reserve Police Force``)
    or a ``Nations unies`` inside; single words (``Assemblée``) stay untyped.
    """
    if len(span) < 2:
        return None
    words = org_words()
    folded = [fold(t.text) for t in span]
    kind = words.first.get(folded[0]) or words.last.get(folded[-1])
    if kind is not None:
        return kind
    heads = PARTY_HEADS - _EVENT_HEADS
    adjective_first = len(span) > 2 and span[0].pos_ == "ADJ" and folded[1] in heads
    if (
        (folded[0] in heads or adjective_first)
        and span[0].text[:1].isupper()
        and " ".join(folded) not in places()  # "Union soviétique": a state
    ):
        # "Union pour la République", "Nouvelle Alliance démocratique": a party, unless armed
        return "armed_group" if ARMED_NAME_WORDS & set(folded) else "government"
    if "nations" in folded and "unies" in folded:
        return "international"
    capitalised = all(t.text[:1].isupper() for t in span if t.is_alpha and len(t.text) > 3)
    if capitalised:
        return next((words.anywhere[w] for w in folded if w in words.anywhere), None)
    return None


def name_type(span: Span) -> str | None:
    """The type the words of an organisation's name give it, for a name the text defines.

    Its head noun, last word or English force word (as for a spaCy ORG), else a party noun of
    ``data/org_heads.yaml`` among its first two words (``Nouvelle Démocratie``, ``Gauche
    démocratique``: ``government``, as the codebook types parties), else an armed word
    (``Tigres de libération de l'Eelam tamoul``: ``armed_group``); None when nothing types it.
    """
    kind = _org_type(span)
    if kind is not None:
        return kind
    folded = {fold(t.text) for t in span}
    armed = bool(ARMED_NAME_WORDS & folded)
    if any(fold(t.text) in org_words().parties for t in span[:2]):
        return "armed_group" if armed else "government"
    return "armed_group" if armed else None


def _arabic_organisation(span: Span) -> bool:
    """``Hisbul Islam``, ``Jabhatul Islamiya``: a transliterated organisation name."""
    words = org_words().arabic_armed
    if len([t for t in span if t.is_alpha]) < 2:
        return False  # "place Tahrir": a lone word is too little
    return any(part in words for t in span for part in fold(t.text).split("-"))


def _cut_clause(span: Span) -> Span:
    """Cut an ORG entity before the clause the model ran it on to.

    ``Forces nouvelles auquel ce dernier`` and ``Forces nouvelles lié à`` are ``Forces
    nouvelles``: a lower-case clause word (``auquel``, ``qui``, ``dont``), an auxiliary or a
    verb after a lower-case word (``lié``; not ``unies`` of ``Nations unies``) ends the name.
    """
    doc = span.doc
    for i in range(span.start + 1, span.end):
        token = doc[i]
        if not token.is_lower:
            continue
        verb = token.pos_ == "VERB" and doc[i - 1].is_lower
        if fold(token.text) in CLAUSE_WORDS or token.pos_ in {"AUX", "SCONJ"} or verb:
            end = i
            while end > span.start + 1 and fold(doc[end - 1].text) in NAME_LINKS:
                end -= 1
            return doc[span.start : end]
    return span


def _expand_org(span: Span) -> Span:
    """Run an ORG entity on over the capitalised words the model left out.

    ``Central Reserve`` of ``Central Reserve Police Force``.
    """
    doc = span.doc
    end = span.end
    while (
        end < len(doc)
        and _name_word(doc[end])
        and not doc[end].is_sent_start
        and doc[end].ent_type_ != "PER"  # "l'Assemblée Claude Bartolone"
    ):
        end += 1
    return doc[span.start : end]


_NAME_PREFIXES = ARABIC_PARTICLES | frozenset({"oum", "umm", "abd", "abdel", "cheikh", "mollah"})
_LEADING_WORDS = DETERMINERS | LEADING_WORDS


def _expand_person(span: Span) -> Span:
    """Fit a PER entity to the name: the words the model left out, not the ones it added.

    ``Abou Rayyan al-Mouhajer`` is often cut into LOC ``Abou`` + PER ``Rayyan al``; ``Selon
    François Dubet`` or ``Scott Brown n’`` carry a word that is no part of the name.
    """
    doc = span.doc
    start = span.start
    while start > 0 and _left_name_word(doc[start - 1]):
        start -= 1
    end = span.end
    while end < len(doc):
        if _name_word(doc[end]):
            end += 1
        elif doc[end].text == "-" and end + 1 < len(doc) and _name_word(doc[end + 1]):
            end += 2
        elif fold(doc[end - 1].text) in NAME_LINKS and _name_word(doc[end]):
            end += 1
        else:
            break
    while (
        start < end - 1
        and fold(doc[start].text) in _LEADING_WORDS
        and (doc[start].is_sent_start or doc[start].is_lower)
    ):
        start += 1  # "Selon François Dubet", sentence-initial; "De Gaulle" keeps its "De"
    while end > start and not doc[end - 1].text[:1].isupper():
        end -= 1
    return doc[start:end]


def _left_name_word(token: Token) -> bool:
    """A capitalised word before a PER entity that belongs to the name (``Abou``, ``Rafic``).

    Not a place or an organisation (``Corse``, ``Assemblée``), not a title or a function word.
    """
    if not token.text[:1].isupper():
        return False
    word = fold(token.text)
    if word in _NAME_PREFIXES:
        return True
    return (
        _word(token)
        and token.ent_type_ not in {"LOC", "ORG"}
        and word not in places()
        and word not in TITLES | _LEADING_WORDS
    )


def _title_word(token: Token) -> bool:
    """A title, not a name: lower case (``colonel``) or an honorific (``M.``, ``Mme``)."""
    return token.is_lower or fold(token.text) in HONORIFICS


def _name_word(token: Token) -> bool:
    return _word(token) and token.text[:1].isupper() and not token.is_upper


def titled_persons(doc: Doc) -> Iterator[Candidate]:
    """Yield the names the model missed after a lower-case title (``le colonel Hassan Ag Fagaga``).

    Also after a title and its demonym (``le président russe Vladimir Poutine``). Capitalised
    words (and the particles of Arabic names between them) right after a title of
    ``titles``, on one line; not a place, a demonym or a word the model tagged as a place or
    an organisation.
    """
    table = country_table()
    for title in doc:
        if not (title.is_lower and fold(title.text) in TITLES):
            continue
        end = start = title.i + 1
        if start < len(doc) and doc[start].is_lower and table.from_demonym(doc[start].text):
            end = start = start + 1  # "le président russe Vladimir Poutine"
        while end < len(doc):
            token = doc[end]
            if _name_word(token) and "\n" not in doc[end - 1].whitespace_:
                if token.ent_type_ in {"LOC", "ORG"} or fold(token.text) in places():
                    break
                if table.from_demonym(token.text):
                    break
                end += 1
            elif fold(token.text) in ARABIC_PARTICLES and end > start and end + 1 < len(doc):
                end += 1
            else:
                break
        while end > start and not doc[end - 1].text[:1].isupper():
            end -= 1
        if end > start:
            span = doc[start:end]
            ref = ActorRef(
                f"person_{_slug(span.text)}", span.text, "person", None, code_for_type("person")
            )
            yield Candidate(start, end, ref, "ner")


def ner_candidates(doc: Doc) -> Iterator[Candidate]:
    """Yield candidates for spaCy's PER and ORG entities that their context types.

    A PER entity whose name reads as a place somewhere in the document (``la ville de Wad
    Madani``: :mod:`.placelike`) is no person.
    """
    towns = placelike_names(doc)
    for ent in doc.ents:
        if ent.label_ not in {"PER", "ORG", "MISC"}:
            continue
        if ent.label_ == "PER" and _trim(ent).text in towns:
            continue
        span = _trim(ent)
        if ent.label_ == "PER":
            while len(span) > 1 and fold(span[0].text) in TITLES and _title_word(span[0]):
                span = span[1:]  # "le colonel Abdel Karim", "M. Ayrault": the title is out
        if len(span) == 0 or not span[0].text[:1].isupper():
            continue
        if ent.label_ == "PER":
            span = _expand_person(span)
            while len(span) > 1 and country_table().from_demonym(span[0].text):
                span = span[1:]  # "Américain Pete Selleck"
            if fold(span.text) in places():
                continue  # a place the model took for a person ("Bani Walid")
            thing = any(fold(w) in org_words().not_person for w in re.split(r"[\s-]+", span.text))
            kind: str | None = "person" if _person(span) and not thing else None
            if thing:  # "Bloomberg View": a medium by its last word, else nothing
                kind = org_words().last.get(fold(span[-1].text))
            if _arabic_organisation(span):
                kind = "armed_group"  # "Hisbul Islam", "Muaskar Anole"
        else:
            span = _cut_clause(_expand_org(span) if ent.label_ == "ORG" else span)
            kind = _org_type(span)
        if kind is None:
            continue
        ref = ActorRef(f"{kind}_{_slug(span.text)}", span.text, kind, None, code_for_type(kind))
        yield Candidate(span.start, span.end, ref, "ner")
