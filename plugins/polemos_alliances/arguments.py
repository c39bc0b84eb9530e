"""Argument roles of a frame trigger: the actor tokens that fill each role.

Each role is read from the dependency parse of the actor view (:mod:`.actordoc`, where an actor
mention is one token) and, when the parse gives nothing, from word order. A token that is not
an actor but a proxy noun ("les *positions* de Y") stands for its "de" actor; an actor stands
with the actors coordinated to it ("X et Y").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import polemos_french as french
from polemos_french import apostrophe_variants

from polemos_alliances.actordoc import ActorDoc
from polemos_alliances.frames import Role

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["DE", "Arguments"]

DE = apostrophe_variants(french.DE)
PAR = frozenset({"par"})
# first words of many-word prepositions that say nothing alone ("d'après", "par rapport à")
_COMPOUND_OPENERS = DE | frozenset({"à", "au", "aux", "par", "en"})
BETWEEN = frozenset({"entre"})
AMONG = frozenset({"parmi"})
_UNCASED = frozenset({"nmod", "amod", "flat:name"})
"""How the parser hangs an organisation written right after a noun ("le député *UMP*")."""
RELATIVE = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
PERSONAL = frozenset({"il", "elle", "ils", "elles"})
COMPLEMENT_MARKERS = frozenset(
    {*DE, "à", "au", "aux", "par", "pour", "avec", "contre", "sur", "selon", "entre", "chez"}
)
_SUBJECT = frozenset({"nsubj"})
_PASSIVE_SUBJECT = frozenset({"nsubj:pass"})
_COMPLEMENT = ("obl", "nmod", "obj", "iobj")
_CLAUSE = frozenset({"acl", "acl:relcl", "ccomp", "advcl", "xcomp", "parataxis", "csubj"})
_INHERITS_SUBJECT = frozenset({"conj", "xcomp", "advcl"})
_ETRE_VERBS = frozenset(
    {"aller", "venir", "revenir", "parvenir", "devenir", "arriver", "partir", "entrer", "rentrer"}
    | {"sortir", "tomber", "rester", "mourir", "naître", "retourner", "décéder"}
)
"""Intransitive verbs whose compound tenses take *être*: "sont tombées" is no passive."""
_BELONGING = frozenset({"appartenir", "affilier", "rattacher"})
"""Verbs by which a proxy noun belongs to an actor ("des rebelles *appartenant aux* Tigres")."""
_ADVERBIAL = frozenset({"obl:mod", "advmod"})
"""How the parser hangs an adverbial phrase on a verb ("combat *à la fois* Y et Z")."""
_SKIP_BEFORE_VERB = frozenset({"AUX", "ADV", "PART", "PRON"})
_APPOSED_WORDS = 6
_ORGANISATIONS = frozenset({"state_force", "armed_group", "government", "international", "media"})
_SET_OFF = frozenset({",", "—", "–", "("})
"""What may set a participle phrase off from the noun it is said of ("X — dirigée par")."""
_DEPTH = 3
_FAR = 25
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "DET", "NUM"})
_WINDOW = 8
_APPOSITION_WORDS = 12
# how the parser may hang a noun in apposition to an actor before it
_LOOSE_APPOSITION = frozenset({"dep", "nsubj"})
_COMPLEMENT_WORDS = 5
_NOUN_COMPLEMENT = frozenset({"ADP", "DET", "ADJ", "NOUN", "NUM"})
"""What a noun's complement ("de diverses tailles") is made of, before a participle."""
_PREDICATE_CHAIN = frozenset({"conj", "appos"})
_PREDICATE_STEPS = 3
_EN = frozenset({"en"})
# the links by which a phrase describes the noun above it ("un groupe, *entré* en rébellion")
_DESCRIBING = frozenset({"acl", "acl:relcl", "xcomp", "appos", "nmod", "amod", "obl:mod"})
_TO = frozenset({"à", "au", "aux"})
_SUBJECT_CONTROL = frozenset({"promettre", "jurer", "assurer", "garantir"})
"""Verbs whose infinitive complement keeps their subject beside an object ("promettre à Y de")."""


