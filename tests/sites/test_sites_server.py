"""The loopback sites server: one port per site, file mapping, pagination, routes."""

from __future__ import annotations

import http.client
import json
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from catalog.errors import InputFileError
from crawler.sites_server import SAMPLE_SITES_DIR, list_sites, resolve_file, serve_sites


def fetch(url: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body without following redirects."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    conn.request(method, target or "/")
    resp = conn.getresponse()
    body = resp.read()
    headers = {k.lower(): v for k, v in resp.getheaders()}
    conn.close()
    return resp.status, headers, body


@pytest.fixture()
def tiny_root(tmp_path: Path) -> Path:
    a = tmp_path / "alpha"
    (a / "courses").mkdir(parents=True)
    (a / "index.html").write_text("<title>Alpha home</title>", encoding="utf-8")
    (a / "robots.txt").write_text("User-agent: *\nDisallow: /private/\nSitemap: {{origin}}/sitemap.xml\n")
    (a / "sitemap.xml").write_text("<urlset><url><loc>{{origin}}/courses/</loc></url></urlset>")
    (a / "courses" / "index.html").write_text("<h1>Page one</h1>", encoding="utf-8")
    (a / "courses" / "index.page-2.html").write_text("<h1>Page two</h1>", encoding="utf-8")
    (a / "courses" / "x.html").write_text("<h1>X</h1>", encoding="utf-8")
    (a / "courses" / "x.page-2.html").write_text("<h1>X two</h1>", encoding="utf-8")
    (a / "truth.json").write_text("{}")
    (a / "_raw.bin").write_bytes(b"\x00\x01notes")
    (a / "_routes.json").write_text(json.dumps({
        "/boom/": {"status": 500},
        "/loop-a/": {"redirect": "/loop-b/"},
        "/moved/": {"redirect": "/courses/", "status": 301},
        "/slow/": {"delay": 0.3},
        "/courses/x.html": {"delay": 0.01},
        "/huge/": {"bytes": 300_000},
        "/raw/": {"body_file": "_raw.bin", "content_type": "application/octet-stream"},
        "/q/?v=1": {"status": 503},
    }))
    b = tmp_path / "beta"
    b.mkdir()
    (b / "robots.txt").write_text("User-agent: *\nDisallow:\n")
    (b / "page.htm").write_text("<title>Beta — page</title>", encoding="utf-8")
    (tmp_path / "_build").mkdir()
    return tmp_path


def test_each_site_gets_its_own_port_with_robots_at_root(tiny_root: Path) -> None:
    with serve_sites(tiny_root) as server:
        assert sorted(server.urls) == ["alpha", "beta"]
        ports = {urlsplit(u).port for u in server.urls.values()}
        assert len(ports) == 2
        status, headers, body = fetch(server.urls["alpha"] + "/robots.txt")
        assert status == 200 and headers["content-type"] == "text/plain; charset=utf-8"
        assert f"Sitemap: {server.urls['alpha']}/sitemap.xml".encode() in body
        status, _, body = fetch(server.urls["beta"] + "/robots.txt")
        assert status == 200 and b"Disallow:" in body and b"private" not in body


def test_sitemap_gets_absolute_urls_and_xml_type(tiny_root: Path) -> None:
    with serve_sites(tiny_root) as server:
        status, headers, body = fetch(server.urls["alpha"] + "/sitemap.xml")
    assert status == 200 and headers["content-type"] == "application/xml; charset=utf-8"
    assert f"<loc>{server.urls['alpha']}/courses/</loc>".encode() in body


def test_directory_index_pagination_and_tracking_params(tiny_root: Path) -> None:
    with serve_sites(tiny_root, sites=["alpha"]) as server:
        base = server.urls["alpha"]
        assert fetch(base + "/")[2] == b"<title>Alpha home</title>"
        assert fetch(base + "/courses/")[2] == b"<h1>Page one</h1>"
        assert fetch(base + "/courses")[2] == b"<h1>Page one</h1>"
        assert fetch(base + "/courses/?page=2")[2] == b"<h1>Page two</h1>"
        assert fetch(base + "/courses/?page=1")[2] == b"<h1>Page one</h1>"
        assert fetch(base + "/courses/?utm_source=x&page=2&ref=y")[2] == b"<h1>Page two</h1>"
        assert fetch(base + "/courses/?page=3")[0] == 404
        assert fetch(base + "/courses/x.html?page=2")[2] == b"<h1>X two</h1>"
        status, headers, body = fetch(base + "/courses/?utm_source=news&utm_medium=email&fbclid=1")
        assert (status, body) == (200, b"<h1>Page one</h1>")
        assert headers["content-type"] == "text/html; charset=utf-8"


def test_missing_and_hidden_files_are_404(tiny_root: Path) -> None:
    with serve_sites(tiny_root) as server:
        base = server.urls["alpha"]
        for path in ("/nope/", "/courses/y.html", "/truth.json", "/_routes.json", "/_raw.bin",
                     "/../beta/page.htm", "/%2e%2e/beta/page.htm"):
            status, headers, body = fetch(base + path)
            assert status == 404, path
            assert headers["content-type"].startswith("text/html")
            assert b"Not Found" in body
        assert fetch(server.urls["beta"] + "/page.htm")[0] == 200


def test_head_has_no_body(tiny_root: Path) -> None:
    with serve_sites(tiny_root) as server:
        status, headers, body = fetch(server.urls["alpha"] + "/courses/", method="HEAD")
    assert status == 200 and body == b"" and headers["content-length"] == "17"


def test_routes_json_special_behaviour(tiny_root: Path) -> None:
    with serve_sites(tiny_root, sites=["alpha"]) as server:
        base = server.urls["alpha"]
        assert fetch(base + "/boom/")[0] == 500
        status, headers, _ = fetch(base + "/loop-a/")
        assert status == 302 and headers["location"] == "/loop-b/"
        assert fetch(base + "/moved/")[0] == 301
        started = time.monotonic()
        status, _, body = fetch(base + "/slow/")
        assert status == 200 and b"slow" in body and time.monotonic() - started >= 0.3
        assert fetch(base + "/courses/x.html")[2] == b"<h1>X</h1>"
        status, headers, body = fetch(base + "/huge/")
        assert status == 200 and len(body) == 300_000 and body.startswith(b"<!DOCTYPE html>")
        status, headers, body = fetch(base + "/raw/")
        assert headers["content-type"] == "application/octet-stream" and body == b"\x00\x01notes"
        assert fetch(base + "/q/?v=1")[0] == 503
        assert fetch(base + "/q/?v=2")[0] == 404


def test_stop_closes_the_ports(tiny_root: Path) -> None:
    with serve_sites(tiny_root, sites=["beta"]) as server:
        url = server.urls["beta"]
        assert fetch(url + "/robots.txt")[0] == 200
    with pytest.raises(OSError):
        fetch(url + "/robots.txt")


def test_unknown_site_missing_root_and_bad_routes_are_input_errors(tiny_root: Path) -> None:
    with pytest.raises(InputFileError, match="gamma"), serve_sites(tiny_root, sites=["gamma"]):
        pass
    with pytest.raises(InputFileError, match="nowhere"), serve_sites(tiny_root / "nowhere"):
        pass
    (tiny_root / "beta" / "_routes.json").write_text("{not json")
    with pytest.raises(InputFileError, match="_routes.json"), serve_sites(tiny_root):
        pass
    (tiny_root / "beta" / "_routes.json").write_text('{"/x/": 500}')
    with pytest.raises(InputFileError, match="_routes.json"), serve_sites(tiny_root):
        pass


def test_command_line_reports_a_bad_root_in_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "crawler.sites_server", "--root", str(tmp_path / "missing")],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip() == f"Error: {tmp_path / 'missing'}: no such folder of sample sites"


