"""Relations by class of French construction: one sentence per class, with negative cases.

The sentences are written for these tests (none is a sentence of a gold text); each class is
a construction the frames and cues must read on any text: titles said through a copula or an
apposition, founders and leaders, mergers, hostility and support frames, status. Actor
mentions come from a small lexicon (``TinyActors``), so a failure here is a relation failure.
"""

from __future__ import annotations

import pytest

from .conftest import Analyse, triples
from .test_frames import frames

LEXICON = {
    "Mahamat Idriss Déby": ("deby", "person"),
    "Conseil militaire de transition": ("cmt", "government"),
    "Ahmed Salem": ("salem", "person"),
    "Union africaine": ("au", "international"),
    "Abdelmalek Droukdel": ("droukdel", "person"),
    "Houthis": ("houthis", "armed_group"),
    "houthi": ("houthis", "armed_group"),
    "Yahya Saree": ("saree", "person"),
    "coalition arabe": ("arab_coalition", "international"),
    "Arabie saoudite": ("sa_gov", "government"),
    "Forces armées soudanaises": ("saf", "state_force"),
    "Mouvement national de libération de l'Azawad": ("mnla", "armed_group"),
    "MNLA": ("mnla", "armed_group"),
    "Bilal Ag Acherif": ("acherif", "person"),
    "MUJAO": ("mujao", "armed_group"),
    "Al-Mourabitoune": ("mourabitoune", "armed_group"),
    "Katiba Macina": ("macina", "armed_group"),
    "Amadou Koufa": ("koufa", "person"),
    "Ansarul Islam": ("ansarul", "armed_group"),
    "Forces démocratiques syriennes": ("sdf", "armed_group"),
    "État islamique": ("is", "armed_group"),
    "Shebab": ("shebab", "armed_group"),
    "armée kényane": ("kdf", "state_force"),
    "Hezbollah": ("hezbollah", "armed_group"),
    "armée israélienne": ("idf", "state_force"),
    "Boko Haram": ("boko", "armed_group"),
    "Front de libération de l'Azawad": ("fla", "armed_group"),
    "Yvan Martin": ("martin", "person"),
    "Royaume-Uni": ("uk_gov", "government"),
    "Iran": ("ir_gov", "government"),
    "États-Unis": ("us_gov", "government"),
    "Groupe de soutien à l'islam et aux musulmans": ("jnim", "armed_group"),
    "Ansar Dine": ("ansar_dine", "armed_group"),
    "HCUA": ("hcua", "armed_group"),
    "Cadre stratégique permanent": ("csp", "armed_group"),
    "Nouvelle Démocratie": ("nd", "government"),
    "Parti socialiste": ("ps", "government"),
}


def found(analyse: Analyse, text: str) -> set[tuple[str, str, str, str]]:
    """(source, type, target, status) of the relations the extractor finds in ``text``."""
    return triples(analyse(text, LEXICON))


# --- person-organisation: titles ---------------------------------------------------------------


def test_title_in_a_copula_predicate_chain(analyse: Analyse) -> None:
    # "X, ..., est un officier <nationalité>, général et chef de Y"
    text = (
        "Mahamat Idriss Déby, né en 1984, est un officier tchadien, général et président du "
        "Conseil militaire de transition depuis 2021."
    )
    assert ("deby", "affiliated_with", "cmt", "current") in found(analyse, text)


def test_elected_title_said_of_a_named_subject_noun(analyse: Analyse) -> None:
    # "Le <nom commun> X a été élu président de Y": the name is the subject's apposition
    text = "Le diplomate Ahmed Salem a été élu président de l'Union africaine samedi."
    assert found(analyse, text) == {("salem", "affiliated_with", "au", "current")}


def test_organisation_written_after_a_role_noun_without_preposition(analyse: Analyse) -> None:
    # "X, un responsable houthi, ..."
    text = "Yahya Saree, un responsable houthi, a revendiqué le tir de missiles."
    assert ("saree", "affiliated_with", "houthis", "current") in found(analyse, text)


