"""Closed word lists (folded: lower-case, no accents) shared by the matching rules."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DETERMINERS = _words(
    "le la les l' un une des du de d' au aux ce cet cette ces son sa ses leur leurs "
    "notre nos votre vos plusieurs certains quelques"
)
"""Words stripped from the start of a mention (mentions are names without their article)."""

ARABIC_PARTICLES = _words("al el ad as ash an ar at az ibn ben bin abou abu bou wal ul fi")
"""Particles of transliterated Arabic names (``Jund al-Aqsa``, ``Abou Bakr``)."""

PARTICLES = ARABIC_PARTICLES | _words(
    "de du des la le les l d et en au aux of the and for in y da di von der"
)
"""Connecting words inside proper names (``Jund al-Aqsa``, ``Front de libération``)."""

NAME_LINKS = ARABIC_PARTICLES | _words("de du des d' la l'")
"""Words that may join two capitalised words of one name (``Front de la X``); not ``et``."""

DESCRIPTORS = _words(
    "groupe groupes organisation mouvement milice milices secte reseau agence journal quotidien "
    "hebdomadaire chaine site clan mouvance formation faction cellule"
)
"""Nouns that describe a named actor without being part of its name (``la milice X``)."""

ARMED_NAME_HEADS = _words("front brigade brigades bataillon bataillons katiba legion phalange")
"""Nouns that are part of the armed-group name they head (``Front al-Nosra``)."""

ARMED_DESCRIPTORS = _words("milice milices faction mouvance")
"""Nouns before an armed group's name, not part of it (``la milice Jund al-Aqsa``)."""

QUALIFIED_DESCRIPTORS = _words("groupe mouvement organisation reseau cellule")
"""Nouns that announce an armed group's name only with an armed qualifier (``groupe armé X``)."""

ARMED_QUALIFIERS = _words(
    "jihadiste djihadiste arme rebelle terroriste islamiste salafiste paramilitaire insurge "
    "separatiste independantiste"
)

MEDIA_DESCRIPTORS = _words("agence journal quotidien hebdomadaire chaine")
"""Nouns before a news outlet's name, not part of it (``le quotidien Al-Watan``)."""

SHORT_FORM_HEADS = _words(
    "front union alliance brigade brigades katiba bataillon conseil mouvement parti rassemblement "
    "congres cour ligue"
)
"""Capitalised heads that may stand alone for the full name later in a text (``le Front``)."""

TITLES = _words(
    "m. mme president presidente general colonel commandant capitaine lieutenant marechal "
    "ministre cheikh sheikh imam emir mollah ayatollah chef porte-parole premier "
    "dirigeant leader"
)
"""Words before a person's name that make a single-token name a person."""

LEADING_WORDS = _words(
    "selon pour par avec chez contre sans sous sur vers et mais quand dont a si comme puis ainsi "
    "alors lorsque car"
)
"""Words the model sometimes puts at the start of a PER entity (``Selon François Dubet``)."""

CLAUSE_WORDS = _words(
    "auquel auxquels auxquelles duquel desquels desquelles lequel laquelle lesquels lesquelles "
    "qui que qu' dont ce cette cet il elle ils elles y en"
)
"""Words that open a clause: an organisation the model runs on to one is cut before it
(``Forces nouvelles auquel ce dernier`` -> ``Forces nouvelles``)."""

ARMED_NAME_WORDS = _words(
    "liberation resistance armee armees forces defense jihad djihad combattants rebelles "
    "insurrection revolutionnaires moudjahidines militaire militaires"
)
"""Words that make an organisation's name an armed group's (``Front de libération ...``)."""

PARTY_HEADS = _words("parti rassemblement union alliance mouvement front congres convention ligue")
"""Heads of a party's name (``Parti socialiste``, ``Rassemblement pour la République``): a
``government`` actor, as the codebook types parties, unless the name holds an armed word."""
