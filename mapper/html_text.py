"""An article's text and title from an HTML page, by a real HTML parser.

BeautifulSoup (with Python's own ``html.parser``, so no compiled parser is needed)
reads the page; scripts, styles and other parts that are not text are dropped, each
block element (paragraph, heading, section...) ends a paragraph and each line-level
one (a line break, a list item, a table cell) a line, and the words of one line are
joined by single spaces, so a name inside a link or in bold stays inside its sentence.
The title is the page's ``<title>``, else its first ``<h1>``. Used by ``mapper serve``
for uploads and by ``mapper batch`` for folders of pages.

Examples
--------
>>> page = html_to_text("<html><head><title>Trip</title><script>alert(1)</script></head>"
...                     "<body><h1>By train</h1><p>It left <b>Ussuriysk</b> at dawn.</p></body>")
>>> page.title, page.text
('Trip', 'By train\\n\\nIt left Ussuriysk at dawn.')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["HTML_SUFFIXES", "HtmlText", "html_to_text", "looks_like_html"]

#: The suffixes of a saved web page, whose text every reader takes through this module.
HTML_SUFFIXES = (".html", ".htm")

#: Elements whose content is never article text.
_DROPPED = (
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "title",
)  # fmt: skip
#: Elements that end a paragraph.
_BLOCKS = (
    "p", "div", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "article",
    "section", "header", "footer", "aside", "figcaption", "table", "ul", "ol", "dl", "main",
    "nav", "address", "figure", "form", "fieldset",
)  # fmt: skip
#: Elements that end a line.
_LINES = ("br", "li", "dt", "dd", "tr", "td", "th", "caption", "option")
_PARAGRAPH, _LINE = "\u2029", "\u2028"  # separators no page's text holds as such


@dataclass(frozen=True, slots=True)
class HtmlText:
    """What a page holds for mapper: its title (empty when none) and its text."""

    title: str
    text: str


def looks_like_html(text: str) -> bool:
    """Return whether a text is an HTML page rather than plain text.

    Examples
    --------
    >>> looks_like_html("<!DOCTYPE html><p>Hi</p>"), looks_like_html("Kim left at 5 < 6.")
    (True, False)
    """
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(p|div|body|article|h1|title)\b[^>]*>", head)
    )


def html_to_text(markup: str) -> HtmlText:
    """Return the title and the text of an HTML page (see the module docstring)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup.replace(_PARAGRAPH, " ").replace(_LINE, " "), "html.parser")
    title_tag = soup.find("title") or soup.find("h1")
    title = " ".join(title_tag.get_text(" ").split()) if title_tag else ""
    for tag in soup.find_all(_DROPPED):
        tag.decompose()
    for names, mark in ((_BLOCKS, _PARAGRAPH), (_LINES, _LINE)):
        for tag in soup.find_all(names):
            tag.insert_before(mark)
            tag.insert_after(mark)
    paragraphs = []
    for part in soup.get_text("").split(_PARAGRAPH):
        lines = (" ".join(line.split()) for line in part.split(_LINE))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return HtmlText(title=title, text="\n\n".join(paragraphs))
