"""Commands for genogram (being written)."""

from netwerkcli.cli.app import app  # noqa: F401