def test_a_person_after_a_title_is_not_its_organisation(analyse: Analyse) -> None:
    # negative: "le président X" is the person's title, no relation to another person
    text = "Le président Mahamat Idriss Déby a reçu le diplomate Ahmed Salem."
    assert found(analyse, text) == set()


def test_at_the_head_of(analyse: Analyse) -> None:
    # "X ... à la tête de (combattants de) Y"
    text = "Bilal Ag Acherif est entré dans Kidal à la tête des combattants du MNLA."
    assert found(analyse, text) == {("acherif", "affiliated_with", "mnla", "current")}


# --- founders, leaders, mergers ----------------------------------------------------------------


def test_predicate_noun_founded_by(analyse: Analyse) -> None:
    # "Y est un groupe armé fondé / établi par X"
    text = "La Katiba Macina est un groupe armé fondé par Amadou Koufa dans le centre du Mali."
    assert found(analyse, text) == {("koufa", "affiliated_with", "macina", "current")}


def test_participle_agreeing_with_the_de_actor(analyse: Analyse) -> None:
    # "le soutien de la coalition menée par X": "menée" agrees with "coalition"
    text = (
        "Les Forces armées soudanaises avancent avec le soutien de la coalition arabe menée "
        "par l'Arabie saoudite."
    )
    assert ("sa_gov", "affiliated_with", "arab_coalition", "current") in found(analyse, text)


def test_led_by_a_person_and_a_group_is_a_list(analyse: Analyse) -> None:
    # negative: "Y, dirigé par X et Z" with X a person and Z a group: Z is the next item
    text = (
        "Trois groupes sont présents : la Katiba Macina dirigée par Amadou Koufa et Ansarul "
        "Islam, actif au Burkina Faso."
    )
    relations = found(analyse, text)
    assert ("koufa", "affiliated_with", "macina", "current") in relations
    assert not any(r[0] == "ansarul" for r in relations)


def test_merged_with(analyse: Analyse) -> None:
    # "X fusionne avec Y"
    text = "En août 2013, le MUJAO a fusionné avec Al-Mourabitoune."
    assert found(analyse, text) == {("mujao", "affiliated_with", "mourabitoune", "current")}


# --- hostility -----------------------------------------------------------------------------------


def test_offensive_on_a_place_held_by_an_actor(analyse: Analyse) -> None:
    # "X lance une offensive sur <lieu>, tenu / contrôlé / défendu par Y"
    text = (
        "En mars, l'armée kényane a lancé une offensive sur la ville de Kismaayo, alors "
        "contrôlée par les combattants des Shebab."
    )
    assert ("kdf", "hostile_to", "shebab", "current") in found(analyse, text)


def test_a_place_held_by_an_actor_outside_an_attack_is_nothing(analyse: Analyse) -> None:
    # negative: "visiter" is no attack verb
    text = "L'armée kényane visite la ville de Kismaayo, alors contrôlée par les Shebab."
    assert found(analyse, text) == set()


def test_attack_noun_object_of_a_resisting_verb(analyse: Analyse) -> None:
    # "X contient / repousse les assauts de Y"
    text = (
        "Les Forces démocratiques syriennes parviennent à contenir les assauts de l'État islamique."
    )
    assert found(analyse, text) == {("is", "hostile_to", "sdf", "current")}


def test_side_of_a_town_is_no_side_of_an_ally() -> None:
    # "par le côté est" does not veto the attack frame; "aux côtés de" does
    text = (
        "Les Forces démocratiques syriennes, venues par le côté est, ont attaqué l'État islamique."
    )
    assert frames(text, LEXICON) == {("is", "hostile_to", "sdf", "current")}
    text = "Les Forces démocratiques syriennes ont combattu aux côtés de l'État islamique."
    assert not any(r[1] == "hostile_to" for r in frames(text, LEXICON))


