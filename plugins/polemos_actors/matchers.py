"""The lexicon matcher: names (accent- and case-folded) and acronyms (case-sensitive).

Names are matched with a spaCy ``PhraseMatcher`` on ``LOWER`` with spelling variants of
every name (as written and without accents, hyphens as hyphens or spaces, straight or curly
apostrophes), so ``Etat islamique``, ``État Islamique`` and ``l’État islamique`` all hit the
lexicon name ``État islamique``. Acronyms are matched on the original text (``EI`` but not ``ei``).
Title-like names (``Le Monde``, ``Daesh``) must show a capital in the text, so ``le monde``
is not the newspaper.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ._text import fold, strip_accents
from ._words import DESCRIPTORS, DETERMINERS, PARTICLES
from .mentions import ActorRef, Candidate
from .schema import Lexicon

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer
    from spacy.vocab import Vocab

_CASED = "|cased"
_CONTRACTED = "|contracted"


@lru_cache(maxsize=1)
def french_tokenizer() -> Tokenizer:
    """A blank French tokenizer (the same rules as ``fr_core_news_*``), made once."""
    import spacy

    return spacy.blank("fr").tokenizer


def folded_words(doc: Doc) -> list[str]:
    """The :func:`fold`-ed text of every token of ``doc`` (what the rules read)."""
    strings = doc.vocab.strings
    # to_array avoids creating one Token object per token (the costly part on long texts)
    return [fold(strings[int(orth)]) or strings[int(orth)] for orth in doc.to_array("ORTH")]


def word_variants(words: list[str]) -> set[tuple[str, ...]]:
    """Lower-cased spellings of a tokenized name.

    As written and without accents, with or without its hyphens (``al-Nosra``/``al Nosra``),
    with straight or curly apostrophes.
    """
    lower = tuple(w.lower() for w in words)
    split = tuple(part for w in lower for part in (w.split("-") if len(w) > 1 else [w]) if part)
    out: set[tuple[str, ...]] = set()
    for base in (lower, tuple(strip_accents(w) for w in lower)):
        for form in (
            base,
            tuple(w for w in base if w != "-"),
            tuple(strip_accents(w) for w in split),
        ):
            if form:
                out.add(form)
                out.add(tuple(w.replace("'", "’") for w in form))
    return out


def phrase_patterns(vocab: Vocab, texts: Iterable[str]) -> dict[str, list[Doc]]:
    """Lower-cased pattern Docs (for a ``LOWER`` PhraseMatcher) of every variant of ``texts``."""
    texts = list(dict.fromkeys(texts))
    out: dict[str, list[Doc]] = {}
    for text, tokens in zip(texts, french_tokenizer().pipe(texts), strict=True):
        words = [strip_accents(t.text) if t.text in _APOSTROPHE_TOKENS else t.text for t in tokens]
        forms = word_variants([w for w in words if w.strip()])
        out[text] = [Doc(vocab, words=list(form)) for form in sorted(forms)]
    return out


_APOSTROPHE_TOKENS = frozenset({"l’", "d’", "qu’", "L’", "D’"})


def acronym_forms(acronym: str) -> tuple[str, ...]:
    """An acronym as written, and title-cased when it reads as a word (``MUJAO`` -> ``Mujao``).

    French newspapers write pronounceable acronyms of four letters or more in title case
    (``Aqmi``, ``Otan``, ``Minusma``); shorter ones (``EI``, ``ILS``) stay upper case only.
    """
    if len(acronym) >= 4 and acronym.isalpha() and acronym.isupper():
        return (acronym, acronym.capitalize())
    return (acronym,)


def is_title_like(name: str) -> bool:
    """True when every content word of ``name`` is capitalised (``Le Monde``, ``Daesh``)."""
    words = [w for w in name.replace("-", " ").replace("'", " ").replace("’", " ").split()]
    content = [w for w in words if fold(w) not in PARTICLES]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


def shows_capital(span: Span) -> bool:
    """True when a token of ``span`` is capitalised, a sentence-initial article aside."""
    for token in span:
        if not (token.text[:1].isupper() or token.text[:1].isdigit()):
            continue
        if token.is_sent_start and fold(token.text) in DETERMINERS:
            continue
        return True
    return False


_PREPOSITIONS = ("du ", "de la ", "de l'", "des ", "de ", "d'")
_GENERIC_HEADS = frozenset(
    {"rebelles", "rebellion", "miliciens", "combattants", "insurges", "paramilitaires"}
    | {"mercenaires"}
)


def _redundant(folded: str, folded_names: set[str]) -> bool:
    """True for a descriptor before another name of the actor.

    ``groupe État islamique`` and ``rebelles du M23`` are then left to ``État islamique`` and
    ``M23``: mentions are names without descriptors. ``Organisation des Nations unies`` stays,
    an official name (a descriptor takes no preposition, a generic noun may).
    """
    head, _, rest = folded.partition(" ")
    if head in DESCRIPTORS:
        return rest in folded_names
    if head not in _GENERIC_HEADS:
        return False
    for preposition in _PREPOSITIONS:
        if rest.startswith(preposition):
            return rest[len(preposition) :] in folded_names
    return rest in folded_names


def without_article(names: Iterable[str]) -> Iterator[str]:
    """``Figaro`` for ``Le Figaro``: a medium's name without the article a contraction takes.

    ``au Figaro``, ``du Parisien``, ``aux Échos``: matched only after ``au``/``du``/``aux``/``des``.
    """
    for name in names:
        article, _, rest = name.partition(" ")
        if article in {"Le", "Les"} and rest[:1].isupper():
            yield rest


def surname_first(names: Iterable[str]) -> Iterator[str]:
    """``Kabila Joseph`` for ``Joseph Kabila``: a two-word person name, surname first.

    French administrative and African news style writes the surname first, often in capitals
    (``POUTINE Vladimir``: the match is on lower case). Names with a title or a particle
    (``président Poutine``, ``Abou Bakr``) are left as they are.
    """
    for name in names:
        words = name.split()
        capitalised = len(words) == 2 and all(w[:1].isupper() for w in words)
        if capitalised and not {fold(w) for w in words} & PARTICLES:
            yield f"{words[1]} {words[0]}"


@dataclass
class LexiconMatcher:
    """Matchers for one lexicon and one spaCy vocabulary (build once, reuse for every Doc)."""

    lexicon: Lexicon
    names: PhraseMatcher
    acronyms: PhraseMatcher
    refs: dict[str, ActorRef]

    @classmethod
    def build(cls, lexicon: Lexicon, vocab: Vocab) -> LexiconMatcher:
        """Compile the lexicon's names and acronyms into phrase matchers on ``vocab``."""
        by_variant: dict[str, tuple[str, bool]] = {}
        acronyms: dict[str, str] = {}
        for actor in lexicon.actors.values():
            folded_names = {fold(n) for n in (*actor.all_names(), *actor.acronyms)}
            for name in actor.all_names():
                if _redundant(fold(name), folded_names):
                    continue
                by_variant[name] = (actor.id, is_title_like(name))
            if actor.type == "person":
                for name in surname_first(actor.all_names()):
                    by_variant.setdefault(name, (actor.id, True))
            if actor.type == "media":
                for name in without_article(actor.all_names()):
                    by_variant.setdefault(name, (actor.id + _CONTRACTED, True))
            for acronym in actor.acronyms:
                for form in acronym_forms(acronym):
                    acronyms.setdefault(form, actor.id)
                acronyms[acronym] = actor.id
        names = PhraseMatcher(vocab, attr="LOWER")
        grouped: dict[str, list[Doc]] = {}
        for variant, docs in phrase_patterns(vocab, by_variant).items():
            actor_id, cased = by_variant[variant]
            grouped.setdefault(actor_id + (_CASED if cased else ""), []).extend(docs)
        for key, docs in grouped.items():
            names.add(key, docs)
        tokenizer = french_tokenizer()
        acro = PhraseMatcher(vocab, attr="ORTH")
        acro_grouped: dict[str, list[Doc]] = {}
        for acronym, tokens in zip(acronyms, tokenizer.pipe(list(acronyms)), strict=True):
            words = [t.text for t in tokens]
            acro_grouped.setdefault(acronyms[acronym], []).append(Doc(vocab, words=words))
        for key, docs in acro_grouped.items():
            acro.add(key, docs)
        refs = {a.id: ActorRef.from_actor(a) for a in lexicon.actors.values()}
        return cls(lexicon, names, acro, refs)

    def find(self, doc: Doc) -> Iterator[Candidate]:
        """Yield lexicon candidates of ``doc``."""
        strings = doc.vocab.strings
        for match_id, start, end in self.names(doc):
            key = strings[match_id]
            actor_id, cased, _ = key.partition(_CASED)
            if cased and not shows_capital(doc[start:end]):
                continue
            actor_id, contracted, _ = actor_id.partition(_CONTRACTED)
            if contracted and not _after_contraction(doc, start):
                continue
            yield Candidate(start, end, self.refs[actor_id], "lexicon")
        for match_id, start, end in self.acronyms(doc):
            if start > 0 and doc[start - 1].like_num:
                continue  # a unit after a number ("0,04 UA"), not an actor
            yield Candidate(start, end, self.refs[strings[match_id]], "lexicon")


def _after_contraction(doc: Doc, start: int) -> bool:
    """True after a contracted article with no name before it.

    ``au Figaro``, ``du Monde``; ``Coupe du Monde`` is no newspaper.
    """
    if start == 0 or fold(doc[start - 1].text) not in {"au", "du", "aux", "des"}:
        return False
    return start < 2 or not doc[start - 2].text[:1].isupper()


def known_names(lexicon: Lexicon) -> Iterable[str]:
    """Every folded name and acronym of ``lexicon`` (used to keep actors out of locations)."""
    for actor in lexicon.actors.values():
        for name in (*actor.all_names(), *actor.acronyms):
            yield fold(name)
        if actor.type == "person":
            yield from (fold(n.split()[-1]) for n in actor.names if " " in n)
