"""The plugin manager: pluggy underneath, discovery, selection and a typed wrapper over hooks.

Load order: the built-in plugin, then entry points of the ``polemos`` group, filtered by the
selection (``only`` / ``disable``, or the environment variables ``POLEMOS_PLUGINS`` and
``POLEMOS_DISABLE_PLUGINS``, comma-separated names). A plugin that fails to import is recorded in
:attr:`PluginManager.failures` with its name and exception and a warning is issued; the others
load. A hook implementation without a matching spec is an error.

Call order: polemos calls each plugin's implementation of a hook itself, in load order, and
keeps every item with the name of the plugin it came from. pluggy's ``tryfirst`` and
``trylast`` are honoured: implementations marked ``tryfirst`` are called before the others,
those marked ``trylast`` after them (load order within each group), so their items come first
or last. Wrappers (``hookwrapper=True`` or ``wrapper=True``) would see and could replace the
items of every plugin, which polemos keeps apart: a plugin implementing a hook as a wrapper is
refused when it is registered (:class:`HookWrapperError`, naming the plugin and the hook).
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pluggy

from polemos import builtin, hookspecs
from polemos.commands import Command
from polemos.contracts import ContractError, Contracts, LayerContract
from polemos.extractor import Extractor
from polemos.io_interfaces import Exporter, Loader
from polemos.markers import PROJECT_NAME

if TYPE_CHECKING:
    from polemos.runs import Engine

BUILTIN_NAME = "polemos.builtin"
ENV_ONLY = "POLEMOS_PLUGINS"
ENV_DISABLE = "POLEMOS_DISABLE_PLUGINS"


class ExtractorNameClash(ValueError):
    """Two plugins provide extractors of the same name."""


class PluginLoadWarning(UserWarning):
    """A plugin could not be loaded; the others were."""


class HookWrapperError(pluggy.PluginValidationError):
    """A plugin implements a hook as a wrapper (``hookwrapper`` or ``wrapper``): not supported."""


def _call_rank(impl: pluggy.HookImpl) -> int:
    """0 for a ``tryfirst`` implementation, 2 for a ``trylast`` one, 1 for the others."""
    return 0 if impl.tryfirst else 2 if impl.trylast else 1


@dataclass(frozen=True)
class PluginFailure:
    """A plugin that failed to load: its name, where it came from, and the exception."""

    name: str
    origin: str
    error: str


@dataclass(frozen=True)
class PluginInfo:
    """What ``polemos plugins`` shows of one plugin."""

    name: str
    version: str
    origin: str
    hooks: tuple[str, ...]
    extractors: tuple[str, ...] = ()
    writes: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    distribution: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def parse_selection(value: str | Iterable[str] | None) -> list[str] | None:
    """Turn ``"a,b"`` or ``["a", "b"]`` into a list of names; ``None`` or ``""`` into ``None``."""
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    names = [item.strip() for item in items if item.strip()]
    return names or None


@cache
def _packages_distributions() -> Mapping[str, list[str]]:
    """``importlib.metadata.packages_distributions()``, computed once (it scans every file)."""
    return metadata.packages_distributions()


def _distribution_of(module_name: str) -> tuple[str | None, str]:
    top = module_name.split(".")[0]
    for dist_name in _packages_distributions().get(top, []):
        try:
            return dist_name, metadata.version(dist_name)
        except metadata.PackageNotFoundError:
            continue
    return None, "0+unknown"


class PluginManager:
    """polemos's plugin manager: a typed facade over a ``pluggy.PluginManager``.

    >>> pm = PluginManager(entry_points=False)
    >>> [loader.name for loader in pm.loaders()]
    ['text', 'jsonl', 'csv', 'parquet', 'html']
    """

    def __init__(
        self,
        *,
        entry_points: bool = True,
        only: str | Iterable[str] | None = None,
        disable: str | Iterable[str] | None = None,
    ) -> None:
        self.pm = pluggy.PluginManager(PROJECT_NAME)
        self.pm.add_hookspecs(hookspecs)
        self.failures: list[PluginFailure] = []
        self._origins: dict[str, str] = {BUILTIN_NAME: "built-in"}
        # top-level module -> (distribution, version), known exactly for entry-point plugins
        self._dists: dict[str, tuple[str, str]] = {}
        self._only = parse_selection(only if only is not None else os.environ.get(ENV_ONLY))
        self._disable = set(
            parse_selection(disable if disable is not None else os.environ.get(ENV_DISABLE)) or ()
        )
        self.pm.register(builtin, name=BUILTIN_NAME)
        self._refuse_wrappers(BUILTIN_NAME)
        if entry_points:
            self._load_entry_points()
        self.pm.check_pending()

    def _selected(self, name: str) -> bool:
        if name in self._disable:
            return False
        return self._only is None or name in self._only

    def _load_entry_points(self) -> None:
        entry_points = metadata.entry_points(group=PROJECT_NAME)
        installed = sorted({entry_point.name for entry_point in entry_points})
        for name in self._only or ():  # a typo in a selection must not silently run nothing
            if name not in installed and name != BUILTIN_NAME:
                self._record_failure(
                    name,
                    "selection",
                    LookupError(f"no installed plugin {name!r}; installed: {', '.join(installed)}"),
                )
        for entry_point in sorted(entry_points, key=lambda ep: ep.name):
            if not self._selected(entry_point.name) or self.pm.has_plugin(entry_point.name):
                continue
            origin = f"entry point {entry_point.value}"
            if entry_point.dist is not None:
                origin += f" ({entry_point.dist.name} {entry_point.dist.version})"
            if entry_point.dist is not None:
                top = entry_point.value.split(":")[0].split(".")[0]
                self._dists[top] = (entry_point.dist.name, entry_point.dist.version)
            try:
                plugin = entry_point.load()
                self.pm.register(plugin, name=entry_point.name)
                self.pm.check_pending()  # a hookimpl with no matching spec is this plugin's error
                self._refuse_wrappers(entry_point.name)
            except (Exception, SystemExit) as exc:  # a broken plugin must not stop the others
                if self.pm.has_plugin(entry_point.name):
                    self.pm.unregister(name=entry_point.name)
                self._record_failure(entry_point.name, origin, exc)
                continue
            self._origins[entry_point.name] = origin

    def register(self, plugin: object, name: str | None = None) -> str:
        """Register a plugin object (a module or any object with hook implementations).

        Returns the name it was registered under. Raises ``pluggy.PluginValidationError`` if a
        hook implementation has no spec, :class:`HookWrapperError` if one is a wrapper.
        """
        registered = self.pm.register(plugin, name=name)
        if registered is None:
            raise ValueError(f"plugin {name!r} is blocked or already registered")
        self._origins[registered] = "registered at run time"
        try:
            self.pm.check_pending()
            self._refuse_wrappers(registered)
        except pluggy.PluginValidationError:
            self.pm.unregister(name=registered)
            raise
        return registered

    def _refuse_wrappers(self, name: str) -> None:
        """Raise :class:`HookWrapperError` if plugin ``name`` implements a hook as a wrapper."""
        plugin = self.pm.get_plugin(name)
        for caller in self.pm.get_hookcallers(plugin) or []:
            for impl in caller.get_hookimpls():
                if impl.plugin is plugin and (impl.hookwrapper or impl.wrapper):
                    kind = "hookwrapper=True" if impl.hookwrapper else "wrapper=True"
                    raise HookWrapperError(
                        plugin,
                        f"plugin {name!r}: hook {caller.name} is implemented as a wrapper "
                        f"({kind}, function {impl.function.__qualname__}); polemos calls each "
                        "plugin's implementation itself and keeps the items of each plugin "
                        "apart, so wrappers are not supported: return your items, and use "
                        "tryfirst/trylast to place them first or last",
                    )

    def unregister(self, name: str) -> None:
        """Unregister the plugin registered under ``name``."""
        self.pm.unregister(name=name)
        self._origins.pop(name, None)

    def plugin_names(self) -> list[str]:
        """Names of the registered plugins, built-in first."""
        return [name for name, _ in self.pm.list_name_plugin()]

    # -- typed hook calls --------------------------------------------------------------------

    def _collect(self, hook_name: str, **kwargs: Any) -> list[tuple[str, Any]]:
        """Call a list-returning hook on each plugin; return (plugin name, item) pairs.

        Pairs come in call order: the ``tryfirst`` implementations, the others, then the
        ``trylast`` ones, each group in registration order. A plugin whose hook raises is
        recorded as failed.
        """
        impls = getattr(self.pm.hook, hook_name).get_hookimpls()
        # by id: a plugin object need not be hashable
        order = {id(plugin): rank for rank, (_, plugin) in enumerate(self.pm.list_name_plugin())}
        calls = sorted(
            (impl for impl in impls if id(impl.plugin) in order),
            key=lambda impl: (_call_rank(impl), order[id(impl.plugin)]),
        )
        pairs: list[tuple[str, Any]] = []
        for impl in calls:
            name = impl.plugin_name
            args = {k: v for k, v in kwargs.items() if k in impl.argnames}
            # one broken plugin must not take the others down
            try:
                result = impl.function(**args)
                items = list(result or [])
            except (Exception, SystemExit) as exc:
                self._record_failure(name, f"hook {hook_name}", exc)
                continue
            pairs.extend((name, item) for item in items)
        return pairs

    def _record_failure(self, name: str, origin: str, exc: BaseException) -> None:
        failure = PluginFailure(name, origin, f"{type(exc).__name__}: {exc}")
        if failure not in self.failures:
            self.failures.append(failure)
            warnings.warn(
                f"polemos plugin {name!r} failed ({origin}): {failure.error}",
                PluginLoadWarning,
                stacklevel=3,
            )

    def _collect_typed(
        self, hook_name: str, kind: type, named: bool = True
    ) -> list[tuple[str, Any]]:
        """:meth:`_collect`, keeping the ``kind`` instances (with a ``name``, if ``named``).

        A plugin returning anything else is recorded as failed; its other items are kept.
        """
        kept = []
        for plugin_name, item in self._collect(hook_name):
            name: object = getattr(item, "name", None) if named else kind.__name__
            if isinstance(item, kind) and name:
                kept.append((plugin_name, item))
            else:
                expected = f"expected {'named ' if named else ''}{kind.__name__} instances"
                problem = TypeError(f"returned {item!r}: {expected}")
                self._record_failure(plugin_name, f"hook {hook_name}", problem)
        return kept

    def extractors_by_plugin(self) -> list[tuple[str, Extractor]]:
        """Every extractor with the name of the plugin that contributed it."""
        return self._collect_typed("polemos_extractors", Extractor)

    def extractors(self) -> list[Extractor]:
        """Every extractor of the registered plugins."""
        return [extractor for _, extractor in self.extractors_by_plugin()]

    def layer_contracts(self) -> Contracts:
        """The layer contracts of the registered plugins.

        A plugin returning something else than a :class:`~polemos.LayerContract`, or declaring
        a layer another plugin already declared differently, is recorded as failed; the
        contracts of the others are kept.
        """
        kept: dict[str, LayerContract] = {}
        for plugin_name, contract in self._collect_typed(
            "polemos_layer_contracts", LayerContract, False
        ):
            if kept.get(contract.layer, contract) != contract:
                problem = ContractError(
                    f"layer {contract.layer!r} is already declared differently by another plugin"
                )
                self._record_failure(plugin_name, "hook polemos_layer_contracts", problem)
                continue
            kept[contract.layer] = contract
        return Contracts(kept.values())

    def resources(self, kind: str) -> list[Path]:
        """Every resource file of ``kind`` contributed by the plugins, built-in first."""
        return [Path(item) for _, item in self._collect("polemos_resources", kind=kind)]

    def loaders(self) -> list[Loader]:
        """Every loader, built-in first (a plugin returning something else is recorded)."""
        return [item for _, item in self._collect_typed("polemos_loaders", Loader, False)]

    def exporters(self) -> list[Exporter]:
        """Every exporter, built-in first (a plugin returning something else is recorded)."""
        return [item for _, item in self._collect_typed("polemos_exporters", Exporter)]

    def exporter(self, name: str) -> Exporter:
        """The exporter called ``name``; ``KeyError`` listing the known ones otherwise."""
        found = {e.name: e for e in self.exporters()}
        if name not in found:
            raise KeyError(f"no exporter {name!r}; known: {', '.join(sorted(found))}")
        return found[name]

    def commands(self, taken: Iterable[str] = ()) -> list[Command]:
        """The ``polemos`` subcommands of the plugins, in registration order.

        A plugin returning something else than a named :class:`~polemos.Command`, or a name in
        ``taken`` (the core's commands) or already registered, is recorded as failed.
        """
        kept: dict[str, Command] = {}
        for plugin_name, command in self._collect_typed("polemos_register_commands", Command):
            if command.name in kept or command.name in taken:
                problem = ValueError(f"command {command.name!r} is already registered")
                self._record_failure(plugin_name, "hook polemos_register_commands", problem)
                continue
            kept[command.name] = command
        return list(kept.values())

    def engines(self) -> list[Engine]:
        """Every engine of the plugins (:class:`~polemos.runs.Engine`), in registration order."""
        from polemos.runs import Engine

        return [engine for _, engine in self._collect_typed("polemos_engines", Engine)]

    def open_results(self, path: str | Path) -> Any | None:
        """The analysed results at ``path`` opened by the plugin that reads them, or None."""
        return self.pm.hook.polemos_open_results(path=Path(path))

    def loader_for(self, source: str) -> Loader:
        """The first loader (the last registered plugin wins) that accepts ``source``."""
        for loader in reversed(self.loaders()):
            if loader.accepts(source):
                return loader
        raise KeyError(f"no loader accepts {source!r}")

    def _describe(self, plugin_name: str, extractor: Extractor) -> str:
        distribution, version = self.provenance(extractor)
        where = f"{distribution} {version}" if distribution else self._origins.get(plugin_name)
        return f"plugin {plugin_name!r} ({where or 'unknown distribution'})"

    def select_extractors(self, names: Sequence[str] | None = None) -> list[Extractor]:
        """The extractors named, or all of them when ``names`` is None.

        Raises ``KeyError`` naming any unknown extractor and listing the available ones, and
        :class:`ExtractorNameClash` when two plugins give an extractor the same name (naming
        both distributions): one would silently replace the other.
        """
        available, clashes = self._extractors_and_clashes()
        wanted = list(available) if names is None else list(names)
        clashing = [name for name in wanted if name in clashes]
        if clashing:
            raise ExtractorNameClash(
                "; ".join(
                    f"extractor {name!r} is provided by {' and by '.join(clashes[name])}"
                    for name in clashing
                )
                + "; disable one of them (--disable or POLEMOS_DISABLE_PLUGINS)"
            )
        unknown = [n for n in wanted if n not in available]
        if unknown:
            raise KeyError(
                f"unknown extractor(s) {', '.join(unknown)}; "
                f"available: {', '.join(sorted(available)) or 'none'}"
            )
        return [available[n] for n in wanted]

    def _extractors_and_clashes(self) -> tuple[dict[str, Extractor], dict[str, list[str]]]:
        available: dict[str, Extractor] = {}
        owners: dict[str, str] = {}
        clashes: dict[str, list[str]] = {}
        for plugin_name, extractor in self.extractors_by_plugin():
            if extractor.name in available:
                clashes.setdefault(extractor.name, [owners[extractor.name]]).append(
                    self._describe(plugin_name, extractor)
                )
                continue
            available[extractor.name] = extractor
            owners[extractor.name] = self._describe(plugin_name, extractor)
        return available, clashes

    def extractor_clashes(self) -> dict[str, list[str]]:
        """Extractor names given by more than one plugin: each plugin and its distribution.

        >>> PluginManager(entry_points=False).extractor_clashes()
        {}
        """
        return self._extractors_and_clashes()[1]

    def provenance(self, extractor: Extractor) -> tuple[str | None, str]:
        """The distribution and version an extractor comes from (found by the host)."""
        return self._distribution_of(type(extractor).__module__)

    def _distribution_of(self, module_name: str) -> tuple[str | None, str]:
        known = self._dists.get(module_name.split(".")[0])
        return known if known is not None else _distribution_of(module_name)

    def info(self) -> list[PluginInfo]:
        """A description of every registered plugin, for ``polemos plugins``."""
        by_plugin: dict[str, list[Extractor]] = {}
        for plugin_name, extractor in self.extractors_by_plugin():
            by_plugin.setdefault(plugin_name, []).append(extractor)
        infos = []
        for name, plugin in self.pm.list_name_plugin():
            module = plugin.__name__ if isinstance(plugin, ModuleType) else type(plugin).__module__
            distribution, version = self._distribution_of(module)
            hooks = tuple(sorted(h.name for h in self.pm.get_hookcallers(plugin) or []))
            extractors = by_plugin.get(name, [])
            infos.append(
                PluginInfo(
                    name=name,
                    version=version,
                    origin=self._origins.get(name, "registered"),
                    hooks=hooks,
                    extractors=tuple(e.name for e in extractors),
                    writes=tuple(layer for e in extractors for layer in e.writes),
                    requires=tuple(layer for e in extractors for layer in e.requires),
                    distribution=distribution,
                )
            )
        return infos