def test_pronoun_subject_of_a_reported_clause(analyse: Analyse) -> None:
    # "X a annoncé qu'il(s) allai(en)t lancer une offensive contre Y"
    text = "Le Hezbollah a annoncé qu'il allait mener une offensive contre l'armée israélienne."
    assert found(analyse, text) == {("hezbollah", "hostile_to", "idf", "current")}


def test_sentence_initial_pronoun_takes_the_previous_subject(analyse: Analyse) -> None:
    # "X est un groupe ... . Il a été formé pour combattre Y."
    text = (
        "Le Front de libération de l'Azawad est un groupe armé du nord du Mali. Il a été "
        "formé pour combattre Boko Haram et l'armée kényane."
    )
    relations = found(analyse, text)
    assert ("boko", "hostile_to", "fla", "current") in relations
    assert ("fla", "hostile_to", "kdf", "current") in relations


def test_pronoun_that_does_not_agree_is_not_resolved(analyse: Analyse) -> None:
    # negative: "elles" cannot stand for "le Hezbollah"
    text = "Le Hezbollah dément. Elles ont attaqué l'armée israélienne."
    assert found(analyse, text) == set()


def test_capture_of_a_person(analyse: Analyse) -> None:
    # "X menace d'envahir ... pour capturer Y (a person)"
    text = "Le Royaume-Uni avait menacé d'envahir l'ambassade pour capturer Yvan Martin."
    assert found(analyse, text) == {("martin", "hostile_to", "uk_gov", "current")}


def test_denied_capture_is_no_hostility(analyse: Analyse) -> None:
    # negative: "n'a pas capturé"
    text = "Le Royaume-Uni n'a pas capturé Yvan Martin."
    assert found(analyse, text) == set()


# --- support -------------------------------------------------------------------------------------


def test_denied_support_is_no_support(analyse: Analyse) -> None:
    # negative: "X a démenti soutenir Y"
    text = "L'Arabie saoudite a démenti soutenir les Houthis."
    assert not any(r[1] == "supports" for r in found(analyse, text))


def test_support_through_a_coordinated_subject(analyse: Analyse) -> None:
    # coordination of arguments: "X et Y soutiennent Z" gives two relations
    text = "L'Arabie saoudite et la coalition arabe soutiennent les Forces armées soudanaises."
    relations = found(analyse, text)
    assert ("sa_gov", "supports", "saf", "current") in relations
    assert ("arab_coalition", "supports", "saf", "current") in relations


# --- attack verbs: the target is the direct object, its proxies and its conjuncts ---------------


def test_a_place_of_a_person_taken_is_no_attack_on_the_person(analyse: Analyse) -> None:
    # negative: an actor under a non-proxy object ("la résidence de X") is not the target
    text = "Les Houthis ont attaqué la résidence de Ahmed Salem."
    assert found(analyse, text) == set()


def test_attack_on_the_positions_of_a_group(analyse: Analyse) -> None:
    text = "Boko Haram a bombardé dimanche les positions de l'armée kényane."
    assert ("boko", "hostile_to", "kdf", "current") in found(analyse, text)


def test_attack_on_coordinated_objects(analyse: Analyse) -> None:
    text = "Boko Haram a attaqué les Shebab et l'armée kényane."
    relations = found(analyse, text)
    assert ("boko", "hostile_to", "shebab", "current") in relations
    assert ("boko", "hostile_to", "kdf", "current") in relations


def test_attack_on_a_branch_named_in_apposition(analyse: Analyse) -> None:
    text = "Les Shebab affrontent aussi la branche locale du MNLA, Boko Haram, depuis un an."
    assert ("boko", "hostile_to", "shebab", "current") in found(analyse, text)


# --- breaking with someone states no alliance ---------------------------------------------------


def test_breaking_with_a_government_is_no_former_alliance(analyse: Analyse) -> None:
    # the codebook counts allies, joint operations and "aux côtés de"; "rompu avec Y" says a
    # tie ended without saying it was an alliance
    text = "Ahmed Salem avait rompu avec le Conseil militaire de transition en 2019."
    assert not any(r[1] == "allied_with" for r in found(analyse, text))


