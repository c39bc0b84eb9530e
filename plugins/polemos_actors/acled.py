"""ACLED actor-type codes, in one table (``data/acled.yaml``).

Lexicon entries give their own ``acled`` code (checked against this table); actors made by a
rule take the code of their type (:func:`code_for_type`) or a named code (:func:`code`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .ruledata import rule_data

__all__ = ["AcledCodes", "acled_codes", "code", "code_for_type"]


@dataclass(frozen=True)
class AcledCodes:
    """The ACLED actor-type codes by name, and the code of each actor type."""

    by_name: dict[str, int]
    by_type: dict[str, int | None]

    @property
    def valid(self) -> frozenset[int]:
        """Every ACLED actor-type code (1-8)."""
        return frozenset(self.by_name.values())


@lru_cache(maxsize=1)
def acled_codes() -> AcledCodes:
    """Read and check ``data/acled.yaml`` once.

    :raises RuleDataError: a code is not an integer, or a type names no code.
    """
    data = rule_data("acled.yaml", frozenset({"codes", "by_type"}))
    codes = data.raw["codes"]
    if not isinstance(codes, dict) or not all(
        isinstance(value, int) and not isinstance(value, bool) for value in codes.values()
    ):
        raise data.error("codes", "expected a mapping of code names to integers")
    types = data.raw["by_type"]
    if not isinstance(types, dict) or not all(v is None or v in codes for v in types.values()):
        raise data.error("by_type", f"expected actor type -> one of {', '.join(codes)} or null")
    return AcledCodes(
        {str(name): value for name, value in codes.items()},
        {str(kind): None if name is None else codes[name] for kind, name in types.items()},
    )


def code(name: str) -> int:
    """The ACLED code named ``name`` (``"political_militias"`` -> 3)."""
    return acled_codes().by_name[name]


def code_for_type(actor_type: str) -> int | None:
    """The ACLED code of an actor of ``actor_type`` made by a rule (``"armed_group"`` -> 2).

    ``person`` has none (ACLED codes the group a person belongs to).
    """
    return acled_codes().by_type[actor_type]
