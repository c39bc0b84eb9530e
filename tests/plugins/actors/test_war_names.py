"""Organisations a war document names that no lexicon entry and no typing rule knows.

The rules run with an empty lexicon, as on the text of a conflict the lexicon has no entry
for (``war_names.py``, the war-document branch of ``acronyms.py``, and the qualified
governments of ``named_governments.py``). Passages of the
realgold dev split (French Wikipedia, CC BY-SA 4.0), named by their document.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from polemos_actors.compiled import Matchers
from polemos_actors.schema import load_lexicon
from polemos_actors.war_names import war_document
from spacy.language import Language

Bare = Callable[[str], dict[str, tuple[str, str]]]

# mali-offensive-region-kidal-2023
KIDAL = (
    "L'offensive de la région de Kidal débute le , lors de la guerre du Mali. Elle est lancée "
    "par les Forces armées maliennes (Fama) et le Groupe Wagner, avec l'objectif de reprendre "
    "le contrôle de la région de Kidal. Ces trois camps sont évacués précipitamment en raison "
    "des combats. L'armée malienne et le Groupe Wagner lancent leur "
    "opération le 2 octobre. En dépit de l'Accord d'Alger, signé en 2015, les tensions "
    "s'accroissent en septembre 2023 entre la junte malienne et la Coordination des mouvements "
    "de l'Azawad (CMA). La nuit du 4 au 5 août 2023, un poste de la CMA est attaqué à Foïta."
)

# turquie-attentat-ankara-mars-2016: one state force, and words of an attack
ANKARA = (
    "L'attentat à la voiture piégée a eu lieu près de Güven Park. Les services de sécurité "
    "turcs ont déclaré qu’une des kamikazes, prénommée Seher Cagla, fait partie du PKK. Un "
    "deuxième suspect identifié est un citoyen turc lié au PKK. Selon une source policière, "
    "les explosifs utilisés lors de cet attentat sont du même type que ceux employés lors de "
    "l'attentat de février 2016 à Ankara."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("fr_core_news_sm")


@pytest.fixture(scope="module")
def bare(nlp: Language) -> Bare:
    """Mention text -> (type, actor_id) of what the rules find with an empty lexicon."""
    matchers = Matchers.build(load_lexicon(shipped=False), nlp.vocab)

    def run(text: str) -> dict[str, tuple[str, str]]:
        doc = nlp(text)
        chosen, _ = matchers.candidates(doc, use_ner=True)
        return {doc[c.start : c.end].text: (c.actor.type, c.actor.id) for c in chosen}

    return run


def test_untyped_organisations_of_a_war_document_are_armed_groups(bare: Bare) -> None:
    found = bare(KIDAL)
    assert found["Groupe Wagner"][0] == "armed_group"
    assert found["armée malienne"][0] == "state_force"
    assert "Accord d'Alger" not in found  # an agreement, not an actor


def test_a_defined_name_of_a_war_document_is_an_armed_group(bare: Bare) -> None:
    found = bare(KIDAL)
    name = found["Coordination des mouvements de l'Azawad"]
    assert name[0] == "armed_group"
    assert found["CMA"] == name  # the acronym, here and after, is the same actor


def test_an_attack_with_one_state_force_is_a_war_document(bare: Bare, nlp: Language) -> None:
    found = bare(ANKARA)
    assert found["services de sécurité turcs"][0] == "state_force"
    assert found["PKK"][0] == "armed_group"


def test_a_text_without_armed_actors_is_no_war_document(bare: Bare, nlp: Language) -> None:
    # wikinews2012-44374-belgique-banques-piratees (French Wikinews 2012, CC BY 2.5)
    text = (
        "Selon la fédération des banques, Febelfin, « le montant est plutôt de 700 000 euros ». "
        "Febelfin a rappelé sur la RTBF que les banques électroniques restent sûres."
    )
    doc = nlp(text)
    assert not war_document(doc, [])
    assert "RTBF" not in bare(text) or bare(text)["RTBF"][0] != "armed_group"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # irak-bataille-barrage-de-mossoul-2014
            "Les peshmergas du gouvernement régional du Kurdistan interviennent et prennent "
            "possession du barrage.",
            "gouvernement régional du Kurdistan",
        ),
        (  # somalie-hizbul-islam
            "Ces groupes avaient pris part à la rébellion islamiste contre l’Éthiopie et le "
            "Gouvernement fédéral de transition de Somalie.",
            "Gouvernement fédéral de transition de Somalie",
        ),
    ],
)
def test_a_qualified_government_and_its_place_is_a_government(
    bare: Bare, text: str, name: str
) -> None:
    assert bare(text)[name][0] == "government"