def test_allies_who_broke_up_stay_former_allies(analyse: Analyse) -> None:
    text = "Le MNLA et le MUJAO, alliés en 2012, ont rompu."
    assert ("mnla", "allied_with", "mujao", "former") in found(analyse, text)


# --- support given to a recipient: "X fournit des armes à Y", "X accorde l'asile à Y" -----------


def test_asylum_granted_to_a_person(analyse: Analyse) -> None:
    text = "Le Royaume-Uni a accordé l'asile à Yvan Martin."
    assert found(analyse, text) == {("uk_gov", "supports", "martin", "current")}


def test_arms_delivered_to_a_group(analyse: Analyse) -> None:
    text = "L'Arabie saoudite a livré des drones et des munitions aux Houthis."
    assert ("sa_gov", "supports", "houthis", "current") in found(analyse, text)


def test_a_letter_sent_to_a_group_is_no_support(analyse: Analyse) -> None:
    # negative: what is sent is no support noun
    text = "L'Arabie saoudite a envoyé une lettre aux Houthis."
    assert found(analyse, text) == set()


def test_arms_delivered_to_a_place_give_no_relation(analyse: Analyse) -> None:
    # negative: the recipient is no actor
    text = "L'Arabie saoudite a livré des armes à la frontière."
    assert found(analyse, text) == set()


def test_supply_frame_reads_the_recipient_on_the_verb() -> None:
    # frames alone: "à Y" hangs on the verb of giving, not on the support noun
    text = "L'Arabie saoudite a accordé son soutien au MNLA."
    assert frames(text, LEXICON) == {("sa_gov", "supports", "mnla", "current")}


def test_an_interview_granted_is_no_support() -> None:
    # negative, frames alone: a verb of giving with no support noun
    text = "L'Arabie saoudite a accordé une interview aux Houthis."
    assert frames(text, LEXICON) == set()


# --- attack verbs the tagger reads as adjectives or nouns: word order ---------------------------


def test_attack_verb_tagged_as_an_adjective_reads_word_order() -> None:
    # frames alone: fr_core_news_sm tags "tue" here as an adjective
    text = "Le Hezbollah tue des soldats de l'armée israélienne."
    assert frames(text, LEXICON) == {("hezbollah", "hostile_to", "idf", "current")}


def test_an_attack_noun_after_an_article_is_no_mistagged_verb() -> None:
    # negative, frames alone: "l'attaque" after an article is the noun, read by its own frames
    text = "Le Hezbollah salue l'attaque des Houthis."
    assert frames(text, LEXICON) == set()


def test_a_mistagged_verb_reads_no_actor_across_a_comma() -> None:
    # negative, frames alone: the clause ends at the comma
    text = "Le Hezbollah, en colère, tue des civils ; l'armée israélienne se retire."
    assert frames(text, LEXICON) == set()


def test_a_mistagged_verb_reads_no_complement_of_another_noun() -> None:
    # negative, frames alone: "la branche locale de Y" is not Y
    text = "Le Hezbollah tue aussi la branche locale des Houthis."
    assert frames(text, LEXICON) == set()


# --- an event or a thing done stands for its agent: "l'attaque menée / revendiquée par X" -------


def test_offensive_led_by_an_actor_against_another() -> None:
    # frames alone: "l'offensive menée / lancée par X contre Y", the agent on the participle
    for text in (
        "L'offensive lancée par l'armée kényane contre les Shebab a duré deux semaines.",
        "Les frappes, conduites depuis mars par l'armée kényane contre les Shebab, se poursuivent.",
    ):
        assert frames(text, LEXICON) == {("kdf", "hostile_to", "shebab", "current")}, text


def test_an_attack_claimed_by_an_actor_is_the_subject_of_an_attack_verb() -> None:
    # frames alone: "L'attaque, revendiquée par X, a frappé (des soldats de) Y"
    texts = (
        "L'attaque, revendiquée par les Shebab, a tué 12 soldats de l'armée kényane.",
        "Le raid mené par Boko Haram a frappé l'armée kényane.",
    )
    assert frames(texts[0], LEXICON) == {("kdf", "hostile_to", "shebab", "current")}
    assert ("boko", "hostile_to", "kdf", "current") in frames(texts[1], LEXICON)


