"""Loopback static server for the bundled sample sites: one host (port) per site.

Every sub-folder of the root is one website (folders starting with ``_`` or ``.`` are
served only when named in ``sites``, e.g. ``_bad_inputs``), served on its own port of
127.0.0.1 so that ``/robots.txt`` and ``/sitemap.xml`` sit at the host root, as on the
real web. ``ceu demo``, the tests
and the benchmarks all use this code.

URL to file mapping (inside the site folder):

- ``/dir/`` -> ``dir/index.html``; ``/dir`` (a folder) -> ``dir/index.html`` too;
  ``/page.html`` -> ``page.html``.
- Query strings: only ``page=N`` (N >= 2) matters, and selects a pagination
  variant of the file: ``/courses/?page=2`` -> ``courses/index.page-2.html``,
  ``/list.html?page=3`` -> ``list.page-3.html`` (404 when that file is missing).
  Every other parameter (``utm_*``, ``ref``, unknown ones) is ignored: same page.
- ``truth.json``, ``_routes.json`` and any path segment starting with ``_`` or
  ``.`` are never served (404).
- Text types are sent with ``charset=utf-8``; a missing file gets a small HTML 404.
- ``{{origin}}`` in a text file is replaced by ``http://<Host header>`` (e.g.
  ``http://127.0.0.1:41234``), because sitemaps and robots.txt ``Sitemap:`` lines
  need absolute URLs while the port is only known at serve time.

Optional per-site ``_routes.json`` gives special behaviour to exact paths (the
crawler's bad-input tests use it)::

    {"/boom/": {"status": 500},
     "/loop-a/": {"redirect": "/loop-b/"},            # 302 (add "status": 301 to change)
     "/slow/": {"delay": 3.0},                         # then the normal file (or a stub page)
     "/huge/": {"bytes": 20000000},                    # a generated HTML body of N bytes
     "/weird/": {"body_file": "x.bin", "content_type": "application/octet-stream"}}

A route key may include a query string (``"/a/?x=1"``); it is tried before the bare path.

Run ``python -m crawler.sites_server [--root DIR]`` to serve until Ctrl-C.
"""

from __future__ import annotations

import argparse
import json
import mimetypes
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from catalog.errors import CeuError, InputFileError

SAMPLE_SITES_DIR = Path(__file__).resolve().parent.parent / "data" / "sample_sites"
ORIGIN_TOKEN = b"{{origin}}"
HIDDEN_FILES = frozenset({"truth.json", "_routes.json"})
_TEXT_TYPES = ("text/", "application/xml", "application/json", "application/javascript")
_NOT_FOUND = (
    b"<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
    b"<body><h1>Not Found</h1><p>The requested page does not exist.</p></body></html>"
)
_FILLER = b"<p>" + b"Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 16 + b"</p>\n"


class QuietThreadingHTTPServer(ThreadingHTTPServer):
    """A threaded HTTP server tuned for many fast loopback requests."""

    daemon_threads = True
    request_queue_size = 1024
    allow_reuse_address = True
    # Read by the request handler (StreamRequestHandler); kept here too so the tuning is in one place.
    disable_nagle_algorithm = True


