import json
from pathlib import Path
from typing import Any

import pytest
from polemos_evaluation import GoldFormatError, load_gold, load_gold_paths, parse_gold

from .builders import REAL_GOLD, TEXT, small_gold_dict


def test_reads_the_real_gold_file_as_it_is() -> None:
    gold = load_gold(REAL_GOLD)
    assert gold.id == "homs-deraa-idleb"
    assert len(gold.entities) == 14
    assert len(gold.locations) == 9
    assert len(gold.quantities) == 12
    assert len(gold.relations) == 12
    assert gold.entity("syrian_army").type == "state_force"
    assert gold.entity("syrian_rebels").optional
    assert not gold.entity("islamic_state").optional
    for entity in gold.entities:
        for start, end in entity.all_mentions:
            assert gold.text[start:end].strip() == gold.text[start:end] != ""
    assert sum(relation.optional for relation in gold.relations) == 2


def test_part_of_resolves_to_the_whole_by_its_text() -> None:
    gold = load_gold(REAL_GOLD)
    by_text = {quantity.text: quantity for quantity in gold.quantities}
    part = by_text["60 postes de résistance"]
    assert part.part_of is not None
    assert gold.quantities[part.part_of].text == "plus de 180 installations"
    assert by_text["plus de 180 installations"].part_of is None


def test_part_of_picks_the_nearest_whole_when_its_text_repeats() -> None:
    text = "Il y a eu 10 morts, dont 2 enfants. Puis 10 morts, dont 3 enfants."
    quantities: list[dict[str, Any]] = []
    for phrase, start, whole in [
        ("10 morts", text.index("10 morts"), None),
        ("2 enfants", text.index("2 enfants"), "10 morts"),
        ("10 morts", text.rindex("10 morts"), None),
        ("3 enfants", text.index("3 enfants"), "10 morts"),
    ]:
        quantities.append(
            {
                "start": start,
                "end": start + len(phrase),
                "text": phrase,
                "value": 1,
                "part_of": whole,
            }
        )
    gold = parse_gold({"id": "t", "text": text, "quantities": quantities})
    assert [quantity.part_of for quantity in gold.quantities] == [None, 0, None, 2]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda g: g["entities"][0]["mentions"].append([0, 10_000]), "outside the text"),
        (lambda g: g["quantities"][0].update(text="plus de 99 combattants"), "differs"),
        (lambda g: g["relations"][0].update(source="nobody"), "not an entity id"),
        (lambda g: g["quantities"][1].update(part_of="ailleurs"), "names no quantity"),
        (lambda g: g["entities"][1].update(id="syrian_army"), "not unique"),
        (lambda g: g["entities"][0].pop("type"), "missing type"),
        (lambda g: g.pop("text"), "neither 'text'"),
    ],
)
def test_broken_gold_is_reported_with_the_item(change: Any, message: str) -> None:
    raw = small_gold_dict()
    change(raw)
    with pytest.raises(GoldFormatError, match=message):
        parse_gold(raw)


def write_gold(folder: Path, name: str, **changes: Any) -> Path:
    raw = {**small_gold_dict(), **changes}
    path = folder / name
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def test_folders_give_their_gold_files_sorted_and_files_are_taken_as_given(
    tmp_path: Path,
) -> None:
    (tmp_path / "sub").mkdir()
    write_gold(tmp_path, "b.gold.json", id="b")
    write_gold(tmp_path, "a.gold.json", id="a")
    write_gold(tmp_path / "sub", "c.gold.json", id="c")
    write_gold(tmp_path, "notes.json", id="ignored")
    assert [g.id for g in load_gold_paths([tmp_path])] == ["a", "b", "c"]
    assert [g.id for g in load_gold_paths([tmp_path / "notes.json"])] == ["ignored"]


def test_gold_paths_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_gold_paths([tmp_path / "absent.gold.json"])
    with pytest.raises(GoldFormatError, match=r"no \*\.gold\.json"):
        load_gold_paths([tmp_path])
    write_gold(tmp_path, "a.gold.json", id="same")
    write_gold(tmp_path, "b.gold.json", id="same")
    with pytest.raises(GoldFormatError, match="'same'"):
        load_gold_paths([tmp_path])


def test_text_is_read_from_text_file_on_disk_when_absent(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "small.txt").write_text(TEXT, encoding="utf-8")
    raw = small_gold_dict()
    del raw["text"]
    raw["text_file"] = "corpus/small.txt"
    path = tmp_path / "small.gold.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert load_gold(path).text == TEXT


def test_the_gold_sample_is_the_shared_gold_file(shared: Path) -> None:
    """tests/data/gold is a copy of ../shared/gold: checked when the shared folder is there."""
    copy = json.loads(REAL_GOLD.read_text(encoding="utf-8"))
    original = json.loads((shared / "gold" / REAL_GOLD.name).read_text(encoding="utf-8"))
    assert copy.pop("text_file") is None
    original.pop("text_file")
    assert copy == original