@dataclass
class Arguments:
    """Finds the actor tokens of argument roles in one sentence unit of an actor view."""

    view: ActorDoc
    proxies: frozenset[str]
    fallback: bool = True
    held_by: frozenset[str] = frozenset()
    performed_by: frozenset[str] = frozenset()
    """Participle lemmas by which a noun stands for its agent ("l'attaque *menée par* X")."""
    resolved: set[int] = field(default_factory=set)
    """Antecedents of subject pronouns found in the sentence before (allowed across units)."""

    def find(self, role: Role, trigger: Token, *, same_kind: bool = True) -> list[int]:
        """The actor tokens filling ``role`` for ``trigger`` (parse first, then word order).

        With ``same_kind``, actors coordinated to the first one count only when they are of the
        same kind (persons with persons, organisations with organisations): in "Y dirigé par
        X et Z", a group Z after a leader X is the next item of a list, not a co-leader.
        """
        finder: Callable[[Token, Role], list[int]] = getattr(self, f"_{role.kind}")
        found = finder(trigger, role)
        if not found and self.fallback:
            order: Callable[[Token, Role], list[int]] | None = getattr(
                self, f"_{role.kind}_by_order", None
            )
            found = order(trigger, role) if order is not None else []
            if role.kind == "subject":
                found = [i for i in found if not self._inside_other_subject(trigger, i)]
        unit = self.view.unit_of(trigger.i)
        found = [*found, *self._coordinated_after(found)]
        own = role.kind == "self"
        kept = [
            i
            for i in dict.fromkeys(found)
            if (self.view.unit_of(i) == unit or i in self.resolved) and (own or i != trigger.i)
        ]
        if same_kind and kept:
            first = self._person(kept[0])
            kept = [i for i in kept if self._person(i) == first]
        return kept

    # --- helpers -------------------------------------------------------------------------------

    def _inside_other_subject(self, verb: Token, index: int) -> bool:
        """Whether the actor at ``index`` only modifies the verb's own noun subject.

        "des *partisans* du guide, l'ayatollah Khomeini, avaient envahi Y": the parse gives
        "partisans" as the subject; the actor written just before the verb is its complement,
        not the one who acts (a proxy subject, "les *troupes* de X", stands for X already).
        """
        for child in verb.children:
            if child.dep_ not in _SUBJECT or child.pos_ != "NOUN" or child.i in self.view.actors:
                continue
            if self.actors_at(child):
                return False
            return any(t.i == index for t in child.subtree)
        return False

    def actors_at(self, token: Token | None, depth: int = 2) -> list[int]:
        """The actors a token stands for: itself and its conjuncts, or a proxy's "de" actor.

        A proxy's "de" complement may be a proxy in turn ("une *dizaine* de *soldats* de Y",
        "un *membre* de la branche de Y"), up to ``depth`` proxies.
        """
        if token is None:
            return []
        if token.i in self.view.actors:
            return [token.i, *self._conjuncts(token)]
        if token.lower_ in self.proxies or token.lemma_.lower() in self.proxies:
            for child in token.children:
                if child.dep_ == "nmod" and child.i in self.view.actors and _case(child) & DE:
                    return [child.i, *self._conjuncts(child)]
            found = self._performer(token, Role("performer")) or self._belonging_to(token)
            if found or depth <= 1:
                return found
            for child in token.children:
                if child.dep_ == "nmod" and _case(child) & DE and child.i > token.i:
                    return self.actors_at(child, depth - 1)
        return []

    def _belonging_to(self, proxy: Token) -> list[int]:
        """The actor a proxy noun belongs to: "des rebelles *appartenant aux* Tigres"."""
        for participle in proxy.children:
            if participle.dep_ == "acl" and participle.lemma_.lower() in _BELONGING:
                for child in participle.children:
                    if child.dep_.startswith("obl") and child.i in self.view.actors:
                        return [child.i, *self._conjuncts(child)]
        return []

    def _performed(self, noun: Token) -> list[Token]:
        """The ``performed_by`` participles after a noun ("l'attaque, *revendiquée* par X").

        Where the parser hangs the participle on the noun's complement ("les bateaux de
        diverses tailles *fournis* par X"), word order finds it: the first past participle
        after the noun's complement words, agreeing with the noun.
        """
        if not self.performed_by:
            return []
        found = [c for c in noun.children if c.dep_.startswith("acl") and self._performs(c, noun)]
        verb = noun.head  # "l'offensive *est lancée* par X contre Y": the noun is its subject
        if noun.dep_ in _PASSIVE_SUBJECT and verb.pos_ == "VERB" and self._performs(verb, noun):
            found.append(verb)
        if found or noun.pos_ != "NOUN":
            return found
        doc = self.view.doc
        for i in range(noun.i + 1, min(noun.i + 1 + _COMPLEMENT_WORDS, len(doc))):
            token = doc[i]
            agrees = _agree(token, noun) is not False
            if token.pos_ in {"VERB", "ADJ"} and self._performs(token, noun) and agrees:
                return [token]
            if i in self.view.actors or token.is_punct or token.pos_ not in _NOUN_COMPLEMENT:
                return []
        return []

    def _performs(self, participle: Token, noun: Token) -> bool:
        return (
            participle.i > noun.i
            and participle.lemma_.lower() in self.performed_by
            and "Past" in participle.morph.get("Tense", [])
        )

    def _coordinated_after(self, found: list[int]) -> list[int]:
        """Word order: the actors after the last one found, joined by "et (de)" or ", de".

        "les victoires du GFT et de l'armée", "une opération de X, de Y, du Z et des W": the
        parser often misses this coordination. After a comma, only a "de" list goes on.
        """
        doc, more = self.view.doc, []
        position = max(found) if found else None
        while position is not None and position + 2 < len(doc):
            joint = doc[position + 1].lower_
            following = position + 2
            listed = joint == "," and doc[following].lower_ in DE
            if joint != "et" and not listed:
                break
            if doc[following].lower_ in DE and following + 1 < len(doc):
                following += 1
            elif joint == "et":  # "X et *les forces de* Y": a proxy of an actor
                following = self._proxy_of(following)
            if following not in self.view.actors:
                break
            more.append(following)
            position = following
        return more

    def _proxy_of(self, index: int) -> int:
        """Word order: the actor of an article, a proxy noun and "de" at ``index``, or ``index``.

        "les *forces de* la république populaire de Donetsk": the actor after "de".
        """
        doc = self.view.doc
        if index + 3 >= len(doc) or doc[index].pos_ != "DET":
            return index
        proxy, de = doc[index + 1], doc[index + 2]
        if proxy.lower_ in self.proxies and de.lower_ in DE and index + 3 in self.view.actors:
            return index + 3
        return index

    def _conjuncts(self, token: Token) -> list[int]:
        return [c.i for c in token.children if c.dep_ == "conj" and c.i in self.view.actors]

    def _is_passive(self, verb: Token) -> bool:
        """Whether a verb is passive; "X est tombé / entré" (a verb taking *être*) is not."""
        if verb.lemma_.lower() in _ETRE_VERBS:
            return False
        return any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in verb.children) or (
            "Pass" in verb.morph.get("Voice", [])
        )

    def _subject_token(self, verb: Token, deps: frozenset[str]) -> list[int]:
        """The actors of the verb's subject; a stray article read as a second subject is passed.

        "Le , le MJE et l'ALS ont formé ...": a date the source text lost leaves "Le" behind.
        """
        for child in verb.children:
            if child.dep_ in deps and child.pos_ in {"DET", "PUNCT"}:
                continue  # a stray article read as a subject ("Le , le MJE et Y ont formé")
            if child.dep_ in deps:
                if child.lower_ in RELATIVE and verb.dep_ == "acl:relcl":
                    return self.actors_at(verb.head)
                if child.lower_ in PERSONAL and child.i not in self.view.actors:
                    return self._antecedent(child, verb)
                if child.pos_ == "DET" and child.i not in self.view.actors:
                    continue
                return self.actors_at(child)
        return []

    def _antecedent(self, pronoun: Token, verb: Token) -> list[int]:
        """The actor a subject pronoun stands for, when its gender and number allow it.

        In a clause under another verb ("X a annoncé qu'*elles* allaient ..."), the subject of
        that verb; for the first word of a sentence ("*Il* a été formé pour combattre Y"), the
        subject of the sentence before.
        """
        candidates: list[int] = []
        # a verb the parser hangs on the sentence before is no clause under another verb
        same_unit = self.view.unit_of(verb.head.i) == self.view.unit_of(verb.i)
        if verb.dep_ in _CLAUSE and verb.head.i != verb.i and same_unit:
            candidates = [c.i for c in verb.head.children if c.dep_ in _SUBJECT | _PASSIVE_SUBJECT]
        elif self._opens_unit(pronoun):
            candidates = self._previous_subject(pronoun)
            self.resolved.update(candidates)
        return [
            i
            for i in candidates
            if i in self.view.actors and _agree(pronoun, self.view.doc[i]) is not False
        ][:1]

    def _opens_unit(self, token: Token) -> bool:
        unit = self.view.unit_of(token.i)
        return token.i == 0 or self.view.unit_of(token.i - 1) != unit

    def _previous_subject(self, token: Token) -> list[int]:
        """The subject actor of the main verb of the sentence unit before ``token``'s.

        Where the parse gives none, an actor that opens that sentence ("X (...), est un
        groupe ...") is its topic.
        """
        unit = self.view.unit_of(token.i)
        if unit == 0:
            return []
        start, end = self.view.unit_span(unit - 1)
        span = self.view.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return []
        first = span[0].i
        if first + 1 < len(self.view.doc) and self.view.doc[first].pos_ == "DET":
            first += 1
        opening = [first] if first in self.view.actors else []

        # the main verb: the root, or a verb the parser hangs outside the sentence
        def main(verb: Token) -> bool:
            return verb.dep_ == "ROOT" or not span.start <= verb.head.i < span.end

        return [
            t.i
            for t in span
            if t.dep_ in _SUBJECT | _PASSIVE_SUBJECT and main(t.head) and t.i in self.view.actors
        ] or opening

    def _complements(self, token: Token, depth: int = _DEPTH) -> Iterator[Token]:
        """Dependents of ``token`` along complement links (not into other clauses)."""
        for child in token.children:
            if child.dep_.startswith(_COMPLEMENT) or child.dep_ == "conj":
                yield child
                if depth > 1 and child.dep_ != "conj":
                    yield from self._complements(child, depth - 1)

    def _right(self, trigger: Token, words: frozenset[str], window: int = _WINDOW) -> list[int]:
        """Word order: the first of ``words`` within ``window`` tokens after the trigger.

        No verb, punctuation or actor may come before it; the actor (or proxy) just after it is
        the argument.
        """
        doc = self.view.doc
        for i in range(trigger.i + 1, min(trigger.i + 1 + window, len(doc))):
            token = doc[i]
            if token.lower_ in words:
                return self._actor_after(i)
            complement = i in self.view.actors and doc[i - 1].lower_ in DE | {"et"}
            if complement:  # "les victoires du GFT et de l'armée contre Y"
                continue
            if i in self.view.actors or token.is_punct or token.pos_ in {"VERB", "AUX"}:
                return []
        return []

    def _actor_after(self, index: int, depth: int = 2) -> list[int]:
        doc = self.view.doc
        for i in range(index + 1, min(index + 4, len(doc))):
            if i in self.view.actors:
                return self.actors_at(doc[i])
            token = doc[i]
            if token.lower_ in self.proxies:  # "les troupes (kurdes) des YPG"
                de = i + 2 if i + 2 < len(doc) and doc[i + 1].pos_ == "ADJ" else i + 1
                if de + 1 < len(doc) and doc[de].lower_ in DE and de + 1 in self.view.actors:
                    return self.actors_at(doc[de + 1])
                if depth > 1 and de < len(doc) and doc[de].lower_ in DE:
                    return self._actor_after(de, depth - 1)  # "une dizaine de soldats de Y"
                return []
            if token.pos_ not in {"DET", "ADJ", "NUM"}:
                return []
        return []

    def nearest_before(self, trigger: Token) -> list[int]:
        """Word order: the nearest actor before the trigger in its clause, not a complement.

        No punctuation or verb may come between; a relative pronoun stands for the actor just
        before it ("X, qui ..."); an actor after a preposition ("les soldats de X") is no
        subject.
        """
        doc = self.view.doc
        for i in range(trigger.i - 1, max(trigger.i - _WINDOW, -1), -1):
            token = doc[i]
            if i in self.view.actors:
                return [] if self._complement(i) else self.actors_at(token)
            if token.lower_ in RELATIVE:  # "X, qui s'opposaient à Y": the antecedent
                return self._relative_antecedent(i)
            if token.is_punct or token.pos_ == "VERB":
                return []
        return []

    def _relative_antecedent(self, pronoun: int) -> list[int]:
        """Word order: the actor just before a relative pronoun, or before its comma."""
        doc = self.view.doc
        antecedent = pronoun - 2 if pronoun >= 2 and doc[pronoun - 1].lower_ == "," else pronoun - 1
        return self.actors_at(doc[antecedent]) if antecedent in self.view.actors else []

    def nearest_after(self, trigger: Token) -> list[int]:
        """Word order: the nearest actor (or proxy's actor) after the trigger in its clause.

        Another noun before it ends the search: "affrontent la branche locale de Y" says
        nothing of Y itself.
        """
        doc = self.view.doc
        for i in range(trigger.i + 1, min(trigger.i + 1 + _WINDOW, len(doc))):
            token = doc[i]
            if i in self.view.actors:
                return self.actors_at(token)
            if token.lower_ in self.proxies:
                return self._actor_after(i - 1)
            if token.is_punct or token.pos_ in {"VERB", "NOUN"} or token.lower_ in RELATIVE:
                return []
        return []

    # --- roles ---------------------------------------------------------------------------------

    def _subject(self, trigger: Token, _: Role) -> list[int]:
        """The subject; up to three coordinated or embedded verbs up ("X a commencé à frapper")."""
        verb = trigger
        for step in range(3):
            if self._is_passive(verb):
                # "X a été formé pour combattre Y": an embedded verb takes the passive subject
                return self._subject_token(verb, _PASSIVE_SUBJECT) if step else []
            etre = verb.lemma_.lower() in _ETRE_VERBS  # its subject is read as a passive one
            deps = _SUBJECT | _PASSIVE_SUBJECT if etre else _SUBJECT
            found = self._subject_token(verb, deps)
            if found or self._own_subject(verb, deps):
                return found
            if verb.dep_ == "acl" and "Pres" in verb.morph.get("Tense", []):
                return self.actors_at(verb.head)  # "l'armée ..., frappant les FSR"
            controller = self._controller(verb)
            if controller is not None:
                return controller
            if verb.dep_ not in _INHERITS_SUBJECT or verb.head.pos_ in _NOMINAL:
                return []
            if verb.dep_ == "conj" and _finite(verb) and _present_participle(verb.head):
                # "X ... à la tête des soldats appartenant à Z et *avait commencé* à attaquer
                # Y": a finite verb is no conjunct of a participle inside a complement
                return []
            verb = verb.head
        return []

    def _own_subject(self, verb: Token, deps: frozenset[str]) -> bool:
        """Whether ``verb`` has a noun subject of its own, an actor or not.

        Such a verb takes no subject from the verb it is coordinated with: in "X soutient Y,
        tandis que *les nations communistes* soutiennent Z", X does not support Z.
        """
        return any(c.dep_ in deps and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)

    def _controller(self, verb: Token) -> list[int] | None:
        """The object that is the subject of an infinitive, or ``None`` when there is none.

        "X accuse *Y* de soutenir Z", "X demande *à Y* de frapper Z": the object (or the "à"
        complement) of the verb an infinitive complements is its subject; so is the actor an
        infinitive hangs on ("X demande à *Y* de cesser de soutenir Z"). "promettre à Y de"
        keeps the subject.
        """
        if "Inf" not in verb.morph.get("VerbForm", []) or verb.head.i == verb.i:
            return None
        head = verb.head
        if verb.dep_ == "acl" and head.i in self.view.actors:
            governor = head.head
            return None if governor.lemma_.lower() in _SUBJECT_CONTROL else self.actors_at(head)
        if verb.dep_ != "xcomp" or head.pos_ != "VERB" or head.lemma_.lower() in _SUBJECT_CONTROL:
            return None
        for child in head.children:
            recipient = child.dep_.startswith(("obl", "iobj")) and bool(_case(child) & _TO)
            if child.i < verb.i and (child.dep_ == "obj" or recipient):
                found = self.actors_at(child)
                if found:
                    return found
        return None

    def _complement(self, index: int) -> bool:
        """Whether the actor at ``index`` follows a preposition (not "les soldats *de* X")."""
        doc = self.view.doc
        if index == 0 or doc[index - 1].lower_ not in COMPLEMENT_MARKERS:
            return False
        if doc[index - 1].lower_ not in DE:
            return True
        # "les rebelles (touaregs) du CSP": a proxy noun, maybe with an adjective, before "de"
        nouns = [doc[i].lower_ for i in range(max(index - 3, 0), index - 1)]
        return not self.proxies & set(nouns)

    def _subject_by_order(self, trigger: Token, _: Role) -> list[int]:
        """The actor just before a verb, with only auxiliaries, adverbs, clitics or "qui".

        A verb after "et" takes the subject of the verb before it ("volant ... et frappant").
        """
        if trigger.pos_ not in {"VERB", "AUX", "ADJ"} or self._is_passive(trigger):
            return []
        doc = self.view.doc
        governing = self._governing_verb(trigger)
        if governing is not None:  # "X aident à repousser Y": the subject of "aident"
            return self._subject_by_order(governing, Role("subject"))
        if trigger.i > 0 and doc[trigger.i - 1].lower_ == "et":
            for i in range(trigger.i - 2, max(trigger.i - 8, -1), -1):
                if doc[i].pos_ == "VERB":
                    return self._subject(doc[i], Role("subject"))
                if i in self.view.actors or doc[i].is_punct:
                    break
            # "X attaquent et prennent Y": one word between, a verb the tagger misread
            first = trigger.i - 3
            between = doc[first + 1] if first >= 0 else None
            one_word = between is not None and between.is_lower and not between.is_punct
            if one_word and first in self.view.actors and not self._complement(first):
                return self.actors_at(doc[first])
        for i in range(trigger.i - 1, max(trigger.i - 5, -1), -1):
            token = doc[i]
            if i in self.view.actors:
                return [] if self._complement(i) else self.actors_at(token)
            if token.lower_ in RELATIVE and i - 1 not in self.view.actors:
                return self._apposed_relative(i)
            if not (token.pos_ in _SKIP_BEFORE_VERB or token.lower_ in RELATIVE | {","}):
                return []
        return []

    def _governing_verb(self, infinitive: Token) -> Token | None:
        """Word order: the finite verb written just before "à" / "de" and an infinitive.

        "X aident *à* repousser Y", "X tentent *de* reprendre Y": the infinitive has the
        subject of that verb (no object may come between: "X demande à Y de frapper Z").
        """
        doc, i = self.view.doc, infinitive.i
        if "Inf" not in infinitive.morph.get("VerbForm", []) or i < 2:
            return None
        verb = doc[i - 2]
        marked = doc[i - 1].lower_ in {"à", "de", "d'"}
        return verb if marked and verb.pos_ == "VERB" and verb.i not in self.view.actors else None

    def _apposed_relative(self, pronoun: int) -> list[int]:
        """Word order: the actor a "qui" stands for through an apposed noun before it.

        "X, un groupe kurde dissident *qui* a rompu avec Y": after the comma, an article, a
        noun and its adjectives (which the tagger may read as verbs); no actor, preposition
        or other punctuation between.
        """
        doc = self.view.doc
        for i in range(pronoun - 1, max(pronoun - _APPOSED_WORDS, 0), -1):
            token = doc[i]
            if token.lower_ == "," and i - 1 in self.view.actors:
                words = doc[i + 1 : pronoun]
                noun = any(t.pos_ == "NOUN" for t in words)
                return self.actors_at(doc[i - 1]) if noun and words[0].pos_ == "DET" else []
            if i in self.view.actors or token.is_punct or token.pos_ in {"ADP", "CCONJ"}:
                return []
        return []

    def _passive_subject(self, trigger: Token, _: Role) -> list[int]:
        found = self._subject_token(trigger, _PASSIVE_SUBJECT | _SUBJECT)
        if found and self._is_passive(trigger):
            return found
        held = [c for c in trigger.children if c.dep_ in _PASSIVE_SUBJECT]
        if held and self._is_passive(trigger) and self.held_by:
            found = self._held_before(held[0], trigger)  # "Contrôlée par Y, la ville est prise"
            if found:
                return found
        if trigger.dep_.startswith("acl") and "Past" in trigger.morph.get("Tense", []):
            if trigger.head.i in self.view.actors and _agree(trigger, trigger.head) is False:
                return []  # "les Forces ... avec le soutien de la coalition menée par": word order
            head = trigger.head
            found = self.actors_at(head) or self._copula_subject(head) or self._apposed(head)
            # "X, un chef de Z rallié à Y": the parser may leave the apposed noun unattached, or
            # take it for the subject of the main verb ("X, un mouvement allié à Y, a tiré")
            return found or (self._apposed_by_order(head) if head.dep_ in _LOOSE_APPOSITION else [])
        return []

    def _apposed(self, noun: Token) -> list[int]:
        """The actor a common noun is in apposition to ("X, *un groupe* lié à Y").

        The parser often reads the apposition as a conjunct: only a comma, articles and
        adjectives may come between the actor and the noun.
        """
        head = noun.head
        if noun.dep_ not in {"appos", "conj"} or head.i not in self.view.actors:
            return []
        return self._apposed_by_order(noun) if head.i == self._apposed_by_order_index(noun) else []

    def _apposed_by_order_index(self, noun: Token) -> int | None:
        """Word order: the actor before ", (articles, adjectives) noun", else ``None``."""
        if noun.i in self.view.actors or noun.pos_ != "NOUN":
            return None
        doc, i = self.view.doc, noun.i - 1
        while i >= 0 and doc[i].pos_ in {"DET", "ADJ"} and i > noun.i - 4:
            i -= 1
        if i >= 1 and doc[i].lower_ == "," and i - 1 in self.view.actors:
            return i - 1
        return None

    def _apposed_by_order(self, noun: Token) -> list[int]:
        index = self._apposed_by_order_index(noun)
        return [] if index is None else self.actors_at(self.view.doc[index])

    def _copula_subject(self, noun: Token) -> list[int]:
        """The actor a predicate noun is said of ("X est *l'administration* établie par Y")."""
        if noun.i in self.view.actors or not any(c.dep_ == "cop" for c in noun.children):
            return []
        return [i for c in noun.children if c.dep_ == "nsubj" for i in self.actors_at(c)]

    def _passive_subject_by_order(self, trigger: Token, role: Role) -> list[int]:
        """The actor just before a past participle ("X, soutenu par", "X soutenus par")."""
        if "Past" not in trigger.morph.get("Tense", []) and trigger.pos_ != "ADJ":
            return []
        doc = self.view.doc
        if self._opens_unit(trigger):  # "Composée de X, *la Seleka* se caractérise par ..."
            return self._fronted_subject(trigger)
        earlier = self._coordinated_participle(trigger)
        if earlier is not None:  # "Y — dirigée par X et *affiliée* à Z": Y's participles
            return self._passive_subject(earlier, role) or self._passive_subject_by_order(
                earlier, role
            )
        for i in range(trigger.i - 1, max(trigger.i - 5, -1), -1):
            if i in self.view.actors:
                complement = self._complement(i) and not self._agrees_instead(trigger, doc[i])
                if complement and not self._of_actor(trigger, i):
                    return []
                return self.actors_at(doc[i])
            if not (doc[i].pos_ in _SKIP_BEFORE_VERB or doc[i].lower_ in RELATIVE | _SET_OFF):
                # "X, un groupe (militant djihadiste) lié à Y": the noun the participle
                # follows, past its adjectives, is X's apposition
                noun = self._noun_before_adjectives(trigger)
                return self._apposed_by_order(noun) if noun is not None else []
        return []

    def _noun_before_adjectives(self, trigger: Token) -> Token | None:
        """The noun written just before ``trigger``, past up to two adjectives, or ``None``."""
        doc = self.view.doc
        i = trigger.i - 1
        while i >= 0 and i > trigger.i - 3 and doc[i].pos_ == "ADJ" and i not in self.view.actors:
            i -= 1
        return doc[i] if i >= 0 and doc[i].pos_ == "NOUN" else None

    def _fronted_subject(self, participle: Token) -> list[int]:
        """Word order: the actor just after the comma that closes a fronted participle phrase.

        "Composée en partie de mercenaires, *la Seleka* se caractérise par ...": the participle
        opens the sentence and agrees with the subject that follows its phrase.
        """
        doc = self.view.doc
        for i in range(participle.i + 1, min(participle.i + _FAR, len(doc) - 1)):
            if doc[i].lower_ in {".", ";", ":"}:
                return []
            if doc[i].lower_ == "," and i + 1 in self.view.actors and i + 1 < len(doc):
                subject = doc[i + 1]
                if subject.dep_ in _SUBJECT | _PASSIVE_SUBJECT and _agree(participle, subject):
                    return self.actors_at(subject)
        return []

    def _of_actor(self, participle: Token, index: int) -> bool:
        """Whether the actor at ``index`` is the "de" complement of an actor and agrees.

        "les djihadistes de *la katiba Macina* — dirigée par X": the participle agrees with the
        second actor, which the parser may hang on another noun.
        """
        doc = self.view.doc
        return (
            index >= 2
            and doc[index - 1].lower_ in DE
            and index - 2 in self.view.actors
            and _agree(participle, doc[index]) is True
        )

    def _coordinated_participle(self, participle: Token) -> Token | None:
        """Word order: the past participle a participle after "et" is coordinated with.

        "la katiba — dirigée par X et *affiliée* à Y —": the parser often hangs the second
        participle on X; both are said of the noun the first one follows. Only the agent
        phrase of the first participle may come between (no verb, no sentence punctuation).
        """
        doc = self.view.doc
        if participle.i < 2 or doc[participle.i - 1].lower_ != "et":
            return None
        for i in range(participle.i - 2, max(participle.i - _WINDOW, -1), -1):
            token = doc[i]
            if token.pos_ in {"VERB", "ADJ"} and "Part" in token.morph.get("VerbForm", []):
                return token if _agree(token, participle) is not False else None
            if token.is_punct or token.pos_ in {"VERB", "AUX"}:
                return None
        return None

    def _agrees_instead(self, participle: Token, actor: Token) -> bool:
        """Whether a participle agrees with a "de" actor and not with the noun it complements.

        "le soutien de la coalition *menée* par X": "menée" (feminine) is said of the coalition,
        not of "soutien" (masculine); "opposant X à *l'armée*, commandée par Z": of the army, not
        of the person X.
        """
        governor = actor.head
        if governor.i == actor.i or _agree(participle, actor) is not True:
            return False
        if governor.i in self.view.actors:  # a name has no gender: only a noun that agrees
            return _agree(participle, governor) is not True
        if governor.pos_ == "VERB":  # "signé par *le gouvernement P.*, déjà composé de X"
            return True
        return _agree(participle, governor) is False

    def _by(self, trigger: Token, _: Role) -> list[int]:
        """The agent of a passive: the first "par" complement that is an actor.

        "attaquée *par surprise* par X": X, not "surprise".
        """
        for child in trigger.children:
            agent = child.dep_.startswith(_COMPLEMENT) and bool(_case(child) & PAR)
            if child.dep_ == "obl:agent" or agent:
                found = self.actors_at(child) or self._person_named(child)
                if found or child.dep_ == "obl:agent":
                    return found
        return []

    def _person_named(self, noun: Token) -> list[int]:
        """The person a title noun names after a comma: "dirigées par *le chef* de Y, X".

        The person is in apposition to the noun, or written right after the comma that closes
        the noun's phrase.
        """
        if noun.i in self.view.actors or noun.pos_ != "NOUN":
            return []
        for child in noun.children:
            if child.dep_ == "appos" and child.i in self.view.actors and self._person(child.i):
                return [child.i]
        doc, last = self.view.doc, noun.right_edge.i
        comma = last if doc[last].lower_ == "," else last + 1  # the parser may hang it on noun
        if comma + 1 < len(doc) and doc[comma].lower_ == "," and self._person(comma + 1):
            return [comma + 1]
        return []

    def _by_by_order(self, trigger: Token, _: Role) -> list[int]:
        return self._right(trigger, PAR, window=3)

    def _object(self, trigger: Token, _: Role) -> list[int]:
        if self._is_passive(trigger):
            return []
        for child in trigger.children:
            if child.dep_ == "obj":
                return self.actors_at(child) or self._held(child, trigger)
        return []

    def _object_by_order(self, trigger: Token, _: Role) -> list[int]:
        """Word order: the actor just after the verb, past adverbs and adverbial phrases.

        "X combat *à la fois* Y et Z", "X frappe *désormais* Y", "X a bombardé, lundi, une
        base de Y": the parser often hangs Y on the adverbial phrase rather than on the verb.
        """
        if trigger.pos_ != "VERB" or self._is_passive(trigger):
            return []
        doc, i = self.view.doc, trigger.i
        adverbial = {
            t.i for c in trigger.children if c.dep_ in _ADVERBIAL and c.i > i for t in c.subtree
        }
        while i + 1 < len(doc) and i + 1 not in self.view.actors:
            # the commas around it too: "X a bombardé, lundi 26 mars, une base de Y"
            comma = doc[i + 1].lower_ == "," and (i in adverbial or i + 2 in adverbial)
            if not (doc[i + 1].pos_ == "ADV" or i + 1 in adverbial or comma):
                break
            i += 1
        return self._actor_after(i)

    def _prep(self, trigger: Token, role: Role) -> list[int]:
        for head in (trigger, *self._performed(trigger)):
            for token in self._complements(head):
                if _case(token) & role.words:
                    found = self.actors_at(token) or self._held(token, trigger)
                    if found:
                        return found
        return self._participle_object(trigger, role) or self.on_last_conjunct(trigger, role)

    def on_last_conjunct(self, trigger: Token, role: Role) -> list[int]:
        """A complement of ``role.words`` the parser hangs on the last conjunct of the object.

        "opposant X et Y *au* Front Polisario": the "à" phrase goes with the verb, not with Y.
        """
        for child in trigger.children:
            if child.dep_ != "obj":
                continue
            last = max(
                (c for c in child.children if c.dep_ == "conj"), key=lambda c: c.i, default=None
            )
            for token in last.children if last is not None else ():
                if token.dep_ == "nmod" and _case(token) & role.words:
                    return self.actors_at(token)
        return []

    def _participle_object(self, trigger: Token, role: Role) -> list[int]:
        """The object of a participle of ``role.words`` on the trigger noun.

        "des frappes *visant* des bastions de Y", "une attaque *ciblant* Y": the participle
        plays the preposition.
        """
        participles = [c for c in trigger.children if c.dep_.startswith("acl")]
        participles += [c for p in participles for c in p.children if c.dep_.startswith("acl")]
        for child in participles:  # "des frappes ciblées visant Y": one under the other
            if child.lower_ in role.words:
                for complement in child.children:
                    if complement.dep_ == "obj":
                        found = self.actors_at(complement)
                        if found:
                            return found
        return []

    def _each_prep(self, trigger: Token, role: Role) -> list[int]:
        """The list written right after the trigger: "composé *d'*X, *de* Y et *de* Z".

        Each item is an actor introduced by one of ``role.words`` (the first one must be);
        only commas and "et" may come between them: "composé d'anciens rebelles de X" names
        no member. Adverbs and an "en partie" phrase may come before the list ("composée *en
        partie* de mercenaires").
        """
        doc = self.view.doc
        found: list[int] = []
        introduced = False
        for i in range(self._after_hedge(trigger), min(trigger.i + 1 + _FAR, len(doc))):
            token = doc[i]
            if token.lower_ in role.words:
                introduced = True
            elif i in self.view.actors and (introduced or found):
                found.append(i)
                introduced = False
            elif not (found and token.lower_ in {",", "et"}):
                break
        return found

    def _after_hedge(self, trigger: Token) -> int:
        """The index after the adverbs and "en (grande) partie" phrase right after a trigger."""
        doc, i = self.view.doc, trigger.i + 1
        while i < len(doc) and _adverb(doc[i]):
            i += 1
        if i < len(doc) and doc[i].lower_ == "en":
            for j in range(i + 1, min(i + 3, len(doc))):
                if doc[j].pos_ == "NOUN" and doc[j].dep_ == "obl:mod":
                    return j + 1
                if doc[j].pos_ != "ADJ":
                    break
        return i

    def _performer(self, trigger: Token, _: Role) -> list[int]:
        """The agent of a ``performed_by`` participle of the trigger ("l'offensive menée par X")."""
        for participle in self._performed(trigger):
            found = self._by(participle, Role("by")) or self._right(participle, PAR, window=3)
            if found:
                return found
        return []

    def _held(self, place: Token, trigger: Token) -> list[int]:
        """The holder of a place complement: "(une offensive sur) la ville *tenue par* Y".

        The participle is read on the place or, where the parser hangs it there, on the trigger
        after the place. Its agent is found by the parse, then by word order after "par".
        """
        if not self.held_by or place.i in self.view.actors:
            return []
        participles = [
            c
            for head in (place, trigger)
            for c in head.children
            if c.dep_.startswith("acl") and c.i > place.i and c.lemma_.lower() in self.held_by
        ]
        for participle in participles:
            found = self._by(participle, Role("by")) or self._right(participle, PAR, window=3)
            if found:
                return found
        return []

    def _held_before(self, place: Token, verb: Token) -> list[int]:
        """The holder of a place named by a fronted participle of the verb.

        "(Initialement) *contrôlée par* Y, la ville est attaquée par X": the city stands for Y.
        """
        if place.i in self.view.actors:
            return []
        for participle in verb.children:
            fronted = participle.dep_ == "advcl" and participle.i < place.i
            if fronted and participle.lemma_.lower() in self.held_by:
                found = self._by(participle, Role("by"))
                if found:
                    return found
        return []

    def _prep_by_order(self, trigger: Token, role: Role) -> list[int]:
        """Word order: ``role.words`` after the trigger, or after the agent of its participle.

        "l'offensive est lancée par X, un groupe allié à Z, *contre* Y": after the agent and
        the apposition set off by commas after it.
        """
        found = self._right(trigger, role.words)
        for participle in self._performed(trigger):
            if found:
                break
            agent = self._by(participle, Role("by"))
            if agent:
                found = self._right(self.view.doc[self._after_apposition(max(agent))], role.words)
        return found

    def _after_apposition(self, index: int) -> int:
        """The comma that closes an apposition set off by commas after ``index``, or ``index``.

        The apposition holds no verb of its own clause, no "qui" and no other actor but as a
        complement ("un groupe allié *à* Z").
        """
        doc = self.view.doc
        if index + 1 >= len(doc) or doc[index + 1].lower_ != ",":
            return index
        for i in range(index + 2, min(index + 2 + _APPOSITION_WORDS, len(doc))):
            token = doc[i]
            if token.lower_ == ",":
                return i if i > index + 2 else index
            if token.lower_ in RELATIVE or token.pos_ == "AUX" or token.is_punct:
                return index
            if i in self.view.actors and doc[i - 1].lower_ not in COMPLEMENT_MARKERS:
                return index
        return index

    def _verb_prep(self, trigger: Token, role: Role) -> list[int]:
        """The recipient of a verb of giving: "X fournit des armes *à* Y", "accorde l'asile *à* Y".

        The complement hangs on the trigger verb or its direct object, or, for a trigger noun,
        on the noun or on the verb it is the direct object of.
        """
        heads = [trigger, *self._performed(trigger)]
        if trigger.pos_ == "VERB":
            heads.extend(c for c in trigger.children if c.dep_ == "obj")
        elif trigger.dep_ == "obj" and trigger.head.pos_ == "VERB":
            heads.append(trigger.head)
        for head in heads:
            for child in head.children:
                if child.dep_.startswith(_COMPLEMENT) and _case(child) & role.words:
                    found = self.actors_at(child)
                    if found:
                        return found
        return []

    def _verb_prep_by_order(self, trigger: Token, role: Role) -> list[int]:
        found = self._right(trigger, role.words)
        for participle in self._performed(trigger):  # "fournies par X *à* Y": after the agent
            if found:
                break
            agent = self._by(participle, Role("by"))
            found = self._right(self.view.doc[max(agent, default=participle.i)], role.words)
        return found

    def _of(self, trigger: Token, _: Role) -> list[int]:
        """A "de" complement; also one level down ("commandant en chef de l'armée").

        An organisation written right after the noun without a preposition counts too, as an
        adjective would ("un politicien houthi", "un commandant Hezbollah").
        """
        for child in trigger.children:
            if child.dep_ == "nmod" and _case(child) & DE:
                found = self.actors_at(child)
                if found:
                    return found
        following = trigger.i + 1
        if following < len(self.view.doc) and following in self.view.actors:
            actor = self.view.doc[following]
            uncased = actor.head.i == trigger.i and not _case(actor)
            if uncased and actor.dep_ in _UNCASED and not self._person(following):
                return [following]
        for child in trigger.children:
            if child.dep_ == "nmod" and child.i not in self.view.actors:
                for grandchild in child.children:
                    if grandchild.dep_ == "nmod" and _case(grandchild) & DE:
                        found = self.actors_at(grandchild)
                        if found:
                            return found
        return self._whose(trigger)

    def _whose(self, trigger: Token) -> list[int]:
        """The actor "dont" stands for ("de" + the noun its relative clause hangs on).

        "Y, *dont* X est le chef", "Y, dont l'offensive ...": the words the trigger heads start
        with the "dont" of a relative clause the trigger is in.
        """
        if trigger.left_edge.lower_ != "dont":
            return []
        clause = trigger
        for _step in range(_DEPTH):
            if clause.dep_ == "acl:relcl":
                return self.actors_at(clause.head)
            if clause.head.i == clause.i:
                break
            clause = clause.head
        return []

    def _among(self, trigger: Token, _: Role) -> list[int]:
        """Who is counted among the trigger: "X compte / figure *parmi* les fondateurs de Y".

        The subject of the verb the "parmi" phrase depends on, or, when the phrase comes first
        ("Parmi les dirigeants de Y figure X"), the actor after that verb.
        """
        verb = trigger.head
        if not _case(trigger) & AMONG or verb.pos_ != "VERB":
            return []
        found = self._subject(verb, Role("subject"))
        if found or trigger.i > verb.i:
            return found
        return [
            i
            for c in verb.children
            if c.i > verb.i and c.dep_ in {"obj", "nsubj"}
            for i in self.actors_at(c)
        ][:1]

    def _among_by_order(self, trigger: Token, _: Role) -> list[int]:
        """Word order: "X compte parmi (les) fondateurs": the subject of the verb before."""
        doc = self.view.doc
        i = trigger.i - 1
        while i >= 0 and doc[i].pos_ in {"DET", "ADJ"} and i > trigger.i - 3:
            i -= 1
        if i < 1 or doc[i].lower_ not in AMONG or doc[i - 1].pos_ != "VERB":
            return []
        return self._subject_by_order(doc[i - 1], Role("subject"))

    def _possessor_before(self, trigger: Token, _: Role) -> list[int]:
        """The owner of a possessive on the trigger, written in the sentence before.

        "Y a été créé en 1987. X comptait parmi *ses* fondateurs": the subject of the sentence
        before, when the possessive's number (son, sa, ses: one owner; leur, leurs: several)
        agrees with it.
        """
        possessives = [
            c for c in trigger.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss", [])
        ]
        if not possessives:
            return []
        owners = "Plur" if possessives[0].lower_.startswith("leur") else "Sing"
        first = self.view.unit_tokens(self.view.unit_of(trigger.i))[0]
        candidates = [
            i
            for i in self._previous_subject(first)
            if owners in self.view.doc[i].morph.get("Number", [owners])
        ][:1]
        self.resolved.update(candidates)
        return candidates

    def _of_by_order(self, trigger: Token, _: Role) -> list[int]:
        """Word order: "de X" just after the trigger, or the actor before "(,) dont ... trigger"."""
        found = self._right(trigger, DE, window=3)
        if found:
            return found
        doc = self.view.doc
        for i in range(trigger.i - 1, max(trigger.i - _WINDOW, 0), -1):
            if doc[i].lower_ == "dont":
                return self._relative_antecedent(i)
            if doc[i].is_punct:
                return []
        return []

    def _governor_subject(self, trigger: Token, role: Role) -> list[int]:
        if (
            trigger.dep_ == "conj"
            and trigger.head.pos_ == "NOUN"
            and trigger.i not in self.view.actors
        ):
            trigger = trigger.head  # "X reçoit des drones et des *missiles*": as "drones"
        head = trigger.head
        governed = trigger.dep_.startswith(("obj", "obl"))
        if self._on_object(trigger, role):  # "X ouvrent un corridor avec le soutien de Y"
            governed, head = True, head.head
        if head.i == trigger.i or head.pos_ != "VERB" or not governed:
            return []
        if role.words and not (_case(trigger) | {head.lemma_.lower()}) & role.words:
            return []
        return self._subject(head, Role("subject"))

    def _on_object(self, trigger: Token, role: Role) -> bool:
        """Whether a phrase introduced by one of ``role.words`` hangs on a verb's object noun.

        "X ouvrent un corridor *avec* le soutien de Y": the parser hangs the "avec" phrase on
        "corridor"; it says how X acts, so it goes with the verb.
        """
        head = trigger.head
        return (
            bool(role.words & _case(trigger))
            and trigger.dep_ == "nmod"
            and head.pos_ == "NOUN"
            and head.i not in self.view.actors
            and head.dep_ in {"obj", "obl:arg", "obl:mod"}
            and head.head.pos_ == "VERB"
        )

    def _governor_subject_by_order(self, trigger: Token, role: Role) -> list[int]:
        """Word order: the subject of the nearest verb before the trigger noun.

        "X est entré dans la ville à la tête de Y", where the parser hangs "tête" on "ville".
        With ``role.words``, one of them (a word, or a verb's lemma) must introduce the noun
        ("*à* la tête", "*a pris* la tête"). No actor or sentence punctuation may come between
        the verb and the noun.
        """
        doc = self.view.doc
        i = trigger.i - 1
        while i >= 0 and doc[i].pos_ in {"DET", "ADJ"} and i > trigger.i - 3:
            i -= 1
        introduced = i >= 0 and bool({doc[i].lower_, doc[i].lemma_.lower()} & role.words)
        if role.words and not introduced:
            return []
        for j in range(i, max(trigger.i - _WINDOW, -1), -1):
            token = doc[j]
            if j in self.view.actors or token.lower_ in {";", ":", ".", "(", ")"}:
                return []
            if token.pos_ == "VERB":
                return self._subject(token, Role("subject")) or self._subject_by_order(
                    token, Role("subject")
                )
        return []

    def _possessor(self, trigger: Token, role: Role) -> list[int]:
        if any(c.dep_ == "det" and "Yes" in c.morph.get("Poss", []) for c in trigger.children):
            return self._governor_subject(trigger, Role("governor_subject"))
        return []

    def _owner_subject(self, trigger: Token, role: Role) -> list[int]:
        """The owner of a possessive on the trigger: the subject of the clause it is in.

        "X a revendiqué l'attaque par la voix de *son* porte-parole, Y": up to three complement
        links up to the verb, whose subject must agree in number with the possessive (son, sa,
        ses: one owner; leur, leurs: several). With ``role.words``, the trigger or a noun on
        the way must be one of them or be introduced by one ("*par* son porte-parole", "par
        la *voix* de"): "X a annoncé la mort de son porte-parole" says nothing of X.
        """
        possessives = [
            c for c in trigger.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss", [])
        ]
        if not possessives:
            return []
        owners = "Plur" if possessives[0].lower_.startswith("leur") else "Sing"
        head, introduced = trigger, bool(_case(trigger) & role.words)
        for _step in range(_DEPTH):
            if not head.dep_.startswith(("nmod", "obl", "obj")) or head.head.i == head.i:
                return []
            head = head.head
            if head.pos_ == "VERB":
                if role.words and not introduced:
                    return []
                found = self._subject(head, Role("subject"))
                number = self.view.doc
                return [i for i in found if owners in number[i].morph.get("Number", [owners])]
            introduced = introduced or bool(({head.lower_} | _case(head)) & role.words)
        return []

    def _set_off(self, trigger: Token, _: Role) -> list[int]:
        """The actor before the comma that opens the trigger's phrase: "X, *à la tête* de Y,".

        Only prepositions and articles may come between the comma and the trigger noun.
        """
        doc, i = self.view.doc, trigger.i - 1
        while i >= 0 and doc[i].pos_ in {"DET", "ADP"} and i > trigger.i - 4:
            i -= 1
        if i >= 1 and doc[i].lower_ == "," and i - 1 in self.view.actors:
            return self.actors_at(doc[i - 1])
        return []

    def _coordinated(self, trigger: Token, _: Role) -> list[int]:
        """The actor a trigger noun is coordinated with ("les FSR et *leurs alliés*")."""
        if trigger.dep_ == "conj" and trigger.head.i in self.view.actors:
            return [trigger.head.i]
        return []

    def _coordinated_by_order(self, trigger: Token, _: Role) -> list[int]:
        doc = self.view.doc
        i = trigger.i - 1
        while i >= 0 and doc[i].pos_ in {"DET", "ADJ"} and i > trigger.i - 3:
            i -= 1
        if i >= 1 and doc[i].lower_ == "et" and i - 1 in self.view.actors:
            return [i - 1]
        return []

    # --- membership roles: the owner of a possessive title or branch noun ------------------------

    def _object_list(self, trigger: Token, role: Role) -> list[int]:
        """The direct object and the actors of the comma list it opens: "regroupe A, B et C".

        By word order after the first item: a comma or "et", an optional article, an actor;
        the list ends at any other word. The parser often hangs B and C elsewhere.
        """
        found = self._object(trigger, role) or self._object_by_order(trigger, role)
        if not found:
            return []
        doc, position, items = self.view.doc, min(found), [min(found)]
        while position + 2 < len(doc) and doc[position + 1].lower_ in {",", "et"}:
            following = position + 2
            if doc[following].pos_ == "DET" and following + 1 < len(doc):
                following += 1
            if following not in self.view.actors:
                break
            items.append(following)
            position = following
        return list(dict.fromkeys([*items, *found]))

    def _listed(self, trigger: Token, _: Role) -> list[int]:
        """The organisations of the list a colon opens after the trigger noun.

        "Ces quatre groupes sont : l'ARS-A de X, Jabhatul Islamiya (le Front islamique), ... et
        Muaskar Anole": only the copula or adjectives may come between the noun and the colon;
        an actor after a preposition ("de X", "dirigé par X") is not an item.
        """
        doc = self.view.doc
        unit = self.view.unit_of(trigger.i)
        colon = None
        for i in range(trigger.i + 1, min(trigger.i + 4, len(doc))):
            if doc[i].lower_ == ":":
                colon = i
                break
            if not (doc[i].lemma_.lower() == "être" or doc[i].pos_ == "ADJ"):
                return []
        if colon is None:
            return []
        return [
            i
            for i in range(colon + 1, len(doc))
            if self.view.unit_of(i) == unit and self._organisation(i) and not self._complement(i)
        ]

    def _gathering(self, trigger: Token, role: Role) -> list[int]:
        """What the groups of the trigger noun make up: "X a été formé par la fusion de N groupes".

        From the noun (or, for "Ces N groupes" opening a sentence, the same noun with the same
        number in the sentence before) up to a verb, through a word of ``role.words`` ("fusion",
        "composé"); the verb's subject (a pronoun read from the sentence before) is the whole.
        """
        noun: Token | None = trigger
        demonstratives = [
            c for c in trigger.children if c.dep_ == "det" and "Dem" in c.morph.get("PronType", [])
        ]
        if demonstratives:
            opens = self._opens_unit(demonstratives[0])
            noun = self._same_noun_before(trigger) if opens else None
        if noun is None:
            return []
        token, gathered = noun, False
        for _step in range(_DEPTH + 1):
            gathered = gathered or token.lemma_.lower() in role.words
            if token.pos_ == "VERB" and gathered:
                found = self._passive_subject(token, role) or self._subject(token, role)
                if noun is not trigger:
                    self.resolved.update(found)
                return found
            if token.head.i == token.i:
                break
            token = token.head
        return []

    def _same_noun_before(self, trigger: Token) -> Token | None:
        """The noun of the sentence before with the trigger's lemma and number word."""
        unit = self.view.unit_of(trigger.i)
        if unit == 0:
            return None
        number = {c.lower_ for c in trigger.children if c.dep_ == "nummod"}
        for token in self.view.unit_tokens(unit - 1):
            if token.lemma_ != trigger.lemma_ or token.pos_ != "NOUN":
                continue
            if number == {c.lower_ for c in token.children if c.dep_ == "nummod"}:
                return token
        return None

    def _topic_owner(self, trigger: Token, _: Role) -> list[int]:
        """The owner of a singular possessive on the trigger: the organisation the text is about.

        "Le Mouvement pour la justice et l'égalité (JEM) est un groupe rebelle ... *Son*
        dirigeant est Khalil Ibrahim": the topic is an organisation that opens the text and is
        said to be something ("X est un groupe ..."). Not when the clause has an organisation
        subject of its own, which would own it instead.
        """
        possessive = _possessive(trigger)
        if possessive is None or possessive.lower_.startswith("leur"):
            return []
        root = trigger
        while root.head.i != root.i:
            root = root.head
        if any(c.dep_ in _SUBJECT and self._organisation(c.i) for c in root.children):
            return []
        topic = self._topic()
        if topic is None or topic == trigger.i:
            return []
        self.resolved.add(topic)
        return [topic]

    def _topic(self) -> int | None:
        """The organisation actor that opens the text's first sentence, which has a copula."""
        if not self.view.units:
            return None
        tokens = self.view.unit_tokens(0)
        first = tokens[0].i + (1 if tokens[0].pos_ == "DET" else 0)
        if not self._organisation(first):
            return None
        copula = any(t.i > first and t.lemma_.lower() == "être" and t.dep_ == "cop" for t in tokens)
        return first if copula else None

    def _organisation(self, index: int) -> bool:
        actor = self.view.actors.get(index)
        return actor is not None and actor.label in _ORGANISATIONS

    def _of_set_off(self, trigger: Token, _: Role) -> list[int]:
        """Word order: the actor of a "de" phrase set off by commas after the trigger.

        "le général X, *de l'UFDR*, est nommé chef d'état-major": the phrase must close with a
        comma, a parenthesis or the end of the sentence.
        """
        doc, i = self.view.doc, trigger.i
        if i + 3 >= len(doc) or doc[i + 1].lower_ != "," or doc[i + 2].lower_ not in DE:
            return []
        closed = i + 4 >= len(doc) or doc[i + 4].lower_ in {",", ")", ".", ";"}
        return [i + 3] if i + 3 in self.view.actors and closed else []

    def _founders(self, trigger: Token, role: Role) -> list[int]:
        """The subject of a verb of founding when it is a person or several coordinated actors.

        "*X et Y* ont formé une alliance", "*X* (a person) a fondé Y": they found it and belong
        to it; one organisation that forms another ("X a créé une brigade") is left out.
        """
        found = self._subject(trigger, role)
        if len(found) >= 2 or (found and self._person(found[0])):
            return found
        return []

    def _prep_after(self, trigger: Token, role: Role) -> list[int]:
        """Word order only: the actor of one of ``role.words`` right after the trigger verb.

        Only adverbs may come between ("X s'émancipe progressivement *du* cartel"): "X a rompu
        le silence sur les négociations avec Y" names no one X breaks with. The parse may hang
        a "de" phrase of an adverbial written earlier on the verb ("Après l'arrestation d'Y").
        """
        doc = self.view.doc
        i = trigger.i + 1
        while i < len(doc) and i not in self.view.actors and _adverb(doc[i]):
            i += 1
        return self._actor_after(i) if i < len(doc) and doc[i].lower_ in role.words else []

    def _owner_coordinated(self, trigger: Token, _: Role) -> list[int]:
        """The actor a possessive trigger noun is coordinated with: "Y et *sa* branche armée".

        By the parse (the noun a conjunct of the actor) or by word order ("Y et (à / de) sa
        branche"); the possessive's number (son, sa, ses: one owner; leur, leurs: several)
        must not disagree with the actor's.
        """
        possessive = _possessive(trigger)
        if possessive is None:
            return []
        doc = self.view.doc
        owner = trigger.head.i if trigger.dep_ == "conj" else None
        if owner not in self.view.actors:
            i = possessive.i - 1
            if i >= 1 and doc[i].lower_ in _TO | DE | {"avec"}:
                i -= 1
            owner = i - 1 if i >= 1 and doc[i].lower_ == "et" else None
        if owner is None or owner not in self.view.actors:
            return []
        owners = "Plur" if possessive.lower_.startswith("leur") else "Sing"
        return [owner] if owners in doc[owner].morph.get("Number", [owners]) else []

    def _after_de(self, trigger: Token) -> bool:
        """Whether a title noun is itself a "de" complement ("la veuve *de* l'ancien président")."""
        doc = self.view.doc
        i = trigger.i - 1
        while i >= 0 and doc[i].pos_ in {"DET", "ADJ"} and i > trigger.i - 4:
            i -= 1
        return i >= 0 and doc[i].lower_ in DE

    def _holder(self, trigger: Token, _: Role) -> list[int]:
        # only "le gouvernement du président X" (by word order), but "la capture de *son* chef, X"
        if self._after_de(trigger) and _possessive(trigger) is None:
            return []
        candidates = [c for c in trigger.children if c.dep_ in {"appos", "conj", "nsubj"}]
        if trigger.dep_ in {"appos", "conj"}:
            candidates.append(trigger.head)
        if trigger.dep_ in _SUBJECT | _PASSIVE_SUBJECT and any(
            c.lemma_ == "être" and c.dep_ in {"cop", "aux:pass"} for c in trigger.head.children
        ):
            candidates.append(trigger.head)  # "le secrétaire général de Y est X" (a copula)
        predicate = trigger
        for _step in range(_PREDICATE_STEPS):  # "X est un militaire, maréchal et commandant de Y"
            if predicate.dep_ not in _PREDICATE_CHAIN or predicate.head.i in self.view.actors:
                break
            if predicate.head.pos_ not in {"NOUN", "PROPN"}:
                break
            predicate = predicate.head
            candidates.extend(c for c in predicate.children if c.dep_ in {"nsubj", "appos"})
        if predicate.dep_ == "acl:relcl" and any(c.lower_ in RELATIVE for c in predicate.children):
            candidates.append(predicate.head)
        candidates.extend(self._predicated_of(trigger))  # "X a été élu président de Y"
        for complement in trigger.children:  # "le chef de Y, X": X often hangs on Y
            if complement.dep_ == "nmod" and complement.i in self.view.actors:
                candidates.extend(c for c in complement.children if c.dep_ in {"appos", "conj"})
        found: list[int] = []
        for token in candidates:
            found.extend(self._named(token))
        return found

    def _named(self, token: Token) -> list[int]:
        """The actor a nominal stands for: itself, or the name in apposition to a common noun.

        "Le Frère musulman Mohamed Morsi a été élu ...": the subject is "Frère", the person its
        apposition.
        """
        if token.i in self.view.actors:
            return self.actors_at(token)
        if token.pos_ != "NOUN":
            return []
        return [i for c in token.children if c.dep_ == "appos" for i in self.actors_at(c)][:1]

    def _predicated_of(self, trigger: Token) -> list[Token]:
        """The subject of the verb a title is predicated by ("X a été élu *président* de Y")."""
        if trigger.dep_ in {"xcomp", "appos"} and trigger.head.pos_ == "VERB":
            return [c for c in trigger.head.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        return []

    def _described(self, trigger: Token, _: Role) -> list[int]:
        """The subject of a copula whose predicate noun an "en" phrase describes.

        "X est un groupe armé, actif dans le Nord-Kivu, entré *en rébellion* contre Y": from the
        trigger up through participles, adjectives and appositions to a predicate noun with a
        copula, the actor subject of that copula.
        """
        if not _case(trigger) & _EN:
            return []
        token = trigger
        for _step in range(_PREDICATE_STEPS):
            if token.dep_ not in _DESCRIBING or token.head.i == token.i:
                return []
            token = token.head
            if token.pos_ == "NOUN" and any(c.dep_ == "cop" for c in token.children):
                return [i for c in token.children if c.dep_ == "nsubj" for i in self.actors_at(c)]
        return []

    def _predicate_holder(self, trigger: Token, _: Role) -> list[int]:
        """The person a title is said of by a verb or a copula, not by an apposition."""
        candidates = self._predicated_of(trigger)
        candidates.extend(c for c in trigger.children if c.dep_ == "nsubj")
        return [i for c in candidates for i in self._named(c) if self._person(i)]

    def _holder_by_order(self, trigger: Token, _: Role) -> list[int]:
        """Word order: "X, [det] title" before; "title X", "title de Y (,) X" after it.

        After the comma, lowercase words and articles may come before the name ("le chef de Y,
        le major général X"). A title that is itself a "de" complement ("la veuve de l'ancien
        président de Y, X") keeps only the names written right after it or its organisation,
        without a comma.
        """
        doc = self.view.doc
        if trigger.i + 1 < len(doc) and self._person(trigger.i + 1):
            return [trigger.i + 1]
        after_de = self._after_de(trigger)
        i = trigger.i - 1
        while i >= 0 and doc[i].pos_ in {"DET", "ADJ"} and i > trigger.i - 4:
            i -= 1
        if not after_de and i >= 1 and doc[i].lower_ == "," and i - 1 in self.view.actors:
            return [i - 1]
        for j in range(trigger.i + 1, min(trigger.i + 6, len(doc) - 1)):
            if j in self.view.actors:
                if self._person(j + 1):
                    return [j + 1]
                if after_de or doc[j + 1].lower_ != ",":
                    return []
                for k in range(j + 2, min(j + 6, len(doc))):  # ", le major général X"
                    if self._person(k):
                        return [k]
                    if k in self.view.actors or not (doc[k].is_lower or doc[k].pos_ == "DET"):
                        return []
                return []
            if doc[j].is_punct or doc[j].pos_ in {"VERB", "AUX"}:
                return []
        return []

    def _person(self, index: int) -> bool:
        actor = self.view.actors.get(index)
        return actor is not None and actor.label == "person"

    def _apposition(self, trigger: Token, _: Role) -> list[int]:
        found: list[int] = []
        for child in trigger.children:
            if child.dep_ == "appos":
                found.extend(self.actors_at(child))
        if not found and trigger.dep_ == "appos":
            found = self.actors_at(trigger.head)
        return found

    def _apposition_by_order(self, trigger: Token, _: Role) -> list[int]:
        """Word order: the actor after the comma that follows the trigger and its adjectives.

        "leurs alliés, les milices arabes", "sa branche *armée*, l'Eastern Security Network".
        """
        doc = self.view.doc
        j = trigger.i + 1
        while (
            j < len(doc)
            and j not in self.view.actors
            and doc[j].pos_ == "ADJ"
            and j < trigger.i + 3
        ):
            j += 1
        if j + 1 < len(doc) and doc[j].lower_ == "," and j + 1 in self.view.actors:
            return self.actors_at(doc[j + 1])
        return []

    def _appended_to(self, trigger: Token, _: Role) -> list[int]:
        """The actor a comma-set apposition follows ("X, Premier ministre de Y")."""
        head = trigger if trigger.dep_ == "appos" else trigger.head
        if head.dep_ != "appos" or head.head.i >= head.i or not self._comma_before(trigger):
            return []
        return self.actors_at(head.head)

    def _appended_to_by_order(self, trigger: Token, _: Role) -> list[int]:
        doc = self.view.doc
        start = self._mention_start(trigger)
        if start >= 2 and doc[start - 1].lower_ == "," and start - 2 in self.view.actors:
            return self.actors_at(doc[start - 2])
        return []

    def _mention_start(self, trigger: Token) -> int:
        """The first token of the actor mention the trigger is part of (the trigger if none)."""
        i = trigger.i
        actor = self.view.actors.get(i)
        while actor is not None and i > 0 and self.view.actors.get(i - 1) is actor:
            i -= 1
        return i

    def _comma_before(self, trigger: Token) -> bool:
        start = self._mention_start(trigger)
        return start >= 1 and self.view.doc[start - 1].lower_ == ","

    def _recipient(self, trigger: Token, role: Role) -> list[int]:
        """Who a thing given goes to: "Le ministère de Y *revient au* conservateur X".

        The trigger is the subject of a verb of one of ``role.words`` (active or passive: "est
        confié à X"); the verb's "à" complement is the recipient, a name or a common noun with
        the name in apposition ("au conservateur X").
        """
        verb = trigger.head
        subject = trigger.dep_ in _SUBJECT | _PASSIVE_SUBJECT
        if not subject or verb.pos_ != "VERB" or verb.lemma_.lower() not in role.words:
            return []
        for child in verb.children:
            if child.dep_.startswith(("obl", "iobj")) and _case(child) & _TO:
                found = self._named(child)
                if found:
                    return found
        return []

    def _parenthesised(self, trigger: Token, _: Role) -> list[int]:
        """The actor written in parentheses right after the trigger: "X (*PS*)"."""
        doc, i = self.view.doc, trigger.i
        closed = i + 3 < len(doc) and doc[i + 1].text == "(" and doc[i + 3].text == ")"
        return [i + 2] if closed and i + 2 in self.view.actors else []

    def _self(self, trigger: Token, _: Role) -> list[int]:
        return [trigger.i] if trigger.i in self.view.actors else []

    def _between(self, trigger: Token, _: Role) -> list[int]:
        """Both ends of an "entre X et Y" complement of the trigger (parse, then word order).

        The parser often hangs "Y" on the trigger beside "X" rather than on "X": the actor
        siblings after "X" count too.
        """
        for token in self._complements(trigger):
            if _case(token) & BETWEEN:
                found = self.actors_at(token)
                siblings = [c for c in token.head.children if c.i > token.i and c.dep_ == "conj"]
                for sibling in siblings:
                    found.extend(self.actors_at(sibling))
                if len(found) >= 2:
                    return found
        if not self.fallback:
            return []
        doc = self.view.doc
        for i in range(trigger.i + 1, min(trigger.i + 1 + _FAR, len(doc))):
            if doc[i].lower_ in BETWEEN:
                first = self._actor_after(i)
                end = max(first) if first else None
                if end is not None and end + 2 < len(doc) and doc[end + 1].lower_ == "et":
                    return [*first, *self._actor_after(end + 1)]
                return []
            if doc[i].pos_ == "VERB" or doc[i].lower_ in {";", ":", "."}:
                return []
        return []

    def _governor(self, trigger: Token, _: Role) -> list[int]:
        """The actor a trigger noun is a "de" complement of ("le gouvernement *du président* X")."""
        if trigger.dep_ == "nmod" and _case(trigger) & DE and trigger.head.i in self.view.actors:
            return [trigger.head.i]
        return []

    def _governor_by_order(self, trigger: Token, _: Role) -> list[int]:
        doc = self.view.doc
        i = trigger.i - 1
        if i >= 1 and doc[i].lower_ in DE and i - 1 in self.view.actors:
            return [i - 1]
        return []


def _agree(first: Token, second: Token) -> bool | None:
    """Whether two tokens agree in gender and number; ``None`` when the morphology is silent."""
    verdict: bool | None = None
    for feature in ("Gender", "Number"):
        a, b = first.morph.get(feature, []), second.morph.get(feature, [])
        if not a or not b:
            continue
        if set(a).isdisjoint(b):
            return False
        verdict = True
    return verdict


def _finite(verb: Token) -> bool:
    """Whether a verb is finite or has an auxiliary of its own ("avait commencé")."""
    own_auxiliary = any(c.dep_ in {"aux", "aux:tense"} for c in verb.children)
    return own_auxiliary or "Fin" in verb.morph.get("VerbForm", [])


def _present_participle(verb: Token) -> bool:
    """A present participle ("appartenant", "frappant")."""
    return "Part" in verb.morph.get("VerbForm", []) and "Pres" in verb.morph.get("Tense", [])


def _adverb(token: Token) -> bool:
    """An adverb, also one the tagger reads as a verb ("progressivement", an ``advmod``)."""
    return token.pos_ == "ADV" or token.dep_ == "advmod"


def _possessive(token: Token) -> Token | None:
    """The possessive determiner of a noun ("*sa* branche", "*leur* chef"), or ``None``."""
    for child in token.children:
        if child.dep_ == "det" and "Yes" in child.morph.get("Poss", []):
            return child
    return None


def _case(token: Token) -> frozenset[str]:
    """The lowercased prepositions (case markers) of a nominal token.

    A preposition of several words counts as a whole ("d'après", "à cause de"), not as its
    first word when that word is a bare "de", "à" or "par": "*d'après* le Maroc" says who
    tells, not who acts; "grâce à" still counts as "grâce" too.
    """
    found: set[str] = set()
    for child in token.children:
        if child.dep_ not in {"case", "fixed"}:
            continue
        fixed = [c for c in child.children if c.dep_ == "fixed"]
        if not fixed:
            found.add(child.lower_)
            continue
        found.add(" ".join(t.lower_ for t in (child, *fixed)))
        if child.lower_ not in _COMPOUND_OPENERS:
            found.add(child.lower_)
    return frozenset(found)