def test_resolve_file_mapping(tiny_root: Path) -> None:
    alpha = tiny_root / "alpha"
    assert resolve_file(alpha, "/courses/", "page=2") == alpha / "courses" / "index.page-2.html"
    assert resolve_file(alpha, "/courses/x.html", "utm_source=a") == alpha / "courses" / "x.html"
    assert resolve_file(alpha, "/courses/", "page=abc") == alpha / "courses" / "index.html"
    assert resolve_file(alpha, "/_raw.bin") is None
    assert list_sites(tiny_root) == ["alpha", "beta"]


def test_bundled_sites_each_serve_robots_at_their_own_root() -> None:
    slugs = list_sites(SAMPLE_SITES_DIR)
    assert slugs
    with serve_sites() as server:
        assert sorted(server.urls) == slugs
        for url in server.urls.values():
            status, _, body = fetch(url + "/robots.txt")
            assert status == 200 and body.startswith(b"User-agent:")


def test_command_line_prints_each_site_url(tiny_root: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "crawler.sites_server", "--root", str(tiny_root)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        lines = [proc.stdout.readline() for _ in range(2)]
        urls = dict(line.split() for line in lines)
        assert sorted(urls) == ["alpha", "beta"]
        assert fetch(urls["beta"] + "page.htm")[0] == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_bad_inputs_site_is_served_only_on_request() -> None:
    with serve_sites() as server:
        assert "_bad_inputs" not in server.urls
    with serve_sites(sites=["_bad_inputs"]) as server:
        base = server.urls["_bad_inputs"]
        assert fetch(base + "/courses/good-course/")[0] == 200
        assert fetch(base + "/boom/")[0] == 500
        assert fetch(base + "/gone/")[0] == 404
        assert fetch(base + "/loop-a/")[1]["location"] == "/loop-b/"
        assert fetch(base + "/loop-b/")[1]["location"] == "/loop-a/"
        status, headers, body = fetch(base + "/huge/", method="HEAD")
        assert status == 200 and headers["content-length"] == "20000000" and body == b""
        status, headers, body = fetch(base + "/binary/")
        assert headers["content-type"] == "application/octet-stream" and body.startswith(b"%PDF")
        status, headers, body = fetch(base + "/malformed/")
        assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
        assert b"<h1>Medication Math" in body
    routes = json.loads((SAMPLE_SITES_DIR / "_bad_inputs" / "_routes.json").read_text())
    assert routes["/slow/"]["delay"] >= 3
    truth = json.loads((SAMPLE_SITES_DIR / "_bad_inputs" / "truth.json").read_text())
    assert set(truth["bad"]) >= {"/boom/", "/gone/", "/slow/", "/huge/", "/loop-a/", "/malformed/"}
