"""The events of analysed documents as ACLED and UCDP GED tables (pandas DataFrames).

Each row is one ``events`` annotation, with the names and values of the annotations it links
(actors, place, date, figures) and, beside the columns of the dataset, where it comes from:
``doc_id``, ``event_id``, ``start``, ``end`` (character offsets of the sentence in the
document's text), so every row can be checked against its words.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from polemos import Annotation, Document

from polemos_events.extractor import LAYER

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

__all__ = [
    "ACLED_COLUMNS",
    "PROVENANCE_COLUMNS",
    "UCDP_COLUMNS",
    "acled_table",
    "event_rows",
    "event_views",
    "ucdp_table",
]

ACLED_COLUMNS = (
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "country",
    "iso",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "notes",
    "source",
)
"""ACLED's column names, in its order (``iso`` is the ISO 3166-1 alpha-2 code here)."""

UCDP_COLUMNS = (
    "date_start",
    "date_end",
    "type_of_violence",
    "side_a",
    "side_b",
    "country",
    "adm_1",
    "where_coordinates",
    "latitude",
    "longitude",
    "where_prec",
    "best",
    "low",
    "high",
    "source_article",
)
"""UCDP GED's column names for the fields polemos fills."""

PROVENANCE_COLUMNS = ("doc_id", "event_id", "start", "end", "certainty")
"""Where each row comes from: the document, the event annotation, its character offsets."""

_WHOLE_NUMBERS = (
    "time_precision",
    "geo_precision",
    "fatalities",
    "best",
    "low",
    "high",
    "type_of_violence",
    "where_prec",
    "start",
    "end",
)
"""Columns of whole numbers, kept whole (pandas' nullable ``Int64``) where some are missing."""

_UCDP_PRECISION = {1: 1, 2: 4, 3: 6}  # UCDP where_prec: 1 exact, 4 first-order region, 6 country


def _documents(source: Any) -> Iterator[Document]:
    if hasattr(source, "iter_documents"):  # polemos.open(...) results
        yield from source.iter_documents()
    elif isinstance(source, Document):
        yield source
    else:
        yield from source


def _country_name(iso: str | None) -> str | None:
    if not iso:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2=iso)
    return getattr(country, "common_name", None) or (country.name if country else iso)


def _name(document: Document, annotation_id: str | None) -> str | None:
    found = document.get(annotation_id) if annotation_id else None
    if not isinstance(found, Annotation):
        return None
    return str(found.attributes.get("name") or found.text)


def _place(document: Document, annotation_id: str | None) -> dict[str, Any]:
    found = document.get(annotation_id) if annotation_id else None
    return dict(found.attributes) if isinstance(found, Annotation) else {}


def _row(document: Document, event: Annotation) -> dict[str, Any]:
    a = event.attributes
    place = _place(document, a.get("location"))
    fatalities = a.get("fatalities") or {}
    iso = place.get("country")
    return {
        "doc_id": document.id,
        "event_id": event.id,
        "start": event.start,
        "end": event.end,
        "certainty": a.get("certainty"),
        "event_date": a.get("event_date"),
        "date_end": a.get("date_end"),
        "time_precision": a.get("time_precision"),
        "event_type": a.get("event_type"),
        "sub_event_type": a.get("sub_event_type"),
        "actor1": _name(document, a.get("actor1")),
        "assoc_actor_1": "; ".join(
            filter(None, (_name(document, i) for i in a.get("assoc_actors", ())))
        )
        or None,
        "actor2": _name(document, a.get("actor2")),
        "assoc_actor_2": "; ".join(
            filter(None, (_name(document, i) for i in a.get("assoc_actors2", ())))
        )
        or None,
        "country": _country_name(iso),
        "iso": iso,
        "admin1": place.get("admin1"),
        "location": place.get("name"),
        "latitude": place.get("latitude"),
        "longitude": place.get("longitude"),
        "geo_precision": place.get("precision"),
        "fatalities": fatalities.get("acled", 0),
        "best": fatalities.get("best"),
        "low": fatalities.get("low"),
        "high": fatalities.get("high"),
        "notes": event.text,
        "source": document.meta.get("source") or document.meta.get("url") or document.id,
    }


def event_rows(source: Any) -> list[dict[str, Any]]:
    """Every event of ``source`` (documents, one document, or ``polemos.open`` results)."""
    return [_row(d, e) for d in _documents(source) for e in d.layer(LAYER)]


def _violence(document: Document, event: Annotation) -> int | None:
    """UCDP's type of violence: 1 state-based, 2 non-state, 3 one-sided (None: not violent)."""
    kind = event.attributes.get("event_type")
    if kind == "Violence against civilians":
        return 3
    if kind not in ("Battles", "Explosions/Remote violence"):
        return None
    sides = [document.get(event.attributes.get(k) or "") for k in ("actor1", "actor2")]
    state = any(
        isinstance(s, Annotation) and s.label in ("state_force", "government") for s in sides
    )
    return 1 if state else 2


def _whole(frame: pd.DataFrame) -> pd.DataFrame:
    """Whole-number columns as ``Int64`` (``2``, not ``2.0``, in the CSV; missing stays empty)."""
    for column in _WHOLE_NUMBERS:
        if column in frame.columns:
            frame[column] = frame[column].astype("Int64")
    return frame


def acled_table(source: Any) -> pd.DataFrame:
    """The events of ``source`` with ACLED's columns, then the provenance columns."""
    import pandas as pd

    rows = event_rows(source)
    return _whole(pd.DataFrame(rows, columns=[*ACLED_COLUMNS, *PROVENANCE_COLUMNS]))


def ucdp_table(source: Any) -> pd.DataFrame:
    """The violent events of ``source`` with UCDP GED's columns, then the provenance columns."""
    import pandas as pd

    out = []
    for document in _documents(source):
        for event in document.layer(LAYER):
            kind = _violence(document, event)
            if kind is None:
                continue
            row = _row(document, event)
            out.append(
                {
                    **{k: row[k] for k in PROVENANCE_COLUMNS},
                    "date_start": row["event_date"],
                    "date_end": row["date_end"] or row["event_date"],
                    "type_of_violence": kind,
                    "side_a": row["actor1"],
                    "side_b": row["actor2"],
                    "country": row["country"],
                    "adm_1": row["admin1"],
                    "where_coordinates": row["location"],
                    "latitude": row["latitude"],
                    "longitude": row["longitude"],
                    "where_prec": _UCDP_PRECISION.get(row["geo_precision"] or 0),
                    "best": row["best"],
                    "low": row["low"],
                    "high": row["high"],
                    "source_article": row["source"],
                }
            )
    return _whole(pd.DataFrame(out, columns=[*UCDP_COLUMNS, *PROVENANCE_COLUMNS]))


def event_views(
    source: Any, connection: duckdb.DuckDBPyConnection | None = None
) -> duckdb.DuckDBPyConnection:
    """The ACLED and UCDP tables of ``source`` as DuckDB views ``acled`` and ``ucdp``.

    With ``polemos.open(...)`` results, the views are added to the results' own connection, so
    they join the store's views (``documents``, ``actors``, ``quantities``...)::

        results = polemos.open("results/")
        event_views(results)
        results.sql("SELECT d.date, a.* FROM acled a JOIN documents d USING (doc_id)")

    Returns the connection the views are on (a new in-memory one for a list of documents).
    """
    import duckdb

    if connection is None:
        connection = getattr(source, "connection", None) or duckdb.connect()
    documents = list(_documents(source))
    connection.register("acled", acled_table(documents))
    connection.register("ucdp", ucdp_table(documents))
    return connection