def test_an_attack_reported_by_an_actor_has_no_agent() -> None:
    # negative, frames alone: "annoncée par X" is said by X, X did not lead the attack
    text = "L'attaque, annoncée par les Shebab, a tué 12 soldats de l'armée kényane."
    assert frames(text, LEXICON) == set()


def test_a_campaign_organised_by_an_actor_has_no_agent() -> None:
    # negative, frames alone: "organiser" is no verb of leading an attack (political campaigns)
    text = "La campagne organisée par le MNLA contre le HCUA a rassemblé des milliers de gens."
    assert frames(text, LEXICON) == set()


# --- arms and aid supplied by an actor: "les drones fournis par X (à Y)" -------------------------


def test_arms_supplied_by_an_actor_to_a_recipient() -> None:
    # frames alone: the giver on the participle, the recipient after it or the user of the arms
    for text in (
        "Les missiles livrés par l'Iran aux Houthis ont été interceptés.",
        "Les Houthis ont reçu des drones fournis par l'Iran.",
    ):
        assert ("ir_gov", "supports", "houthis", "current") in frames(text, LEXICON), text


def test_arms_supplied_by_an_actor_and_shot_down_by_another_are_no_support() -> None:
    # negative, frames alone: the subject of "abattre" does not use the drones it shoots down
    text = "Les Houthis ont abattu des drones fournis par les États-Unis."
    assert ("us_gov", "supports", "houthis", "current") not in frames(text, LEXICON)


# --- membership: "Y est composé de X et de Z", "Y regroupe X et Z" ------------------------------


def test_a_group_composed_of_its_members() -> None:
    # each item of the list is a member of the group, in the passive and as a participle
    expected = {
        ("ansar_dine", "affiliated_with", "jnim", "current"),
        ("mourabitoune", "affiliated_with", "jnim", "current"),
        ("macina", "affiliated_with", "jnim", "current"),
    }
    for text in (
        "Le Groupe de soutien à l'islam et aux musulmans est composé d'Ansar Dine, "
        "d'Al-Mourabitoune et de la Katiba Macina.",
        "Le Groupe de soutien à l'islam et aux musulmans, constitué d'Ansar Dine, "
        "d'Al-Mourabitoune et de la Katiba Macina, revendique l'attaque.",
    ):
        assert expected <= frames(text, LEXICON), text


def test_a_group_gathering_its_members() -> None:
    text = "Le Cadre stratégique permanent regroupe le MNLA et le HCUA depuis 2021."
    assert frames(text, LEXICON) == {
        ("mnla", "affiliated_with", "csp", "current"),
        ("hcua", "affiliated_with", "csp", "current"),
    }


def test_a_group_composed_of_former_fighters_of_another_names_no_member() -> None:
    # negative, frames alone: the fighters, not their former group, make up the new one
    text = (
        "Le Groupe de soutien à l'islam et aux musulmans est composé d'anciens combattants "
        "d'Ansar Dine venus du nord."
    )
    assert frames(text, LEXICON) == set()


# --- the subject of an infinitive: object control ------------------------------------------------


def test_the_accused_object_is_the_subject_of_the_infinitive() -> None:
    # frames alone: "X accuse Y de soutenir Z", "X demande à Y de frapper Z": Y acts, not X
    for text in (
        "L'Arabie saoudite accuse l'Iran de soutenir les Houthis.",
        "Le Royaume-Uni a demandé à l'Iran de ne plus armer les Houthis depuis le Yémen, puis "
        "l'Arabie saoudite accuse l'Iran de soutenir les Houthis.",
    ):
        relations = frames(text, LEXICON)
        assert ("ir_gov", "supports", "houthis", "current") in relations, text
        assert not {r for r in relations if r[0] in {"sa_gov", "uk_gov"}}, text


