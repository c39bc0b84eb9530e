"""A recall probe of the ``actors`` extractor that needs no gold: the names it leaves out.

    .venv/bin/python benchmarks/actors_recall_probe.py [--corpus DIR] [--exclude GOLD_DIR ...]
        [--examples 3] [--actors]

Every article of the corpus (``*.txt``; default the Wikinews 2012 corpus beside the repository)
is analysed by the ``actors`` extractor and parsed by the same spaCy model. Printed:

- the spaCy PER / ORG / MISC entities and the runs of two or more capitalised words that
  overlap neither an actor mention nor a location, grouped by shape (entity label, head noun
  or first word) with counts and a few examples: read against the codebook, the groups of
  required mentions (persons, ministries, parliaments, courts, media, units, missions...) are
  the classes still missed;
- with ``--actors``, every actor mention found, grouped by type and source, to check for
  mentions the codebook would not annotate (precision).

Articles whose Wikinews id names a gold file of an ``--exclude`` folder
(``wikinews2012-<id>-...gold.json``) are skipped, so the kept-back texts stay unread.
"""

from __future__ import annotations

import argparse
import re
import warnings
from collections import Counter, defaultdict
from pathlib import Path

from polemos import Document
from polemos.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "wikinews-fr-2012"
EXCLUDE = [
    ROOT / "tests" / "data" / "realgold" / "test",
    ROOT / "tests" / "data" / "realgold" / "dev",
]
CAPITALISED = re.compile(r"^[A-ZÀ-ÖØ-Þ]")
LINKS = {"de", "du", "des", "la", "le", "l'", "l’", "d'", "d’", "et", "pour", "en"}


def excluded_ids(folders: list[Path]) -> set[str]:
    """The Wikinews ids of the gold files in ``folders`` (``wikinews2012-<id>-*.gold.json``)."""
    ids = set()
    for folder in folders:
        for path in folder.glob("wikinews2012-*.gold.json"):
            ids.add(path.name.split("-")[1])
    return ids


def capitalised_runs(doc: object) -> list[tuple[int, int]]:
    """Token runs of two or more capitalised words (linked by de/du/la...), as char offsets."""
    runs: list[tuple[int, int]] = []
    tokens = list(doc)  # type: ignore[call-overload]
    i = 0
    while i < len(tokens):
        if not CAPITALISED.match(tokens[i].text) or tokens[i].is_sent_start:
            i += 1
            continue
        j, last = i + 1, i
        while j < len(tokens):
            if CAPITALISED.match(tokens[j].text):
                last = j
            elif tokens[j].lower_ not in LINKS:
                break
            j += 1
        if last > i:
            runs.append((tokens[i].idx, tokens[last].idx + len(tokens[last].text)))
        i = last + 1
    return runs


def shape(label: str, text: str) -> str:
    """The group of an unmarked name: its label and first word (its head in French)."""
    first = re.split(r"[\s'’-]", text, maxsplit=1)[0]
    return f"{label} {first.lower() if first[:1].islower() else first}"


def main() -> None:
    """Print the unmarked names by shape, and with ``--actors`` the actors found."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--exclude", type=Path, nargs="*", default=EXCLUDE)
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--actors", action="store_true")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    skip = excluded_ids(args.exclude)
    texts = [
        (p.stem, p.read_text("utf-8"))
        for p in sorted(args.corpus.glob("*.txt"))
        if p.stem not in skip
    ]
    pipeline = Pipeline(plugins=["actors"])
    nlp = pipeline.nlp
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for (doc_id, text), analysed in zip(
        texts, pipeline.analyze(Document(i, t) for i, t in texts), strict=True
    ):
        marked = [(a.start, a.end) for a in analysed.layer("actors")]
        marked += [(a.start, a.end) for a in analysed.layer("locations")]
        for a in analysed.layer("actors"):
            found[f"{a.label} ({a.attributes['source']})"][text[a.start : a.end]] += 1
        parsed = nlp(text)
        names = [(e.start_char, e.end_char, e.label_) for e in parsed.ents if e.label_ != "LOC"]
        names += [(s, e, "CAP") for s, e in capitalised_runs(parsed)]
        seen: set[tuple[int, int]] = set()
        for start, end, label in names:
            if (start, end) in seen or any(s < end and start < e for s, e in marked):
                continue
            if len(text[start:end].strip("'’ ")) <= 2:
                continue  # an elided pronoun the model took for a name ("C’", "n’")
            seen.add((start, end))
            groups[shape(label, text[start:end])][f"{text[start:end]} [{doc_id}]"] += 1
    print(f"{len(texts)} articles ({len(skip)} ids excluded)")
    print("\nunmarked names by shape (count, examples)")
    for key, names_of in sorted(groups.items(), key=lambda kv: -sum(kv[1].values())):
        examples = "; ".join(name for name, _ in names_of.most_common(args.examples))
        print(f"{sum(names_of.values()):4d}  {key:<28} {examples}")
    if args.actors:
        print("\nactors found, by type and source")
        for key, names_of in sorted(found.items()):
            print(f"\n{key}: {sum(names_of.values())}")
            for name, count in names_of.most_common():
                print(f"  {count:3d}  {name}")


if __name__ == "__main__":
    main()
