"""Organisations and persons the lexicon does not know, found and typed by general rules.

The rules are called on their own (no lexicon), as on the text of a conflict the lexicon has
no entry for: names defined by a bracketed acronym (``acronyms.py``), party-typed names and
unknown acronyms the text shows to be armed groups (``armed_context.py``), countries that are
the agent of a participle (``roles.py``), leaders named after their group
(``single_names.py``) and persons after a title and its demonym (``ner.py``). Sentences from
the realgold dev split (French Wikipedia, CC BY-SA 4.0; French Wikinews, CC BY 2.5), named by
their document.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from polemos_actors.acronyms import defined_names
from polemos_actors.armed_context import armed_acronyms, armed_types
from polemos_actors.compiled import Matchers
from polemos_actors.mentions import Candidate
from polemos_actors.ner import ner_candidates, titled_persons
from polemos_actors.schema import load_lexicon
from polemos_actors.single_names import leader_names
from spacy.language import Language
from spacy.tokens import Doc

from .conftest import Analyze


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("fr_core_news_sm")


Bare = Callable[[str], set[tuple[str, str]]]


@pytest.fixture(scope="module")
def bare(nlp: Language) -> Bare:
    """The (text, type) of the mentions all the rules find with an empty lexicon."""
    matchers = Matchers.build(load_lexicon(shipped=False), nlp.vocab)

    def run(text: str) -> set[tuple[str, str]]:
        doc = nlp(text)
        chosen, _ = matchers.candidates(doc, use_ner=True)
        return _found(doc, chosen)

    return run


def _found(doc: Doc, chosen: list[Candidate]) -> set[tuple[str, str]]:
    return {(doc[c.start : c.end].text, c.actor.type) for c in chosen}


def _defined(nlp: Language, text: str) -> tuple[Doc, list[Candidate]]:
    doc = nlp(text)
    return doc, armed_types(doc, defined_names(doc, []))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Le Congrès national pour la défense du peuple (CNDP) est l'administration rebelle "
            "établie par Laurent Nkunda dans la région du Kivu de la République démocratique du "
            "Congo.",
            "Congrès national pour la défense du peuple",
            id="pour-la-inside:rdc-congres-national-defense-du-peuple",
        ),
        pytest.param(
            "Le Rassemblement congolais pour la démocratie (RCD) est un groupe rebelle congolais "
            "actif de 1998 à 2006 dans la partie orientale de la république démocratique du "
            "Congo (RDC).",
            "Rassemblement congolais pour la démocratie",
            id="party-head-called-rebel:rdc-rassemblement-congolais-democratie",
        ),
    ],
)
def test_a_defined_name_the_text_calls_armed_is_an_armed_group(
    nlp: Language, text: str, name: str
) -> None:
    doc, chosen = _defined(nlp, text)
    assert (name, "armed_group") in _found(doc, chosen)


def test_a_party_headed_name_stays_a_party_without_an_armed_word(nlp: Language) -> None:
    # rdc-rassemblement-congolais-democratie
    doc, chosen = _defined(
        nlp,
        "Du au 18 février 2006, le RCD participa avec le Parti du peuple pour la reconstruction "
        "et la démocratie (PPRD) de Joseph Kabila et le Mouvement de libération du Congo (MLC) "
        "de Jean-Pierre Bemba au gouvernement de transition.",
    )
    found = _found(doc, chosen)
    assert ("Parti du peuple pour la reconstruction et la démocratie", "government") in found
    assert ("Mouvement de libération du Congo", "armed_group") in found


def test_a_lower_case_name_spelled_by_its_acronym(nlp: Language) -> None:
    # soudan-nyala-2023
    doc, chosen = _defined(
        nlp,
        "La bataille de Nyala est une bataille pour le contrôle de Nyala, la capitale du Darfour "
        "du Sud au Soudan, entre les forces de soutien rapide (FSR) et les forces armées "
        "soudanaises pendant la campagne du Darfour.",
    )
    assert ("forces de soutien rapide", "armed_group") in _found(doc, chosen)


def test_an_english_name_after_pour_in_the_bracket(nlp: Language) -> None:
    # ouganda-armee-de-resistance-du-seigneur
    doc, chosen = _defined(
        nlp,
        "L’Armée de résistance du Seigneur (LRA pour Lord's Resistance Army) est un mouvement "
        "qui se présente comme chrétien, en rébellion contre le gouvernement de l'Ouganda.",
    )
    found = _found(doc, chosen)
    assert ("Armée de résistance du Seigneur", "armed_group") in found
    assert ("Lord's Resistance Army", "armed_group") in found
    assert len({c.actor.id for c in chosen}) == 1


def test_a_party_headed_name_listed_with_an_armed_group_is_armed(actors: Analyze) -> None:
    # angola-intervention-cubaine
    text = (
        "L'Afrique du Sud et les États-Unis soutiennent l'UNITA et le FNLA, tandis que les "
        "nations communistes soutiennent le MPLA."
    )
    assert ("UNITA", "armed_group") in {(a.text, a.label) for a in actors(text)}


def test_an_unknown_acronym_after_rebelles_du(nlp: Language) -> None:
    # rdc-mouvement-du-23-mars
    doc = nlp(
        "En 2012 les rebelles du M23 conquièrent de grandes parties du Nord-Kivu, et le , "
        "prennent le contrôle de Goma, la capitale régionale."
    )
    assert _found(doc, list(armed_acronyms(doc, []))) == {("M23", "armed_group")}


def test_an_unknown_acronym_object_of_a_verb_of_fighting(nlp: Language) -> None:
    # rwanda-forces-armees-rwandaises: FAR stays unknown, FPR is the one stopped
    doc = nlp("La France envoie un contingent bien équipé pour aider les FAR à stopper le FPR.")
    assert _found(doc, list(armed_acronyms(doc, []))) == {("FPR", "armed_group")}


def test_an_unknown_acronym_listed_with_a_named_armed_group(actors: Analyze) -> None:
    # mali-nampala-2016
    text = (
        "Il oppose l'armée malienne à des rebelles peuls d'Ansar Dine et de l'ANSIPRJ qui "
        "s'emparent de la petite ville de Nampala."
    )
    assert ("ANSIPRJ", "armed_group") in {(a.text, a.label) for a in actors(text)}


def test_a_union_acronym_is_no_armed_group(nlp: Language) -> None:
    # French Wikinews 2012 (CC BY 2.5), article 44372
    doc = nlp(
        "Cette annonce ne satisfait ni les syndicats, comme Force ouvrière qui espérait une "
        "augmentation de 5 % ainsi que la CGT et Solidaires qui demandaient de porter le salaire "
        "minimum à 1 700 €."
    )
    assert list(armed_acronyms(doc, [])) == []


def test_the_agent_of_a_participle_is_a_government(bare: Bare) -> None:
    # rdc-rassemblement-congolais-democratie
    text = (
        "Le mouvement fut porté par le Rwanda et fut l'un des acteurs majeurs de la deuxième "
        "guerre du Congo."
    )
    assert ("Rwanda", "government") in bare(text)


def test_the_leaders_named_after_armed_groups_are_persons(nlp: Language) -> None:
    # tchad-bataille-ndjamena-2008
    doc = nlp(
        "Elle oppose les forces rebelles coalisées de l'UFDD (Union des forces pour la "
        "démocratie et le développement) de Mahamat Nouri, de l'UFDD-Fondamentale d'Abdelwahid "
        "About Makaye et d'Acheikh ibn Oumar et du RFC (Rassemblement des forces pour le "
        "changement) de Timan Erdimi, réunies sous un commandement militaire unifié commandé "
        "par le colonel Fizani Mahadjir, à l'armée nationale tchadienne (ANT), commandée par le "
        "président Idriss Déby."
    )
    groups = list(ner_candidates(doc))
    leaders = {doc[c.start : c.end].text for c in leader_names(doc, groups)}
    assert "Mahamat Nouri" in leaders  # the model cuts the RFC's name short here
    assert not leaders & {"Fizani Mahadjir", "Idriss Déby"}  # titled, after no group


def test_a_person_after_a_title_and_its_demonym(nlp: Language) -> None:
    # ukraine-massacre-ilovaisk-2014
    doc = nlp(
        "Le président russe Vladimir Poutine propose l'ouverture d'un corridor humanitaire pour "
        "permettre aux soldats ukrainiens assiégés de quitter la ville."
    )
    assert [doc[c.start : c.end].text for c in titled_persons(doc)] == ["Vladimir Poutine"]


def test_a_name_no_word_types_is_armed_after_rebelles_du(nlp: Language) -> None:
    # mali-tinzawatene-2024
    doc, chosen = _defined(
        nlp,
        "En octobre 2023, à la suite de la rupture de l'accord d'Alger, les Forces armées "
        "maliennes (FAMa) et le Groupe Wagner lancent une offensive sur la région de Kidal, "
        "alors contrôlée par les rebelles du Cadre stratégique permanent (CSP), à dominante "
        "touarègue.",
    )
    assert ("Cadre stratégique permanent", "armed_group") in _found(doc, chosen)


def test_force_nouns_with_a_people_adjective_are_generic_groups(bare: Bare) -> None:
    # irak-bataille-de-sinjar-2014-2015; georgie-offensive-tskhinvali-2008
    text = (
        "Le 17 décembre, les peshmergas lancent une vaste offensive qui permet aux forces kurdes "
        "de repousser l'EI hors des montagnes et de reprendre une partie de la ville de Sinjar. "
        "Cinq villages en Ossétie du Sud peuplé de Géorgiens autour de Tskhinvali ont était "
        "détruit à 50 % par des milices ossètes entre le 10 et 22 août."
    )
    assert {("forces kurdes", "armed_group"), ("milices ossètes", "armed_group")} <= bare(text)


def test_security_services_of_a_demonym_are_a_state_force(actors: Analyze) -> None:
    # turquie-attentat-ankara-mars-2016
    text = (
        "Les services de sécurité turcs ont déclaré qu’une des kamikazes, prénommée Seher Cagla, "
        "fait partie du PKK."
    )
    by_text = {a.text: (a.label, a.attributes["country"]) for a in actors(text)}
    assert by_text["services de sécurité turcs"] == ("state_force", "TR")


def test_a_cartel_named_after_de_keeps_its_head(bare: Bare) -> None:
    # mexique-cartel-de-jalisco-nouvelle-generation
    text = (
        "Depuis sa fusion-absorption du cartel de Tijuana, c'est l'un des plus puissants cartels "
        "de la drogue mexicains avec le cartel de Sinaloa, dont il a dépassé l'activité "
        "criminelle en 2018 selon le gouvernement mexicain."
    )
    assert {("cartel de Tijuana", "armed_group"), ("cartel de Sinaloa", "armed_group")} <= bare(
        text
    )


def test_entities_no_rule_types_are_armed_by_their_context(bare: Bare) -> None:
    # centrafrique-seleka; inde-attentat-pulwama-2019
    seleka = bare(
        "La Seleka (« Coalition » en sango), aussi orthographiée Séléka, est une coalition "
        "constituée en août 2012 de groupes rebelles pour chasser du pouvoir le président "
        "centrafricain François Bozizé, ce qu'elle fera au mois de mars 2013 ."
    )
    assert {("Seleka", "armed_group"), ("François Bozizé", "person")} <= seleka
    jaish = bare(
        "L'attaque, perpétrée par un membre de l'organisation terroriste pakistanaise "
        "Jaish-e-Mohammed, tue quarante-six membres de la Central Reserve Police Force."
    )
    assert ("Jaish-e-Mohammed", "armed_group") in jaish


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (  # rdc-rassemblement-congolais-democratie: each country after a plural head
            "En 1997, Laurent-Désiré Kabila s'installa comme Président de la RDC, à la suite de "
            "l'Alliance des forces démocratiques pour la libération du Congo-Zaïre (AFDL) au "
            "cours de la première guerre du Congo, avec l'aide des gouvernements de l'Ouganda "
            "et du Rwanda.",
            {"Ouganda", "Rwanda"},
        ),
        (  # sahara-occidental-guerre-1975-1991: coordinated with an actor before their verb
            "Le Maroc et le Polisario signent un accord de cessez-le-feu en 1991, préalable à un "
            "référendum d'autodétermination, qui n'a toujours pas eu lieu.",
            {"Maroc"},
        ),
    ],
)
def test_countries_that_act_with_others_are_governments(
    bare: Bare, text: str, countries: set[str]
) -> None:
    assert {(country, "government") for country in countries} <= bare(text)


def test_a_name_then_a_comma_at_the_end_of_the_text_is_read_without_error() -> None:
    # found by the hardening fuzz test: a comma closing the text after an apposition's comma
    from polemos import Document, Pipeline

    document = Pipeline(["actors"]).analyze_one(Document("t", "l'UEsoldats, \x99⼄¢NKÉ, "))
    assert document.errors == ()
