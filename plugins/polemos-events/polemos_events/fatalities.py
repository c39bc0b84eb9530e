"""Fatalities of an event from the figures of its sentence, as UCDP and ACLED count them.

The killed of an event are the ``quantities`` of category ``casualties`` and casualty type
``killed`` in its sentence, wholes only (``40 morts, dont 10 civils`` counts 40). UCDP gives
three estimates: ``best`` (the most reliable figure), ``low`` and ``high``. From a figure's
bound: ``exact`` -> all three; ``lower`` (``plus de 20``) -> low = best = 20, high unknown;
``upper`` (``jusqu'à 20``) -> best = high = 20, low unknown; a range ``entre 10 et 20`` ->
low 10, high 20, best 10 (the conservative end); ``approx`` (``environ 20``) -> best 20.
ACLED's single ``fatalities`` is conservative: the lowest figure reported, and for vague
plurals ACLED's convention: "When sources report estimates such as 'tens' or 'dozens' or
'hundreds', ACLED codes 10 for 'tens', 12 for 'dozens', 100 for 'hundreds', and so on"
(ACLED, *Uses and limitations of ACLED data*, question "How does ACLED code fatalities?",
published 27 February 2023, updated 7 May 2024). French ``des dizaines`` is "tens" (10),
``des douzaines`` "dozens" (12), ``des centaines`` 100, ``des milliers`` 1000; the codebook
of the gold sets reads ``des dizaines`` as 10 too. Alleged figures (``auraient été tués``)
stay apart: the event's ``certainty`` says so. A named person a verb kills with no figure
given (``Antoine Sollacaro a été abattu``) is one fatality (:func:`one_killed`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from polemos import Annotation

__all__ = ["VAGUE", "fatalities", "one_killed"]

VAGUE = {"dizaines": 10, "douzaines": 12, "centaines": 100, "milliers": 1000}
"""ACLED's figure for a vague plural of tens, dozens, hundreds, thousands (see above)."""

_VAGUE = re.compile(
    r"^(?:des|plusieurs)\s+(dizaines|douzaines|centaines|milliers)\b", re.IGNORECASE
)


def _estimates(quantity: Annotation) -> dict[str, Any]:
    value = quantity.attributes.get("value")
    top = quantity.attributes.get("value_max")
    bound = quantity.attributes.get("bound")
    vague = _VAGUE.match(quantity.text)
    if vague:
        figure = VAGUE[vague.group(1).lower()]
        return {"best": figure, "low": figure, "high": None, "acled": figure}
    if top is not None:
        return {"best": value, "low": value, "high": top, "acled": value}
    if bound == "lower":
        return {"best": value, "low": value, "high": None, "acled": value}
    if bound == "upper":
        return {"best": value, "low": None, "high": value, "acled": value}
    if bound == "approx":
        return {"best": value, "low": None, "high": None, "acled": value}
    return {"best": value, "low": value, "high": value, "acled": value}


def _sum(values: list[Any]) -> Any:
    return None if not values or any(v is None for v in values) else sum(values)


def fatalities(killed: Sequence[Annotation]) -> dict[str, Any]:
    """``best``, ``low``, ``high``, ``acled``, ``quantities`` (ids), ``alleged``."""
    wholes = [q for q in killed if q.attributes.get("part_of") is None]
    if not wholes:
        return {
            "best": None,
            "low": None,
            "high": None,
            "acled": 0,
            "quantities": [],
            "alleged": False,
        }
    estimates = [_estimates(q) for q in wholes]
    return {
        "best": _sum([e["best"] for e in estimates]),
        "low": _sum([e["low"] for e in estimates]),
        "high": _sum([e["high"] for e in estimates]),
        "acled": _sum([e["acled"] for e in estimates]) or 0,
        "quantities": [q.id for q in wholes],
        "alleged": any(q.attributes.get("certainty") == "alleged" for q in wholes),
    }


def one_killed(victim: Annotation) -> dict[str, Any]:
    """The fatalities of an event that kills one named person: one, known from ``victim``."""
    return {
        "best": 1,
        "low": 1,
        "high": 1,
        "acled": 1,
        "quantities": [],
        "alleged": False,
        "victim": victim.id,
    }
