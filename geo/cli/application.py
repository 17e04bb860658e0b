"""The ``diplomap`` typer application: its commands, in the order ``--help`` lists them."""

from __future__ import annotations

import typer

from .pages import build, report_cmd
from .tables import mentions, records, ties, visits

__all__ = ["app"]

app = typer.Typer(
    name="diplomap",
    help="Geoparse diplomatic news, extract visits and bilateral ties, and map them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.command()(mentions)
app.command()(visits)
app.command()(ties)
app.command("records")(records)
app.command()(build)
app.command("report")(report_cmd)
