"""Real-browser fixtures: a demo-like catalogue, `ceu dashboard` on a free loopback port, headless Chromium.

The browser is Debian's /usr/bin/chromium driven by Playwright (never a downloaded
build); every test here is skipped with the reason when it or Playwright is absent.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from e2e_support import BROWSER_ARGS, CHROMIUM, SCREENSHOTS, seed_demo


def _skip_reason() -> str | None:
    if not os.path.exists(CHROMIUM):
        return f"{CHROMIUM} is absent (install Debian's browser: apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed"
    return None


def pytest_collection_modifyitems(items):
    reason = _skip_reason()
    for item in items:
        if "tests/e2e" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, process: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"ceu dashboard exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url + "_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("the dashboard did not answer within 60 s")


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """The seeded demo catalogue file."""
    return seed_demo(tmp_path_factory.mktemp("e2e") / "demo.db")


@pytest.fixture(scope="session")
def dashboard_url(demo_db):
    """`ceu dashboard --db demo.db --port N` running; yields its URL; stopped with Ctrl-C afterwards."""
    port = _free_port()
    ceu = shutil.which("ceu", path=str(Path(sys.executable).parent)) or "ceu"
    process = subprocess.Popen(
        [ceu, "dashboard", "--db", str(demo_db), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_healthy(url, process)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal sends
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture
def page(tmp_path):
    """A fresh headless Chromium page (own profile folder) that records script dialogs."""
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True, args=BROWSER_ARGS,
            accept_downloads=True, viewport={"width": 1400, "height": 1000}, locale="en-US",
        )
        tab = context.new_page()
        tab.dialogs = []
        tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
        try:
            yield tab
        finally:
            context.close()
