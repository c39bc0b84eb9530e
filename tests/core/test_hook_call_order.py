"""pluggy's call semantics in polemos: tryfirst/trylast are honoured, wrappers are refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pluggy
import pytest
from polemos import Document, Exporter, Loader, PluginLoadWarning, PluginManager, hookimpl
from polemos.plugins import HookWrapperError

from tests.core.plugin_fixtures import GOOD_PLUGIN, make_distribution


class _Lines(Loader):
    """Reads ``.lines`` files; ``name`` tells the instances apart."""

    description = "one document per line"

    def __init__(self, name: str) -> None:
        self.name = name

    def accepts(self, source: str) -> bool:
        return source.endswith(".lines")

    def load(self, source: str) -> Iterator[Document]:
        yield Document(f"{self.name}:{source}", "")


def _resources(name: str, **marks: bool) -> object:
    """A plugin contributing the resource file ``<name>.yaml``, with pluggy's ``marks``."""

    class Plugin:
        @hookimpl(**marks)  # type: ignore[misc]
        def polemos_resources(self, kind: str) -> list[Path]:
            return [Path(f"{name}.yaml")]

    return Plugin()


def test_tryfirst_and_trylast_order_the_calls_around_load_order() -> None:
    manager = PluginManager(entry_points=False)
    manager.register(_resources("late", trylast=True), name="late")
    manager.register(_resources("plain"), name="plain")
    manager.register(_resources("early", tryfirst=True), name="early")
    manager.register(_resources("plain2"), name="plain2")
    manager.register(_resources("early2", tryfirst=True), name="early2")
    names = [path.stem for path in manager.resources("actors.lexicon")]
    assert names == ["early", "early2", "plain", "plain2", "late"]


def test_a_trylast_loader_is_the_one_chosen_for_a_source() -> None:
    """Later loaders win (``loader_for``): a ``trylast`` one wins over one loaded after it."""

    class Last:
        @hookimpl(trylast=True)
        def polemos_loaders(self) -> list[Loader]:
            return [_Lines("last")]

    class Plain:
        @hookimpl
        def polemos_loaders(self) -> list[Loader]:
            return [_Lines("plain")]

    manager = PluginManager(entry_points=False)
    manager.register(Last(), name="last")
    manager.register(Plain(), name="plain")
    assert manager.loader_for("corpus.lines").name == "last"
    assert [loader.name for loader in manager.loaders()][-2:] == ["plain", "last"]


def test_a_tryfirst_plugin_runs_before_the_built_in_one() -> None:
    class Csv(Exporter):
        name = "csv-first"
        description = "a stand-in"

        def export(self, documents: object, out: object) -> int:
            return 0

    class First:
        @hookimpl(tryfirst=True)
        def polemos_exporters(self) -> list[Exporter]:
            return [Csv()]

    manager = PluginManager(entry_points=False)
    manager.register(First(), name="first")
    assert manager.exporters()[0].name == "csv-first"
    assert "json" in {e.name for e in manager.exporters()}


@pytest.mark.parametrize(
    ("marks", "kind"), [({"hookwrapper": True}, "hookwrapper"), ({"wrapper": True}, "wrapper")]
)
def test_a_wrapper_registered_at_run_time_is_refused_naming_the_plugin(
    marks: dict[str, bool], kind: str
) -> None:
    class Wrapping:
        @hookimpl(**marks)  # type: ignore[misc]
        def polemos_resources(self, kind: str) -> Iterator[None]:
            yield

    manager = PluginManager(entry_points=False)
    with pytest.raises(
        HookWrapperError, match=rf"plugin 'wrapping': hook polemos_resources.*{kind}"
    ):
        manager.register(Wrapping(), name="wrapping")
    assert "wrapping" not in manager.plugin_names()
    assert manager.resources("actors.lexicon") == []
    assert issubclass(HookWrapperError, pluggy.PluginValidationError)


WRAPPER_PLUGIN = """
from polemos import hookimpl

@hookimpl(wrapper=True)
def polemos_extractors():
    extractors = yield
    return extractors[:1]
"""


def test_an_installed_wrapper_plugin_is_reported_and_the_others_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    modules = {"wrapping_plugin": WRAPPER_PLUGIN, "good_shouts3": GOOD_PLUGIN}
    site = make_distribution(
        tmp_path, "polemos_wrapping", modules, {"wrapping": "wrapping_plugin", "s3": "good_shouts3"}
    )
    monkeypatch.syspath_prepend(str(site))
    with pytest.warns(PluginLoadWarning, match="'wrapping'.*wrapper"):
        manager = PluginManager()
    failure = next(f for f in manager.failures if f.name == "wrapping")
    assert failure.error.startswith("HookWrapperError: plugin 'wrapping': hook polemos_extractors")
    assert "s3" in manager.plugin_names()
    assert "wrapping" not in manager.plugin_names()
    assert "shouts" in {e.name for e in manager.extractors()}
