"""Showing the plan, the four steps and the whole report: terminal, Markdown, HTML and PDF.

Library only: each function returns text or bytes; the CLI writes and prints them.
"""
