"""polemos: turn French conflict news into structured, checkable data.

The core defines documents, annotations, relations and their provenance; plugins (found
through pluggy and the ``polemos`` entry-point group) add extractors. ``import polemos`` does not
import spaCy: the language model loads on the first analysis.
"""

from __future__ import annotations

from importlib import metadata

from polemos.api import analyze, open
from polemos.commands import Command
from polemos.config import ConfigError
from polemos.contracts import ContractError, Contracts, Label, LayerContract, Scoring
from polemos.corpus import EXAMPLE_ID, Corpus, example_document, iter_sources
from polemos.extractor import ExtractContext, Extractor, LayerError
from polemos.io_interfaces import Exporter, Loader, LoadError
from polemos.markers import HOOK_API_VERSION, hookimpl, hookspec
from polemos.model import Annotation, Document, DocumentError, OffsetError, Relation, Run
from polemos.nlp import DEFAULT_MODEL
from polemos.ordering import OrderingError, order_extractors
from polemos.pipeline import Pipeline
from polemos.plugins import PluginFailure, PluginInfo, PluginLoadWarning, PluginManager
from polemos.schema import document_schema, validate_document_dict
from polemos.serialization import (
    FORMAT,
    FormatError,
    document_from_dict,
    document_to_dict,
    dumps,
    loads,
    read_jsonl,
    write_jsonl,
)
from polemos.yamlfile import yaml_line

try:
    __version__ = metadata.version("polemos")
except metadata.PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0+unknown"

__all__ = [
    "DEFAULT_MODEL",
    "EXAMPLE_ID",
    "FORMAT",
    "HOOK_API_VERSION",
    "Annotation",
    "Command",
    "ConfigError",
    "ContractError",
    "Contracts",
    "Corpus",
    "Document",
    "DocumentError",
    "Exporter",
    "ExtractContext",
    "Extractor",
    "FormatError",
    "Label",
    "LayerContract",
    "LayerError",
    "LoadError",
    "Loader",
    "OffsetError",
    "OrderingError",
    "Pipeline",
    "PluginFailure",
    "PluginInfo",
    "PluginLoadWarning",
    "PluginManager",
    "Relation",
    "Run",
    "Scoring",
    "__version__",
    "analyze",
    "document_from_dict",
    "document_schema",
    "document_to_dict",
    "dumps",
    "example_document",
    "hookimpl",
    "hookspec",
    "iter_sources",
    "loads",
    "open",
    "order_extractors",
    "read_jsonl",
    "validate_document_dict",
    "write_jsonl",
    "yaml_line",
]
