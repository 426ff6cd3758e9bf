"""The weight real course pages carry besides their content: theme CSS, platform config
scripts, analytics snippets and SVG icon sprites.

A real provider's course page weighs 40-150 KB, most of it markup no reader sees. The
sample pages carry the same kinds of payload for their platform, so the crawler and the
benchmarks meet pages shaped like the real thing. ``assets(platform, key)`` returns
``(head, body_end)`` HTML; ``key`` (the page title or path) varies per-page values such
as nonces, as on a real site. Nothing here adds a link, text or course data.
"""

from __future__ import annotations

import functools
import hashlib
import json
import random
from collections.abc import Callable
from typing import Any

_COLORS = ("black", "cyan-bluish-gray", "white", "pale-pink", "vivid-red", "luminous-vivid-orange",
           "luminous-vivid-amber", "light-green-cyan", "vivid-green-cyan", "pale-cyan-blue",
           "vivid-cyan-blue", "vivid-purple", "primary", "secondary", "accent", "muted")
_PROPS = ("margin", "padding", "border-radius", "font-size", "line-height", "letter-spacing", "gap",
          "max-width", "min-height", "top", "left", "z-index")


def _rng(platform: str, key: str = "") -> random.Random:
    return random.Random(hashlib.sha1(f"{platform}|{key}".encode()).hexdigest())


def _hex(rng: random.Random, n: int = 10) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def theme_css(platform: str, rules: int) -> str:
    """A theme stylesheet: custom properties, utility classes, component rules, media queries."""
    rng = _rng(platform)
    out = [":root{" + "".join(f"--{platform}--color--{c}:#{_hex(rng, 6)};" for c in _COLORS) + "}"]
    out += [f".has-{c}-color{{color:var(--{platform}--color--{c}) !important;}}"
            f".has-{c}-background-color{{background-color:var(--{platform}--color--{c}) !important;}}"
            for c in _COLORS]
    for i in range(rules):
        decls = ";".join(f"{rng.choice(_PROPS)}:{rng.randint(0, 48)}px" for _ in range(rng.randint(2, 5)))
        out.append(f".{platform}-c{i}>.el-{_hex(rng, 4)}{{{decls}}}")
        if i % 25 == 0:
            out.append(f"@media (max-width:{rng.choice((544, 768, 921, 1200))}px){{.{platform}-c{i}{{display:none}}}}")
    return "".join(out)


def _js_object(platform: str, key: str, entries: int) -> str:
    rng = _rng(platform, key)
    strings = {f"i18n_{i}": f"{platform} message {i}" for i in range(entries)}
    data = {"ajaxurl": "/wp-admin/admin-ajax.php", "nonce": _hex(rng), "is_admin": False,
            "loading_icon": f"/assets/{platform}/loader.svg", "translations": strings,
            "settings": {f"flag_{i}": bool(rng.getrandbits(1)) for i in range(entries // 2)}}
    return json.dumps(data, separators=(",", ":"))


def _minified_js(platform: str, functions: int) -> str:
    rng = _rng(platform, "js")
    body = []
    for i in range(functions):
        a, b = _hex(rng, 2), _hex(rng, 2)
        body.append(f"function f{i}_{a}(e,t){{var n=e.querySelectorAll('.{platform}-c{i}');"
                    f"for(var r=0;r<n.length;r++){{n[r].classList.toggle('is-{b}',t>{rng.randint(0, 99)})}}"
                    f"return n.length}}")
    return "!function(w,d){'use strict';" + "".join(body) + "}(window,document);"


def _analytics(key: str) -> tuple[str, str]:
    rng = _rng("analytics", key)
    tag = f"GTM-{_hex(rng, 7).upper()}"
    head = ("<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),"
            "event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?"
            "'&l='+l:'';j.async=true;j.src='/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})"
            f"(window,document,'script','dataLayer','{tag}');</script>")
    body = (f'<noscript><iframe src="/ns.html?id={tag}" height="0" width="0" '
            'style="display:none;visibility:hidden"></iframe></noscript>')
    return head, body


def icon_sprite(platform: str, icons: int) -> str:
    """A hidden inline SVG sprite of ``icons`` symbols."""
    rng = _rng(platform, "icons")
    symbols = "".join(
        f'<symbol id="icon-{platform}-{i}" viewBox="0 0 24 24"><path d="'
        + " ".join(f"M{rng.randint(0, 24)} {rng.randint(0, 24)}l{rng.randint(-9, 9)} {rng.randint(-9, 9)}"
                   for _ in range(12)) + 'z"/></symbol>'
        for i in range(icons)
    )
    return f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">{symbols}</svg>'


def assets(platform: str, key: str) -> tuple[str, str]:
    """``(head, body_end)`` payload for a page of ``platform`` (see module docstring)."""
    gtm_head, gtm_body = _analytics(key)
    if platform == "legacy":  # an old hand-built site: Dreamweaver rollovers, a little CSS
        head = (f"<style type=\"text/css\">{theme_css(platform, 40)}</style>"
                f"<script language=\"JavaScript\">{_minified_js(platform, 20)}</script>")
        return head, ""
    sizes = {"wordpress": (260, 60, 70, 40), "drupal": (220, 50, 60, 50), "hosted": (240, 70, 50, 30),
             "nextjs": (300, 40, 80, 30), "webinar": (200, 60, 50, 40), "college": (230, 40, 60, 40)}
    rules, functions, entries, icons = sizes[platform]
    config_id = {"drupal": "drupal-settings-json"}.get(platform)
    config = _js_object(platform, key, entries)
    if config_id:  # Drupal ships its settings as a JSON script blob
        config_script = f'<script type="application/json" data-drupal-selector="{config_id}">{config}</script>'
    else:
        config_script = f"<script id=\"{platform}-config-js-extra\">var {platform}Config = {config};</script>"
    head = f'<style id="{platform}-inline-css">{theme_css(platform, rules)}</style>{gtm_head}'
    body_end = (f"{gtm_body}{icon_sprite(platform, icons)}{config_script}"
                f"<script id=\"{platform}-frontend-js\">{_minified_js(platform, functions)}</script>")
    return head, body_end


def weigh(page: str, platform: str, key: str) -> str:
    """``page`` with its platform's payload before ``</head>`` and ``</body>`` (any case)."""
    head, body_end = assets(platform, key)
    lower = page.lower()
    at_head, at_body = lower.find("</head>"), lower.rfind("</body>")
    if at_body > at_head >= 0:
        page = page[:at_head] + head + page[at_head:at_body] + body_end + page[at_body:]
    return page


def weighted(platform: str) -> Callable[[Callable[..., str]], Callable[..., str]]:
    """Decorate a site's ``_page(title, ...)`` renderer so every page carries ``platform``'s payload."""
    def wrap(render: Callable[..., str]) -> Callable[..., str]:
        @functools.wraps(render)
        def page(title: str, *args: Any, **kwargs: Any) -> str:
            return weigh(render(title, *args, **kwargs), platform, title)
        return page
    return wrap
