"""Cue files: the alliance and hostility patterns, as data (YAML), validated on load.

A cue file (schema ``polemos.alliances.cues/1``, JSON Schema in ``data/cues.schema.json``) holds:

- ``lists``: named word lists, used anywhere in a pattern as ``"@name"``;
- ``descriptors``: nouns that, just before an actor mention, belong to it ("la *milice* X");
- ``designations``: nouns that, with a definite article as the subject of a sentence ("*Le
  groupe* revendique ..."), stand for the actor subject of the sentence before;
- ``reporting``: words that introduce the source of a report ("*selon* X"): an actor right
  after one is never an end of a relation;
- ``negation``: ``particles`` ("ne", "n'") that with one of ``words`` ("pas", "jamais") negate a
  cue, and ``standalone`` words or phrases ("dément", "sans le soutien") that negate it alone;
- ``former``: ``markers`` ("ancien", "ex") and ``tense_words`` ("était", "avait") that make a
  relation ``former``; ``tense_types`` the relation types that past tense makes former (a past
  attack is still a hostility); ``ne_plus``: "ne ... plus" makes it former;
- ``cues``: the patterns. Each has an ``id``, a ``type`` (``supports``, ``allied_with``,
  ``affiliated_with``, ``hostile_to``, or ``alias``), an optional fixed ``status``, and either
  ``tokens`` (a spaCy ``Matcher`` pattern) or ``dependency`` (a spaCy ``DependencyMatcher``
  pattern); ``unless`` lists words that veto a match when they occur in it ("aux côtés de"
  is not an attack), ``unless_before`` words that veto it when they occur among the three
  words before a match ("la veuve *de* l'ancien président de X, Y": Y is not the president),
  ``not_after`` words that veto it when the word just before the match is one of them (a
  subject is not "*des* talibans"); ``clause_subject: true`` makes the end written first,
  when it is the object or the "contre" complement of a verb, stand for that verb's subject
  ("X se retourne contre Y, avec le soutien de Z": Z backs X). Token patterns mark the two
  ends with ``SLOT: source`` / ``SLOT: target``; dependency patterns name them with
  ``RIGHT_ID: source`` / ``target``.
  An ``alias`` cue makes the token at slot ``alias`` (a coalition noun) stand for the actor
  at slot ``name``.

Shorthands, usable in any token dict of a pattern (and in ``RIGHT_ATTRS``):

- ``ACTOR: true`` (any actor) or ``ACTOR: [armed_group, person]`` (actors of these types);
- ``WORDS: [..]`` lowercase forms; ``STEM: [..]`` lowercase prefixes; ``PART: [..]`` past
  participles in their four gender/number forms ("soutenu" -> soutenu(e)(s));
- ``GAP: n``: up to n tokens that are neither actors nor punctuation; ``CLAUSE: n``: up to n
  non-actor tokens, commas allowed, but no sentence punctuation and no word of the
  ``clause_stop`` list ("selon", "que"...); ``SKIP: n``: up to n tokens of anything but
  sentence-final punctuation; ``APPOSITION: n`` (alone in its dict): optionally, an
  apposition of up to n words between commas (", soutenue par l'aviation russe,"); the cue
  then has two patterns, with and without it; ``ANY_OF: [[..], [..]]`` (alone in its dict):
  one of several token sequences (the shipped file keeps common ones as YAML anchors under
  ``fragments``).

Files given later (plugins through the ``alliances.cues`` resource, then the user's
``data_paths``) add to the lists and cues of earlier ones; a cue with an existing ``id`` replaces
it.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from polemos import yaml_line

if TYPE_CHECKING:
    from spacy.vocab import Vocab

from polemos_alliances.actordoc import ACTOR_PREFIX
from polemos_alliances.frames import Frame, FrameError, compile_frame

__all__ = [
    "DEFAULT_CUES",
    "DEFAULT_FRAMES",
    "RELATION_TYPES",
    "SCHEMA_PATH",
    "SHIPPED",
    "SYMMETRIC_TYPES",
    "Cue",
    "CueError",
    "CueSet",
    "load_cues",
]

DATA = Path(__file__).parent / "data"
DEFAULT_CUES = DATA / "cues.yaml"
"""The cue file shipped with the plugin."""
DEFAULT_FRAMES = DATA / "frames.yaml"
"""The frame file shipped with the plugin (a cue file with a ``frames`` section)."""
SHIPPED = (DEFAULT_CUES, DEFAULT_FRAMES)
"""The shipped files, in the order they are read."""
SCHEMA_PATH = DATA / "cues.schema.json"
"""The JSON Schema every cue file is validated against."""

RELATION_TYPES = ("supports", "allied_with", "affiliated_with", "hostile_to")
SYMMETRIC_TYPES = frozenset({"allied_with", "hostile_to"})
ALIAS = "alias"
APPOSITION_SLOT = "apposition"
_SENTENCE_PUNCT = [".", "!", "?", ";", "…"]
# In the actor view only merged actor tokens are entities (IOB "B"); the rest is "O". IOB tests
# are much cheaper for the matcher than regular expressions on the entity type.
_ACTOR = "B"
_NOT_ACTOR = "O"


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ten times faster


class CueError(ValueError):
    """A cue file that cannot be used: names the file, the entry and what is wrong."""


@dataclass(frozen=True)
class TokenPattern:
    """One ``Matcher`` pattern of a cue and the slot of each slotted pattern token."""

    tokens: tuple[dict[str, Any], ...]
    slots: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Cue:
    """One compiled cue: its pattern in spaCy's form and where its slots are."""

    id: str
    type: str
    source: Path
    status: str | None = None
    description: str = ""
    examples: tuple[str, ...] = ()
    patterns: tuple[TokenPattern, ...] = ()
    unless: frozenset[str] = frozenset()
    unless_before: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    clause_subject: bool = False
    dependency: tuple[dict[str, Any], ...] = ()

    @property
    def is_dependency(self) -> bool:
        """Whether this cue is a ``DependencyMatcher`` pattern."""
        return bool(self.dependency)


