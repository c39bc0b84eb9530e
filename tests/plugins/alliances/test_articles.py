"""Whole articles (written for these tests): every relation and nothing else, across sentences.

Headlines, appositions between subject and verb, complements that are not subjects
("les combattants *d'*Aqmi"), negation and former relations all meet in one text, so the
exact set of relations checks precision as much as recall.
"""

from __future__ import annotations

from .conftest import Analyse, triples

MALI = """Mali : Ansar Dine et Aqmi, alliés contre l'armée malienne
Les islamistes d'Ansar Dine, appuyés par les combattants d'Aqmi, ont attaqué jeudi la ville de \
Konna, tenue par l'armée malienne.
Selon un porte-parole de l'armée française, les soldats français ont lancé des frappes \
aériennes contre les positions d'Ansar Dine près de Konna.
Le MNLA, qui avait combattu aux côtés d'Ansar Dine au début de 2012, affirme désormais \
soutenir l'intervention française.
Iyad Ag Ghaly, le chef d'Ansar Dine, n'est pas l'allié du Mujao, a assuré un responsable du groupe.
Le Mujao, une faction dissidente d'Aqmi, a revendiqué l'enlèvement."""

MALI_ACTORS = {
    "islamistes": ("islamists", "armed_group"),
    "Ansar Dine": ("ansar_dine", "armed_group"),
    "Aqmi": ("aqim", "armed_group"),
    "armée malienne": ("ml_army", "state_force"),
    "armée française": ("fr_army", "state_force"),
    "soldats français": ("fr_army", "state_force"),
    "MNLA": ("mnla", "armed_group"),
    "Iyad Ag Ghaly": ("ghaly", "person"),
    "Mujao": ("mujao", "armed_group"),
}

AFGHANISTAN = """Afghanistan : les talibans contre l'État islamique au Khorassan
Les talibans ont repoussé mardi une offensive de l'État islamique au Khorassan dans la province \
de Nangarhar, a annoncé le porte-parole des talibans, Zabihullah Moudjahid.
Le réseau Haqqani, une branche des talibans, était autrefois financé par les services de \
renseignement pakistanais.
Les forces afghanes, soutenues par l'aviation américaine, ont repris aux talibans le district de \
Musa Qala.
Washington n'a jamais armé les talibans, a déclaré le Pentagone."""

AFGHANISTAN_ACTORS = {
    "talibans": ("taliban", "armed_group"),
    "État islamique au Khorassan": ("iskp", "armed_group"),
    "Zabihullah Moudjahid": ("zabihullah", "person"),
    "réseau Haqqani": ("haqqani", "armed_group"),
    "services de renseignement pakistanais": ("isi", "state_force"),
    "forces afghanes": ("af_army", "state_force"),
    "aviation américaine": ("us_air", "state_force"),
    "Washington": ("us_gov", "government"),
    "Pentagone": ("us_dod", "government"),
}


def test_mali_article(analyse: Analyse) -> None:
    assert triples(analyse(MALI, MALI_ACTORS)) == {
        ("ansar_dine", "allied_with", "aqim", "current"),  # headline
        ("ansar_dine", "hostile_to", "ml_army", "current"),  # headline: "alliés contre"
        ("aqim", "hostile_to", "ml_army", "current"),  # headline: "alliés contre"
        ("aqim", "supports", "ansar_dine", "current"),  # complement "d'Ansar Dine" folded
        ("ansar_dine", "hostile_to", "fr_army", "current"),
        ("ansar_dine", "allied_with", "mnla", "former"),  # "avait combattu aux côtés"
        ("ghaly", "affiliated_with", "ansar_dine", "current"),  # not allied with the Mujao
        ("mujao", "affiliated_with", "aqim", "former"),  # "faction dissidente"
    }


def test_afghanistan_article(analyse: Analyse) -> None:
    assert triples(analyse(AFGHANISTAN, AFGHANISTAN_ACTORS)) == {
        ("iskp", "hostile_to", "taliban", "current"),  # headline and repelled offensive
        ("zabihullah", "affiliated_with", "taliban", "current"),
        ("haqqani", "affiliated_with", "taliban", "current"),
        ("isi", "supports", "haqqani", "former"),  # not the talibans of the apposition
        ("af_army", "hostile_to", "taliban", "current"),
        ("us_air", "supports", "af_army", "current"),
    }  # "n'a jamais armé": no relation between Washington and the talibans
