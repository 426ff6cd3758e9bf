"""Bytes to text: decode a downloaded page with the encoding it really uses.

Order of trust: byte-order mark, HTTP ``Content-Type`` charset, ``<meta charset>``.
When nothing is declared, or the declared codec leaves replacement characters
(a page that says UTF-8 but is Windows-1252), BeautifulSoup's ``UnicodeDammit``
guesses from the bytes; that is the one place it earns its cost.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from bs4.dammit import UnicodeDammit
from w3lib.encoding import (
    html_body_declared_encoding,
    html_to_unicode,
    http_content_type_encoding,
    read_bom,
)

REPLACEMENT = "\ufffd"


@lru_cache(maxsize=256)
def _header_encoding(content_type: str | None) -> str | None:
    """``http_content_type_encoding`` once per distinct header (its regex costs ~50 µs a call)."""
    return http_content_type_encoding(content_type)


def header_value(headers: Mapping[Any, Any] | None, name: str) -> str | None:
    """One header as text, case-insensitive; accepts Scrapy's bytes headers and list values."""
    if not headers:
        return None
    wanted = name.lower()
    for key, value in headers.items():
        key_text = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        if key_text.lower() != wanted:
            continue
        if isinstance(value, list | tuple):
            value = value[0] if value else None
        if isinstance(value, bytes):
            return value.decode("latin-1")
        return None if value is None else str(value)
    return None


def to_text(html: str | bytes, headers: Mapping[Any, Any] | None = None) -> str:
    """The page as a ``str``; never raises on bad bytes."""
    if isinstance(html, str):
        return html
    content_type = header_value(headers, "content-type")
    bom = read_bom(html)[0]
    if bom is None and _header_encoding(content_type) == "utf-8":
        # What html_to_unicode does for a UTF-8 header and no BOM, without its repeated lookups.
        text = html.decode("utf-8", "replace")
        if REPLACEMENT not in text:
            return text
    declared = bom or _header_encoding(content_type)
    declared = declared or html_body_declared_encoding(html[:4096])
    used, text = html_to_unicode(content_type, html)
    if declared and REPLACEMENT not in text:
        return text
    if not declared:
        try:
            return html.decode("utf-8")
        except UnicodeDecodeError:
            pass
    # US sites that lie about (or omit) their charset are almost always Windows-1252.
    guess = UnicodeDammit(html, user_encodings=["windows-1252"], exclude_encodings=[used],
                          is_html=True).unicode_markup
    if guess is not None and guess.count(REPLACEMENT) < text.count(REPLACEMENT):
        return guess
    return text
