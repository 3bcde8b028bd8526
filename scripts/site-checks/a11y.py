"""Audits pages with axe-core in headless Chromium (WCAG 2.1 A and AA rules) and takes
screenshots, serving the site from a loopback-only HTTP server under its base path."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG21_AA}, "resultTypes": ["violations"]}
WIDTHS = (360, 1280)
VIEW_HEIGHT = 800
MAX_SHOT_HEIGHT = 8000  # px; longer pages are cut there
CHROMIUM = os.environ.get("CHECK_SITE_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHECK_SITE_CHROMEDRIVER", "/usr/bin/chromedriver")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@contextlib.contextmanager
def serve(site_dir: str, base_path: str):
    """Serves `site_dir` at http://127.0.0.1:<free port><base_path> (loopback only).
    Yields the URL of the site's base."""
    root = tempfile.mkdtemp(prefix="check-site-serve-")
    try:
        sub = base_path.strip("/")
        if sub:
            os.makedirs(os.path.dirname(os.path.join(root, sub)), exist_ok=True)
            os.symlink(os.path.abspath(site_dir), os.path.join(root, sub))
            served = root
        else:
            served = os.path.abspath(site_dir)
        handler = functools.partial(_QuietHandler, directory=served)
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}{base_path}"
        finally:
            server.shutdown()
            server.server_close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


def start_browser():
    """Headless Chromium through Debian's chromedriver; Selenium Manager stays offline."""
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--no-first-run",
                "--disable-extensions", "--disable-background-networking",
                f"--window-size=1280,{VIEW_HEIGHT}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_script_timeout(60)
    driver.set_page_load_timeout(60)
    return driver


def set_width(driver, width: int, height: int = VIEW_HEIGHT) -> None:
    """Emulates a viewport of exactly `width` CSS pixels (a phone below 600)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600,
    })


@dataclass
class Audit:
    kind: str
    language: str
    width: int
    url: str
    violations: list[dict] = field(default_factory=list)


def audit(driver, url: str) -> tuple[list[dict], str]:
    """The axe-core violations of the page at `url`, and the axe-core version."""
    from selenium_axe_python import Axe

    driver.get(url)
    axe = Axe(driver)
    axe.inject()
    # Axe.run formats its options into the script text, so hand it JSON.
    result = axe.run(options=json.dumps(AXE_OPTIONS))
    return result.get("violations", []), str(result.get("testEngine", {}).get("version", "?"))


def screenshot(driver, url: str, width: int, path: str) -> None:
    """A full-page PNG at `width` (up to MAX_SHOT_HEIGHT pixels tall)."""
    set_width(driver, width)
    driver.get(url)
    height = driver.execute_script(
        "return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0))")
    set_width(driver, width, max(VIEW_HEIGHT, min(int(height or VIEW_HEIGHT), MAX_SHOT_HEIGHT)))
    driver.save_screenshot(path)
    set_width(driver, width)


def describe(violation: dict, limit: int = 3) -> list[str]:
    """Readable lines for one axe violation: rule, impact, help and the first nodes."""
    lines = [f"{violation['id']} ({violation.get('impact')}): {violation.get('help')} — {violation.get('helpUrl')}"]
    nodes = violation.get("nodes", [])
    for node in nodes[:limit]:
        target = " ".join(str(t) for t in node.get("target", []))
        summary = (node.get("failureSummary") or "").replace("\n", " ").strip()
        lines.append(f"    at {target}: {summary}"[:400])
    if len(nodes) > limit:
        lines.append(f"    … and {len(nodes) - limit} more element(s)")
    return lines
