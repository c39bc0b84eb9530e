"""The gold sets kept in the repository: fresh, well-formed, sourced and licensed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from polemos_evaluation import load_gold_paths

DATA = Path(__file__).resolve().parents[1] / "data"
BUILD = DATA / "devgold" / "build.py"
REALGOLD = DATA / "realgold"
ROOTS = [DATA / "devgold", REALGOLD / "dev", REALGOLD / "test"]
LICENCES = re.compile(r"CC BY-SA 4\.0|CC BY 2\.5")


@pytest.mark.parametrize("root", ROOTS, ids=lambda root: root.relative_to(DATA).as_posix())
def test_gold_files_are_built_from_their_specs(root: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(BUILD), "--root", str(root), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("split", ["dev", "test"])
def test_every_real_text_names_its_source_and_licence(split: str) -> None:
    specs = REALGOLD / split / "specs"
    ids = sorted(path.name.removesuffix(".fr.txt") for path in specs.glob("*.fr.txt"))
    assert ids, f"no texts in {specs}"
    for text_id in ids:
        source = (specs / f"{text_id}.source.md").read_text(encoding="utf-8")
        assert "wiki" in source.lower(), f"{text_id}: no Wikipedia/Wikinews source"
        assert LICENCES.search(source), f"{text_id}: no CC BY-SA 4.0 / CC BY 2.5 licence"
        assert (REALGOLD / split / f"{text_id}.gold.json").is_file()


def test_the_real_gold_set_is_large_split_and_disjoint() -> None:
    dev = load_gold_paths([REALGOLD / "dev"])
    test = load_gold_paths([REALGOLD / "test"])
    assert len(dev) + len(test) >= 30
    assert len(test) * 4 >= len(dev + test)  # about a third held out
    assert not {g.id for g in dev} & {g.id for g in test}
    assert not {g.text for g in dev} & {g.text for g in test}
    for gold in dev + test:
        assert gold.entities, f"{gold.id}: no actor"
        for entity in gold.entities:
            for start, end in entity.all_mentions:
                assert gold.text[start:end].strip() == gold.text[start:end]
