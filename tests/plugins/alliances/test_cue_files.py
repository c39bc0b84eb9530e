"""Cue files: schema validation with clear errors, user cue files, the resources hook."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from polemos import PluginManager
from polemos_alliances import (
    DEFAULT_CUES,
    DEFAULT_FRAMES,
    RESOURCE_KIND,
    CueError,
    load_cues,
    polemos_resources,
)
from polemos_alliances.cues import (
    RELATION_TYPES,
    check_with_spacy,
    participle_forms,
    validate_cue_data,
)

from .conftest import Analyse, triples

HEADER = "schema: polemos.alliances.cues/1\n"


def write(tmp_path: Path, body: str, name: str = "cues.yaml") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_the_shipped_file_follows_the_schema() -> None:
    validate_cue_data(yaml.safe_load(DEFAULT_CUES.read_text(encoding="utf-8")), DEFAULT_CUES)
    cues = load_cues()
    assert {cue.type for cue in cues.cues} >= set(RELATION_TYPES)
    assert len({cue.id for cue in cues.cues}) == len(cues.cues)


def test_spacy_accepts_every_shipped_pattern() -> None:
    for cue in load_cues().cues:  # the run skips this check for the shipped file: it is here
        check_with_spacy(cue, cue.id)


def test_the_resources_hook_gives_the_shipped_files() -> None:
    assert polemos_resources(RESOURCE_KIND) == [DEFAULT_CUES, DEFAULT_FRAMES]
    assert polemos_resources("actors.lexicon") == []
    assert DEFAULT_FRAMES in PluginManager().resources(RESOURCE_KIND)


def test_the_shipped_frame_file_follows_the_schema() -> None:
    validate_cue_data(yaml.safe_load(DEFAULT_FRAMES.read_text(encoding="utf-8")), DEFAULT_FRAMES)
    frames = load_cues().frames
    assert {frame.type for frame in frames} == set(RELATION_TYPES)
    assert len({frame.id for frame in frames}) == len(frames)


def test_a_frame_with_an_unknown_role_names_the_file_and_the_frame(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "frames:\n  - id: frame.bad\n    type: supports\n    trigger: {lemmas: [soutenir]}\n"
        "    source: [subject]\n    target: [patient]\n",
    )
    with pytest.raises(CueError) as error:
        load_cues([path])
    assert str(path) in str(error.value) and "frames[0]" in str(error.value)


def test_a_user_frame_adds_a_relation(tmp_path: Path, analyse: Analyse) -> None:
    lexicon = {"Tchad": ("chad", "government"), "armée malienne": ("ml_army", "state_force")}
    text = "Le Tchad encadre désormais l'armée malienne à Kidal."
    assert triples(analyse(text, lexicon)) == set()
    path = write(
        tmp_path,
        "frames:\n  - id: frame.user.train\n    type: supports\n"
        "    trigger: {lemmas: [encadrer], words: [encadre]}\n"
        "    source: [subject]\n    target: [object]\n",
    )
    found = triples(analyse(text, lexicon, {"data_paths": [str(path)]}))
    assert found == {("chad", "supports", "ml_army", "current")}


def test_schema_error_names_the_file_and_the_cue(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "cues:\n  - id: hostile.bad\n    type: enemy_of\n"
        "    tokens: [{ACTOR: true}, {ACTOR: true}]\n",
    )
    with pytest.raises(CueError) as error:
        load_cues([path])
    message = str(error.value)
    assert str(path) in message and "'hostile.bad'" in message and "enemy_of" in message


def test_missing_slot_is_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "cues:\n  - id: hostile.noslot\n    type: hostile_to\n"
        "    tokens: [{ACTOR: true, SLOT: source}, {WORDS: [contre]}, {ACTOR: true}]\n",
    )
    with pytest.raises(CueError, match=r"hostile\.noslot.*slots must be exactly"):
        load_cues([path])


def test_unknown_word_list_is_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "cues:\n  - id: hostile.list\n    type: hostile_to\n"
        "    tokens: [{ACTOR: true, SLOT: source}, {WORDS: '@nowhere'},"
        " {ACTOR: true, SLOT: target}]\n",
    )
    with pytest.raises(CueError, match=r"hostile\.list.*unknown word list '@nowhere'"):
        load_cues([path])


def test_pattern_spacy_rejects_is_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "cues:\n  - id: hostile.spacy\n    type: hostile_to\n"
        "    tokens: [{ACTOR: true, SLOT: source}, {NOT_AN_ATTR: x},"
        " {ACTOR: true, SLOT: target}]\n",
    )
    with pytest.raises(CueError, match=r"hostile\.spacy.*spaCy rejects the pattern"):
        load_cues([path])


def test_unreadable_yaml_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "cues: [\n")
    with pytest.raises(CueError, match="cannot read cue file"):
        load_cues([path])


def test_a_user_cue_file_adds_cues_through_config(analyse: Analyse, tmp_path: Path) -> None:
    lexicon = {"Wagner": ("wagner", "armed_group"), "junte": ("junta", "government")}
    text = "Wagner veille sur la junte depuis deux ans."
    assert analyse(text, lexicon) == []
    path = write(
        tmp_path,
        "cues:\n  - id: supports.watch_over\n    type: supports\n    tokens:\n"
        "      - {ACTOR: true, SLOT: source}\n      - {WORDS: [veille]}\n"
        "      - {WORDS: [sur]}\n      - {ACTOR: true, SLOT: target}\n",
    )
    found = analyse(text, lexicon, {"data_paths": [str(path)]})
    assert triples(found) == {("wagner", "supports", "junta", "current")}
    assert found[0].attributes["cue"] == "supports.watch_over"


def test_cue_paths_may_be_a_single_path(analyse: Analyse, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "cues:\n  - id: hostile.hunts\n    type: hostile_to\n    tokens:\n"
        "      - {ACTOR: true, SLOT: source}\n      - {WORDS: [talonne]}\n"
        "      - {ACTOR: true, SLOT: target}\n",
    )
    lexicon = {"Barkhane": ("barkhane", "state_force"), "EIGS": ("isgs", "armed_group")}
    assert analyse("Barkhane talonne EIGS.", lexicon) == []
    found = analyse("Barkhane talonne EIGS.", lexicon, {"data_paths": str(path)})
    assert triples(found) == {("barkhane", "hostile_to", "isgs", "current")}


def test_a_later_file_replaces_a_cue_with_the_same_id(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "cues:\n  - id: hostile.versus\n    type: allied_with\n"
        "    tokens: [{ACTOR: true, SLOT: source}, {WORDS: [avec]}, {ACTOR: true, SLOT: target}]\n",
    )
    cues = load_cues([DEFAULT_CUES, path])
    assert cues.by_id("hostile.versus").type == "allied_with"
    assert len(cues.cues) == len(load_cues().cues)


def test_participle_forms() -> None:
    assert participle_forms(["armé"]) == ["armé", "armée", "armés", "armées"]
