"""Certainty of a figure: estimated ("estimées à"), alleged (conditional mood), or asserted."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from polemos_quantities.lexicon import Lexicon
from polemos_quantities.scope import Scope, forms
from polemos_quantities.text import alternation

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CertaintyReader", "read_certainty"]

_LEFT_WINDOW = 8
_RIGHT_WINDOW = 6
_NEAR = 4
_HEAD_DEPTH = 3
_VERBAL = frozenset({"VERB", "AUX"})
_CONDITIONAL_ENDING = re.compile(r"r(?:ais|ait|aient|ions|iez)$")
_STEM = 5
_ACCUSATION_REACH = 120
_CLAIM_REACH = 40


def _conditional(token: Token) -> bool:
    """Mood=Cnd, checked against the ending every French conditional has (-rait, -raient...)."""
    return "Cnd" in token.morph.get("Mood", []) and bool(_CONDITIONAL_ENDING.search(token.lower_))


def _verb_is_conditional(token: Token) -> bool:
    """A verb in the conditional, itself or through its auxiliaries ("auraient été tués")."""
    if _conditional(token):
        return True
    return any(child.dep_.startswith("aux") and _conditional(child) for child in token.children)


def _accused(cues: frozenset[str], head: Token) -> bool:
    """Whether a denunciation governs ``head`` ("dénonce l'exécution de 300 civils").

    A relative clause stops the climb: "a dénoncé l'attaque qui a fait 20 morts" reports them.
    """
    current = head
    for _ in range(_HEAD_DEPTH):
        if current.head.i == current.i or current.dep_.startswith("acl"):
            return False
        current = current.head
        if not cues.isdisjoint(forms(current)):
            return True
    return False


class CertaintyReader:
    """Reads the certainty of a figure; rumour phrases are compiled once."""

    def __init__(self, lexicon: Lexicon) -> None:
        phrases = [cue for cue in lexicon.alleged_cues if " " in cue]
        alternatives = alternation(phrases) if phrases else "(?!)"
        self._alleged_phrase = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
        cues = lexicon.estimate_cues | lexicon.alleged_cues
        cues |= lexicon.accusation_cues | lexicon.denunciation_cues | lexicon.claim_cues
        stems = {cue[:_STEM] for cue in cues}
        accusations = alternation(lexicon.accusation_cues) or "(?!)"
        # "accuse l'armée d'avoir exécuté 300 civils": the figure is what the accuser claims.
        self._accusation = re.compile(
            rf"(?<!\w)(?:{accusations})(?!\w)[^.;:!?«»]{{0,{_ACCUSATION_REACH}}}?"
            rf"(?<!\w)d'(?:avoir|être)(?!\w)[^.;:!?«»]*$"
        )
        # "affirme avoir tué 45 jihadistes", "dit avoir abattu trois drones": a side's claim of
        # its own deed, reported as such (a plain "a tué 45 jihadistes" stays asserted).
        claims = alternation(lexicon.claim_cues) or "(?!)"
        self._claim = re.compile(
            rf"(?<!\w)(?:{claims})(?!\w)[^.;:!?«»]{{0,{_CLAIM_REACH}}}?"
            rf"(?<!\w)(?:d'|n'|ne\s+pas\s+)?(?:avoir|être)(?!\w)[^.;:!?«»]*$"
        )
        bounds = alternation(lexicon.estimate_bound_cues) or "(?!)"
        self._estimate_bound = re.compile(rf"(?<!\w)(?:{bounds})(?!\w)")
        self._any_cue = re.compile(
            rf"(?<!\w)(?:{alternation(stems)})|{_CONDITIONAL_ENDING.pattern[:-1]}(?!\w)"
        )

    def read(
        self,
        scope: Scope,
        head: Token,
        first: Token,
        last: Token,
        span: tuple[int, int],
        category: str | None = None,
    ) -> str:
        """Return the certainty of the quantity ``span`` around ``head``.

        Alleged and estimated as :func:`read_certainty` says; an asserted figure whose own
        words hold an estimate bound ("environ 300 000 personnes") is estimated. A duration
        that times the event ("en un an", "une semaine plus tard"; not "pourraient durer deux
        jours") takes its certainty from its own words only: the hedge of its sentence is about
        the count it times ("le conflit aurait causé 150 000 morts en un peu plus d'un an", "une
        semaine plus tard cette estimation passe à 500").
        """
        if category == "duration" and _adverbial(scope, first, last):
            certainty = "asserted"
        else:
            certainty = self._read(scope, head, first, last)
        if certainty == "asserted" and self._estimate_bound.search(scope.norm, *span):
            return "estimated"
        return certainty

    def _read(self, scope: Scope, head: Token, first: Token, last: Token) -> str:
        """Certainty from the sentence (see :func:`read_certainty`).

        A sentence with no estimate or rumour word and no conditional ending is asserted
        without looking at its tokens.
        """
        start, end = scope.sentence_bounds(first)
        last_token = scope.doc[end - 1]
        if not self._any_cue.search(
            scope.norm, scope.doc[start].idx, last_token.idx + len(last_token)
        ):
            return "asserted"
        if self._accusation.search(scope.norm, scope.doc[start].idx, first.idx):
            return "alleged"
        if self._claim.search(scope.norm, scope.doc[start].idx, first.idx):
            return "alleged"
        return read_certainty(scope, head, first, last, self._alleged_phrase)


def _adverbial(scope: Scope, first: Token, last: Token) -> bool:
    """A duration that times an event: after "en", "pendant"... or before "plus tard"."""
    doc = scope.doc
    before = doc[first.i - 1].lower_ if first.i > 0 else ""
    after = [t.lower_ for t in doc[last.i + 1 : last.i + 3]]
    return before in scope.lexicon.article_duration_cues or after == ["plus", "tard"]


def read_certainty(
    scope: Scope,
    head: Token,
    first: Token,
    last: Token,
    alleged_phrase: re.Pattern[str] | None = None,
) -> str:
    """Return ``estimated``, ``alleged`` or ``asserted`` for the quantity around ``head``.

    Estimated: an estimate word in the clause ("estimées à", "selon une estimation").
    Alleged: the governing verb in the conditional mood (spaCy's ``Mood=Cnd``), a rumour word,
    or a denunciation governing the figure ("dénonce l'exécution de 300 civils").
    """
    lex = scope.lexicon
    left = list(scope.left(first, _LEFT_WINDOW))
    right = list(scope.right(last, _RIGHT_WINDOW))
    heads = list(scope.ancestors(head, _HEAD_DEPTH))
    inside = list(scope.doc[first.i : last.i + 1])
    words = {word for token in left + right + heads + inside for word in forms(token)}
    if not lex.estimate_cues.isdisjoint(words):
        return "estimated"
    if not lex.alleged_cues.isdisjoint(words):
        return "alleged"
    window_start = (left[-1] if left else first).idx
    window_end = (right[-1] if right else last).idx + len(right[-1] if right else last)
    if alleged_phrase is not None and alleged_phrase.search(scope.norm, window_start, window_end):
        return "alleged"
    if _accused(lex.denunciation_cues, head):
        return "alleged"  # "HRW dénonce l'exécution de 300 civils"
    if any(t.pos_ in _VERBAL and _verb_is_conditional(t) for t in heads):
        return "alleged"
    near = left[:_NEAR] + right[:_NEAR]
    if any(t.pos_ in _VERBAL and _conditional(t) for t in near):
        return "alleged"
    return "asserted"