def test_an_infinitive_without_object_keeps_the_subject() -> None:
    # frames alone: "X a décidé de soutenir Z": no object, X is the subject of "soutenir"
    text = "L'Iran a décidé de soutenir les Houthis."
    assert frames(text, LEXICON) == {("ir_gov", "supports", "houthis", "current")}


# --- a minister's portfolio: "X reçoit le ministère de Y" ----------------------------------------

PORTFOLIOS = {
    "Dimitris Kouris": ("kouris", "person"),
    "ministère de la Défense": ("defence", "government"),
    "ministère de l'Économie": ("economy", "government"),
    "portefeuille de la Justice": ("justice", "government"),
}


def test_a_person_receiving_a_ministry_heads_it() -> None:
    # frames alone: receive / obtain / keep the ministry or its portfolio
    for text, ministry in (
        (
            "Dans le nouveau gouvernement, Dimitris Kouris reçoit le ministère de la Défense.",
            "defence",
        ),
        ("Dimitris Kouris a conservé le ministère de l'Économie.", "economy"),
        ("Après les élections, Dimitris Kouris a obtenu le portefeuille de la Justice.", "justice"),
    ):
        assert frames(text, PORTFOLIOS) == {("kouris", "affiliated_with", ministry, "current")}


def test_a_person_criticising_a_ministry_does_not_head_it() -> None:
    # negative, frames alone: the verb is no verb of receiving
    text = "Dimitris Kouris a critiqué le ministère de la Défense."
    assert frames(text, PORTFOLIOS) == set()


# --- a cue's source read before its cue word is a subject, never an object -----------------------


def test_the_object_of_a_verb_is_no_subject_of_the_next_attack_verb(analyse: Analyse) -> None:
    # "X menace d'envahir *Y* pour capturer Z": Y is invaded, it captures nobody
    text = "Le Royaume-Uni avait menacé d'envahir l'Iran pour tuer Yvan Martin."
    assert ("ir_gov", "hostile_to", "martin", "current") not in found(analyse, text)


def test_a_subject_before_an_attack_verb_is_still_read(analyse: Analyse) -> None:
    text = "Le Royaume-Uni a menacé l'Iran, qui a frappé le Hezbollah."
    pairs = {frozenset((s, t)) for s, label, t, _ in found(analyse, text) if label == "hostile_to"}
    assert frozenset(("ir_gov", "hezbollah")) in pairs


# --- a passive participle after ", et" modifies the noun before the clause ---------------------


def test_a_participle_coordinated_after_a_relative_clause_skips_its_noun(
    analyse: Analyse,
) -> None:
    # "Y, composé de X, qui obtient dix postes, et soutenu par Z": Z supports Y, not X
    text = (
        "Le gouvernement de coalition, composé surtout des ténors du parti de droite Nouvelle "
        "Démocratie, qui récupère dix ministères, et soutenu par le Parti socialiste, a prêté "
        "serment."
    )
    assert ("ps", "supports", "nd", "current") not in found(analyse, text)


def test_a_participle_in_apposition_still_reads_its_noun(analyse: Analyse) -> None:
    text = "Le MNLA, soutenu par l'Union africaine, a repris Kidal."
    assert found(analyse, text) == {("au", "supports", "mnla", "current")}


# --- the source of a report is no end of a relation: "Selon X, ..." ----------------------------


def test_an_actor_cited_as_a_source_is_no_end(analyse: Analyse) -> None:
    # the parser hangs the participle on the first noun of the sentence, the cited agency
    text = (
        "Selon le Cadre stratégique permanent, le MNLA, soutenu par l'Union africaine venait "
        "de prendre le contrôle du village."
    )
    assert found(analyse, text) == {("au", "supports", "mnla", "current")}


