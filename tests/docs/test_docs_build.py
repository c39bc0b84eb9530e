"""The documentation builds with MkDocs, warnings as errors, without the network."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .markdown import ROOT

pytest.importorskip("mkdocs")
pytest.importorskip("mkdocstrings")


@pytest.mark.slow  # executes the four notebooks: about a minute and a half
def test_docs_build_strict_and_offline(tmp_path: Path) -> None:
    # any attempt to reach the network goes to a closed local port and fails the build
    dead = "http://127.0.0.1:9"
    env = {
        **os.environ,
        "HTTP_PROXY": dead,
        "HTTPS_PROXY": dead,
        "http_proxy": dead,
        "https_proxy": dead,
        "NO_PROXY": "",
        "NO_MKDOCS_2_WARNING": "1",
    }
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    assert not [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    hooks = (site / "reference" / "hooks" / "index.html").read_text(encoding="utf-8")
    assert "polemos_resources(kind: str) -&gt; list[Path]" in hooks
    api = (site / "reference" / "api" / "index.html").read_text(encoding="utf-8")
    assert "ExtractContext" in api and "run_extractor" in api
    notebook = (site / "tutorials" / "quickstart" / "index.html").read_text(encoding="utf-8")
    assert "homs-deraa-idleb" in notebook  # an output of the executed notebook
    assert (site / "schema" / "document.schema.json").is_file()
    for name in ("alliances", "quantities", "write-a-plugin"):
        assert (site / "tutorials" / name / "index.html").is_file()
