"""``import polemos`` loads no widget library; ``polemos_widgets`` loads them on first use."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("ipywidgets", "anywidget", "matplotlib", "IPython")


def _loaded_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return {name for name in out.stdout.split() if name.split(".")[0] in HEAVY}


def test_import_polemos_loads_no_widget_library() -> None:
    assert _loaded_after("import polemos") == set()
    assert _loaded_after("import polemos_widgets") == set()


def test_first_use_loads_them() -> None:
    loaded = _loaded_after("from polemos_widgets import Explorer")
    assert {"ipywidgets", "anywidget"} <= {name.split(".")[0] for name in loaded}
    assert "matplotlib" not in {name.split(".")[0] for name in loaded}  # only when drawing
