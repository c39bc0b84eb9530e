"""``polemos evaluate``: score the installed extractors against gold files (``gold/FORMAT.md``)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from polemos.commands import Command, add_extractors_option, selected_extractors
from polemos.model import Document
from polemos.nlp import DEFAULT_MODEL
from polemos.pipeline import Pipeline
from polemos.plugins import PluginManager
from polemos.serialization import document_to_dict

__all__ = ["Evaluate"]


class Evaluate(Command):
    """``polemos evaluate GOLD...``: the figures of every scored layer, or every error."""

    name = "evaluate"
    help = "score the extractors against gold files"

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        """The gold files, the extractors to run and the form of the report."""
        parser.add_argument("gold", nargs="+", help="*.gold.json files or folders")
        add_extractors_option(parser)
        parser.add_argument("--model", default=DEFAULT_MODEL)
        parser.add_argument("--json", action="store_true", help="print the figures as JSON")
        parser.add_argument(
            "--errors",
            action="store_true",
            help="list every missed and spurious item with its document and context, by layer "
            "and class (after the corpus figures; in --json, as error_items)",
        )

    def run(self, args: argparse.Namespace) -> int:
        """Analyse the gold texts, score them by the layer contracts, print the report."""
        from polemos_evaluation import (
            GoldFormatError,
            analyze_gold,
            corpus_errors,
            render_errors,
            score_pairs,
        )

        manager = PluginManager()
        try:
            pipeline = Pipeline(selected_extractors(args), model=args.model, manager=manager)
        except (KeyError, ValueError) as exc:
            raise SystemExit(f"polemos evaluate: {exc}") from exc

        def analyze(pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
            documents = pipeline.analyze(Document(doc_id, text) for doc_id, text in pairs)
            return [document_to_dict(document) for document in documents]

        try:
            pairs = analyze_gold(args.gold, analyze)
        except (GoldFormatError, OSError) as exc:
            raise SystemExit(f"polemos evaluate: {exc}") from exc
        contracts = manager.layer_contracts()
        report = score_pairs(pairs, contracts)
        errors = corpus_errors(pairs, contracts) if args.errors else None
        if args.json:
            data = report.to_dict()
            if errors is not None:
                data["error_items"] = [item.to_dict() for item in errors]
            print(json.dumps(data, indent=1, ensure_ascii=False))
        else:
            print(report.to_table(per_document=not args.errors))
            if errors is not None:
                print("\n" + render_errors(errors))
        return 0
