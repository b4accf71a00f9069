"""Reflection: question sets from ``content/reflectie``, sessions, their storage and history.

Everything here is callable without Typer; ``netwerkcli.cli.reflect`` is only an adapter.
"""