# --- attack nouns and their arguments: a participle for the preposition, ambushes --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "visant" plays "contre"; the subject comes down from "a annoncé avoir mené"
        (
            "L'armée kényane a annoncé vendredi avoir mené des frappes aériennes ciblées visant "
            "des bastions des Shebab dans le sud du pays.",
            {("kdf", "hostile_to", "shebab", "current")},
        ),
        # negative: what is aimed at is no actor
        ("L'armée kényane a mené des frappes visant des villages du sud du pays.", set()),
        # "sont tombées" takes "être": no passive, its subject is the one ambushed
        (
            "Les Forces démocratiques syriennes sont tombées dans une embuscade de l'État "
            "islamique.",
            {("is", "hostile_to", "sdf", "current")},
        ),
        # driving a group out is hostility
        (
            "L'armée kényane a chassé les combattants des Shebab de la ville.",
            {("kdf", "hostile_to", "shebab", "current")},
        ),
    ],
)
def test_attack_frames_on_their_arguments(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    # frames alone
    assert frames(text, LEXICON) == expected


# --- a spokesperson through whom the subject speaks: "par la voix de son porte-parole, X" ------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Les Houthis ont revendiqué l'attaque par la voix de leur porte-parole, Yahya Saree, "
            "qui a fait état de douze tués.",
            True,
        ),
        # negative: the possessive's owner is not said to be the subject
        ("Les Houthis ont annoncé la mort de son porte-parole, Yahya Saree.", False),
    ],
)
def test_a_group_speaking_through_its_spokesperson(analyse: Analyse, text: str, said: bool) -> None:
    relation = ("saree", "affiliated_with", "houthis", "current")
    assert (relation in found(analyse, text)) is said


# --- "X, à la tête de Y,": a leader set off by commas ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Abdelmalek Droukdel, à la tête du MUJAO depuis 2004, a été tué.",
            {("droukdel", "affiliated_with", "mujao", "current")},
        ),
        # negative: a head of a column is no head of the group named after the comma
        ("Abdelmalek Droukdel a marché en tête, avec le MUJAO.", set()),
    ],
)
def test_a_leader_set_off_at_the_head_of_a_group(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    # frames alone
    assert frames(text, LEXICON) == expected


# --- "X se retourne contre Y et Z, avec le soutien de A, B et C": the backed party -----------

SAHARA = {
    "Front Polisario": ("polisario", "armed_group"),
    "Maroc": ("ma", "government"),
    "Mauritanie": ("mr", "government"),
    "Algérie": ("dz", "government"),
    "Cuba": ("cu", "government"),
    "Libye": ("ly", "government"),
    "aviation américaine": ("usaf", "state_force"),
    "État islamique": ("is", "armed_group"),
    "YPG": ("ypg", "armed_group"),
    "peshmergas": ("peshmerga", "state_force"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sahara-occidental-guerre-1975-1991 (realgold dev)
        (
            "Le Front Polisario, un mouvement indépendantiste sahraoui qui avait lutté contre "
            "l'occupation espagnole, se retourne contre le Maroc et la Mauritanie, avec le "
            "soutien de l'Algérie, Cuba et la Libye.",
            {
                ("dz", "supports", "polisario", "current"),
                ("cu", "supports", "polisario", "current"),
                ("ly", "supports", "polisario", "current"),
            },
        ),
        # irak-bataille-barrage-de-mossoul-2014 (realgold dev): a fronted participle phrase
        (
            "Soutenus par l'aviation américaine, les peshmergas lancent la contre-attaque.",
            {("usaf", "supports", "peshmerga", "current")},
        ),
        # negative: the subject it backs is no actor
        ("Soutenus par l'aviation américaine, les villageois ont fui les peshmergas.", set()),
        # irak-bataille-de-sinjar-2014-2015 (realgold dev): "qui commence à" is no "soutien à"
        (
            "Les YPG ouvrent un corridor avec le soutien de l'aviation américaine qui commence "
            "à bombarder l'État islamique le 8 août.",
            {("usaf", "supports", "ypg", "current")},
        ),
    ],
)
def test_the_backing_goes_to_the_subject_of_the_clause(
    analyse: Analyse, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert {r for r in triples(analyse(text, SAHARA)) if r[1] == "supports"} == expected
