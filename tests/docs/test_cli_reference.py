"""docs/reference/cli.md shows the real help of every subcommand."""

from __future__ import annotations

import pytest

from .cli_reference import documented, help_text, subcommands


def test_every_subcommand_is_documented() -> None:
    assert set(documented()) == {"", *subcommands()}


@pytest.mark.parametrize("name", ["", *sorted(subcommands())])
def test_documented_help_is_the_real_help(name: str) -> None:
    assert documented()[name] == help_text(name), (
        f"docs/reference/cli.md is stale for 'polemos {name}': "
        "run `python -m tests.docs.cli_reference`"
    )
