"""A loader for a news archive kept as Markdown files: a ``# title`` line, then the text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from polemos import Document, Loader, LoadError, hookimpl


class MarkdownArchive(Loader):
    """A .md file, or a folder holding an ``archive.md``."""

    name = "markdown-archive"
    description = "folders of .md articles: '# title', then the text"

    def accepts(self, source: str) -> bool:
        """Accept .md files and archive folders."""
        return source.endswith(".md") or Path(source, "archive.md").is_file()

    def load(self, source: str) -> Iterator[Document | LoadError]:
        """Yield one document per .md file, a LoadError for a malformed one."""
        path = Path(source)
        files = sorted(path.glob("*.md")) if path.is_dir() else [path]
        for file in files:
            title, _, text = file.read_text(encoding="utf-8").partition("\n")
            if not title.startswith("# ") or not text.strip():
                yield LoadError(str(file), "expected '# title' then the text")
                continue
            yield Document(file.stem, text.strip(), {"title": title[2:], "source": str(file)})


@hookimpl
def polemos_loaders() -> list[Loader]:
    """Contribute the loader."""
    return [MarkdownArchive()]