@dataclass(frozen=True)
class CueSet:
    """Every cue and word list of a set of cue files, merged in order."""

    cues: tuple[Cue, ...]
    descriptors: frozenset[str]
    negation_particles: frozenset[str]
    negation_words: frozenset[str]
    negation_standalone: frozenset[str]
    negation_phrases: tuple[tuple[str, ...], ...]
    former_markers: frozenset[str]
    tense_words: frozenset[str]
    tense_types: frozenset[str]
    ne_plus: bool
    files: tuple[Path, ...]
    frames: tuple[Frame, ...] = ()
    reporting: frozenset[str] = frozenset()
    """Words that introduce the source of a report ("selon X"): X is no end of a relation."""
    designations: frozenset[str] = frozenset()
    """Nouns that as a sentence's subject ("*Le groupe* ...") stand for the actor before."""

    def by_id(self, cue_id: str) -> Cue:
        """The cue called ``cue_id``; ``KeyError`` otherwise."""
        for cue in self.cues:
            if cue.id == cue_id:
                return cue
        raise KeyError(cue_id)


@cache
def _schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (YAML makes many small objects).

    Beside a loaded spaCy model, the collector scans hundreds of thousands of objects each time
    the parser's allocations trigger it: reading the cue file took 20 times longer.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read(path: Path, *, check: bool = True) -> dict[str, Any]:
    """Read one cue file and check it against the schema (unless ``check`` is false)."""
    try:
        text = path.read_text(encoding="utf-8")
        with _gc_paused():
            data = yaml.load(text, Loader=_SAFE_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise CueError(f"{path}: cannot read cue file: {exc}") from exc
    if check:
        validate_cue_data(data, path, text)
    return data if isinstance(data, dict) else {}


def validate_cue_data(data: Any, path: Path | str = "<cues>", text: str | None = None) -> None:
    """Raise :class:`CueError` naming ``path`` and the entry if ``data`` breaks the schema.

    Given the file's ``text``, the message also names the line (``path:line: entry: problem``).
    """
    import jsonschema

    validator = jsonschema.Draft202012Validator(_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = _entry_name(data, list(first.absolute_path))
        line = yaml_line(text, list(first.absolute_path)) if text is not None else None
        raise CueError(f"{path}{'' if line is None else f':{line}'}: {where}: {first.message}")


def _entry_name(data: Any, path: list[Any]) -> str:
    """Name the entry at ``path`` ("cue 'hostile.x' (cues[3]) > tokens[2]") for messages."""
    if len(path) >= 2 and path[0] == "cues" and isinstance(path[1], int):
        cues = data.get("cues") if isinstance(data, dict) else None
        cue = cues[path[1]] if isinstance(cues, list) and path[1] < len(cues) else None
        name = cue.get("id") if isinstance(cue, dict) else None
        rest = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path[2:])
        return f"cue {name!r} (cues[{path[1]}]){rest}"
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path) or "top level"


