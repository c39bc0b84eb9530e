"""Event triggers: French lemmas that state an event, with ACLED's type and sub-type.

The shipped list is ``data/triggers.yaml``; plugins add files of the same shape through the
``events.triggers`` resource kind (later files add triggers and override those of the same
lemmas).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

__all__ = [
    "DEFAULT_TRIGGERS",
    "EVENT_TYPES",
    "RESOURCE_KIND",
    "Trigger",
    "TriggerError",
    "load_triggers",
]

DEFAULT_TRIGGERS = Path(str(resources.files("polemos_events").joinpath("data/triggers.yaml")))
"""The trigger list shipped with the plugin."""

RESOURCE_KIND = "events.triggers"
"""The resource kind other plugins use to add trigger files."""

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
"""ACLED's six event types and their sub-event types."""


class TriggerError(ValueError):
    """A trigger file that is not a list of well-formed triggers; names the file and entry."""


@dataclass(frozen=True)
class Trigger:
    """Lemmas that state an event of ``event_type``/``sub_event_type``.

    ``territory``: the sub-type depends on who acts (a state regains territory, a non-state
    actor overtakes it); ``civilian``: an attack whose victims are civilians is violence
    against civilians; ``kills``: the verb says its victim died (``tuer``, ``abattre``), so a
    named person it kills counts one fatality when no figure is given.
    """

    lemmas: tuple[str, ...]
    event_type: str
    sub_event_type: str
    territory: bool = False
    civilian: bool = False
    kills: bool = False


def _trigger(item: object, where: str) -> Trigger:
    if not isinstance(item, dict) or not {"lemmas", "event_type", "sub_event_type"} <= set(item):
        raise TriggerError(f"{where}: a trigger needs lemmas, event_type, sub_event_type: {item!r}")
    lemmas = item["lemmas"]
    if not isinstance(lemmas, list) or not lemmas or not all(isinstance(w, str) for w in lemmas):
        raise TriggerError(f"{where}: {item!r}: lemmas must be a list of words")
    kind, sub = str(item["event_type"]), str(item["sub_event_type"])
    if sub not in EVENT_TYPES.get(kind, ()):
        raise TriggerError(f"{where}: {item!r}: {kind!r}/{sub!r} is not an ACLED type/sub-type")
    flags = (bool(item.get(flag)) for flag in ("territory", "civilian", "kills"))
    return Trigger(tuple(lemmas), kind, sub, *flags)


def load_triggers(paths: Iterable[Path]) -> list[Trigger]:
    """The triggers of ``paths`` in order; a later trigger replaces one of the same lemmas."""
    found: dict[tuple[str, ...], Trigger] = {}
    for path in paths:
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as error:
            raise TriggerError(f"{path}: cannot read the trigger file: {error}") from error
        if not isinstance(data, list):
            raise TriggerError(f"{path}: a trigger file is a YAML list")
        for number, item in enumerate(data, 1):
            trigger = _trigger(item, f"{path}, entry {number}")
            found[trigger.lemmas] = trigger
    return list(found.values())


def priority(trigger: Trigger, sequence: Sequence[str] = tuple(EVENT_TYPES)) -> int:
    """Which trigger names a sentence's event when it holds several (lower first)."""
    if trigger.territory:
        return 0
    order = {"Explosions/Remote violence": 1, "Violence against civilians": 2, "Battles": 3}
    return order.get(trigger.event_type, 4 + sequence.index(trigger.event_type))
