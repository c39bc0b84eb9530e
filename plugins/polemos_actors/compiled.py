"""The compiled matchers of one lexicon and one spaCy vocabulary, and the mention selection.

Kept apart from :mod:`polemos_actors.extractor` so that importing the plugin (``polemos
plugins``) does not import spaCy: this module is imported on the first document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .acronyms import defined_names
from .aliases import fold_aliases
from .armed_context import armed_acronyms, armed_entities, armed_types
from .designations import DesignationMatcher
from .gangs import gang_candidates
from .institutions import InstitutionMatcher
from .matchers import LexiconMatcher, folded_words, known_names
from .mentions import Candidate, join_parent_names, prefer, select
from .named_governments import named_governments
from .named_heads import NamedHeadMatcher
from .ner import ner_candidates, titled_persons
from .other_names import other_names
from .patterns import PatternMatcher
from .schema import Lexicon
from .single_names import leader_names, single_name_persons, subject_names
from .war_names import war_names

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab


@dataclass(frozen=True)
class Matchers:
    """Everything compiled for one lexicon and one spaCy vocabulary."""

    lexicon: Lexicon
    names: LexiconMatcher
    patterns: PatternMatcher
    designations: DesignationMatcher
    institutions: InstitutionMatcher
    named_heads: NamedHeadMatcher
    actor_names: frozenset[str]

    @classmethod
    def build(cls, lexicon: Lexicon, vocab: Vocab) -> Matchers:
        """Compile the lexicon and the rules on ``vocab``."""
        patterns = PatternMatcher.build(lexicon, vocab)
        return cls(
            lexicon,
            LexiconMatcher.build(lexicon, vocab),
            patterns,
            DesignationMatcher.build(patterns, vocab),
            InstitutionMatcher.build(vocab),
            NamedHeadMatcher.build(vocab),
            frozenset(known_names(lexicon)),
        )

    def candidates(
        self, doc: Doc, *, use_ner: bool
    ) -> tuple[list[Candidate], dict[int, tuple[int, str]]]:
        """The chosen actor mentions of ``doc`` and its gazetteer place spans."""
        folded = folded_words(doc)
        place_at = self.patterns.place_spans(doc)
        chosen = join_parent_names(doc, select(self.names.find(doc)))
        chosen = select(self.patterns.find(doc, folded, place_at), taken=chosen)
        chosen = select(self.patterns.unattached(doc, folded, chosen, place_at), taken=chosen)
        chosen = prefer(list(self.designations.find(doc, folded, chosen, place_at)), chosen)
        chosen = select(self.institutions.find(doc, folded, chosen, place_at), taken=chosen)
        chosen = select(self.named_heads.find(doc, folded), taken=chosen)
        chosen = select(named_governments(doc, folded, place_at), taken=chosen)
        chosen = defined_names(doc, chosen)
        if use_ner:
            chosen = select(ner_candidates(doc), taken=chosen)
            chosen = select(titled_persons(doc), taken=chosen)
            chosen = select(single_name_persons(doc), taken=chosen)
            chosen = select(subject_names(doc), taken=chosen)
        chosen = select(gang_candidates(doc, chosen), taken=chosen)
        chosen = select(armed_acronyms(doc, chosen), taken=chosen)
        chosen = select(armed_entities(doc, chosen), taken=chosen)
        if use_ner:
            chosen = select(war_names(doc, chosen), taken=chosen)
        if use_ner:
            chosen = select(leader_names(doc, chosen), taken=chosen)
        chosen = self.designations.drop_titles(doc, chosen)
        chosen = fold_aliases(doc, chosen)  # other names take the folded actor of their mention
        chosen = armed_types(doc, chosen)
        return select(other_names(doc, chosen), taken=chosen), place_at
