"""The pipeline: parse each document once with spaCy, run the extractors in order over it.

A plugin that raises on a document has its error recorded on that document (plugin, exception
type, message); its partial output is dropped, the other extractors and documents go on.
"""

from __future__ import annotations

import copy
import time
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from polemos.config import resolve_config
from polemos.extractor import ExtractContext, Extractor
from polemos.limits import DEFAULT_TIME_LIMIT, time_limit
from polemos.model import Document, DocumentError, Run, check_json_able
from polemos.nlp import DEFAULT_MODEL, components_to_run, load_model, model_label
from polemos.ordering import order_extractors
from polemos.parsing import parse_documents
from polemos.plugins import PluginManager

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

HOST = "polemos"
"""The name errors of the host itself (parsing, limits) are recorded under."""

Selection = Sequence[str | Extractor]
"""The extractors a pipeline runs: names of installed extractors and extractor objects."""


def selection(
    extractors: Selection | None,
    plugins: Sequence[str] | None,
    where: str,
    names: Selection | None = None,
) -> list[str | Extractor] | None:
    """The one selection of ``where``: ``extractors``, after ``plugins`` and ``names`` if given.

    ``plugins=`` selected extractor names where ``extractors=`` now takes names and objects,
    and ``names`` (the first positional argument of ``where``) was its positional form beside
    ``extractors=``. Both still work, with a :class:`DeprecationWarning` naming
    ``extractors=``, until polemos 1.0; their names come first, as before.

    >>> selection(["actors"], None, "f")
    ['actors']
    """
    old = "" if plugins is None else "plugins= is deprecated"
    if names is not None and extractors is not None:
        old = old or "names given beside extractors= are deprecated"
    if old:
        warnings.warn(
            f"{where}: {old}, use extractors= (one list of extractor names and objects)",
            DeprecationWarning,
            stacklevel=3,
        )
    if plugins is None and names is None:
        return None if extractors is None else list(extractors)
    return [*(plugins or ()), *(names or ()), *(extractors or ())]


def _add_error(
    document: Document, plugin: str, error: str | BaseException, message: str = ""
) -> None:
    """Record on ``document`` an error of ``plugin``: its type and ``message``, or an exception.

    The message of an exception follows ``message``; the whole starts with the document's id.
    """
    if isinstance(error, BaseException):
        found = DocumentError.from_exception(plugin, error)
        error, message = found.type, message + found.message
    document.add_error(DocumentError(plugin, error, f"document {document.id!r}: {message}"))


def _check_meta(document: Document, before: dict[str, Any], extractor: str) -> None:
    """Raise ``TypeError`` if ``extractor`` left something that is not JSON in the metadata."""
    if document.meta is before or document.meta == before:
        return
    if not isinstance(document.meta, dict):
        raise TypeError(f"extractor {extractor!r} replaced the document's meta by a non-mapping")
    check_json_able(document.meta, f"extractor {extractor!r}: document meta")


