"""Text normalisation shared by the lexicon, the matchers and the alias folder.

The helpers are the shared French package's (:mod:`polemos_french`); this module keeps the
names the plugin imports.
"""

from __future__ import annotations

from polemos_french import fold, strip_accents

__all__ = ["fold", "strip_accents"]
