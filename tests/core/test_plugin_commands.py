"""Subcommands added by plugins through ``polemos_register_commands``."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from polemos import Command, PluginManager, hookimpl
from polemos.cli import PROVIDERS, build_parser, main

from tests.docs.test_hook_examples import EXAMPLES, load_file


class Echo(Command):
    name = "echo"
    help = "print the words given"

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("words", nargs="*")
        parser.add_argument("--upper", action="store_true")

    def run(self, args: argparse.Namespace) -> int:
        text = " ".join(args.words)
        print(text.upper() if args.upper else text)
        return 3 if not args.words else 0


class Analyze(Echo):
    name = "analyze"  # the core's command: refused


class BrokenArguments(Echo):
    name = "broken"

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        raise RuntimeError("no arguments today")


def manager_with(*commands: object, raising: bool = False) -> PluginManager:
    class Plugin:
        @hookimpl
        def polemos_register_commands(self) -> list[object]:
            if raising:
                raise OSError("the plugin's data folder is gone")
            return list(commands)

    manager = PluginManager(entry_points=False)
    manager.register(Plugin(), name="commands-plugin")
    return manager


def test_a_plugin_command_parses_its_arguments_and_returns_its_code(
    capsys: pytest.CaptureFixture[str],
) -> None:
    manager = manager_with(Echo())
    assert main(["echo", "--upper", "cessez", "le", "feu"], manager=manager) == 0
    assert capsys.readouterr().out == "CESSEZ LE FEU\n"
    assert main(["echo"], manager=manager) == 3
    assert "echo" in build_parser(manager).format_help()


def test_a_command_named_like_a_core_command_is_the_plugins_error() -> None:
    manager = manager_with(Analyze(), Echo())
    parser = build_parser(manager)
    [failure] = manager.failures
    assert failure.name == "commands-plugin"
    assert "command 'analyze' is already registered" in failure.error
    args = parser.parse_args(["analyze", "--example"])
    assert args.func.__name__ == "_cmd_analyze"  # the core's command is kept
    assert parser.parse_args(["echo", "x"]).words == ["x"]


def test_two_commands_of_one_name_keep_the_first() -> None:
    class Other(Echo):
        help = "another echo"

    manager = manager_with(Echo(), Other(), "not a command")
    assert [type(c).__name__ for c in manager.commands()] == ["Echo"]
    errors = [f.error for f in manager.failures]
    assert any("'echo' is already registered" in e for e in errors)
    assert any("expected named Command instances" in e for e in errors)


def test_a_command_whose_arguments_raise_is_left_out(capsys: pytest.CaptureFixture[str]) -> None:
    manager = manager_with(BrokenArguments(), Echo())
    parser = build_parser(manager)
    assert "broken" not in parser.format_help()
    assert [(f.name, f.error) for f in manager.failures] == [
        ("broken", "RuntimeError: no arguments today")
    ]
    assert main(["echo", "Gao"], manager=manager) == 0
    assert capsys.readouterr().out == "Gao\n"


def test_a_plugin_whose_hook_raises_leaves_the_core_commands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    manager = manager_with(raising=True)
    assert main(["schema"], manager=manager) == 0
    assert '"polemos.document/1"' in capsys.readouterr().out
    [failure] = manager.failures
    assert "OSError: the plugin's data folder is gone" in failure.error


@pytest.mark.parametrize("name", sorted(PROVIDERS))
def test_a_first_party_command_without_its_package_names_the_distribution(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([name, "anything"], manager=PluginManager(entry_points=False)) == 2
    message = capsys.readouterr().err
    assert f"the {name!r} command comes with the {PROVIDERS[name]} distribution" in message
    assert f"pip install {PROVIDERS[name]}" in message


def test_an_unknown_command_is_still_argparses_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["frobnicate"], manager=PluginManager(entry_points=False))
    assert exit_.value.code == 2
    assert "invalid choice: 'frobnicate'" in capsys.readouterr().err


def test_the_documented_command_example_counts_a_lexicon(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manager = PluginManager(entry_points=False)
    manager.register(load_file(EXAMPLES / "commands.py"), name="lexicon-count")
    assert main(["weapons-lexicon", str(EXAMPLES / "sahel_weapons.yaml")], manager=manager) == 0
    assert capsys.readouterr().out == "drone: 1\n"
    bad = tmp_path / "bad.yaml"
    bad.write_text("drone: TB2\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="is not a list of entries"):
        main(["weapons-lexicon", str(bad)], manager=manager)
