"""Extractor configuration: declared as a typed structure, validated by the host.

An extractor declares its configuration as a dataclass (``config_type``); the host checks what
the user gives against it before any document is analysed: an unknown key, or a value of the
wrong type, is a :class:`ConfigError` naming the key and the extractor. The validated instance
is what :meth:`~polemos.Extractor.setup` receives; its JSON form is stamped on the run.
Validation is pydantic's (a dependency of spaCy), in its lax mode: ``"3"`` is read as ``3``.

A key an extractor renamed stays known under its old name only to say so: a ``config_type``
may list ``renamed_keys = {"old": "new"}`` (a class variable), and the old key is a
:class:`ConfigError` that gives the new name.

Extractors written before typed configuration declare a ``default_config`` mapping: its keys
are then the known ones. That form is deprecated: it works, with a :class:`DeprecationWarning`
naming the extractor, until hook API 2.0. An extractor that declares neither knows no key:
any key given to it is a :class:`ConfigError`.
"""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from polemos.extractor import Extractor


class ConfigError(ValueError):
    """A configuration that does not fit what its extractor declares (names key and extractor)."""


def resolve_config(extractor: Extractor, given: Mapping[str, Any]) -> tuple[Any, dict[str, Any]]:
    """Validate ``given`` for ``extractor``; return the typed config and its JSON form.

    With a ``config_type`` dataclass, the typed config is an instance of it; otherwise it is the
    ``default_config`` mapping updated by ``given`` (empty for an extractor declaring neither,
    to which any key is unknown).

    >>> from dataclasses import dataclass
    >>> from polemos import Extractor
    >>> @dataclass
    ... class Config:
    ...     types: list[str] | None = None
    >>> class Weapons(Extractor):
    ...     name = "weapons"
    ...     config_type = Config
    ...     def extract(self, ctx): ...
    >>> resolve_config(Weapons(), {"types": ["drone"]})
    (Config(types=['drone']), {'types': ['drone']})
    >>> resolve_config(Weapons(), {"typse": ["drone"]})
    Traceback (most recent call last):
    ...
    polemos.config.ConfigError: extractor 'weapons': unknown config key 'typse' (known: types)
    """
    config_type = extractor.config_type
    if config_type is not None:
        known = [f.name for f in dataclasses.fields(config_type)]
        _check_renamed(extractor, given, getattr(config_type, "renamed_keys", {}))
        _check_keys(extractor, given, known)
        from pydantic import TypeAdapter, ValidationError

        adapter = TypeAdapter(config_type)
        try:
            typed = adapter.validate_python(dict(given))
        except ValidationError as error:
            first = error.errors()[0]
            key = ".".join(str(part) for part in first["loc"])
            raise ConfigError(
                f"extractor {extractor.name!r}: config key {key!r}: {first['msg']} "
                f"(got {first.get('input')!r})"
            ) from None
        return typed, dict(adapter.dump_python(typed, mode="json"))
    defaults = dict(extractor.default_config)
    if defaults:
        warnings.warn(
            f"extractor {extractor.name!r} declares default_config, deprecated since hook API "
            "1.1: declare config_type (a dataclass) instead",
            DeprecationWarning,
            stacklevel=2,
        )
    _check_keys(extractor, given, list(defaults))
    merged = {**defaults, **given}
    return merged, merged


def _check_renamed(
    extractor: Extractor, given: Mapping[str, Any], renamed: Mapping[str, str]
) -> None:
    old = next((key for key in given if key in renamed), None)
    if old is not None:
        raise ConfigError(
            f"extractor {extractor.name!r}: config key {old!r} was renamed {renamed[old]!r}"
        )


def _check_keys(extractor: Extractor, given: Mapping[str, Any], known: list[str]) -> None:
    unknown = [key for key in given if key not in known]
    if unknown:
        raise ConfigError(
            f"extractor {extractor.name!r}: unknown config key {unknown[0]!r} "
            f"(known: {', '.join(known) or 'none'})"
        )
