"""The ``ceu`` application: registers every command and owns the one error path.

Library code raises ``catalog.errors.CeuError``; here it becomes
``Error: <where>: <what>`` on stderr and a non-zero exit. No traceback reaches a
user (set ``CEU_DEBUG=1`` to see one).
"""

from __future__ import annotations

import os
import sys

import typer

from catalog.errors import CeuError
from ceu import cmd_crawl, cmd_dashboard, cmd_export, cmd_plan, cmd_score

try:  # Typer >= 0.16 vendors its own click; older Typer uses the click package.
    from typer._click import exceptions as click_exceptions
except ImportError:  # pragma: no cover
    from click import exceptions as click_exceptions

app = typer.Typer(
    name="ceu",
    help="Find, score and plan continuing-education courses for medical assistants.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

app.command("demo")(cmd_crawl.demo)
app.command("crawl")(cmd_crawl.crawl)
app.command("score")(cmd_score.score)
app.command("extract")(cmd_score.extract)
app.command("export")(cmd_export.export)
app.command("gap")(cmd_plan.gap)
app.command("plan")(cmd_plan.plan)
app.command("dashboard")(cmd_dashboard.dashboard)


def _usage_line(exc: click_exceptions.UsageError) -> str:
    where = "usage"
    param = getattr(exc, "param", None)
    if param is not None and getattr(param, "opts", None):
        where = param.opts[0]
    elif exc.ctx is not None and exc.ctx.info_name:
        where = f"ceu {exc.ctx.info_name}" if exc.ctx.info_name != "ceu" else "ceu"
    return " ".join(f"Error: {where}: {exc.format_message()}".split())


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``ceu`` console script."""
    command = typer.main.get_command(app)
    args = sys.argv[1:] if argv is None else argv
    try:
        code = command.main(args=args, prog_name="ceu", standalone_mode=False)
    except CeuError as exc:
        print(exc.one_line(), file=sys.stderr)
        sys.exit(exc.exit_code)
    except click_exceptions.UsageError as exc:
        print(_usage_line(exc), file=sys.stderr)
        sys.exit(2)
    except click_exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click_exceptions.ClickException as exc:
        print(f"Error: {exc.format_message()}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except (click_exceptions.Abort, KeyboardInterrupt):
        print("Error: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: one line, never a traceback
        if os.environ.get("CEU_DEBUG"):
            raise
        detail = " ".join(str(exc).split())[:300]
        print(f"Error: internal: {exc.__class__.__name__}: {detail} (CEU_DEBUG=1 shows more)", file=sys.stderr)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
