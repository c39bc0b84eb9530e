"""Score a plugin's extractors on a gold file, in the plugin's own tests.

``score_gold`` joins the helpers of :mod:`polemos.testing` (which run and check extractors)::

    from polemos_evaluation.testing import score_gold

    report = score_gold("tests/gold/kidal.gold.json", [MyExtractor()])
    assert report.corpus["weapons.spans"].f1 >= 0.8
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from polemos.contracts import installed_contracts
from polemos.model import Document
from polemos.nlp import DEFAULT_MODEL
from polemos.pipeline import Selection, selection
from polemos.plugins import PluginManager
from polemos.serialization import document_to_dict
from polemos.testing import extractor_pipeline

from polemos_evaluation.corpus import score_pairs
from polemos_evaluation.gold import GoldDocument, load_gold
from polemos_evaluation.report import EvaluationReport

__all__ = ["score_gold"]


def score_gold(
    gold: str | Path | GoldDocument,
    extractors: Selection = (),
    *,
    config: Mapping[str, Mapping[str, Any]] | None = None,
    model: str = DEFAULT_MODEL,
    manager: PluginManager | None = None,
    plugins: Sequence[str] | None = None,
) -> EvaluationReport:
    """Run ``extractors`` (objects, and installed ones by name) on a gold file's text; score it.

    ``plugins=`` (names) is the deprecated alias of ``extractors=``.

    ``gold`` is the path of a ``*.gold.json`` file in the ``gold/FORMAT.md`` format (a small
    one of your own, with only the items your extractor produces, will do) or a parsed
    :class:`~polemos_evaluation.GoldDocument`. The layers scored are those whose contracts
    (the manager's plugins', then the installed ones') say how to score them. Returns the
    :class:`~polemos_evaluation.EvaluationReport`: read ``report.corpus["actors.mentions"].f1``
    and the other figures, or print it.
    """
    document = load_gold(gold) if isinstance(gold, str | Path) else gold
    chosen = selection(extractors, plugins, "score_gold") or []
    pipeline = extractor_pipeline(chosen, config, model, manager)
    analysed = pipeline.analyze_one(Document(document.id, document.text))
    contracts = pipeline.manager.layer_contracts().extended_by(installed_contracts())
    return score_pairs([(document, document_to_dict(analysed))], contracts)
