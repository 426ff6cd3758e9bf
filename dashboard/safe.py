"""Showing untrusted (scraped) text safely: escaped for Markdown, links only when http(s).

Course titles, evidence and descriptions come from provider websites. Streamlit
renders Markdown (and emoji and LaTeX shortcodes) in headers, captions and
labels, so scraped text either goes through ``plain`` or is shown with
``st.text`` / dataframes, which show text as it is.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

# Every ASCII punctuation mark CommonMark lets a backslash escape.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&\"'=^])")


def plain(text: Any) -> str:
    """``text`` with Markdown, HTML, emoji-shortcode and LaTeX characters escaped, one line."""
    flat = " ".join(str(text if text is not None else "").split())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", flat)


def safe_url(url: Any) -> str | None:
    """The URL when it is an absolute http(s) URL, else None (no javascript:, data:, ...)."""
    if not isinstance(url, str):
        return None
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch.isspace() or ord(ch) < 32 for ch in text):
        return None
    return text


def one_line(text: Any, limit: int = 120) -> str:
    """Scraped text folded to one line and cut to ``limit`` characters (for option labels)."""
    flat = " ".join(str(text if text is not None else "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
