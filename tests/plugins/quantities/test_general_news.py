"""Quantities of general news (politics, economy, elections, sport, science, justice).

Made-up sentences, one table per class of construction, then the same classes on real
Wikinews 2012 articles of the shared corpus.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from tests.plugins.quantities.conftest import Find

PER = {"category": "personnel"}
OTH = {"category": "other"}


def q(text: str, span: str, value: float, kind: dict[str, Any], **more: Any) -> Any:
    return pytest.param(text, span, {"value": value, **kind, **more}, id=span)


#: People of politics, economy, sport, justice who take part: personnel, whatever their role.
PEOPLE = [
    q("Le cabinet réunit 21 ministres et 9 secrétaires d'État.", "21 ministres", 21, PER),
    q("Le cabinet réunit 21 ministres et 9 secrétaires d'État.", "9 secrétaires d'État", 9, PER),
    q("La loi a été votée par 312 députés.", "312 députés", 312, PER),
    q("Le festival accueille 2 400 artistes.", "2 400 artistes", 2400, PER),
    q(
        "Plus de 40 pompiers ont lutté contre le feu.",
        "Plus de 40 pompiers",
        40,
        PER,
        bound="lower",
    ),
]

#: People counted by what they are, not by taking part (codebook: "people who took part are
#: personnel"): other, unless their sentence says they take part. Real sentences of the dev set
#: (tests/data/realgold/dev) and made-up ones of the same classes.
BYSTANDERS = [
    q("L'appareil transportait 96 passagers.", "96 passagers", 96, OTH),
    q(
        "L'établissement reçoit ce jour-là 600 visiteurs (en plus de ses 3 000 étudiants).",
        "600 visiteurs",
        600,
        OTH,
    ),
    q(
        "L'établissement reçoit ce jour-là 600 visiteurs (en plus de ses 3 000 étudiants).",
        "3 000 étudiants",
        3000,
        OTH,
    ),
    q("Il était père de quatre enfants, deux garçons et deux filles.", "quatre enfants", 4, OTH),
    q(
        "Des milliers de personnes se sont rassemblées ce vendredi sur la place Tahrir.",
        "Des milliers de personnes",
        1000,
        PER,
        bound="approx",
    ),
    q(
        "Rien que dans l'État d'Al-Jazirah, plus de 40 000 personnes sont mobilisées.",
        "plus de 40 000 personnes",
        40000,
        PER,
        bound="lower",
    ),
]

NOT_PEOPLE = [
    q("Le parti obtient 14 sièges au Sénat.", "14 sièges", 14, OTH),
    q("Le moteur compte neuf cylindres.", "neuf cylindres", 9, OTH),
]


@pytest.mark.parametrize(("text", "span", "expected"), [*PEOPLE, *BYSTANDERS, *NOT_PEOPLE])
def test_phrase(find: Find, text: str, span: str, expected: dict[str, Any]) -> None:
    found = find(text)
    spans = [text[x.start : x.end] for x in found]
    assert span in spans, f"{span!r} not among {spans}"
    quantity = found[spans.index(span)]
    wanted = {"bound": "exact", "unit": None, "certainty": "asserted"}
    wanted.update(expected)
    assert {key: getattr(quantity, key) for key in wanted} == wanted


@pytest.fixture(scope="module")
def wikinews(shared: Path, nlp: Language, find: Find) -> dict[str, dict[str, str]]:
    """Span -> category of every quantity of a few Wikinews 2012 articles."""
    folder = shared / "corpus" / "wikinews-fr-2012"
    found: dict[str, dict[str, str]] = {}
    for name in ("44145", "44543", "44586", "45621", "45722"):
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        found[name] = {text[x.start : x.end]: x.category for x in find(text)}
    return found


def test_people_of_general_news_take_part_or_are_counted(
    wikinews: dict[str, dict[str, str]],
) -> None:
    assert wikinews["44145"]["147 passagers"] == "other"  # carried, not taking part
    assert wikinews["44145"]["6 membres d'équipage"] == "personnel"
    assert wikinews["44543"]["544 votants"] == "personnel"
    assert wikinews["45722"]["303 grands électeurs"] == "personnel"


#: Codebook: an age is ``other`` with unit ``year``; a duration of events is ``duration``.
AGE = {"category": "other", "unit": "year"}
DURATION = {"category": "duration", "unit": "year"}
AGES = [
    q("Une députée de 34 ans a été élue.", "34 ans", 34, AGE),
    q("Un ouvrier polonais de 51 ans a témoigné.", "51 ans", 51, AGE),
    q(
        "Une famille avec trois enfants de moins de 10 ans.",
        "moins de 10 ans",
        10,
        AGE,
        bound="upper",
    ),
    q("Le chanteur avait 63 ans.", "63 ans", 63, AGE),
    q("La réforme date d'il y a 40 ans.", "40 ans", 40, DURATION),
    q("Le mandat de 5 ans du président s'achève.", "5 ans", 5, DURATION),
    q("Il a été condamné à 8 ans de prison.", "8 ans", 8, DURATION, item="prison"),
]


@pytest.mark.parametrize(("text", "span", "expected"), AGES)
def test_age_or_duration(find: Find, text: str, span: str, expected: dict[str, Any]) -> None:
    test_phrase(find, text, span, expected)


def test_ages_on_real_text(wikinews: dict[str, dict[str, str]]) -> None:
    assert wikinews["44586"]["47 ans"] == "other"  # "Il avait 47 ans."
    assert wikinews["45621"]["12 ans"] == "other"  # "un enfant britannique de 12 ans"


CAP = {"category": "captured"}
DIS = {"category": "displaced"}
LOSS = {"category": "casualties", "casualty_type": "losses"}
KILLED = {"category": "casualties", "casualty_type": "killed"}
#: Number forms the small model or the writer bends: "de" after a large plain number, a set
#: after "des", a quoted approximate noun, a plural noun tagged as a verb, "en" + a state.
FORMS = [
    q(
        "Près de 250 000 de personnes ont fui.",
        "Près de 250 000 de personnes",
        250000,
        DIS,
        bound="approx",
    ),
    q(
        "Au moins douze des victimes étaient des enfants.",
        "Au moins douze des victimes",
        12,
        LOSS,
        bound="lower",
    ),
    q(
        "L'armée dit que des « centaines » de rebelles ont été tués.",
        "des « centaines » de rebelles",
        100,
        KILLED,
        bound="approx",
    ),
    q("Trois cents moutons ont été vendus.", "Trois cents moutons", 300, OTH),
    q("La motion a été adoptée par 310 voix contre 12.", "310 voix", 310, OTH),
    q("Les ravisseurs gardent 14 employés en otage.", "14 employés", 14, CAP),
]
NOT_FORMS = [
    "Les élèves ayant des moyennes comprises entre 8 et 10 repasseront un oral.",
    "Le candidat en a obtenu 33 de plus que son rival.",
    "Deux des plus grandes banques ont fermé.",
]


@pytest.mark.parametrize(("text", "span", "expected"), FORMS)
def test_number_forms(find: Find, text: str, span: str, expected: dict[str, Any]) -> None:
    test_phrase(find, text, span, expected)


@pytest.mark.parametrize("text", NOT_FORMS)
def test_not_a_quantity(find: Find, text: str) -> None:
    assert [text[x.start : x.end] for x in find(text)] == []


def _parts(find: Find, text: str) -> dict[str, str | None]:
    found = find(text)
    return {
        text[x.start : x.end]: None
        if x.part_of is None
        else text[found[x.part_of].start : found[x.part_of].end]
        for x in found
    }


def test_a_breakdown_in_parentheses_is_part_of_its_whole(find: Find) -> None:
    text = "Le bureau compte 25 membres (9 élus, 12 experts et 4 juges) depuis lundi."
    assert _parts(find, text) == {
        "25 membres": None,
        "9 élus": "25 membres",
        "12 experts": "25 membres",
        "4 juges": "25 membres",
    }


def test_a_list_that_does_not_add_up_is_no_breakdown(find: Find) -> None:
    text = "Le convoi compte 40 véhicules (12 chars et 8 camions)."
    assert set(_parts(find, text).values()) == {None}
    text = "Le bilan est de 12 morts, 5 blessés et 7 disparus."
    assert set(_parts(find, text).values()) == {None}


FAC = {"category": "facilities"}
#: "postes" after a word of jobs are jobs (``other``); attacked or held, they are facilities.
JOBS = [
    q("L'usine va supprimer 340 postes d'ici 2015.", "340 postes", 340, OTH),
    q("Le plan prévoit la création de 1 200 postes.", "1 200 postes", 1200, OTH),
    q("Les insurgés ont pris 12 postes frontaliers.", "12 postes frontaliers", 12, FAC),
]


@pytest.mark.parametrize(("text", "span", "expected"), JOBS)
def test_jobs_or_posts(find: Find, text: str, span: str, expected: dict[str, Any]) -> None:
    test_phrase(find, text, span, expected)


def test_jobs_on_real_text(shared: Path, find: Find) -> None:
    text = (shared / "corpus" / "wikinews-fr-2012" / "44555.txt").read_text(encoding="utf-8")
    found = {text[x.start : x.end]: x.category for x in find(text)}
    assert found["5 122 postes"] == found["556 postes"] == "other"


def test_a_breakdown_after_a_comma_is_part_of_its_whole_when_of_its_kind(find: Find) -> None:
    text = "Il était père de quatre enfants, deux garçons et deux filles."  # dev: Kadyrov 2004
    assert _parts(find, text) == {
        "quatre enfants": None,
        "deux garçons": "quatre enfants",
        "deux filles": "quatre enfants",
    }
    text = "L'attaque a fait 12 morts, 5 blessés et 7 disparus."  # adds up, other kinds
    assert set(_parts(find, text).values()) == {None}
