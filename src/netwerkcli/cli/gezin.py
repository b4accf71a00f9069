"""Commands for the family file."""

from netwerkcli.cli.app import app  # noqa: F401
