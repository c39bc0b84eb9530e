"""Loaders for tabular files (CSV, Parquet) and HTML pages, registered by this package's hooks.

They sit next to the core's ``.txt`` and JSONL loaders, exactly as a third-party loader would.
Their heavy dependencies (pyarrow, BeautifulSoup) are imported only when a file is read.
"""

from __future__ import annotations

from polemos_store.loaders.html_pages import HtmlLoader
from polemos_store.loaders.tabular import CsvLoader, ParquetLoader

__all__ = ["CsvLoader", "HtmlLoader", "ParquetLoader"]