def _expand_value(value: Any, lists: Mapping[str, list[str]], where: str) -> Any:
    """Replace ``"@name"`` references to word lists, recursively."""
    if isinstance(value, str) and value.startswith("@"):
        if value[1:] not in lists:
            raise CueError(f"{where}: unknown word list {value!r}")
        return list(lists[value[1:]])
    if isinstance(value, list):
        expanded: list[Any] = []
        for item in value:
            reference = isinstance(item, str) and item.startswith("@")
            item = _expand_value(item, lists, where)
            expanded.extend(item if reference else [item])  # "@list" items are spliced in
        return expanded
    if isinstance(value, dict):
        return {key: _expand_value(item, lists, where) for key, item in value.items()}
    return value


def phrase_words(phrase: str) -> tuple[str, ...]:
    """The lowercase tokens of a phrase, split as spaCy splits French ("sans l'appui").

    >>> phrase_words("Sans l'appui")
    ('sans', "l'", 'appui')
    """
    return tuple(re.findall(r"\w+['’]?|[^\w\s]", phrase.lower()))


def participle_forms(words: Iterable[str]) -> list[str]:
    """The four gender/number forms of French past participles ("armé" -> armé(e)(s)).

    >>> participle_forms(["soutenu", "pris"])
    ['soutenu', 'soutenue', 'soutenus', 'soutenues', 'pris', 'prise', 'prises']
    """
    forms: list[str] = []
    for word in words:
        masc_plural = word if word.endswith(("s", "x")) else word + "s"
        for form in (word, word + "e", masc_plural, word + "es"):
            if form not in forms:
                forms.append(form)
    return forms


def _token_attrs(
    spec: Mapping[str, Any], where: str, lists: Mapping[str, list[str]]
) -> tuple[dict[str, Any], str | None]:
    """Turn a token dict with shorthands into a spaCy token dict; return it and its slot."""
    attrs: dict[str, Any] = {}
    slot = None
    for key, value in spec.items():
        if key == "SLOT":
            slot = str(value)
        elif key == "ACTOR":
            if value is True:
                attrs["ENT_IOB"] = _ACTOR
            elif isinstance(value, list) and value:
                attrs["ENT_TYPE"] = {"IN": [f"{ACTOR_PREFIX}{v}" for v in value]}
            else:
                raise CueError(f"{where}: ACTOR must be true or a list of actor types")
        elif key == "WORDS":
            attrs["LOWER"] = {"IN": [str(word).lower() for word in value]}
        elif key == "STEM":
            stems = "|".join(re.escape(str(stem).lower()) for stem in value)
            attrs["LOWER"] = {"REGEX": f"^(?:{stems})"}
        elif key == "PART":
            attrs["LOWER"] = {"IN": participle_forms(str(word).lower() for word in value)}
        elif key == "GAP":
            attrs.update({"ENT_IOB": _NOT_ACTOR, "IS_PUNCT": False, "OP": f"{{0,{int(value)}}}"})
        elif key == "CLAUSE":
            stop = [*_SENTENCE_PUNCT, ":", *(w.lower() for w in lists.get("clause_stop", []))]
            attrs.update({"ENT_IOB": _NOT_ACTOR, "LOWER": {"NOT_IN": stop}})
            attrs["OP"] = f"{{0,{int(value)}}}"
        elif key == "SKIP":
            attrs.update({"LOWER": {"NOT_IN": _SENTENCE_PUNCT}, "OP": f"{{0,{int(value)}}}"})
        else:
            attrs[key] = value
    return attrs, slot


