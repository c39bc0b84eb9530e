"""Built-in loaders for tabular files (CSV, Parquet) and HTML pages.

They are returned by the built-in plugin's ``polemos_loaders`` hook, next to the ``.txt`` and
JSONL loaders, exactly as a third-party loader would be. Their heavy dependencies (pyarrow,
BeautifulSoup) are imported only when a file is read.
"""

from __future__ import annotations

from polemos.loaders.html_pages import HtmlLoader
from polemos.loaders.tabular import CsvLoader, ParquetLoader

__all__ = ["CsvLoader", "HtmlLoader", "ParquetLoader"]
