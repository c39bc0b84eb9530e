"""Closed word lists (folded: lower-case, no accents) shared by the matching rules.

The lists are data (``data/words.yaml``), read and checked once on import; this module keeps
the names the rules import. :data:`DETERMINERS` is the shared French package's
(:mod:`polemos_french`).
"""

from __future__ import annotations

from polemos_french import DETERMINERS

from .ruledata import rule_data

__all__ = [
    "ARABIC_PARTICLES",
    "ARMED_DESCRIPTORS",
    "ARMED_NAME_HEADS",
    "ARMED_NAME_WORDS",
    "ARMED_QUALIFIERS",
    "CLAUSE_WORDS",
    "DESCRIPTORS",
    "DETERMINERS",
    "HONORIFICS",
    "LEADING_WORDS",
    "MEDIA_DESCRIPTORS",
    "NAME_LINKS",
    "PARTICLES",
    "PARTY_HEADS",
    "PERSON_ROLES",
    "QUALIFIED_DESCRIPTORS",
    "SHORT_FORM_HEADS",
    "SPEECH_VERBS",
    "TITLES",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DATA = rule_data(
    "words.yaml",
    frozenset(
        {
            "arabic_particles",
            "particles",
            "name_links",
            "descriptors",
            "armed_name_heads",
            "armed_descriptors",
            "qualified_descriptors",
            "armed_qualifiers",
            "media_descriptors",
            "short_form_heads",
            "titles",
            "person_roles",
            "speech_verbs",
            "honorifics",
            "leading_words",
            "clause_words",
            "armed_name_words",
            "party_heads",
        }
    ),
)

ARABIC_PARTICLES = _DATA.words("arabic_particles")
"""Particles of transliterated Arabic names (``Jund al-Aqsa``, ``Abou Bakr``)."""

PARTICLES = ARABIC_PARTICLES | _DATA.words("particles")
"""Connecting words inside proper names (``Jund al-Aqsa``, ``Front de libération``)."""

NAME_LINKS = ARABIC_PARTICLES | _DATA.words("name_links")
"""Words that may join two capitalised words of one name (``Front de la X``); not ``et``."""

DESCRIPTORS = _DATA.words("descriptors")
"""Nouns that describe a named actor without being part of its name (``la milice X``)."""

ARMED_NAME_HEADS = _DATA.words("armed_name_heads")
"""Nouns that are part of the armed-group name they head (``Front al-Nosra``)."""

ARMED_DESCRIPTORS = _DATA.words("armed_descriptors")
"""Nouns before an armed group's name, not part of it (``la milice Jund al-Aqsa``)."""

QUALIFIED_DESCRIPTORS = _DATA.words("qualified_descriptors")
"""Nouns that announce an armed group's name only with an armed qualifier (``groupe armé X``)."""

ARMED_QUALIFIERS = _DATA.words("armed_qualifiers")
"""The armed qualifiers of :data:`QUALIFIED_DESCRIPTORS` (``armé``, ``jihadiste``...)."""

MEDIA_DESCRIPTORS = _DATA.words("media_descriptors")
"""Nouns before a news outlet's name, not part of it (``le quotidien Al-Watan``)."""

SHORT_FORM_HEADS = _DATA.words("short_form_heads")
"""Capitalised heads that may stand alone for the full name later in a text (``le Front``)."""

TITLES = _DATA.words("titles")
"""Words before a person's name that make a single-token name a person."""

PERSON_ROLES = _DATA.words("person_roles")
"""Role and kin nouns in an apposition beside a one-word name (``Barroso, le président``)."""

SPEECH_VERBS = _DATA.words("speech_verbs")
"""Speech verbs whose inverted subject after a quotation is a one-word name (``ajoute X``)."""

HONORIFICS = _DATA.words("honorifics")
"""Capitalised titles that are never part of a name (``M. Ayrault``, ``Mme Royal``)."""

LEADING_WORDS = _DATA.words("leading_words")
"""Words the model sometimes puts at the start of a PER entity (``Selon François Dubet``)."""

CLAUSE_WORDS = _DATA.words("clause_words")
"""Words that open a clause: an organisation the model runs on to one is cut before it
(``Forces nouvelles auquel ce dernier`` -> ``Forces nouvelles``)."""

ARMED_NAME_WORDS = _DATA.words("armed_name_words")
"""Words that make an organisation's name an armed group's (``Front de libération ...``)."""

PARTY_HEADS = _DATA.words("party_heads")
"""Heads of a party's name (``Parti socialiste``, ``Rassemblement pour la République``): a
``government`` actor, as the codebook types parties, unless the name holds an armed word."""
