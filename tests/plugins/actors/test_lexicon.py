"""The shipped lexicon and the validation of lexicon files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from polemos_actors import LexiconError, load_lexicon
from polemos_actors.schema import ACTOR_TYPES, read_file, shipped_files


def write(tmp_path: Path, text: str, name: str = "user.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_lexicon_is_large_and_well_typed() -> None:
    # its load time is a benchmark (benchmarks/lexicon_load.py), not a timed test
    lexicon = load_lexicon()
    assert len(lexicon) >= 400
    assert {a.type for a in lexicon.actors.values()} <= ACTOR_TYPES
    assert all(1 <= a.acled <= 8 and a.source for a in lexicon.actors.values())


def test_shipped_lexicon_covers_the_wars_french_news_reports() -> None:
    lexicon = load_lexicon()
    for actor_id in (
        "islamic_state",
        "nusra",
        "hts",
        "fsa",
        "sdf",
        "ypg",  # Syria
        "pmf",
        "peshmerga",
        "houthis",
        "aqap",
        "lna",
        "gna",  # Iraq, Yemen, Libya
        "jnim",
        "aqim",
        "mujao",
        "mnla",
        "taliban",
        "al_shabaab",  # Sahel, Afghanistan, Somalia
        "boko_haram",
        "is_west_africa",
        "m23",
        "fardc",
        "rsf",
        "saf",  # Nigeria, DRC, Sudan
        "wagner",
        "ua_army",
        "ru_army",
        "hamas",
        "hezbollah",
        "idf",  # Ukraine, Middle East
        "un",
        "nato",
        "eu",
        "african_union",
        "icc",
        "icrc",
        "msf",
        "hrw",
        "amnesty",
        "sohr",
        "afp",
        "reuters",
        "ap",
        "rt",
        "sana",
        "al_jazeera",
    ):
        assert lexicon.get(actor_id) is not None, actor_id


def test_shipped_files_are_one_per_region_or_theme() -> None:
    names = {p.stem for p in shipped_files()}
    assert {
        "syria",
        "iraq",
        "sahel",
        "libya",
        "yemen",
        "afghanistan",
        "somalia",
        "nigeria_lake_chad",
        "drc",
        "sudan",
        "ukraine_russia",
        "israel_palestine_lebanon",
        "international",
        "media",
        "states",
    } <= names


def test_no_name_or_acronym_designates_two_shipped_actors() -> None:
    lexicon = load_lexicon()
    acronyms = Counter(x for a in lexicon.actors.values() for x in set(a.acronyms))
    assert [x for x, n in acronyms.items() if n > 1] == []
    names = Counter(
        n.lower() for a in lexicon.actors.values() for n in {x.lower() for x in a.all_names()}
    )
    assert [x for x, n in names.items() if n > 1] == []


def test_renamings_link_distinct_actors() -> None:
    lexicon = load_lexicon()
    nusra, jfs, hts = lexicon.get("nusra"), lexicon.get("jfs"), lexicon.get("hts")
    assert nusra is not None and jfs is not None and hts is not None
    assert (nusra.renamed_to, jfs.renamed_from, jfs.renamed_to, hts.renamed_from) == (
        "jfs",
        "nusra",
        "hts",
        "jfs",
    )
    assert nusra.parent == "al_qaeda"
    assert "Nosra" in nusra.names and "Nusra" in nusra.names and "ILS" in hts.acronyms


def test_user_file_overrides_and_extends(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
actors:
  - {id: afp, name: AFP (mine), type: media, acled: 8, source: me}
  - {id: my_group, name: Katiba Test, type: armed_group, acled: 2, source: me, parent: aqim,
     names: [Katiba Test], country: ML}
""",
    )
    lexicon = load_lexicon([path])
    afp, mine = lexicon.get("afp"), lexicon.get("my_group")
    assert afp is not None and afp.name == "AFP (mine)"
    assert mine is not None and mine.parent == "aqim" and mine.country == "ML"


def test_defaults_apply_to_every_entry(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
defaults: {type: armed_group, acled: 2, source: me, country: ML}
actors:
  - {id: a_group, name: A}
  - {id: b_army, name: B, type: state_force, acled: 1}
""",
    )
    a, b = read_file(path)
    assert (a.type, a.acled, a.country, a.source) == ("armed_group", 2, "ML", "me")
    assert (b.type, b.acled) == ("state_force", 1)


@pytest.mark.parametrize(
    ("entry", "field", "fragment"),
    [
        ("{id: x, name: X, type: rebels, acled: 2, source: me}", "type", "'rebels' is not one of"),
        ("{id: x, name: X, type: armed_group, acled: 9, source: me}", "acled", "1-8"),
        (
            "{id: x, name: X, type: armed_group, acled: 2, source: me, country: Syria}",
            "country",
            "ISO 3166",
        ),
        (
            "{id: x, name: X, type: armed_group, acled: 2, source: me, country: NO}",
            "country",
            "quote it",
        ),
        ("{id: x, name: X, type: armed_group, acled: 2}", "source", "missing required field"),
        ("{id: X-1, name: X, type: armed_group, acled: 2, source: me}", "id", "snake_case"),
        (
            "{id: x, name: X, type: armed_group, acled: 2, source: me, names: Nosra}",
            "names",
            "list of strings",
        ),
        (
            "{id: x, name: X, type: armed_group, acled: 2, source: me, aliases: [Y]}",
            "aliases",
            "unknown field",
        ),
        (
            "{id: x, name: X, type: armed_group, acled: 2, source: me, valid_from: soon}",
            "valid_from",
            "YYYY",
        ),
    ],
)
def test_malformed_entry_names_file_entry_and_field(
    tmp_path: Path, entry: str, field: str, fragment: str
) -> None:
    path = write(tmp_path, f"actors:\n  - {entry}\n")
    with pytest.raises(LexiconError) as info:
        read_file(path)
    message = str(info.value)
    assert str(path) in message and f"field {field!r}" in message and fragment in message
    assert "entry 'x'" in message or "entry 'X-1'" in message


def test_unknown_reference_is_reported_after_loading(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "actors:\n  - {id: x, name: X, type: armed_group, acled: 2, source: me,"
        " parent: no_such_actor}\n",
    )
    with pytest.raises(
        LexiconError, match=r"entry 'x', field 'parent': unknown actor id 'no_such_actor'"
    ):
        load_lexicon([path])


def test_duplicate_id_in_one_file(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """actors:
  - {id: x, name: X, type: armed_group, acled: 2, source: me}
  - {id: x, name: Y, type: armed_group, acled: 2, source: me}
""",
    )
    with pytest.raises(LexiconError, match="duplicate id"):
        read_file(path)


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "actors:\n  - {id: x, name: X\n  - {id: y}\n")
    with pytest.raises(LexiconError) as info:
        read_file(path)
    assert f"{path}:3: YAML syntax error" in str(info.value)


def test_file_without_actors_list(tmp_path: Path) -> None:
    path = write(tmp_path, "- {id: x}\n")
    with pytest.raises(LexiconError, match="'actors' list"):
        read_file(path)
