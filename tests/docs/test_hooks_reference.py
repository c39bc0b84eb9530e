"""docs/reference/hooks.md documents every hook with the exact signature of the code."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any

import pytest
from polemos import HOOK_API_VERSION, hookspecs

from .markdown import DOCS, code_blocks

HOOKS_PAGE = DOCS / "reference" / "hooks.md"


def _specs() -> dict[str, Callable[..., Any]]:
    return {
        name: function
        for name, function in inspect.getmembers(hookspecs, inspect.isfunction)
        if hasattr(function, "polemos_spec")
    }


def signature_of(function: Callable[..., Any]) -> str:
    """``name(arg: type, ...) -> type`` as written in the source (annotations are strings)."""
    annotations = function.__annotations__
    params = ", ".join(
        f"{name}: {annotations[name]}" for name in inspect.signature(function).parameters
    )
    return f"{function.__name__}({params}) -> {annotations['return']}"


def documented_signatures() -> dict[str, str]:
    text = HOOKS_PAGE.read_text(encoding="utf-8")
    found = re.findall(r"^## `polemos_.*$", text, flags=re.MULTILINE)
    headings = re.findall(r"^## `(polemos_\w+\(.*\) -> .*)`$", text, flags=re.MULTILINE)
    assert len(found) == len(headings), "a hook heading is malformed: ## `name(args) -> type`"
    return {heading.split("(")[0]: heading for heading in headings}


def test_the_specs_are_found() -> None:
    assert set(_specs()) == set(hookspecs.__all__)


@pytest.mark.parametrize("name", sorted(hookspecs.__all__))
def test_every_hook_is_documented_with_its_exact_signature(name: str) -> None:
    documented = documented_signatures()
    assert name in documented, f"hook {name} is not documented in {HOOKS_PAGE}"
    assert documented[name] == signature_of(_specs()[name])


def test_no_documented_hook_is_missing_from_the_code() -> None:
    assert set(documented_signatures()) == set(_specs())


def test_every_hook_says_when_it_was_added_and_the_docstring_has_an_example() -> None:
    for name, function in _specs().items():
        assert function.__doc__ is not None and "Example::" in function.__doc__, name
        assert ".. versionadded::" in function.__doc__, name
    text = HOOKS_PAGE.read_text(encoding="utf-8")
    assert f'`polemos.HOOK_API_VERSION` (now `"{HOOK_API_VERSION}"`)' in text
    assert text.count("*Added in hook API") == len(_specs())


def test_signature_checker_sees_a_difference() -> None:
    def polemos_resources(kind: str, lang: str) -> list[str]:  # a changed spec
        return []

    documented = documented_signatures()["polemos_resources"]
    assert signature_of(polemos_resources) != documented


def test_the_deprecation_example_runs() -> None:
    text = HOOKS_PAGE.read_text(encoding="utf-8")
    block = next(b for b in code_blocks(text) if "warn_on_impl" in b)
    exec(compile(block, str(HOOKS_PAGE), "exec"), {"__name__": "deprecation_example"})


def test_the_changelog_records_the_hook_api_version() -> None:
    changelog = (DOCS.parent / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"Hook API {HOOK_API_VERSION}" in changelog, "record the hook API change in CHANGELOG.md"
    assert "## [Unreleased]" in changelog  # Keep a Changelog: a place for the next changes