class SiteRequestHandler(BaseHTTPRequestHandler):
    """Serves one site folder; subclassed per site with ``site_root`` and ``routes`` set."""

    site_root: Path = SAMPLE_SITES_DIR
    routes: dict[str, dict[str, Any]] = {}
    disable_nagle_algorithm = True
    protocol_version = "HTTP/1.1"
    timeout = 60  # seconds an idle keep-alive connection may hold its thread
    server_version = "CeuSampleSites/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        """Stay quiet: crawls make thousands of requests."""

    def do_HEAD(self) -> None:  # noqa: N802 - stdlib naming
        """Answer HEAD like GET without the body."""
        self._respond(send_body=False)

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        """Answer GET from the site folder (or a special route)."""
        self._respond(send_body=True)

    def _respond(self, send_body: bool) -> None:
        parts = urlsplit(self.path)
        route = self.routes.get(f"{parts.path}?{parts.query}") if parts.query else None
        route = route or self.routes.get(parts.path)
        if route is not None and self._special(route, parts.path, parts.query, send_body):
            return
        found = resolve_file(self.site_root, parts.path, parts.query)
        if found is None:
            self._send(404, "text/html; charset=utf-8", _NOT_FOUND, send_body)
            return
        ctype = content_type_for(found)
        body = found.read_bytes()
        if ctype.endswith("charset=utf-8") and ORIGIN_TOKEN in body:
            body = body.replace(ORIGIN_TOKEN, self._origin().encode())
        self._send(200, ctype, body, send_body)

    def _origin(self) -> str:
        address = self.server.server_address
        host = self.headers.get("Host") or f"{address[0]}:{address[1]}"
        return f"http://{host}"

    def _special(self, route: dict[str, Any], path: str, query: str, send_body: bool) -> bool:
        """Apply a ``_routes.json`` entry; False means "continue with the normal file"."""
        if "redirect" in route:
            self.send_response(int(route.get("status", 302)))
            self.send_header("Location", str(route["redirect"]))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return True
        if "delay" in route:
            time.sleep(float(route["delay"]))
        if "bytes" in route:
            self._send_generated(int(route["bytes"]), send_body)
            return True
        if "body_file" in route:
            body = (self.site_root / str(route["body_file"])).read_bytes()
            ctype = str(route.get("content_type", "text/html; charset=utf-8"))
            self._send(int(route.get("status", 200)), ctype, body, send_body)
            return True
        if "status" in route:
            status = int(route["status"])
            body = f"<html><body><h1>Error {status}</h1></body></html>".encode()
            self._send(status, "text/html; charset=utf-8", body, send_body)
            return True
        if resolve_file(self.site_root, path, query) is None:
            body = b"<html><head><title>Slow page</title></head><body><p>slow</p></body></html>"
            self._send(200, "text/html; charset=utf-8", body, send_body)
            return True
        return False

    def _send(self, status: int, ctype: str, body: bytes, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _send_generated(self, size: int, send_body: bool) -> None:
        head = b"<!DOCTYPE html><html><head><title>Huge page</title></head><body>\n"
        tail = b"</body></html>\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        if not send_body:
            return
        remaining = size
        try:
            for chunk in (head, *_filler_chunks(size - len(head) - len(tail)), tail):
                piece = chunk[:remaining]
                self.wfile.write(piece)
                remaining -= len(piece)
                if remaining <= 0:
                    break
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on a huge body: that is the point of the route


def _filler_chunks(size: int) -> Iterator[bytes]:
    block = _FILLER * 64
    while size > 0:
        yield block[:size]
        size -= len(block)


def resolve_file(site_root: Path, path: str, query: str = "") -> Path | None:
    """The file serving ``path`` (+ query) in ``site_root``, or None (404)."""
    rel = unquote(path).lstrip("/")
    segments = [s for s in rel.split("/") if s]
    if any(s.startswith((".", "_")) or s == ".." for s in segments):
        return None
    if segments and segments[-1] in HIDDEN_FILES:
        return None
    target = site_root.joinpath(*segments) if segments else site_root
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    page = _page_number(query)
    if page is not None:
        target = target.with_name(f"{target.stem}.page-{page}{target.suffix}")
    return target if target.is_file() else None


def _page_number(query: str) -> int | None:
    values = parse_qs(query).get("page")
    if not values or not values[0].isdigit() or int(values[0]) < 2:
        return None
    return int(values[0])


def content_type_for(path: Path) -> str:
    """Content-Type header for a file, with a charset for text types."""
    if path.suffix in (".html", ".htm"):
        return "text/html; charset=utf-8"
    if path.suffix == ".xml":
        return "application/xml; charset=utf-8"
    ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if ctype.startswith(_TEXT_TYPES):
        return f"{ctype}; charset=utf-8"
    return ctype


def list_sites(root: Path) -> list[str]:
    """Site slugs under ``root``: every sub-folder not starting with ``_`` or ``.``."""
    return sorted(
        p.name for p in Path(root).iterdir() if p.is_dir() and not p.name.startswith(("_", "."))
    )


def _load_routes(site_dir: Path) -> dict[str, dict[str, Any]]:
    routes_file = site_dir / "_routes.json"
    if not routes_file.is_file():
        return {}
    try:
        data = json.loads(routes_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputFileError(str(routes_file), f"cannot read routes: {err}") from err
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise InputFileError(str(routes_file), 'expected {"/path": {"status": ...}, ...}')
    return {str(k): dict(v) for k, v in data.items()}


@dataclass
class SitesServer:
    """Running servers, one per site; ``urls`` maps slug -> ``http://127.0.0.1:PORT``."""

    urls: dict[str, str] = field(default_factory=dict)
    _servers: list[tuple[QuietThreadingHTTPServer, threading.Thread]] = field(
        default_factory=list, repr=False
    )

    def start_site(self, slug: str, site_dir: Path) -> None:
        """Start one site's server on a free loopback port."""
        handler = type(
            f"Handler_{slug}",
            (SiteRequestHandler,),
            {"site_root": site_dir, "routes": _load_routes(site_dir)},
        )
        httpd = QuietThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )
        thread.start()
        self._servers.append((httpd, thread))
        self.urls[slug] = f"http://127.0.0.1:{httpd.server_address[1]}"

    def stop(self) -> None:
        """Stop every site's server (safe to call twice)."""
        for httpd, thread in self._servers:
            httpd.shutdown()
            httpd.server_close()
            thread.join(timeout=5)
        self._servers.clear()


@contextmanager
def serve_sites(
    root: Path = SAMPLE_SITES_DIR, sites: list[str] | None = None
) -> Iterator[SitesServer]:
    """Serve each site under ``root`` (or only ``sites``) on its own loopback port."""
    root = Path(root)
    if not root.is_dir():
        raise InputFileError(str(root), "no such folder of sample sites")
    slugs = list_sites(root) if sites is None else list(sites)
    for slug in slugs:
        if not (root / slug).is_dir():
            raise InputFileError(str(root / slug), "no such site folder")
    server = SitesServer()
    try:
        for slug in slugs:
            server.start_site(slug, root / slug)
        yield server
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> None:
    """Serve every site under ``--root`` until Ctrl-C, printing each site's URL."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--root", type=Path, default=SAMPLE_SITES_DIR)
    args = parser.parse_args(argv)
    try:
        with serve_sites(args.root) as server:
            for slug, url in server.urls.items():
                print(f"{slug:28} {url}/", flush=True)
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                print("stopped")
    except CeuError as err:
        print(err.one_line(), file=sys.stderr)
        raise SystemExit(err.exit_code) from None


if __name__ == "__main__":
    main()
