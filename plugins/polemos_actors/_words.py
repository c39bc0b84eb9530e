"""Closed word lists (folded: lower-case, no accents) shared by the matching rules."""

from __future__ import annotations

DETERMINERS = frozenset(
    [
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d'",
        "au",
        "aux",
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "notre",
        "nos",
        "votre",
        "vos",
        "plusieurs",
        "certains",
        "quelques",
    ]
)
"""Words stripped from the start of a mention (mentions are names without their article)."""

PARTICLES = frozenset(
    [
        "al",
        "el",
        "ad",
        "as",
        "ash",
        "an",
        "ar",
        "at",
        "az",
        "ibn",
        "ben",
        "bin",
        "abou",
        "abu",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l",
        "d",
        "et",
        "wal",
        "ul",
        "fi",
        "en",
        "au",
        "aux",
        "of",
        "the",
        "and",
        "for",
        "in",
        "y",
        "da",
        "di",
        "von",
        "der",
    ]
)
"""Connecting words inside proper names (``Jund al-Aqsa``, ``Front de libération``)."""

DESCRIPTORS = frozenset(
    [
        "groupe",
        "groupes",
        "organisation",
        "mouvement",
        "milice",
        "milices",
        "secte",
        "reseau",
        "agence",
        "journal",
        "quotidien",
        "hebdomadaire",
        "chaine",
        "site",
        "clan",
        "mouvance",
        "formation",
        "faction",
        "cellule",
    ]
)
"""Nouns that describe a named actor without being part of its name (``la milice X``)."""

NAME_LINKS = frozenset(
    [
        "al",
        "el",
        "ad",
        "as",
        "ash",
        "an",
        "ar",
        "at",
        "az",
        "ibn",
        "ben",
        "bin",
        "abou",
        "abu",
        "bou",
        "wal",
        "ul",
        "fi",
        "de",
        "du",
        "des",
        "d'",
        "la",
        "l'",
    ]
)
"""Words that may join two capitalised words of one name (``Jund al-Aqsa``, ``Front de la X``)."""

ARMED_NAME_HEADS = frozenset(
    ["front", "brigade", "brigades", "bataillon", "bataillons", "katiba", "legion", "phalange"]
)
"""Nouns that are part of the armed-group name they head (``Front al-Nosra``)."""

ARMED_DESCRIPTORS = frozenset(["milice", "milices", "faction", "mouvance"])
"""Nouns before an armed group's name, not part of it (``la milice Jund al-Aqsa``)."""

QUALIFIED_DESCRIPTORS = frozenset(["groupe", "mouvement", "organisation", "reseau", "cellule"])
"""Nouns that announce an armed group's name only with an armed qualifier (``groupe armé X``)."""

ARMED_QUALIFIERS = frozenset(
    [
        "jihadiste",
        "djihadiste",
        "arme",
        "rebelle",
        "terroriste",
        "islamiste",
        "salafiste",
        "paramilitaire",
        "insurge",
        "separatiste",
        "independantiste",
    ]
)

MEDIA_DESCRIPTORS = frozenset(["agence", "journal", "quotidien", "hebdomadaire", "chaine"])
"""Nouns before a news outlet's name, not part of it (``le quotidien Al-Watan``)."""

SHORT_FORM_HEADS = frozenset(
    ["front", "union", "alliance", "brigade", "brigades", "katiba", "bataillon"]
)
"""Capitalised heads that may stand alone for the full name later in a text (``le Front``)."""

TITLES = frozenset(
    [
        "m.",
        "mme",
        "president",
        "presidente",
        "general",
        "colonel",
        "commandant",
        "capitaine",
        "lieutenant",
        "marechal",
        "ministre",
        "cheikh",
        "sheikh",
        "imam",
        "emir",
        "mollah",
        "ayatollah",
        "chef",
        "porte-parole",
        "premier",
        "dirigeant",
        "leader",
    ]
)
"""Words before a person's name that make a single-token name a person."""
