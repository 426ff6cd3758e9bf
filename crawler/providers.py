"""Configured providers (``data/providers.yaml``): name, start URLs, allowed paths, selector overrides.

Adding a provider is a YAML entry, no code. ``needs_internet: true`` marks real
provider sites (the demo and tests never crawl them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from catalog.errors import BadOptionError, ConfigError
from crawler.extract.urls import is_http_url

PROVIDERS_FILE = Path(__file__).resolve().parent.parent / "data" / "providers.yaml"
OVERRIDE_FIELDS = frozenset({
    "title", "description", "provider", "price_text", "credit_text", "category_text", "aama_text",
    "format_text", "instructor", "start_date", "duration_text", "image",
})


@dataclass
class ProviderConfig:
    """One configured provider."""

    name: str
    start_urls: list[str]
    allowed_paths: list[str] = field(default_factory=list)  # regexes on the URL path
    overrides: dict[str, str] = field(default_factory=dict)  # field -> "css:..." or "xpath:..."
    needs_internet: bool = False
    notes: str = ""

    def allows(self, path: str) -> bool:
        """True when the path may be followed (no allowed_paths means everything)."""
        return not self.allowed_paths or any(re.search(p, path) for p in self.allowed_paths)


def load_providers(path: Path | str | None = None) -> list[ProviderConfig]:
    """Every provider in the file; ConfigError naming the entry and key when malformed."""
    path = Path(path) if path else PROVIDERS_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ConfigError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(str(path), f"not valid YAML: {' '.join(str(exc).split())}") from exc
    entries = data.get("providers") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ConfigError(str(path), "expected a top-level 'providers:' list")
    return [_provider(entry, index, path) for index, entry in enumerate(entries, start=1)]


def _provider(entry: Any, index: int, path: Path) -> ProviderConfig:
    where = f"{path} providers[{index}]"
    if not isinstance(entry, dict) or not entry.get("name"):
        raise ConfigError(where, "each provider needs a 'name'")
    where = f"{path} provider {entry['name']!r}"
    urls = entry.get("start_urls")
    if not isinstance(urls, list) or not urls or not all(isinstance(u, str) and is_http_url(u) for u in urls):
        raise ConfigError(where, "'start_urls' must be a list of absolute http(s) URLs")
    allowed = entry.get("allowed_paths") or []
    overrides = entry.get("overrides") or {}
    if not isinstance(allowed, list) or not isinstance(overrides, dict):
        raise ConfigError(where, "'allowed_paths' must be a list and 'overrides' a mapping")
    for pattern in allowed:
        try:
            re.compile(str(pattern))
        except re.error as exc:
            raise ConfigError(where, f"allowed path {pattern!r} is not a valid regex: {exc}") from exc
    for name, selector in overrides.items():
        if name not in OVERRIDE_FIELDS:
            raise ConfigError(where, f"override {name!r} is not one of {', '.join(sorted(OVERRIDE_FIELDS))}")
        if not isinstance(selector, str) or not selector.startswith(("css:", "xpath:")):
            raise ConfigError(where, f"override {name!r} must start with 'css:' or 'xpath:'")
    return ProviderConfig(
        name=str(entry["name"]), start_urls=list(urls), allowed_paths=[str(p) for p in allowed],
        overrides={str(k): str(v) for k, v in overrides.items()},
        needs_internet=bool(entry.get("needs_internet", False)), notes=str(entry.get("notes", "")),
    )


def find_provider(name: str, providers: list[ProviderConfig]) -> ProviderConfig:
    """The provider with that name (case-insensitive), or BadOptionError listing the known ones."""
    for provider in providers:
        if provider.name.lower() == name.strip().lower():
            return provider
    known = ", ".join(p.name for p in providers) or "none configured"
    raise BadOptionError("--provider", f"unknown provider {name!r} (known: {known})")
