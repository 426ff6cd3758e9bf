"""URL helpers: canonical URL of a page, tracking-parameter removal, same-site checks."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit, urlunsplit

from w3lib.url import safe_url_string, url_query_cleaner

# Parameters that identify a campaign or a click, never the content of the page.
TRACKING_PARAMS = (
    "gclid", "gbraid", "wbraid", "dclid", "fbclid", "msclkid", "yclid", "twclid", "ttclid",
    "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "hsCtaTracking", "igshid", "mkt_tok",
    "ref", "ref_src", "referrer", "src", "source", "affiliate", "aff", "aff_id", "campaign",
    "cmpid", "trk", "tracking", "sessionid", "share", "si", "spm",
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "oly_")
# a session or click id when its value is a token ("sid=4b1e9c72d0a3f5"), the page's own id when a number (PHP-Nuke's
# and Zikula's news "sid=214", a catalogue's "cid=12")
_TOKEN_PARAMS = frozenset({"sid", "cid"})
_TOKEN = re.compile(r"(?=[^&]*[a-z])[0-9a-z_-]{12,}|\d{20,}", re.I)


def is_http_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host (and a port, when it names one, of digits)."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises for "http://host:1rem;" (a stray style run into an href)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def join_url(base: str, href: str) -> str | None:
    """``urljoin`` for an href as a page wrote it: None when no URL can be read from it ("http://[::1")."""
    try:
        return urljoin(base, href)
    except ValueError:
        return None


@lru_cache(maxsize=65536)
def strip_tracking(url: str) -> str:
    """The URL without tracking parameters or fragment, in canonical form (cached: links repeat).

    The query keeps the order the site wrote it in: some servers route on the exact query string
    (``content.aspx?page_id=4002&club_id=7&event_id=2231907``), and the URL is what users will open."""
    url = url_query_cleaner(url, TRACKING_PARAMS, remove=True, unique=False)
    query = urlsplit(url).query
    if query:
        keep = [
            pair
            for pair in query.split("&")
            if pair.split("=", 1)[0]
            and pair.split("=", 1)[0].lower() not in _TRACKING_LOWER
            and not pair.lower().startswith(TRACKING_PREFIXES)
            and not _session_token(pair)
        ]
        url = url.split("?", 1)[0] + ("?" + "&".join(keep) if keep else "")
    parts = urlsplit(safe_url_string(url))
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


_TRACKING_LOWER = frozenset(p.lower() for p in TRACKING_PARAMS)


def _session_token(pair: str) -> bool:
    key, _, value = pair.partition("=")
    return key.lower() in _TOKEN_PARAMS and _TOKEN.fullmatch(value) is not None


def canonical_url(page_url: str, canonical_href: str | None) -> str:
    """The page's canonical URL: ``<link rel=canonical>`` when usable, tracking params stripped."""
    if canonical_href:
        candidate = join_url(page_url, canonical_href.strip())
        if candidate is not None and is_http_url(candidate) and not _home_for_a_deeper_page(candidate, page_url):
            return strip_tracking(candidate)
    return strip_tracking(page_url)


def _home_for_a_deeper_page(canonical: str, page_url: str) -> bool:
    """A canonical naming the site's home page on a page below it (a theme that writes the blog's
    address into every post's ``<link rel=canonical>``): a mistake, not a duplicate of the home page."""
    home, page = urlsplit(canonical), urlsplit(page_url)
    return home.path in ("", "/") and not home.query and page.path.strip("/") != "" and same_site(canonical, page_url)


@lru_cache(maxsize=65536)
def site_key(url: str) -> str:
    """Host and port, lower case: the unit of politeness, page caps and site pages."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # an address no parser reads is nobody's site
        return ""
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return f"{host}:{port}" if port else host


def same_site(url: str, other: str) -> bool:
    """True when both URLs are on the same host (``www.`` ignored) and port."""
    return site_key(url) == site_key(other)
