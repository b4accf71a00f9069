"""The report as PDF: printed by a Chromium-based browser (Chromium, Chrome, Edge) in headless mode.

Why a browser: the PDF is then exactly what printing ``rapport.html`` gives, A4 pages by the
page's own print styles, with the inline SVG drawings as vectors and Arabic names shaped. The
browser gets a private temporary folder (0700) with the page and its own empty profile, runs
without network features, and everything is removed afterwards. The page itself loads nothing
(see ``report.html``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from netwerkcli.errors import RuntimeFailure
from netwerkcli.messages import rapport as texts

BROWSER_ENV = "NETWERK_BROWSER"
TIMEOUT_SECONDS = 120
NAMES = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
    "microsoft-edge",
    "microsoft-edge-stable",
    "msedge",
)
PLACES = (
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
    r"C:\Program Files\Microsoft\Edge\Application\msedge.exe",
)
FLAGS = (
    "--headless",
    "--disable-gpu",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--disable-features=Translate,MediaRouter,OptimizationHints",
    "--no-pdf-header-footer",
)


def find_browser() -> str | None:
    """``NETWERK_BROWSER``, else the first Chromium-based browser on PATH or in its usual place."""
    chosen = os.environ.get(BROWSER_ENV)
    if chosen:
        return chosen if Path(chosen).is_file() or shutil.which(chosen) else None
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    return next((place for place in PLACES if Path(place).is_file()), None)


def html_to_pdf(html: str, browser: str | None = None) -> bytes:
    """Print the page to PDF; RuntimeFailure (exit 1) with a Dutch message when that fails."""
    browser = browser or find_browser()
    if browser is None:
        raise RuntimeFailure(texts.NO_BROWSER, texts.NO_BROWSER_HINT)
    with tempfile.TemporaryDirectory(prefix="netwerk-rapport-") as folder:
        work = Path(folder)  # mkdtemp makes it 0700: only this user can read the page
        page = work / "rapport.html"
        page.write_text(html, encoding="utf-8")
        page.chmod(0o600)
        target = work / "rapport.pdf"
        command = [
            browser,
            *FLAGS,
            *(["--no-sandbox"] if _is_root() else []),
            f"--user-data-dir={work / 'profiel'}",
            f"--print-to-pdf={target}",
            page.as_uri(),
        ]
        try:
            done = subprocess.run(
                command,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise RuntimeFailure(texts.BROWSER_TIMEOUT.format(seconden=TIMEOUT_SECONDS)) from None
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise RuntimeFailure(texts.BROWSER_FAILED.format(reden=reason)) from None
        if not target.is_file() or target.stat().st_size == 0:
            reason = f"exitcode {done.returncode}"
            raise RuntimeFailure(texts.BROWSER_FAILED.format(reden=reason))
        return target.read_bytes()


def _is_root() -> bool:
    """Chromium refuses to run as root with its sandbox (containers, CI)."""
    return sys.platform != "win32" and hasattr(os, "geteuid") and os.geteuid() == 0