class Pipeline:
    """Runs selected extractors over documents.

    >>> pipeline = Pipeline([], manager=PluginManager(entry_points=False))
    >>> pipeline.analyze_one("Texte court.").errors
    ()

    ``extractors`` (or the first positional argument) are the extractors to run: names of the
    manager's extractors and extractor objects (all the manager's when None; ``plugins=``,
    names only, is its deprecated alias). ``config`` maps an extractor name to its
    configuration; ``model`` is the spaCy pipeline (a package name or a path). ``time_limit``
    bounds, in seconds, the parse of one document and each extractor's work on it (300 s by
    default, ``None`` for no limit): work still running then is interrupted (see
    :mod:`polemos.limits`) and a ``TimeLimitExceeded`` error is recorded.
    """

    def __init__(
        self,
        names: Selection | None = None,
        /,
        *,
        extractors: Selection | None = None,
        model: str = DEFAULT_MODEL,
        config: Mapping[str, Mapping[str, Any]] | None = None,
        manager: PluginManager | None = None,
        batch_size: int = 32,
        max_chars: int = 1_000_000,
        time_limit: float | None = DEFAULT_TIME_LIMIT,
        plugins: Sequence[str] | None = None,
    ) -> None:
        self.manager = manager if manager is not None else PluginManager()
        chosen = selection(extractors, plugins, "Pipeline", names)
        self.extractors: list[Extractor] = order_extractors(self._resolve(chosen))
        self.model_name = model
        self.config = {name: dict(value) for name, value in (config or {}).items()}
        unknown = set(self.config) - {e.name for e in self.extractors}
        if unknown:
            raise KeyError(
                f"config given for extractors not selected: {', '.join(sorted(unknown))}"
            )
        # validated now: a wrong key fails here, naming it and its extractor, before any parse
        self._configs = {
            e.name: resolve_config(e, self.config.get(e.name, {})) for e in self.extractors
        }
        self._set_up = False
        self._setup_errors: dict[str, BaseException] = {}
        self.batch_size = batch_size
        self.max_chars = max_chars
        self.time_limit = time_limit
        self._nlp: Language | None = None
        self._runs: dict[str, Run] | None = None
        self.timings: dict[str, float] = {"parse": 0.0} | {e.name: 0.0 for e in self.extractors}
        """Wall time (s) of the parse and of each extractor, since the pipeline was made."""
        self.cpu_timings: dict[str, float] = dict.fromkeys(self.timings, 0.0)
        """CPU time (s, this process) of the same: what a loaded machine does not distort."""

    def _resolve(self, chosen: list[str | Extractor] | None) -> list[Extractor]:
        """The extractor objects of ``chosen``, in order (the manager's for the names)."""
        if chosen is None:
            return self.manager.select_extractors(None)
        wrong = [item for item in chosen if not isinstance(item, str | Extractor)]
        if wrong:
            raise TypeError(f"extractors= takes names and Extractor objects, not {wrong[0]!r}")
        names = [item for item in chosen if isinstance(item, str)]
        found = iter(self.manager.select_extractors(names) if names else ())
        return [next(found) if isinstance(item, str) else item for item in chosen]

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use."""
        if self._nlp is None:
            self._nlp = load_model(self.model_name)
        return self._nlp

    @property
    def components(self) -> list[str]:
        """The spaCy components this pipeline runs (the union of the extractors' needs)."""
        needed = {c for e in self.extractors for c in e.spacy_components}
        return components_to_run(self.nlp, needed)

    @property
    def runs(self) -> dict[str, Run]:
        """The run of each extractor, by extractor name (stamped by the host)."""
        if self._runs is None:
            label = model_label(self.nlp)
            runs = {}
            for extractor in self.extractors:
                distribution, version = self.manager.provenance(extractor)
                config = self._configs[extractor.name][1]
                runs[extractor.name] = Run(
                    plugin=extractor.name,
                    version=version,
                    config=config,
                    distribution=distribution,
                    model=label,
                )
            self._runs = runs
        return self._runs

    def setup(self) -> None:
        """Call each extractor's ``setup`` once (the first analysis does it when needed).

        An extractor whose setup raises is recorded: each document gets its error.
        """
        if self._set_up:
            return
        self._set_up = True
        nlp = self.nlp
        for extractor in self.extractors:
            try:
                extractor.setup(nlp, self._configs[extractor.name][0], self.manager.resources)
            except (Exception, SystemExit) as exc:  # recorded on every document; others run
                self._setup_errors[extractor.name] = exc

    def analyze_one(self, document: Document | str, doc_id: str = "text") -> Document:
        """Analyse one document (or a string, given the id ``doc_id``) and return it."""
        return next(
            self.analyze(
                [document if isinstance(document, Document) else Document(doc_id, document)]
            )
        )

    def analyze(self, documents: Iterable[Document]) -> Iterator[Document]:
        """Analyse documents lazily, in batches; yield each as soon as it is done."""
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= self.batch_size:
                yield from self._analyze_batch(batch)
                batch = []
        if batch:
            yield from self._analyze_batch(batch)

    def _analyze_batch(self, batch: list[Document]) -> Iterator[Document]:
        runs = self.runs
        self.setup()
        positions = []  # parses are matched to documents by position: ids may repeat
        for position, document in enumerate(batch):
            if len(document.text) > self.max_chars:
                chars = f"{len(document.text)} characters, more than max_chars={self.max_chars}"
                _add_error(document, HOST, "DocumentTooLong", f"{chars}; not analysed")
            else:
                positions.append(position)
        parses = self._parse([batch[position] for position in positions])
        docs = dict(zip(positions, parses, strict=True))
        for position, document in enumerate(batch):
            spacy_doc = docs.get(position)
            if spacy_doc is not None:
                self._run_extractors(document, spacy_doc, runs)
            yield document

    def _parse(self, documents: list[Document]) -> list[Doc | None]:
        """The spaCy parse of each document, or None when it failed (error recorded on it)."""
        started, cpu = time.perf_counter(), time.process_time()
        nlp = self.nlp
        enabled = self.components
        disabled = [name for name in nlp.pipe_names if name not in enabled]
        parsed: list[Doc | None] = []
        results = parse_documents(nlp, documents, disabled, self.time_limit)
        for document, result in zip(documents, results, strict=True):
            if not isinstance(result, BaseException):
                parsed.append(result)
                continue
            error = DocumentError.from_exception(f"{HOST}.parse", result)
            if repr(document.id) in error.message:  # the time limit names the document
                document.add_error(error)
            else:
                _add_error(document, error.plugin, result)
            parsed.append(None)
        self.timings["parse"] += time.perf_counter() - started
        self.cpu_timings["parse"] += time.process_time() - cpu
        return parsed

    def _run_extractors(self, document: Document, spacy_doc: Doc, runs: Mapping[str, Run]) -> None:
        failed_layers: set[str] = set()
        for extractor in self.extractors:
            blocked = [layer for layer in extractor.requires if layer in failed_layers]
            failed_setup = self._setup_errors.get(extractor.name)
            if blocked:
                why = f"skipped, required layer(s) {', '.join(blocked)} failed"
                _add_error(document, extractor.name, "RequirementFailed", why)
            elif failed_setup is not None:
                _add_error(document, extractor.name, failed_setup, "setup failed: ")
            if blocked or failed_setup is not None:
                failed_layers.update(extractor.writes)
                continue
            context = ExtractContext(
                document=document,
                doc=spacy_doc,
                extractor=extractor,
                run=runs[extractor.name],
                resources=self.manager.resources,
            )
            started, cpu = time.perf_counter(), time.process_time()
            meta = copy.deepcopy(document.meta)
            try:
                with time_limit(self.time_limit, f"extractor {extractor.name!r}"):
                    extractor.extract(context)
                _check_meta(document, meta, extractor.name)
                context.commit()
            except (Exception, SystemExit) as exc:  # record it on the document; the run goes on
                document.meta = meta  # what the extractor did to the metadata is undone
                _add_error(document, extractor.name, exc)
                failed_layers.update(extractor.writes)
            finally:
                self.timings[extractor.name] += time.perf_counter() - started
                self.cpu_timings[extractor.name] += time.process_time() - cpu
