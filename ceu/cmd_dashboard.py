"""``ceu dashboard``: serve the Streamlit dashboard on 127.0.0.1 for the chosen catalogue."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

from catalog.db import database_url, make_engine
from catalog.errors import BadOptionError
from catalog.settings import DATABASE_ENV
from ceu.options import DbOption

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
HOST = "127.0.0.1"
DEFAULT_PORT = 8501

PortOption = Annotated[
    int | None,
    typer.Option("--port", help="Port on 127.0.0.1 (default: 8501, or the next free one).", show_default=False),
]


def _free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
        return True


def _pick_port(port: int | None) -> int:
    if port is not None:
        if not 1 <= port <= 65535:
            raise BadOptionError("--port", f"{port} is not a port number (1-65535)")
        if not _free(port):
            raise BadOptionError("--port", f"port {port} is already in use on {HOST}")
        return port
    for candidate in range(DEFAULT_PORT, DEFAULT_PORT + 50):
        if _free(candidate):
            return candidate
    raise BadOptionError("--port", f"no free port between {DEFAULT_PORT} and {DEFAULT_PORT + 49}")


def streamlit_command(port: int) -> list[str]:
    """The command line that serves the app headless on ``HOST:port``."""
    return [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.headless", "true",
        "--server.address", HOST,
        "--server.port", str(port),
        "--server.fileWatcherType", "none",
        "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "viewer",
        # A bug shows its type in the browser, never a traceback (that goes to this terminal).
        "--client.showErrorDetails", "type",
    ]


def _interrupt(_signum, _frame) -> None:
    raise KeyboardInterrupt


def _stop_on_sigterm() -> None:
    """Treat SIGTERM like Ctrl-C, so the Streamlit server is never left running without us."""
    with contextlib.suppress(ValueError):  # ValueError: not the main thread; nothing to install
        signal.signal(signal.SIGTERM, _interrupt)


def launch_dashboard(db: str | None, port: int | None = None) -> None:
    """Serve the dashboard for ``db`` on 127.0.0.1 and block until Ctrl-C (or the server stops)."""
    url = database_url(db)
    make_engine(url).dispose()  # fail here, with one clear line, if the database cannot be opened
    chosen = _pick_port(port)
    env = {**os.environ, DATABASE_ENV: url, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    typer.echo(f"Dashboard: http://{HOST}:{chosen}  (Ctrl-C to stop)", err=True)
    process = subprocess.Popen(streamlit_command(chosen), env=env)
    _stop_on_sigterm()
    try:
        code = process.wait()
    except KeyboardInterrupt:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        code = 0
    # (Ctrl-C reaches the server too: it may stop, cleanly or by the signal, before this process sees the interrupt)
    if code not in (0, -signal.SIGINT, -signal.SIGTERM):
        raise BadOptionError("ceu dashboard", f"the dashboard server stopped with exit code {code}")
    typer.echo("Dashboard stopped.", err=True)


def dashboard(db: DbOption = None, port: PortOption = None) -> None:
    """Open the dashboard: search, scorecards, your plan (serves http://127.0.0.1:PORT).

    Example: ceu dashboard --db data/ceu.db --port 8501
    """
    launch_dashboard(db, port)
