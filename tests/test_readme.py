"""The README stays true: every command documented, the two set-up commands present."""

from __future__ import annotations

import re
from pathlib import Path

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
CI = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
COMMANDS = ("demo", "crawl", "score", "extract", "export", "gap", "plan", "dashboard")


def test_every_command_is_documented():
    for command in COMMANDS:
        assert re.search(rf"^#+ .*`ceu {command}", README, re.M), f"README has no section for ceu {command}"


def test_two_setup_commands_and_ci_runs_the_test_one():
    blocks = re.findall(r"```(?:bash|sh)\n(.*?)```", README, re.S)
    setup = [b for b in blocks if "pip install" in b]
    assert any("ceu demo" in b for b in setup)
    test_command = next(b for b in setup if "pytest" in b).strip().splitlines()[-1]
    # CI runs exactly the README's test command (quiet pip aside).
    assert test_command.replace("pip install -e", "pip install -q -e") in CI
