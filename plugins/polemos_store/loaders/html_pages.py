"""HTML loader: the text of a page's article (or body), parsed with a real HTML parser.

BeautifulSoup with the standard library's ``html.parser`` reads the page; scripts, styles and
other non-content elements are dropped; block elements (paragraphs, headings, list items...)
become lines. The title comes from ``<title>`` (or the first ``<h1>``), the language from
``<html lang>``, the date and URL from the usual ``<meta>``/``<link>`` tags.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from polemos.io_interfaces import Loader, LoadError
from polemos.loaders import MAX_FILE_BYTES, accepts_suffix, files_with_ids, read_file
from polemos.model import Document

__all__ = ["HtmlLoader", "html_to_document"]

SUFFIXES = (".html", ".htm")
DROPPED = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button")
BLOCKS = (
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "pre",
    "table", "tr", "td", "th", "figure", "figcaption", "br", "hr",
)  # fmt: skip
_DATE_META = ("article:published_time", "date", "dc.date", "dcterms.date", "pubdate")


def _meta_content(soup: Any, names: tuple[str, ...]) -> str | None:
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or "").lower()
        content = tag.get("content")
        if key in names and isinstance(content, str) and content.strip():
            return content.strip()
    return None


def _visible_text(root: Any) -> str:
    """The text of ``root`` with one line per block element and collapsed spaces.

    One walk over the tree, without editing it: inserting line breaks into the tree cost time
    quadratic in the number of blocks (minutes for a page of 50,000 paragraphs).
    """
    from bs4.element import CData, NavigableString, Tag

    kinds = getattr(root, "interesting_string_types", (NavigableString, CData))
    kinds = kinds if isinstance(kinds, tuple | set | frozenset) else (kinds,)
    pieces: list[str] = []
    stack: list[tuple[Any, bool]] = [(child, False) for child in reversed(root.contents)]
    while stack:
        node, closing = stack.pop()
        if closing:
            pieces.append("\n")
        elif isinstance(node, Tag):
            if node.name in BLOCKS:
                pieces.append("\n")
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
        elif type(node) in kinds:
            pieces.append(str(node))
    lines = (" ".join(line.split()) for line in "".join(pieces).splitlines())
    return "\n".join(line for line in lines if line)


def html_to_document(markup: str, doc_id: str, source: str) -> Document:
    """Build a document from an HTML page; :class:`LoadError` if it holds no text.

    >>> html = "<html><title>Gao</title><body><p>Les <b>rebelles</b> avancent.</p></body></html>"
    >>> html_to_document(html, "gao", "gao.html").text
    'Les rebelles avancent.'
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup.find_all(DROPPED):
        tag.decompose()
    title_tag = soup.find("title") or soup.find("h1")
    title = " ".join(title_tag.get_text().split()) if title_tag is not None else ""
    html_tag = soup.find("html")
    lang = html_tag.get("lang") if html_tag is not None else None
    canonical = soup.find("link", rel="canonical")
    url = canonical.get("href") if canonical is not None else None
    date = _meta_content(soup, _DATE_META)
    head = soup.find("head")
    if head is not None:
        head.decompose()
    root = soup.find("article") or soup.find("main") or soup.find("body") or soup
    text = _visible_text(root)
    if not text.strip():
        raise LoadError(source, "empty document (no visible text in the HTML)")
    meta: dict[str, Any] = {"source": source}
    for key, value in (("title", title), ("lang", lang), ("url", url), ("date", date)):
        if isinstance(value, str) and value.strip():
            meta[key] = value.strip()
    return Document(doc_id, text, meta)


def decode_html(raw: bytes, source: str) -> str:
    """Decode an HTML file (declared or detected encoding); :class:`LoadError` if it cannot."""
    from bs4.dammit import UnicodeDammit

    if b"\x00" in raw and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError(source, "binary content (NUL bytes), not HTML")
    dammit = UnicodeDammit(raw, is_html=True)
    markup = dammit.unicode_markup
    if markup is None or dammit.contains_replacement_characters:
        raise LoadError(source, "undecodable bytes: the declared or detected encoding fails")
    return str(markup)


class HtmlLoader(Loader):
    """``.html``/``.htm`` files (a file, a folder or a glob); the id is the file stem."""

    name = "html"
    description = "HTML pages: the article's (or body's) text, title, lang, date, url"

    def __init__(self, max_bytes: int = 4 * MAX_FILE_BYTES) -> None:
        self.max_bytes = max_bytes

    def accepts(self, source: str) -> bool:
        """Accept HTML files, globs and folders holding HTML files."""
        return accepts_suffix(source, SUFFIXES)

    def load(self, source: str) -> Iterator[Document | LoadError]:
        """Yield one document per page; an unreadable or empty page yields a LoadError."""
        try:
            import bs4  # noqa: F401
        except ImportError:
            yield LoadError(source, "reading HTML needs beautifulsoup4: pip install polemos-store")
            return
        for item in files_with_ids(source, SUFFIXES, "HTML"):
            if isinstance(item, LoadError):
                yield item
                continue
            path, doc_id = item
            try:
                markup = decode_html(read_file(path, self.max_bytes), str(path))
                yield html_to_document(markup, doc_id, str(path))
            except LoadError as exc:
                yield exc
