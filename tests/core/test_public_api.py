"""The public API: ``__all__`` complete and sorted; ``import polemos`` stays light."""

from __future__ import annotations

import subprocess
import sys

import polemos


def test_all_is_sorted_and_complete() -> None:
    public = {name for name in dir(polemos) if not name.startswith("_")}
    modules = {
        name
        for name in public
        if type(getattr(polemos, name)).__name__ in {"module", "_Feature"}  # __future__ flags
    }
    assert polemos.__all__ == sorted(polemos.__all__, key=lambda n: (not n.isupper(), n))
    assert set(polemos.__all__) - {"__version__"} == public - modules


def test_import_polemos_does_not_import_spacy() -> None:
    code = "import sys, polemos; print('spacy' in sys.modules, 'pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
