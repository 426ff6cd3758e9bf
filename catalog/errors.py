"""Specific exceptions raised by library code; the CLI turns each into one line.

Every error knows *where* the problem is (a file and row, an option, a URL) and
*what* is wrong, so the edge can print ``Error: <where>: <what>`` and exit non-zero.
"""

from __future__ import annotations


class CeuError(Exception):
    """Base class: a problem a user can fix, reported as one line."""

    exit_code = 1

    def __init__(self, where: str, what: str):
        super().__init__(f"{where}: {what}")
        self.where = where
        self.what = what

    def one_line(self) -> str:
        """The message the CLI prints, newlines folded away."""
        text = f"Error: {self.where}: {self.what}"
        return " ".join(text.split())


class DatabaseError(CeuError):
    """The database location is wrong, unreachable or not ours."""


class InputFileError(CeuError):
    """A file the user gave cannot be read or has bad content (names file, row, column)."""


class BadOptionError(CeuError):
    """A command-line option has a value that cannot be used."""

    exit_code = 2


class BadUrlError(CeuError):
    """A URL given by the user is not an absolute http(s) URL."""

    exit_code = 2


class ConfigError(CeuError):
    """A configuration file (e.g. providers.yaml) is missing or malformed."""
