"""Bad configuration: unknown plugins, malformed lexicons, cue and config files. Each error names
the file, the line and the field; YAML is never loaded with a loader that runs tags."""

from __future__ import annotations

import ast
import io
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from polemos import Document, Pipeline, PluginManager
from polemos.cli import main

ROOT = Path(__file__).resolve().parents[2]
ACTORS = pytest.importorskip("polemos_actors")
ALLIANCES = pytest.importorskip("polemos_alliances")

GOOD_ACTOR = "  - {id: good_one, name: Good, type: armed_group, acled: 2, source: test}\n"
EXPLOIT = "!!python/object/apply:os.system ['touch {marker}']"


def run_cli(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:
            return 1, str(exc.code)
    return code, err.getvalue()


def test_an_unknown_extractor_is_named_with_the_available_ones() -> None:
    with pytest.raises(KeyError, match=r"unknown extractor\(s\) actros; available: .*actors"):
        Pipeline(["actros"])
    code, message = run_cli("analyze", "--example", "--extractors", "actors,actros")
    assert code == 1
    assert "polemos analyze: " in message and "unknown extractor(s) actros" in message


def test_an_unknown_plugin_in_the_selection_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLEMOS_PLUGINS", "weapons,actros")
    manager = PluginManager()
    assert "weapons" in manager.plugin_names()
    [failure] = manager.failures
    assert failure.name == "actros" and failure.origin == "selection"
    assert "no installed plugin 'actros'; installed: " in failure.error
    assert "weapons" in failure.error


def test_a_broken_config_file_is_named_with_its_line(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("weapons:\n  lexicon: [a, b\nactors: {}\n", encoding="utf-8")
    code, message = run_cli("analyze", "--example", "--extractors", "", "--config", str(config))
    assert code == 1
    assert f"cannot read config {config}" in message and "line 3" in message
    config.write_text("weapons: [not, a, mapping]\n", encoding="utf-8")
    code, message = run_cli("analyze", "--example", "--extractors", "", "--config", str(config))
    assert f"config {config} must map extractor names to mappings" in message


def lexicon_error(tmp_path: Path, body: str) -> str:
    """The error recorded when the actors extractor runs with the lexicon file ``body``."""
    path = tmp_path / "user-lexicon.yaml"
    path.write_text("actors:\n" + GOOD_ACTOR + body, encoding="utf-8")
    pipeline = Pipeline(["actors"], config={"actors": {"data_paths": [str(path)]}})
    document = pipeline.analyze_one(Document("d", "Les rebelles ont pris Kidal."))
    [error] = document.errors
    assert error.plugin == "actors" and error.type == "LexiconError"
    return error.message


def test_a_lexicon_with_a_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    message = lexicon_error(tmp_path, "  - {id: bad, name: [unclosed\n  - {id: other}\n")
    assert f"{tmp_path / 'user-lexicon.yaml'}:4: YAML syntax error" in message


@pytest.mark.parametrize(
    ("entry", "line", "field", "problem"),
    [
        ("  - id: bad\n    name: Bad\n    type: armed_group\n    acled: two\n    source: x\n",
         6, "acled", "expected an ACLED actor-type code 1-8, got 'two'"),
        ("  - id: bad\n    name: Bad\n    type: army\n    acled: 2\n    source: x\n",
         5, "type", "'army' is not one of"),
        ("  - id: bad\n    name: Bad\n    names: Bad guys\n    type: armed_group\n    acled: 2\n"
         "    source: x\n", 5, "names", "expected a list of strings, got str"),
        ("  - id: bad\n    name: Bad\n    type: armed_group\n    acled: 2\n    source: x\n"
         "    country: NO\n", 8, "country", "YAML reads a bare NO as false"),
    ],
)  # fmt: skip
def test_a_lexicon_field_of_the_wrong_type_names_file_line_and_field(
    tmp_path: Path, entry: str, line: int, field: str, problem: str
) -> None:
    message = lexicon_error(tmp_path, entry)
    assert f"{tmp_path / 'user-lexicon.yaml'}:{line}: entry 'bad', field '{field}': " in message
    assert problem in message


def cue_error(tmp_path: Path, text: str) -> str:
    from polemos_alliances import CueError, load_cues

    path = tmp_path / "user-cues.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CueError) as caught:
        load_cues([path])
    return str(caught.value)


CUE_HEAD = "schema: polemos.alliances.cues/1\ncues:\n"
GOOD_CUE = (
    "  - id: supports.watch\n    type: supports\n    tokens:\n"
    "      - {ACTOR: true, SLOT: source}\n      - {WORDS: [veille]}\n"
    "      - {ACTOR: true, SLOT: target}\n"
)


def test_a_cue_file_with_a_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    message = cue_error(tmp_path, CUE_HEAD + GOOD_CUE + "  - id: [broken\n")
    assert f"{tmp_path / 'user-cues.yaml'}: cannot read cue file" in message
    assert "line 10" in message


@pytest.mark.parametrize(
    ("cue", "line", "where", "problem"),
    [
        ("  - id: hostile.bad\n    type: befriends\n"
         "    tokens: [{ACTOR: true}, {WORDS: [x]}, {ACTOR: true}]\n",
         10, "cue 'hostile.bad' (cues[1]).type", "'befriends' is not one of"),
        ("  - id: hostile.bad\n    type: hostile_to\n    tokens: 3\n",
         11, "cue 'hostile.bad' (cues[1]).tokens", "3 is not of type 'array'"),
    ],
)  # fmt: skip
def test_a_cue_of_the_wrong_type_names_file_line_and_field(
    tmp_path: Path, cue: str, line: int, where: str, problem: str
) -> None:
    message = cue_error(tmp_path, CUE_HEAD + GOOD_CUE + cue)
    assert message.startswith(f"{tmp_path / 'user-cues.yaml'}:{line}: {where}: ")
    assert problem in message


def test_yaml_tags_never_run_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    marker = tmp_path / "pwned"
    exploit = EXPLOIT.format(marker=marker)
    message = lexicon_error(tmp_path, f"  - {{id: bad, name: {exploit}}}\n")
    assert "python/object/apply:os.system" in message
    message = cue_error(tmp_path, CUE_HEAD + f"  - id: {exploit}\n")
    assert "python/object/apply:os.system" in message
    config = tmp_path / "config.yaml"
    config.write_text(f"weapons: {exploit}\n", encoding="utf-8")
    code, message = run_cli("analyze", "--example", "--extractors", "", "--config", str(config))
    assert code == 1 and "python/object/apply:os.system" in message
    assert not marker.exists()


def test_no_source_file_loads_yaml_with_an_unsafe_loader() -> None:
    safe = {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"}
    offenders = []
    files = [
        *ROOT.glob("core/**/*.py"),
        *ROOT.glob("plugins/**/*.py"),
        *ROOT.glob("examples/*/src/**/*.py"),
    ]
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {  # module-level aliases: _LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            target.id: ast.unparse(node.value)
            for node in tree.body
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr in {"unsafe_load", "full_load", "load_all", "unsafe_load_all"}:
                offenders.append(f"{path}:{node.lineno}")
            if node.func.attr == "load" and ast.unparse(node.func.value) == "yaml":
                loader = ast.unparse(node.keywords[0].value) if node.keywords else ""
                loader = names.get(loader, loader)
                if not any(name in loader for name in safe):
                    offenders.append(f"{path}:{node.lineno}: {loader or 'no Loader'}")
    assert offenders == []
    assert len(files) > 20


def test_output_options_without_out_are_handled() -> None:
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        code = main(["analyze", "--example", "--extractors", "", "--format", "jsonl"])
    assert code == 0 and out.getvalue().startswith('{"format": "polemos.document/1"')
    code, message = run_cli("analyze", "--example", "--extractors", "", "--format", "csv")
    assert (code, message) == (1, "polemos analyze: --format csv needs --out")
