"""Reading the YAML case files of the alliances tests (``tests/data/cases/alliances_*.yaml``).

A case file maps a group (a frame id or a construction class) to its cases: ``text``,
``source`` (a dev text id or "written"), ``actors`` (surface form: [actor id, type]) and
``relations`` ([source, type, target, status]).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

CASES_DIR = Path(__file__).resolve().parents[2] / "data" / "cases"


def case_params(path: Path) -> list[Any]:
    """One ``pytest.param(text, lexicon, expected)`` per case of a case file, id'd by group."""
    return [
        pytest.param(
            case["text"],
            {form: (str(actor[0]), str(actor[1])) for form, actor in case["actors"].items()},
            {tuple(r) for r in case["relations"]},
            id=f"{group}:{case['text'][:40]}",
        )
        for group, cases in yaml.safe_load(path.read_text(encoding="utf-8")).items()
        for case in cases
    ]
