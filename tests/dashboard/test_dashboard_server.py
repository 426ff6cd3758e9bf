"""`ceu dashboard` as a user runs it: serves on 127.0.0.1 for the given --db, stops cleanly on Ctrl-C."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from dash_seed import seed_catalogue


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serves_the_database_given_and_stops_on_ctrl_c(tmp_path):
    db = seed_catalogue(tmp_path / "ceu.db", n=10)
    port = _free_port()
    ceu = Path(sys.executable).with_name("ceu")
    env = {k: v for k, v in os.environ.items() if k != "CEU_DATABASE_URL"}
    process = subprocess.Popen(
        [str(ceu), "dashboard", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, start_new_session=True,
    )
    try:
        deadline, healthy = time.monotonic() + 60, False
        while time.monotonic() < deadline and not healthy:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
                    healthy = response.status == 200
            except OSError:
                time.sleep(0.3)
        assert healthy, "the dashboard never answered on its port"
    finally:
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground group
        output, _ = process.communicate(timeout=30)
    assert process.returncode == 0, output
    assert f"Dashboard: http://127.0.0.1:{port}" in output
    assert "Dashboard stopped." in output and "Traceback" not in output


def test_a_bad_database_is_one_line_before_any_server_starts(tmp_path):
    ceu = Path(sys.executable).with_name("ceu")
    result = subprocess.run(
        [str(ceu), "dashboard", "--db", str(tmp_path / "missing" / "x.db")],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0
    assert result.stderr.strip().startswith("Error: --db: folder ")
    assert len(result.stderr.strip().splitlines()) == 1
