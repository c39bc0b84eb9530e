"""The rule word lists of data/*.yaml: read once, checked, and what the rules read."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from polemos_actors import _words, acled, locations, patterns
from polemos_actors.ruledata import DATA_DIR, RuleDataError, read_rule_data
from polemos_actors.schema import LexiconError, read_file


def test_word_lists_are_read_folded_from_the_data_files() -> None:
    assert "president" in _words.TITLES and "porte-parole" in _words.TITLES
    assert {"al", "ibn"} <= _words.PARTICLES and "et" in _words.PARTICLES
    assert "et" not in _words.NAME_LINKS and "al" in _words.NAME_LINKS
    assert "foret" in locations.FEATURE_NOUNS and "aeroport" in locations.SETTLEMENT_NOUNS


def test_generic_groups_keep_their_accented_spellings_for_the_matcher() -> None:
    assert patterns.GENERIC_GROUPS["insurges"] == "insurgents"
    assert set(patterns.GENERIC_ACCENTED) == {
        "insurgés",
        "insurgé",
        "séparatistes",
        "indépendantistes",
        "guérilla",
        "guérilleros",
    }
    assert (
        "armes" in patterns.GENERIC_ADJECTIVES and "armés" in patterns.GENERIC_ADJECTIVES_ACCENTED
    )
    assert {"reguliere", "speciaux"} <= set(patterns.SLOT_ADJECTIVES)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("titles: [general]\nextra: [x]\n", r"data/bad\.yaml, line 2: key 'extra': unknown"),
        ("extra: [x]\n", r"data/bad\.yaml: key 'titles': missing"),
        ("titles: general\n", r"data/bad\.yaml, line 1: key 'titles': expected a list of words"),
        ("titles: [general, 3]\n", r"key 'titles': expected a list of words"),
        ("- titles\n", r"data/bad\.yaml: expected a mapping"),
        ("titles: [general\n", r"data/bad\.yaml: not valid YAML"),
    ],
)
def test_a_malformed_data_file_names_the_file_and_the_key(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleDataError, match=message):
        read_rule_data(path, {"titles"}).words("titles")


def test_a_label_mapping_must_map_words_to_labels(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("generic_groups: [rebelles]\n", encoding="utf-8")
    data = read_rule_data(path, {"generic_groups"})
    with pytest.raises(RuleDataError, match="line 1: key 'generic_groups': expected a mapping"):
        data.labels("generic_groups")


@pytest.mark.parametrize("name", ["words.yaml", "groups.yaml", "place_nouns.yaml"])
def test_the_shipped_files_have_no_word_twice(name: str) -> None:
    path = DATA_DIR / name
    data = read_rule_data(path, set(yaml.safe_load(path.read_text(encoding="utf-8"))))
    for key, value in data.raw.items():
        words = list(value) if isinstance(value, dict) else data.word_list(key)
        assert len(words) == len(set(words)), f"{name}: {key} repeats a word"


def test_acled_codes_come_from_one_table() -> None:
    codes = acled.acled_codes()
    assert codes.valid == set(range(1, 9))
    assert [acled.code_for_type(t) for t in ("state_force", "government", "armed_group")] == [
        1,
        1,
        2,
    ]
    assert acled.code_for_type("media") == acled.code_for_type("international") == 8
    assert acled.code_for_type("person") is None
    assert acled.code("political_militias") == 3


def test_the_lexicon_check_reads_the_acled_table(tmp_path: Path) -> None:
    path = tmp_path / "militias.yaml"
    path.write_text(
        "actors:\n  - {id: fdt, name: FDT, type: armed_group, acled: 9, source: test}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=r"field 'acled': expected an ACLED actor-type code 1-8"):
        read_file(path)
