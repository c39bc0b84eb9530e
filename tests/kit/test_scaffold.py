"""``polemos new-plugin``: the generated package installs and passes its own tests."""

from __future__ import annotations

import json
import os
import site
import subprocess
import tomllib
import venv
from pathlib import Path

import pytest
from polemos.cli import main
from polemos_scaffold.scaffold import ScaffoldError, new_plugin, plugin_names


def test_names_are_derived_from_the_plugin_name() -> None:
    names = plugin_names("polemos-Arms-Trade")
    assert (names.plugin, names.dist, names.package, names.layer, names.cls) == (
        "arms_trade",
        "polemos-arms-trade",
        "polemos_arms_trade",
        "arms_trade",
        "ArmsTradeExtractor",
    )


@pytest.mark.parametrize("bad", ["", "9lives", "arms trade", "import", "é", "a--b"])
def test_unusable_names_are_refused(bad: str) -> None:
    with pytest.raises(ScaffoldError, match="plugin name"):
        plugin_names(bad)


def test_a_non_empty_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ScaffoldError, match="not an empty folder"):
        new_plugin("ceasefire", tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_the_cli_writes_the_package_with_its_entry_point(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "pkg"
    assert main(["new-plugin", "ceasefire", "--dir", str(target)]) == 0
    assert f"written to {target}" in capsys.readouterr().out
    files = sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file())
    assert files == [
        "README.md",
        "pyproject.toml",
        "src/polemos_ceasefire/__init__.py",
        "src/polemos_ceasefire/extractor.py",
        "src/polemos_ceasefire/py.typed",
        "tests/test_extractor.py",
    ]
    project = tomllib.loads((target / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["entry-points"]["polemos"] == {"ceasefire": "polemos_ceasefire"}
    assert project["project"]["name"] == "polemos-ceasefire"
    assert "polemos.testing" in (target / "tests/test_extractor.py").read_text(encoding="utf-8")


def test_the_generated_extractor_works_before_installation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = new_plugin("truce", tmp_path / "truce")
    monkeypatch.syspath_prepend(str(root / "src"))
    from polemos.testing import assert_valid_output, layer_texts, run_extractor
    from polemos_truce import TruceExtractor  # type: ignore[import-not-found]

    text = "Une trêve fragile, puis un Accord de paix ; la trêvesque n'en est pas une."
    document = run_extractor(TruceExtractor(), text)
    assert layer_texts(document, "truce") == [("term", "trêve"), ("term", "Accord de paix")]
    assert_valid_output(document, TruceExtractor())


def _make_venv(where: Path) -> Path:
    """A venv that sees this test environment's packages (polemos, spaCy, pytest, pip)."""
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(where)
    python = where / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # When the tests themselves run in a venv, --system-site-packages does not reach it:
    # add this environment's site-packages (and their .pth files, e.g. editable installs).
    dirs = [*site.getsitepackages(), site.getusersitepackages()]
    lines = [f"import site; site.addsitedir({d!r})" for d in dirs if Path(d).is_dir()]
    (Path(purelib) / "_polemos_test_env.pth").write_text("\n".join(lines) + "\n")
    return python


@pytest.mark.slow
def test_the_generated_package_installs_and_passes_its_own_tests(tmp_path: Path) -> None:
    root = new_plugin("ceasefire", tmp_path / "polemos-ceasefire")
    python = _make_venv(tmp_path / "venv")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "POLEMOS_PLUGINS")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(python), *args],
            capture_output=True,
            text=True,
            check=False,
            env=env,
            cwd=root,
        )

    install = run(
        "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index", "-e", str(root)
    )
    assert install.returncode == 0, install.stdout + install.stderr
    tests = run("-m", "pytest", "-q", "-p", "no:cacheprovider", "tests")
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "4 passed" in tests.stdout
    listed = run("-m", "polemos.cli", "plugins", "--json")
    plugin = next(p for p in json.loads(listed.stdout)["plugins"] if p["name"] == "ceasefire")
    assert plugin["distribution"] == "polemos-ceasefire"
    assert plugin["writes"] == ["ceasefire"]
    article = tmp_path / "mali.txt"
    article.write_text("Le cessez-le-feu de Bamako a tenu une semaine.", encoding="utf-8")
    analysed = run("-m", "polemos.cli", "analyze", "--extractors", "ceasefire", str(article))
    annotations = json.loads(analysed.stdout)["annotations"]
    assert [(a["layer"], a["text"]) for a in annotations] == [("ceasefire", "cessez-le-feu")]


def test_default_folder_is_the_distribution_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["new-plugin", "arms-trade"]) == 0
    assert (
        tmp_path / "polemos-arms-trade" / "src" / "polemos_arms_trade" / "extractor.py"
    ).is_file()
    with pytest.raises(SystemExit, match=r"polemos new-plugin: .*not an empty folder"):
        main(["new-plugin", "arms-trade"])
