"""Deterministic identifiers built from content digests (never Python's salted ``hash``)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

_SEP = "\x1f"


def digest(*parts: object, length: int = 16) -> str:
    """Return a hexadecimal SHA-256 digest of ``parts``, truncated to ``length`` characters.

    >>> digest("doc", 0, 5) == digest("doc", 0, 5)
    True
    """
    joined = _SEP.join(map(str, parts))
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def config_digest(config: Any, length: int = 8) -> str:
    """Return a digest of a JSON-able configuration, independent of key order."""
    canonical = json.dumps(config, sort_keys=True, ensure_ascii=False, default=str)
    return digest(canonical, length=length)
