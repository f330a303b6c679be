"""The typer application and its command groups; command modules register on them."""
from __future__ import annotations

from typing import Annotated

import typer

from cli.context import configure_logging, console

app = typer.Typer(help="arbox: collections assistant and inbox processor for AR teams.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
import_app = typer.Typer(help="Import ledgers and bank files.", no_args_is_help=True)
inbox_app = typer.Typer(help="Look at and retry stored messages.", no_args_is_help=True)
drafts_app = typer.Typer(help="Review drafted emails.", no_args_is_help=True)
payments_app = typer.Typer(help="Review payments and their applications.", no_args_is_help=True)
app.add_typer(import_app, name="import")
app.add_typer(inbox_app, name="inbox")
app.add_typer(drafts_app, name="drafts")
app.add_typer(payments_app, name="payments")


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v",
                                               help="Log progress at INFO level.")] = False,
         ) -> None:
    configure_logging(verbose)


def fail(message: str, code: int = 1) -> None:
    """Print an error on stderr and exit (1: bad input, 2: usage)."""
    console.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)
