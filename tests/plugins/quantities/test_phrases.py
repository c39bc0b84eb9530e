"""A table of French phrases with the quantity each must yield, one rule family per block.

Every case checks the exact span and value, bound, unit, category and certainty (defaults:
``exact``, no unit, ``asserted``); ``item``, ``casualty_type`` and ``value_max`` when given.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.plugins.quantities.conftest import Find

C = "casualties"
K = {"category": C, "casualty_type": "killed"}
W = {"category": C, "casualty_type": "wounded"}
CAP = {"category": "captured"}
PER = {"category": "personnel"}
EQ = {"category": "equipment"}
FAC = {"category": "facilities"}
TER = {"category": "territory"}
SOR = {"category": "sorties"}
DIS = {"category": "displaced"}
MON = {"category": "money"}
DUR = {"category": "duration"}
OTH = {"category": "other"}


def q(text: str, span: str, value: float, kind: dict[str, Any], **more: Any) -> Any:
    return pytest.param(text, span, {"value": value, **kind, **more}, id=span)


DIGITS = [
    q(
        "L'armée a déployé 1 550 soldats dans la région.",
        "1 550 soldats",
        1550,
        PER,
        item="soldats",
    ),
    q(
        "Environ 12 000 soldats français sont stationnés au Mali.",
        "Environ 12 000 soldats français",
        12000,
        PER,
        bound="approx",
        item="soldats français",
    ),
    q("Les autorités ont recensé 3.500 réfugiés à la frontière.", "3.500 réfugiés", 3500, DIS),
    q(
        "Le conflit a déplacé 1,5 million de personnes.",
        "1,5 million de personnes",
        1_500_000,
        DIS,
        item="personnes",
    ),
    q(
        "Plus de 12\u00a0000 soldats ont été mobilisés.",
        "Plus de 12\u00a0000 soldats",
        12000,
        PER,
        bound="lower",
    ),
    q(
        "Quelque 2\u202f300 déplacés ont fui les combats.",
        "Quelque 2\u202f300 déplacés",
        2300,
        DIS,
        bound="approx",
    ),
    q(
        "Le budget militaire atteint 2 milliards d'euros.",
        "2 milliards d'euros",
        2_000_000_000,
        MON,
        unit="EUR",
    ),
    q(
        "Washington a promis 450 millions de dollars d'aide militaire.",
        "450 millions de dollars",
        450_000_000,
        MON,
        unit="USD",
        item="aide",
    ),
    q(
        "La rançon s'élevait à 5 millions d'euros.",
        "5 millions d'euros",
        5_000_000,
        MON,
        unit="EUR",
    ),
    q("Un drone de 1.200 kilos s'est écrasé.", "1.200 kilos", 1200, OTH, unit="kg"),
    q("Les combats ont fait 2,5 millions de déplacés.", "2,5 millions de déplacés", 2_500_000, DIS),
    q(
        "Le convoi transportait 40 tonnes de munitions.",
        "40 tonnes",
        40,
        EQ,
        unit="t",
        item="munitions",
    ),
    q("Les rebelles ont reçu 1 200 000 dollars.", "1 200 000 dollars", 1_200_000, MON, unit="USD"),
    q("Le taux d'occupation atteint 12,5 %.", "12,5 %", 12.5, OTH, unit="%"),
    q("Les convois ont parcouru 2.5 km.", "2.5 km", 2.5, OTH, unit="km"),
]

WORDS = [
    q("Trois soldats ont été tués dans l'embuscade.", "Trois soldats", 3, K, item="soldats"),
    q("Vingt-deux civils ont été blessés.", "Vingt-deux civils", 22, W, item="civils"),
    q("Soixante-dix rebelles se sont rendus.", "Soixante-dix rebelles", 70, CAP),
    q("Quatre-vingt-dix-neuf otages ont été libérés.", "Quatre-vingt-dix-neuf otages", 99, CAP),
    q(
        "Trois cent trente-trois maisons ont été détruites.",
        "Trois cent trente-trois maisons",
        333,
        FAC,
    ),
    q("Mille combattants ont rejoint le front.", "Mille combattants", 1000, PER),
    q("Deux millions de personnes ont fui le pays.", "Deux millions de personnes", 2_000_000, DIS),
    q(
        "Septante soldats belges ont été déployés.",
        "Septante soldats belges",
        70,
        PER,
        item="soldats belges",
    ),
    q("Nonante-cinq véhicules ont été saisis.", "Nonante-cinq véhicules", 95, EQ),
    q("Vingt et un militaires ont péri.", "Vingt et un militaires", 21, K),
    q("Quatre-vingts maisons ont brûlé.", "Quatre-vingts maisons", 80, FAC),
    q("Deux cents prisonniers ont été échangés.", "Deux cents prisonniers", 200, CAP),
    q("Trois mille réfugiés attendent à la frontière.", "Trois mille réfugiés", 3000, DIS),
    q("Cinq chars ont été détruits.", "Cinq chars", 5, EQ),
    q("Onze policiers ont été enlevés.", "Onze policiers", 11, CAP),
    q("Soixante et onze insurgés ont été tués.", "Soixante et onze insurgés", 71, K),
    q("Douze hélicoptères ont décollé de la base.", "Douze hélicoptères", 12, EQ),
    q(
        "Quarante-cinq frappes aériennes ont visé la ville.",
        "Quarante-cinq frappes aériennes",
        45,
        SOR,
        item="frappes aériennes",
    ),
    q("Huitante soldats suisses gardent le col.", "Huitante soldats suisses", 80, PER),
    q("Les forces ont abattu un million de criquets.", "un million de criquets", 1_000_000, OTH),
]

APPROXIMATE_NOUNS = [
    q("Une dizaine de soldats ont été blessés.", "Une dizaine de soldats", 10, W, bound="approx"),
    q(
        "Une vingtaine de rebelles ont été capturés.",
        "Une vingtaine de rebelles",
        20,
        CAP,
        bound="approx",
    ),
    q(
        "Une centaine de maisons ont été bombardées.",
        "Une centaine de maisons",
        100,
        FAC,
        bound="approx",
    ),
    q("Des dizaines de civils ont été tués.", "Des dizaines de civils", 10, K, bound="approx"),
    q("Des centaines de familles ont fui.", "Des centaines de familles", 100, DIS, bound="approx"),
    q(
        "Plusieurs milliers de réfugiés sont arrivés.",
        "Plusieurs milliers de réfugiés",
        1000,
        DIS,
        bound="approx",
    ),
    q(
        "Des milliers de manifestants ont défilé.",
        "Des milliers de manifestants",
        1000,
        PER,
        bound="approx",
    ),
    q(
        "Une quinzaine de camions ont été incendiés.",
        "Une quinzaine de camions",
        15,
        EQ,
        bound="approx",
    ),
    q(
        "Une trentaine de combattants ont été arrêtés.",
        "Une trentaine de combattants",
        30,
        CAP,
        bound="approx",
    ),
    q(
        "Des dizaines de milliers de déplacés vivent dans des camps.",
        "Des dizaines de milliers de déplacés",
        10000,
        DIS,
        bound="approx",
    ),
    q(
        "Une cinquantaine d'otages ont été relâchés.",
        "Une cinquantaine d'otages",
        50,
        CAP,
        bound="approx",
    ),
    q(
        "Quelques centaines de djihadistes tiennent encore la ville.",
        "Quelques centaines de djihadistes",
        100,
        PER,
        bound="approx",
    ),
    q(
        "Des millions de dollars ont été détournés.",
        "Des millions de dollars",
        1_000_000,
        MON,
        bound="approx",
        unit="USD",
    ),
    q("Une douzaine de drones ont été abattus.", "Une douzaine de drones", 12, EQ, bound="approx"),
    q(
        "Une soixantaine de frappes ont été menées.",
        "Une soixantaine de frappes",
        60,
        SOR,
        bound="approx",
    ),
    q(
        "Deux centaines de soldats attendent les ordres.",
        "Deux centaines de soldats",
        200,
        PER,
        bound="approx",
    ),
    q(
        "Une quarantaine de kilomètres séparent les deux fronts.",
        "Une quarantaine de kilomètres",
        40,
        OTH,
        bound="approx",
        unit="km",
    ),
]

BOUNDS = [
    q("Plus de 200 soldats ont été tués.", "Plus de 200 soldats", 200, K, bound="lower"),
    q("Au moins 35 civils ont péri.", "Au moins 35 civils", 35, K, bound="lower"),
    q(
        "Pas moins de 40 villages ont été repris.",
        "Pas moins de 40 villages",
        40,
        TER,
        bound="lower",
    ),
    q(
        "Plus d'une centaine de rebelles ont été tués.",
        "Plus d'une centaine de rebelles",
        100,
        K,
        bound="lower",
    ),
    q(
        "Plus d’une centaine de rebelles ont été tués.",
        "Plus d’une centaine de rebelles",
        100,
        K,
        bound="lower",
    ),
    q("Au minimum 15 blessés ont été évacués.", "Au minimum 15 blessés", 15, W, bound="lower"),
    q(
        "Un peu plus de 300 soldats sont arrivés.",
        "Un peu plus de 300 soldats",
        300,
        PER,
        bound="lower",
    ),
    q("Bien plus de 1 000 civils ont fui.", "Bien plus de 1 000 civils", 1000, DIS, bound="lower"),
    q("Moins de 50 soldats défendent la base.", "Moins de 50 soldats", 50, PER, bound="upper"),
    q(
        "Au plus 20 véhicules ont franchi la frontière.",
        "Au plus 20 véhicules",
        20,
        EQ,
        bound="upper",
    ),
    q("Au maximum 12 otages sont encore détenus.", "Au maximum 12 otages", 12, CAP, bound="upper"),
    q(
        "Moins d'une dizaine de blessés ont été recensés.",
        "Moins d'une dizaine de blessés",
        10,
        W,
        bound="upper",
    ),
    q("Presque 500 maisons ont été détruites.", "Presque 500 maisons", 500, FAC, bound="upper"),
    q(
        "Les raids ont visé jusqu'à 30 cibles par nuit.",
        "jusqu'à 30 cibles",
        30,
        FAC,
        bound="upper",
    ),
    q(
        "Environ 300 rebelles ont attaqué la ville.",
        "Environ 300 rebelles",
        300,
        PER,
        bound="approx",
    ),
    q("Près de 80 soldats ont été tués.", "Près de 80 soldats", 80, K, bound="approx"),
    q(
        "Quelque 400 prisonniers ont été libérés.",
        "Quelque 400 prisonniers",
        400,
        CAP,
        bound="approx",
    ),
    q(
        "Près d'un million de personnes ont fui.",
        "Près d'un million de personnes",
        1_000_000,
        DIS,
        bound="approx",
    ),
    q(
        "Approximativement 70 frappes ont été menées.",
        "Approximativement 70 frappes",
        70,
        SOR,
        bound="approx",
    ),
    q(
        "Autour de 150 combattants ont rejoint le groupe.",
        "Autour de 150 combattants",
        150,
        PER,
        bound="approx",
    ),
    q(
        "Les troupes ont avancé de 30 km environ.",
        "30 km environ",
        30,
        OTH,
        bound="approx",
        unit="km",
    ),
    q(
        "Aux alentours de 600 soldats sont stationnés.",
        "Aux alentours de 600 soldats",
        600,
        PER,
        bound="approx",
    ),
    q("Exactement 17 soldats ont été tués.", "Exactement 17 soldats", 17, K),
    q("Seulement 3 otages ont été libérés.", "Seulement 3 otages", 3, CAP),
    q(
        "Les rebelles ont perdu plus de 400 hommes.",
        "plus de 400 hommes",
        400,
        {"category": C, "casualty_type": "losses"},
        bound="lower",
    ),
]

RANGES = [
    q(
        "Deux à trois mille soldats sont arrivés.",
        "Deux à trois mille soldats",
        2000,
        PER,
        value_max=3000,
        bound="lower",
    ),
    q(
        "Entre 1,5 et 2 millions de personnes ont fui.",
        "Entre 1,5 et 2 millions de personnes",
        1_500_000,
        DIS,
        value_max=2_000_000,
        bound="lower",
    ),
    q(
        "Entre 10 et 15 soldats ont été tués.",
        "Entre 10 et 15 soldats",
        10,
        K,
        value_max=15,
        bound="lower",
    ),
    q(
        "Entre 200 et 300 réfugiés arrivent chaque jour.",
        "Entre 200 et 300 réfugiés",
        200,
        DIS,
        value_max=300,
        bound="lower",
    ),
    q("L'attaque a fait 10 à 15 morts.", "10 à 15 morts", 10, K, value_max=15, bound="lower"),
    q(
        "Deux ou trois drones ont survolé la base.",
        "Deux ou trois drones",
        2,
        EQ,
        value_max=3,
        bound="lower",
    ),
    q(
        "De 5 000 à 7 000 combattants seraient présents.",
        "5 000 à 7 000 combattants",
        5000,
        PER,
        value_max=7000,
        bound="lower",
        certainty="alleged",
    ),
    q(
        "Entre trois et cinq véhicules ont été détruits.",
        "Entre trois et cinq véhicules",
        3,
        EQ,
        value_max=5,
        bound="lower",
    ),
    q(
        "Le bombardement a fait 20-25 blessés.",
        "20-25 blessés",
        20,
        W,
        value_max=25,
        bound="lower",
    ),
    q(
        "La route est coupée sur 10 à 12 kilomètres.",
        "10 à 12 kilomètres",
        10,
        OTH,
        value_max=12,
        bound="lower",
        unit="km",
    ),
]

UNITS = [
    q(
        "Les rebelles contrôlent 1 200 km2 de terres agricoles.",
        "1 200 km2",
        1200,
        TER,
        unit="km2",
        item="terres",
    ),
    q("La zone tampon s'étend sur 15 kilomètres.", "15 kilomètres", 15, OTH, unit="km"),
    q(
        "L'armée a repris 40 kilomètres carrés au nord.",
        "40 kilomètres carrés",
        40,
        TER,
        unit="km2",
    ),
    q(
        "Ils ont conquis un territoire de 300 km² en un mois.",
        "300 km²",
        300,
        TER,
        unit="km2",
        item="territoire",
    ),
    q(
        "Les incendies ont ravagé 2 000 hectares de forêt.",
        "2 000 hectares",
        2000,
        TER,
        unit="ha",
        item="forêt",
    ),
    q("Les combats ont duré 48 heures.", "48 heures", 48, DUR, unit="h"),
    q("Pendant 12h, les tirs ont continué.", "12h", 12, DUR, unit="h"),
    q(
        "Au cours des trois dernières années, le front a peu bougé.",
        "trois dernières années",
        3,
        DUR,
        unit="year",
    ),
    q("Les trois otages ont été libérés.", "trois otages", 3, CAP),
    q("Le siège a duré 18 mois.", "18 mois", 18, DUR, unit="month"),
    q("La trêve durera trois semaines.", "trois semaines", 3, DUR, unit="week"),
    q("Le conflit dure depuis dix ans.", "dix ans", 10, DUR, unit="year"),
    q("L'offensive a duré 12 jours.", "12 jours", 12, DUR, unit="day"),
    q(
        "Le contrat s'élève à 300 millions d'euros.",
        "300 millions d'euros",
        300_000_000,
        MON,
        unit="EUR",
    ),
    q(
        "Le pays a reçu 20 milliards de dollars.",
        "20 milliards de dollars",
        20_000_000_000,
        MON,
        unit="USD",
    ),
    q("Une prime de 50 000 € a été offerte.", "50 000 €", 50000, MON, unit="EUR"),
    q("Une récompense de $ 5 millions est promise.", "$ 5 millions", 5_000_000, MON, unit="USD"),
    q("Le chômage a atteint 25 % dans le nord.", "25 %", 25, OTH, unit="%"),
    q("Les rebelles contrôlent 40 pour cent du pays.", "40 pour cent", 40, OTH, unit="%"),
    q("L'otage, 32 ans, a été libéré.", "32 ans", 32, OTH, unit="year"),
    q("Un homme âgé de 45 ans a été arrêté.", "45 ans", 45, OTH, unit="year"),
    q("Un lycéen de 17 ans a été blessé.", "17 ans", 17, OTH, unit="year"),
    q("Le pilote (28 ans) est sain et sauf.", "28 ans", 28, OTH, unit="year"),
    q("Il a passé 3 ans en prison.", "3 ans", 3, DUR, unit="year"),
    q("Il a été condamné à 10 ans de prison.", "10 ans", 10, DUR, unit="year", item="prison"),
    q("Les vents ont soufflé à 120 km/h sur la côte.", "120 km/h", 120, OTH, unit="km/h"),
    # a distance or an altitude is not territory (codebook); an area is
    q("Le drone volait à 3 000 mètres d'altitude.", "3 000 mètres", 3000, OTH, unit="m"),
    q("Les FSR contrôlent 30 000 km2 du Darfour.", "30 000 km2", 30000, TER, unit="km2"),
    q("La colonne s'étire sur 800 m le long de la piste.", "800 m", 800, OTH, unit="m"),
    q(
        "L'opération coûtera 2,3 millions de francs suisses.",
        "2,3 millions de francs suisses",
        2_300_000,
        MON,
        unit="CHF",
    ),
    q(
        "Moscou a débloqué 2 milliards de roubles.",
        "2 milliards de roubles",
        2_000_000_000,
        MON,
        unit="RUB",
    ),
    q("Le baril a atteint 100 dollars.", "100 dollars", 100, MON, unit="USD"),
    q("Les soldats ont marché 25km dans le désert.", "25km", 25, OTH, unit="km"),
]

ITEMS = [
    q("20 autres soldats ont été blessés.", "20 autres soldats", 20, W, item="soldats"),
    q(
        "Les forces ont détruit 12 véhicules blindés.",
        "12 véhicules blindés",
        12,
        EQ,
        item="véhicules blindés",
    ),
    q(
        "Les rebelles ont abattu deux avions de chasse.",
        "deux avions de chasse",
        2,
        EQ,
        item="avions de chasse",
    ),
    q(
        "Ils ont découvert 8 dépôts d'armes, de munitions et d'explosifs.",
        "8 dépôts",
        8,
        FAC,
        item="dépôts",
    ),
    q("Ils ont découvert 8 dépôts d'armes et de munitions.", "8 dépôts", 8, FAC, item="dépôts"),
    q(
        "Ils ont découvert 8 dépôts d'armes près du village.",
        "8 dépôts d'armes",
        8,
        FAC,
        item="dépôts d'armes",
    ),
    q(
        "La coalition a visé 25 positions de l'État islamique.",
        "25 positions",
        25,
        FAC,
        item="positions",
    ),
    q(
        "Sept camps de réfugiés ont été attaqués.",
        "Sept camps de réfugiés",
        7,
        FAC,
        item="camps de réfugiés",
    ),
    q("Les rebelles ont pris 14 localités.", "14 localités", 14, TER),
    q("Les djihadistes ont contrôlé 6 villes du nord.", "6 villes", 6, TER),
    q("La police a interpellé 52 suspects.", "52 suspects", 52, CAP),
    q("L'aviation a mené 120 raids en une semaine.", "120 raids", 120, SOR),
    q("Les insurgés ont lancé trois attaques contre la base.", "trois attaques", 3, SOR),
    q(
        "L'ONU compte 30 000 casques bleus au Congo.",
        "30 000 casques bleus",
        30000,
        PER,
        item="casques bleus",
    ),
    q(
        "Quelque 2 000 demandeurs d’asile sont arrivés.",
        "Quelque 2 000 demandeurs d’asile",
        2000,
        DIS,
        bound="approx",
        item="demandeurs d’asile",
    ),
    q("La marine a déployé quatre frégates.", "quatre frégates", 4, EQ),
    q("Six écoles ont été bombardées.", "Six écoles", 6, FAC),
    q("Deux hôpitaux ont été touchés.", "Deux hôpitaux", 2, FAC),
    q("Quinze check-points ont été démantelés.", "Quinze check-points", 15, FAC),
    q(
        "Les enquêteurs ont saisi 30 caisses de grenades.",
        "30 caisses de grenades",
        30,
        OTH,
        item="caisses de grenades",
    ),
    q("Ils ont tiré 60 roquettes sur la ville.", "60 roquettes", 60, EQ),
    q(
        "Le groupe compte 800 combattants étrangers.",
        "800 combattants étrangers",
        800,
        PER,
        item="combattants étrangers",
    ),
    q("L'État a ouvert 11 nouveaux camps.", "11 nouveaux camps", 11, FAC, item="camps"),
]

CONTEXT = [
    q("Les bombardements ont tué 45 personnes.", "45 personnes", 45, K),
    q("L'explosion a blessé 30 passants.", "30 passants", 30, W),
    q("Les affrontements ont fait 12 morts parmi les civils.", "12 morts", 12, K, item="morts"),
    q("La mort de 17 soldats a été confirmée.", "17 soldats", 17, K),
    q("Les rebelles ont capturé 25 soldats.", "25 soldats", 25, CAP),
    q("15 journalistes sont détenus par le régime.", "15 journalistes", 15, CAP),
    q("L'armée a arrêté 200 manifestants.", "200 manifestants", 200, CAP),
    q("La ville compte 10 000 habitants.", "10 000 habitants", 10000, OTH),
    q("Les combats ont chassé 5 000 habitants de leurs maisons.", "5 000 habitants", 5000, DIS),
    q("60 000 personnes ont été déplacées par les combats.", "60 000 personnes", 60000, DIS),
    q(
        "Les pertes sont estimées à 300 hommes.",
        "300 hommes",
        300,
        {"category": C, "casualty_type": "losses"},
        certainty="estimated",
    ),
    q("Le bilan s'élève à 35 morts.", "35 morts", 35, K),
    q("Le bilan s'élève désormais à 27.", "27", 27, {"category": C, "casualty_type": "losses"}),
    q("Le nombre de morts a atteint 150.", "150", 150, K, item="morts"),
    q(
        "Le nombre des victimes pourrait dépasser 100.",
        "100",
        100,
        {"category": C, "casualty_type": "losses"},
        item="victimes",
        certainty="alleged",
    ),
    q("Les pertes humaines s'élèvent à 45.", "45", 45, {"category": C, "casualty_type": "losses"}),
    q("L'attentat a coûté la vie à 23 personnes.", "23 personnes", 23, K),
    q(
        "On estime à 10 000 le nombre de réfugiés.",
        "10 000",
        10000,
        DIS,
        item="réfugiés",
        certainty="estimated",
    ),
    q("12 soldats ont trouvé la mort.", "12 soldats", 12, K),
    q(
        "Au moins quinze personnes ont perdu la vie.",
        "Au moins quinze personnes",
        15,
        K,
        bound="lower",
    ),
    q("Neuf militaires sont tombés au combat.", "Neuf militaires", 9, K),
    q("Trois civils ont disparu.", "Trois civils", 3, {"category": C, "casualty_type": "missing"}),
    q(
        "Quatre soldats sont portés disparus.",
        "Quatre soldats",
        4,
        {"category": C, "casualty_type": "missing"},
    ),
    q("50 combattants ont été faits prisonniers.", "50 combattants", 50, CAP),
    q("Le raid a fait 8 victimes.", "8 victimes", 8, {"category": C, "casualty_type": "losses"}),
    q("Les talibans ont exécuté 6 villageois.", "6 villageois", 6, K),
    q(
        "Quelque 800 000 personnes ont quitté la Libye.",
        "Quelque 800 000 personnes",
        800_000,
        DIS,
        bound="approx",
    ),
    # Fighters evacuated or fleeing are not displaced people (refugees, displaced civilians).
    q("300 soldats ont été évacués vers l'hôpital.", "300 soldats", 300, PER),
    q("2 000 civils ont été évacués vers la frontière.", "2 000 civils", 2000, DIS),
    q("Les rebelles ont libéré 40 soldats.", "40 soldats", 40, CAP),
]

CERTAINTY = [
    # a side's claim of its own deed is alleged (codebook: "affirme avoir tué" is alleged)
    q(
        "Les rebelles disent avoir abattu deux hélicoptères de l'armée.",
        "deux hélicoptères",
        2,
        EQ,
        item="hélicoptères",
        certainty="alleged",
    ),
    q(
        "Le groupe revendique avoir tué 14 policiers dans l'attaque.",
        "14 policiers",
        14,
        K,
        item="policiers",
        certainty="alleged",
    ),
    q(
        "L'armée assure n'avoir perdu que 3 hommes lors des combats.",
        "3 hommes",
        3,
        {"category": C},
        item="hommes",
        certainty="alleged",
    ),
    # a plain report of the same deed stays asserted
    q("L'armée a tué 45 jihadistes.", "45 jihadistes", 45, K, item="jihadistes"),
    q(
        "Selon une estimation, 2 000 combattants étrangers sont présents.",
        "2 000 combattants étrangers",
        2000,
        PER,
        certainty="estimated",
    ),
    q(
        "Les pertes ennemies sont évaluées à 500 hommes.",
        "500 hommes",
        500,
        {"category": C, "casualty_type": "losses"},
        certainty="estimated",
    ),
    q("40 soldats auraient été tués.", "40 soldats", 40, K, certainty="alleged"),
    q(
        "Une dizaine de rebelles seraient morts.",
        "Une dizaine de rebelles",
        10,
        K,
        bound="approx",
        certainty="alleged",
    ),
    q(
        "Les rebelles auraient abattu trois hélicoptères.",
        "trois hélicoptères",
        3,
        EQ,
        certainty="alleged",
    ),
    q("Selon des rumeurs, 15 otages ont été exécutés.", "15 otages", 15, CAP, certainty="alleged"),
    q("Le ministère affirme que 120 terroristes ont été éliminés.", "120 terroristes", 120, K),
    q("Trente soldats ont été tués, a annoncé l'armée.", "Trente soldats", 30, K),
    q(
        "Une vingtaine d'insurgés présumés ont été arrêtés.",
        "Une vingtaine d'insurgés présumés",
        20,
        CAP,
        bound="approx",
        certainty="alleged",
    ),
    q(
        "Selon des informations non confirmées, 40 soldats ont été tués.",
        "40 soldats",
        40,
        K,
        certainty="alleged",
    ),
    q(
        "Quelque 300 rebelles présumés ont été arrêtés.",
        "Quelque 300 rebelles présumés",
        300,
        CAP,
        bound="approx",
        certainty="alleged",
    ),
    q("L'armée aurait perdu 200 chars.", "200 chars", 200, EQ, certainty="alleged"),
    q(
        "Le coût de la guerre est estimé à 3 milliards de dollars.",
        "3 milliards de dollars",
        3_000_000_000,
        MON,
        unit="USD",
        certainty="estimated",
    ),
]

AGENTS_AND_PARTS = [
    q("Vingt soldats ont tué trois rebelles.", "Vingt soldats", 20, PER),
    q("Vingt soldats ont tué trois rebelles.", "trois rebelles", 3, K),
    q("Quarante rebelles ont capturé la caserne.", "Quarante rebelles", 40, PER),
    q("Deux civils ont été tués par 15 combattants.", "15 combattants", 15, PER),
    q(
        "L'armée affirme avoir tué 35 « terroristes ».",
        "35 « terroristes »",
        35,
        K,
        item="terroristes",
        certainty="alleged",
    ),
    q(
        "Environ 230 000 Syriens ont fui vers la Turquie.",
        "Environ 230 000 Syriens",
        230_000,
        DIS,
        bound="approx",
        item="Syriens",
    ),
    q("Quatorze civils, dont trois femmes, ont péri.", "Quatorze civils", 14, K),
    q("Quatorze civils, dont trois femmes, ont péri.", "trois femmes", 3, K),
    q("Les islamistes détiennent sept otages.", "sept otages", 7, CAP),
    q("Au moins 60 rebelles et 11 soldats ont péri.", "Au moins 60 rebelles", 60, K, bound="lower"),
    q("Au moins 60 rebelles et 11 soldats ont péri.", "11 soldats", 11, K),
    q("Les miliciens ont enlevé 12 villageois.", "12 villageois", 12, CAP),
    q("Six des onze otages ont été libérés.", "Six", 6, CAP, item="otages"),
    q("Trois des 12 otages ont été libérés.", "12 otages", 12, CAP),
    q("L'obus a tué 12 personnes et en a blessé 30 autres.", "30 autres", 30, W, item="personnes"),
    q(
        "Les frappes ont détruit 35 maisons et endommagé 60 autres.",
        "60 autres",
        60,
        FAC,
        item="maisons",
    ),
    q("2 000 membres des forces de sécurité ont péri.", "2 000 membres", 2000, K),
    q("Dix soldats de l'armée régulière ont été capturés.", "Dix soldats", 10, CAP),
    q(
        "L'Isaf compte 130 000 soldats, dont 90 000 Américains.",
        "90 000 Américains",
        90000,
        PER,
        item="Américains",
    ),
    q(
        "Les rebelles ont été repoussés à 30 kilomètres de Damas.",
        "30 kilomètres",
        30,
        OTH,
        unit="km",
        item=None,
    ),
]

#: "un"/"une" as the number one; counts whose noun is written elsewhere; figures of accusations.
ONE_AND_ELLIPSES = [
    q("Les rebelles tiennent la colline depuis une semaine.", "une semaine", 1, DUR, unit="week"),
    q(
        "Le siège de la ville a duré plus d'un an.",
        "plus d'un an",
        1,
        DUR,
        unit="year",
        bound="lower",
    ),
    q(
        "Les pourparlers ont été suspendus pendant un mois.",
        "un mois",
        1,
        DUR,
        unit="month",
    ),
    q("La trêve n'a tenu que pendant une journée.", "une journée", 1, DUR, unit="day"),
    q(
        "Les blessés ont attendu les secours pendant plus d\u2019une heure.",
        "plus d\u2019une heure",
        1,
        DUR,
        unit="h",
        bound="lower",
    ),
    q(
        "Au moins un soldat a été tué dans l'embuscade.",
        "Au moins un soldat",
        1,
        K,
        bound="lower",
        item="soldat",
    ),
    q(
        "Plus d'un millier de manifestants ont défilé dans la capitale.",
        "Plus d'un millier de manifestants",
        1000,
        PER,
        bound="lower",
    ),
    q(
        "Le bombardement du marché a fait 200 morts environ.",
        "200 morts environ",
        200,
        K,
        bound="approx",
    ),
    q(
        "Les insurgés, une cinquantaine environ, ont pris la fuite vers le nord.",
        "une cinquantaine environ",
        50,
        PER,
        bound="approx",
        item="insurgés",
    ),
    q(
        "Les manifestants étaient plus de 5 000 dans les rues, selon la police.",
        "plus de 5 000",
        5000,
        PER,
        bound="lower",
        item="manifestants",
    ),
    q(
        "Selon l'ONU, les déplacés seraient entre 10 000 et 15 000.",
        "entre 10 000 et 15 000",
        10000,
        DIS,
        bound="lower",
        value_max=15000,
        certainty="alleged",
        item="déplacés",
    ),
    q(
        "« Nous étions au moins 300 », a raconté un rescapé.",
        "au moins 300",
        300,
        PER,
        bound="lower",
    ),
    q(
        "Les miliciens ont encerclé le village. Ils étaient près de 400, selon un témoin.",
        "près de 400",
        400,
        PER,
        bound="approx",
        item="miliciens",
    ),
    q(
        "Trente soldats ont été tués mardi et plus de 40 mercredi.",
        "plus de 40",
        40,
        K,
        bound="lower",
        item="soldats",
    ),
    q(
        "Les blessés étaient plus de 200, selon l'hôpital de campagne.",
        "plus de 200",
        200,
        W,
        bound="lower",
    ),
    q(
        "Les otages ont été libérés, mais trois d'entre eux sont morts en captivité.",
        "trois",
        3,
        K,
        item="otages",
    ),
    q(
        "L'armée a mobilisé 30 000 réservistes. Quelque 2 000 d'entre eux auraient déserté.",
        "Quelque 2 000",
        2000,
        PER,
        bound="approx",
        certainty="alleged",
        item="réservistes",
    ),
    q(
        "Le ministère assure que « plus de 60 rebelles » ont été abattus.",
        "plus de 60 rebelles",
        60,
        K,
        bound="lower",
    ),
    q(
        "Les bombardements ont poussé quelque 20 000 personnes à fuir leurs villages.",
        "quelque 20 000 personnes",
        20000,
        DIS,
        bound="approx",
    ),
    q(
        "Les violences ont contraint 3 000 familles à quitter la région.",
        "3 000 familles",
        3000,
        DIS,
    ),
    q(
        "Une cinquantaine de combattants auraient été évacués vers la Turquie.",
        "Une cinquantaine de combattants",
        50,
        PER,
        bound="approx",
        certainty="alleged",
    ),
    q(
        "La ville comptait environ 70 000 habitants avant la guerre.",
        "environ 70 000 habitants",
        70000,
        OTH,
        bound="approx",
    ),
    q(
        "Le groupe aurait engagé 8 000 hommes, dont 5 000 recrutés dans les camps.",
        "5 000 recrutés",
        5000,
        PER,
        certainty="alleged",
    ),
    q(
        "L'ONG accuse l'armée d'avoir exécuté une trentaine de civils.",
        "une trentaine de civils",
        30,
        K,
        bound="approx",
        certainty="alleged",
    ),
    q(
        "Les rebelles sont accusés d'avoir enlevé 12 humanitaires.",
        "12 humanitaires",
        12,
        CAP,
        certainty="alleged",
    ),
    q(
        "L'opposition affirme sans preuve que 300 soldats ont été tués.",
        "300 soldats",
        300,
        K,
        certainty="alleged",
    ),
    q(
        "L'état-major a annoncé que 30 rebelles avaient été tués.",
        "30 rebelles",
        30,
        K,
    ),
    q(
        "Le gouvernement a dénoncé l'attentat qui a fait 25 morts.",
        "25 morts",
        25,
        K,
    ),
    q(
        "L'armée affirme avoir détruit 12 chars, un bilan invérifiable de source indépendante.",
        "12 chars",
        12,
        EQ,
        certainty="alleged",
    ),
    q(
        "L'entreprise accuse une baisse de 3 % de ses ventes.",
        "3 %",
        3,
        OTH,
        unit="%",
    ),
]

ALL = (
    ONE_AND_ELLIPSES
    + AGENTS_AND_PARTS
    + DIGITS
    + WORDS
    + APPROXIMATE_NOUNS
    + BOUNDS
    + RANGES
    + UNITS
    + ITEMS
    + CONTEXT
    + CERTAINTY
)


@pytest.mark.parametrize(("text", "span", "expected"), ALL)
def test_phrase(find: Find, text: str, span: str, expected: dict[str, Any]) -> None:
    found = find(text)
    spans = [text[x.start : x.end] for x in found]
    assert span in spans, f"{span!r} not among {spans}"
    quantity = found[spans.index(span)]
    wanted = {"bound": "exact", "unit": None, "certainty": "asserted", "value_max": None}
    wanted.update(expected)
    got = {key: getattr(quantity, key) for key in wanted}
    assert got == wanted


NOT_QUANTITIES = [
    "L'attaque a eu lieu le 6 février.",
    "Le 12 mars 2012, les rebelles sont entrés dans la ville.",
    "En 2011, la guerre a éclaté.",
    "Depuis 2003, le pays est en guerre.",
    "L'explosion a eu lieu à 14h30.",
    "Les tirs ont commencé vers 22 heures.",
    "L'assaut a été lancé à 5 h 30 du matin.",
    "Le XVe siècle a vu de nombreuses guerres.",
    "C'est le 3e attentat cette année.",
    "Il est arrivé 1er de la course.",
    "Un soldat a été blessé.",
    "Une voiture a explosé devant l'ambassade.",
    "La résolution 2085 autorise le déploiement.",
    "L'article 51 de la Charte a été invoqué.",
    "Le Falcon 9 a décollé.",
    "Les F-16 ont bombardé la ville.",
    "Le vol MH17 a été abattu.",
    "Les années 1990 ont été marquées par la guerre civile.",
    "Le 11 septembre 2001 a changé le monde.",
    "Le sommet du G20 se tient à Paris.",
    "Les deux pays ont signé un accord.",
    "Le crash serait dû à une défaillance des deux moteurs.",
    "La réunion du 15/03/2012 a été annulée.",
    "Rendez-vous à 18:45 devant la mairie.",
    "Les troisièmes élections ont eu lieu.",
    "De 2001 à 2014, l'OTAN a combattu en Afghanistan.",
    "Il est né en mars 1975.",
    "L'un des soldats a été blessé.",
    "Le fusil AK-47 reste l'arme des rebelles.",
    "La chaîne France 24 a diffusé les images.",
    "Le bataillon 101 a quitté Kaboul.",
    "Le mardi 4 septembre, l'armée est entrée dans Gao.",
    "Les élections de 2014 ont été reportées.",
    "Les tirs ont cessé à 6 heures du matin.",
    "L'accord a été signé le 1er juillet.",
    "Il a été blessé au XXe siècle.",
    "Vers 15h, les tirs ont repris.",
    "L'attaque a commencé depuis 2h du matin.",
    "Les deux camps se sont affrontés toute la nuit.",
    "Les rebelles ont attaqué la base trois fois.",
    "Le village a été bombardé à deux reprises.",
    "Les 27 pays de l'Union ont condamné l'attaque.",
    "Un Mi-24 a été abattu au-dessus de la ville.",
    "Le M23 a pris Goma en novembre.",
    "Les rebelles circulent en 4x4 dans le désert.",
    "La 101e division aéroportée est arrivée.",
    "Du 12 au 15 mars, les combats ont fait rage.",
    "Un jour, les réfugiés rentreront chez eux.",
    "Les tirs ont repris à une heure du matin.",
    "Pour un mois d'août, la chaleur est inhabituelle.",
    "Les réfugiés ont souffert pendant la deuxième quinzaine d'août.",
    "Chacun des deux camps revendique la victoire.",
    "Les combats ont fait des victimes des deux côtés.",
    "Les travailleurs saisonniers touchent jusqu'à 1,5 fois le salaire minimum.",
    "Les habitants se souviennent des années entre 2008 et 2009.",
    "Les joueurs ont mené jusqu'à 6-1 dans le premier set.",
    "Les rebelles ont pris plus de la moitié de la ville.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_a_quantity(find: Find, text: str) -> None:
    assert [text[x.start : x.end] for x in find(text)] == []


def test_several_quantities_and_a_date_in_one_sentence(find: Find) -> None:
    text = "Les combats ont fait 25 morts et 40 blessés le 3 mars 2013."
    found = find(text)
    assert [(text[x.start : x.end], x.category, x.casualty_type) for x in found] == [
        ("25 morts", C, "killed"),
        ("40 blessés", C, "wounded"),
    ]


def test_table_is_large_enough() -> None:
    assert len(ALL) + len(NOT_QUANTITIES) >= 150
