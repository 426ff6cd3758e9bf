"""Credential rule sets: load the per-credential YAML files into typed, read-only rules.

The rules themselves are data (``planning/credentials/<id>.yaml``), each with the
source URL and date it was taken from and whether it is verified, so a policy
change is one edit and unverified rules can be shown to the user.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from catalog.errors import BadOptionError, ConfigError

CREDENTIALS_DIR = Path(__file__).with_name("credentials")
CREDENTIALS = ("cma-aama", "rma-amt", "ccma-nha", "ncma-ncct", "cmac-amca")
CATEGORY_KEYS = ("administrative", "clinical", "general")
MEASURES = ("aama_points", "credits", "nha_credits", "hours")


@dataclass(frozen=True)
class Rule:
    """One rule: its value, the words it encodes, and where and when they were published."""

    name: str
    value: Any
    text: str
    source: str
    date: str
    verified: bool

    def as_note(self) -> dict[str, Any]:
        """The rule as shown to a user: text, source and date."""
        return {"rule": self.name, "text": self.text, "source": self.source, "date": self.date}


@dataclass(frozen=True)
class Credential:
    """A credential's recertification rules."""

    id: str
    name: str
    issuer: str
    unit: str
    measure: str
    rules: dict[str, Rule] = field(default_factory=dict)

    def value(self, name: str, default: Any = None) -> Any:
        """The value of rule ``name`` (``default`` when the credential has no such rule)."""
        rule = self.rules.get(name)
        return default if rule is None else rule.value

    @cached_property
    def required(self) -> dict[str, float]:
        """Required amounts by constraint name (total, categories, aama_approved)."""
        return {k: float(v) for k, v in self.value("required", {}).items()}

    @cached_property
    def categories(self) -> tuple[str, ...]:
        """The categories with a minimum (empty for credentials without them)."""
        return tuple(c for c in CATEGORY_KEYS if c in self.required)

    @cached_property
    def non_aama_cap(self) -> float | None:
        """Most non-AAMA points that count, or None when the credential has no such cap."""
        cap = self.value("non_aama_cap")
        return None if cap is None else float(cap)

    @cached_property
    def course_factor(self) -> float:
        """Credential units per catalogue course point."""
        return float(self.value("course_factor", 1.0))

    def unverified(self) -> list[dict[str, Any]]:
        """Rules taken from a secondary source or assumed: shown to the user as such."""
        return [rule.as_note() for rule in self.rules.values() if not rule.verified]


def _rule(name: str, raw: Any, where: str) -> Rule:
    if not isinstance(raw, dict) or not {"value", "text", "source", "date"} <= raw.keys():
        raise ConfigError(where, f"rule {name!r} needs value, text, source and date")
    when = raw["date"]
    return Rule(
        name=name,
        value=raw["value"],
        text=" ".join(str(raw["text"]).split()),
        source=str(raw["source"]),
        date=when.isoformat() if isinstance(when, date) else str(when),
        verified=bool(raw.get("verified", False)),
    )


def parse_credential(data: Any, where: str) -> Credential:
    """A Credential from the parsed YAML of one rule file."""
    if not isinstance(data, dict):
        raise ConfigError(where, "a credential file must be a mapping")
    for key in ("id", "name", "issuer", "unit", "measure", "rules"):
        if key not in data:
            raise ConfigError(where, f"missing key {key!r}")
    if data["measure"] not in MEASURES:
        raise ConfigError(where, f"unknown measure {data['measure']!r}")
    rules = {name: _rule(name, raw, where) for name, raw in (data["rules"] or {}).items()}
    for needed in ("cycle", "required", "after_expiry"):
        if needed not in rules:
            raise ConfigError(where, f"missing rule {needed!r}")
    return Credential(
        id=str(data["id"]),
        name=str(data["name"]),
        issuer=str(data["issuer"]),
        unit=str(data["unit"]),
        measure=str(data["measure"]),
        rules=rules,
    )


@cache
def load_credential(credential_id: str) -> Credential:
    """The rules of ``credential_id``; BadOptionError naming the known ids when unknown."""
    if credential_id not in CREDENTIALS:
        raise BadOptionError(
            "--credential",
            f"unknown credential {credential_id!r} (known: {', '.join(CREDENTIALS)})",
        )
    path = CREDENTIALS_DIR / f"{credential_id}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(str(path), f"cannot read credential rules: {exc}") from None
    return parse_credential(data, str(path))