def _variants(specs: Sequence[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
    """Expand the alternatives of a token pattern into plain patterns.

    ``ANY_OF: [[tokens], [tokens]]`` gives one pattern per alternative; ``APPOSITION: n`` two,
    without and with ", <= n words ,".
    """
    variants: list[list[Mapping[str, Any]]] = [[]]
    for spec in specs:
        if "APPOSITION" in spec:
            words = int(spec["APPOSITION"])
            inner = {
                "LOWER": {"NOT_IN": [",", *_SENTENCE_PUNCT, ":"]},
                "OP": f"{{1,{words}}}",
                "SLOT": APPOSITION_SLOT,  # its words say nothing of the relation's status
            }
            alternatives: list[list[Mapping[str, Any]]] = [
                [],
                [{"WORDS": [","]}, inner, {"WORDS": [","]}],
            ]
        elif "ANY_OF" in spec:
            alternatives = [list(alternative) for alternative in spec["ANY_OF"]]
        else:
            alternatives = [[spec]]
        variants = [
            [*variant, *alternative] for alternative in alternatives for variant in variants
        ]
    return variants


def _common(body: Mapping[str, Any], path: Path) -> dict[str, Any]:
    """The fields every cue has, from its (expanded) YAML entry."""
    return {
        "id": body["id"],
        "type": body["type"],
        "source": path,
        "status": body.get("status"),
        "description": body.get("description", ""),
        "examples": tuple(str(example) for example in body.get("examples") or []),
        "unless": frozenset(str(w).lower() for w in body.get("unless") or []),
        "unless_before": frozenset(str(w).lower() for w in body.get("unless_before") or []),
        "not_after": frozenset(str(w).lower() for w in body.get("not_after") or []),
        "clause_subject": bool(body.get("clause_subject", False)),
    }


def _compile_cue(
    raw: Mapping[str, Any], lists: Mapping[str, list[str]], path: Path, *, check: bool = True
) -> Cue:
    where = f"{path}: cue {raw.get('id')!r}"
    body = _expand_value(dict(raw), lists, where)
    cue_type = body["type"]
    needed = {"alias", "name"} if cue_type == ALIAS else {"source", "target"}
    if "tokens" in body:
        variants = []
        for specs in _variants(body["tokens"]):
            tokens: list[dict[str, Any]] = []
            slots: dict[int, str] = {}
            for index, spec in enumerate(specs):
                attrs, slot = _token_attrs(spec, f"{where}, tokens[{index}]", lists)
                tokens.append(attrs)
                if slot is not None:
                    slots[index] = slot
            if set(slots.values()) - {APPOSITION_SLOT} != needed:
                raise CueError(f"{where}: token slots must be exactly {sorted(needed)}")
            variants.append(TokenPattern(tuple(tokens), slots))
        cue = Cue(**_common(body, path), patterns=tuple(variants))
    else:
        nodes = []
        for index, node in enumerate(body["dependency"]):
            node = dict(node)
            where_node = f"{where}, dependency[{index}]"
            attrs, _ = _token_attrs(node.get("RIGHT_ATTRS", {}), where_node, lists)
            node["RIGHT_ATTRS"] = attrs
            nodes.append(node)
        names = {node.get("RIGHT_ID") for node in nodes}
        if not needed <= names:
            raise CueError(f"{where}: dependency nodes must include RIGHT_IDs {sorted(needed)}")
        cue = Cue(**_common(body, path), dependency=tuple(nodes))
    if check:
        check_with_spacy(cue, where)
    return cue


@cache
def _vocab() -> Vocab:
    from spacy.vocab import Vocab

    return Vocab()


def check_with_spacy(cue: Cue, where: str) -> None:
    """Let spaCy validate the pattern now, so a bad cue fails on load with its name."""
    from spacy.matcher import DependencyMatcher, Matcher

    vocab = _vocab()
    try:
        if cue.is_dependency:
            DependencyMatcher(vocab, validate=True).add(cue.id, [list(cue.dependency)])
        else:
            Matcher(vocab, validate=True).add(cue.id, [list(p.tokens) for p in cue.patterns])
    except (ValueError, KeyError, TypeError) as exc:
        raise CueError(f"{where}: spaCy rejects the pattern: {exc}") from exc


def _spliced(words: Iterable[Any], lists: Mapping[str, list[str]]) -> list[str]:
    """The words of a list, with the words of earlier lists it names as ``"@name"``."""
    out: list[str] = []
    for word in words:
        text = str(word)
        out.extend(lists[text[1:]] if text.startswith("@") and text[1:] in lists else [text])
    return out


def load_cues(paths: Sequence[Path | str] = SHIPPED) -> CueSet:
    """Load, validate and merge cue files in order (later files extend earlier ones).

    Raises :class:`CueError` naming the file and entry at the first problem.

    >>> cues = load_cues()
    >>> "supports" in {cue.type for cue in cues.cues}
    True
    """
    return _load_cues(tuple(Path(p) for p in paths))


@cache
def _load_cues(paths: tuple[Path, ...]) -> CueSet:
    lists: dict[str, list[str]] = {}
    sets: dict[str, set[str]] = {
        key: set()
        for key in (
            "descriptors",
            "reporting",
            "designations",
            "particles",
            "words",
            "standalone",
            "markers",
            "tense_words",
            "tense_types",
        )
    }
    ne_plus = True
    raw_cues: dict[str, tuple[Mapping[str, Any], Path]] = {}
    raw_frames: dict[str, tuple[Mapping[str, Any], Path]] = {}
    # The shipped file is checked against the schema and by spaCy's pattern validation in the
    # test suite; both cost more than analysing a short corpus, so only other files pay for them.
    trusted = {path.resolve() for path in SHIPPED}
    for path in paths:
        data = _read(path, check=path.resolve() not in trusted)
        for name, words in (data.get("lists") or {}).items():
            lists[name] = [*lists.get(name, []), *_spliced(words, lists)]
        sets["descriptors"].update(str(w).lower() for w in data.get("descriptors") or [])
        sets["reporting"].update(str(w).lower() for w in data.get("reporting") or [])
        sets["designations"].update(str(w).lower() for w in data.get("designations") or [])
        negation = data.get("negation") or {}
        for key in ("particles", "words", "standalone"):
            sets[key].update(str(w).lower() for w in negation.get(key) or [])
        former = data.get("former") or {}
        for key in ("markers", "tense_words", "tense_types"):
            sets[key].update(str(w).lower() for w in former.get(key) or [])
        ne_plus = bool(former.get("ne_plus", ne_plus))
        for raw in data.get("cues") or []:
            raw_cues[raw["id"]] = (raw, path)
        for raw in data.get("frames") or []:
            raw_frames[raw["id"]] = (raw, path)
    cues = tuple(
        _compile_cue(raw, lists, path, check=path.resolve() not in trusted)
        for raw, path in raw_cues.values()
    )
    return CueSet(
        cues=cues,
        descriptors=frozenset(sets["descriptors"]),
        negation_particles=frozenset(sets["particles"]),
        negation_words=frozenset(sets["words"]),
        negation_standalone=frozenset(w for w in sets["standalone"] if len(phrase_words(w)) == 1),
        negation_phrases=tuple(
            sorted(phrase_words(w) for w in sets["standalone"] if len(phrase_words(w)) > 1)
        ),
        former_markers=frozenset(sets["markers"]),
        tense_words=frozenset(sets["tense_words"]),
        tense_types=frozenset(sets["tense_types"]),
        ne_plus=ne_plus,
        files=paths,
        frames=tuple(_compile_frame(raw, lists, path) for raw, path in raw_frames.values()),
        reporting=frozenset(sets["reporting"]),
        designations=frozenset(sets["designations"]),
    )


def _compile_frame(raw: Mapping[str, Any], lists: Mapping[str, list[str]], path: Path) -> Frame:
    body = _expand_value(dict(raw), lists, f"{path}: frame {raw.get('id')!r}")
    try:
        return compile_frame(body, path)
    except FrameError as exc:
        raise CueError(str(exc)) from exc
