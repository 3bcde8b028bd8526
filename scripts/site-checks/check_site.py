"""Builds the sample site and checks it the way a public-sector site is checked: valid
HTML, WCAG 2.1 AA (axe-core in Chromium at phone and desktop widths, in every language),
no broken links, anchors or assets, no link escaping a sub-path, screenshots to look at.

Run through scripts/check-site, which installs the tools first. Prints one line per
check with its counts, then the failures, and ends with `check-site: N passed, M failed`."""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import unittest
from dataclasses import dataclass, field
from typing import Callable

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from site_layout import BaseURL, SiteConfig, html_files, page_url, pages_by_kind, read_site_config  # noqa: E402

SUBPATH_BASE = "https://example.org/sub/path/"
SCREENSHOT_KINDS = ("home", "area", "indicator", "report")
CHECK_NAMES = ("self-test", "build", "reproducible", "html", "links", "lang", "sub-path", "a11y", "screenshots")
SHOWN_FAILURES = 40


@dataclass
class Result:
    name: str
    summary: str
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    skipped: bool = False  # counted neither as passed nor as failed

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass
class Context:
    args: argparse.Namespace
    config: SiteConfig
    work: str
    site: str | None = None  # the site built for the configured base URL
    subpath_site: str | None = None  # the site built for SUBPATH_BASE
    again_site: str | None = None  # a second build of `site`, for reproducibility
    only: set[str] = field(default_factory=lambda: set(CHECK_NAMES))


# --- builds ------------------------------------------------------------------------

def run_build(ctx: Context, output: str, base_url: str | None) -> tuple[float, str | None]:
    """Runs `kinerja build`; returns (seconds, error text or None)."""
    a = ctx.args
    cmd = [a.kinerja, "build", "--content", a.content, "--templates", a.templates, "--output", output]
    if base_url:
        cmd += ["--base-url", base_url]
    start = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.monotonic() - start
    if proc.returncode != 0:
        out = (proc.stdout + proc.stderr).strip().splitlines()
        return seconds, f"`{' '.join(cmd)}` exited with {proc.returncode}:\n      " + "\n      ".join(out[-30:])
    if not os.path.isfile(os.path.join(output, "index.html")):
        return seconds, f"`{' '.join(cmd)}` wrote no index.html"
    return seconds, None


def check_build(ctx: Context) -> Result:
    if ctx.args.site:
        ctx.site = ctx.args.site
        ctx.subpath_site = ctx.args.subpath_site
        n = len(html_files(ctx.site))
        return Result("build", f"using the built site {ctx.site} ({n} pages), base {ctx.config.base_url}")
    failures = []
    only = ctx.only
    builds = [("site", None)]
    if "sub-path" in only:
        builds.append(("subpath_site", SUBPATH_BASE))
    if "reproducible" in only:
        builds.append(("again_site", None))
    times = []
    for attr, base in builds:
        out = os.path.join(ctx.work, attr.replace("_", "-"))
        seconds, error = run_build(ctx, out, base)
        times.append(seconds)
        if error:
            failures.append(error)
        else:
            setattr(ctx, attr, out)
    pages = len(html_files(ctx.site)) if ctx.site else 0
    kinds = {"site": f"base {ctx.config.base_url}", "subpath_site": f"base {SUBPATH_BASE}", "again_site": "again"}
    summary = (f"{len(builds)} build(s) of {ctx.args.content}/ ({', '.join(kinds[a] for a, _ in builds)}), "
               f"{pages} pages, {' + '.join(f'{t:.1f}' for t in times)} s, SOURCE_DATE_EPOCH="
               f"{os.environ.get('SOURCE_DATE_EPOCH', '(unset)')}")
    return Result("build", summary, failures)


def check_reproducible(ctx: Context) -> Result:
    if ctx.args.site:
        return Result("reproducible", "the site was built elsewhere", skipped=True)
    if not ctx.site or not ctx.again_site:
        return Result("reproducible", "not run", ["not run: a build failed"])
    differences = []
    count = 0

    def compare(d: filecmp.dircmp, rel: str) -> None:
        nonlocal count
        for name in d.left_only:
            differences.append(f"{rel}{name}: only in the first build")
        for name in d.right_only:
            differences.append(f"{rel}{name}: only in the second build")
        _, mismatch, errors = filecmp.cmpfiles(d.left, d.right, d.common_files, shallow=False)
        count += len(d.common_files)
        differences.extend(f"{rel}{name}: differs between two builds of the same content" for name in mismatch + errors)
        for name, sub in sorted(d.subdirs.items()):
            compare(sub, f"{rel}{name}/")

    compare(filecmp.dircmp(ctx.site, ctx.again_site), "")
    return Result("reproducible", f"{count} files compared byte for byte between two builds", differences)


# --- checks on the built site ------------------------------------------------------

def check_html(ctx: Context) -> Result:
    if not ctx.site:
        return Result("html", "not run", ["not run: no site"])
    from validate import validate_site

    report = validate_site(ctx.site)
    return Result("html", f"{report.pages} pages validated with the Nu HTML Checker, {len(report.errors)} errors",
                  report.errors)


def _link_summary(report) -> str:
    return (f"{report.pages} pages, {report.checked} internal references checked "
            f"({report.links} links, {report.assets} assets; {report.anchors} of them with a #fragment), "
            f"{report.external} external and {report.other} mailto/tel/data not fetched")


def _grouped(kind: str, problems) -> list[str]:
    """One line per distinct (URL, reason), naming the files it occurs in."""
    groups: dict[tuple[str, str], list[str]] = {}
    for p in problems:
        sources = groups.setdefault((p.url, p.reason), [])
        if p.source not in sources:
            sources.append(p.source)
    lines = []
    for (url, reason), sources in groups.items():
        where = ", ".join(sources[:3]) + (f" and {len(sources) - 3} more" if len(sources) > 3 else "")
        lines.append(f"{kind}: {url} — {reason} (in {where})")
    return lines


def check_links_(ctx: Context) -> Result:
    if not ctx.site:
        return Result("links", "not run", ["not run: no site"])
    from links import check_links

    report = check_links(ctx.site, str(ctx.config.base_url))
    failures = _grouped("broken", report.broken) + _grouped("escaping", report.escaping)
    return Result("links", f"{_link_summary(report)}, {len(report.broken)} broken, "
                           f"{len(report.escaping)} outside {ctx.config.base_url.path}", failures)


def check_lang(ctx: Context) -> Result:
    """WCAG 3.1.2 on the pages of the other languages: untranslated titles and bodies carry
    the default language's `lang` (lang_parts.py)."""
    if not ctx.site:
        return Result("lang", "not run", ["not run: no site"])
    from lang_parts import check_language_of_parts

    others = [lang for lang in ctx.config.languages if lang != ctx.config.default_language]
    checked, failures = check_language_of_parts(ctx.site, ctx.config.default_language, others)
    return Result("lang", f"{checked} untranslated texts (text, title attributes, meta descriptions) on {', '.join(others) or 'no'} pages, "
                          f"{len(failures)} without lang=\"{ctx.config.default_language}\"", failures)


def check_subpath(ctx: Context) -> Result:
    if not ctx.subpath_site:
        return Result("sub-path", "not run", ["not run: no site built for " + SUBPATH_BASE])
    from links import check_links

    foreign = tuple(h for h in [ctx.config.base_url.host] if h)
    report = check_links(ctx.subpath_site, SUBPATH_BASE, foreign_hosts=foreign)
    failures = _grouped("escaping", report.escaping) + _grouped("broken", report.broken)
    base = BaseURL.parse(SUBPATH_BASE)
    return Result("sub-path", f"built for {SUBPATH_BASE}: {_link_summary(report)}, "
                              f"{len(report.escaping)} escaping {base.path}, {len(report.broken)} broken", failures)


def check_a11y_and_screenshots(ctx: Context, want_a11y: bool, want_shots: bool) -> list[Result]:
    from a11y import WIDTHS, audit, describe, screenshot, serve, set_width, start_browser

    names = [n for n, w in (("a11y", want_a11y), ("screenshots", want_shots)) if w]
    if not ctx.site:
        return [Result(n, "not run", ["not run: no site"]) for n in names]
    config = ctx.config
    a11y_failures: list[str] = []
    by_rule: dict[tuple[str, str, str], tuple[list[int], dict]] = {}  # (page, language, rule) → widths
    audits = 0
    axe_version = "?"
    all_violations = []
    shots: list[str] = []
    shot_failures: list[str] = []
    shot_dir = os.path.join(ctx.args.artifacts, "screenshots")
    started = time.monotonic()
    audited = started
    with serve(ctx.site, config.base_url.path) as base:
        driver = start_browser()
        try:
            for language in config.languages:
                kinds = pages_by_kind(ctx.site, config.prefix(language))
                for kind, rel in kinds.items():
                    if rel is None:
                        a11y_failures.append(f"{language}: no page of kind '{kind}' in the built site")
                        continue
                    url = base + page_url(rel)
                    if not want_a11y:
                        continue
                    for width in WIDTHS:
                        set_width(driver, width)
                        violations, axe_version = audit(driver, url)
                        audits += 1
                        for v in violations:
                            all_violations.append({"kind": kind, "language": language, "width": width,
                                                   "page": rel, "violation": v})
                            seen = by_rule.setdefault((rel, language, v["id"]), ([], v))
                            seen[0].append(width)
            audited = time.monotonic()
            if want_shots:
                os.makedirs(shot_dir, exist_ok=True)
                for old in os.listdir(shot_dir):
                    if old.endswith(".png"):
                        os.remove(os.path.join(shot_dir, old))
                kinds = pages_by_kind(ctx.site, config.prefix(config.default_language))
                for kind in SCREENSHOT_KINDS:
                    rel = kinds.get(kind)
                    if rel is None:
                        shot_failures.append(f"no page of kind '{kind}' to photograph")
                        continue
                    for width in WIDTHS:
                        path = os.path.join(shot_dir, f"{kind}-{config.default_language}-{width}.png")
                        screenshot(driver, base + page_url(rel), width, path)
                        shots.append(path)
        finally:
            driver.quit()
    finished = time.monotonic()
    for (rel, language, _), (widths, v) in by_rule.items():
        a11y_failures.append(f"{rel} [{language}, {'/'.join(map(str, widths))} px]: " + "\n      ".join(describe(v)))
    results = []
    if want_a11y:
        os.makedirs(os.path.join(ctx.args.artifacts, "check-site"), exist_ok=True)
        with open(os.path.join(ctx.args.artifacts, "check-site", "axe-violations.json"), "w") as f:
            json.dump(all_violations, f, indent=1)
        n_kinds = len(pages_by_kind(ctx.site, ""))
        nodes = sum(len(v["violation"].get("nodes", [])) for v in all_violations)
        results.append(Result("a11y", f"{audits} audits ({n_kinds} page kinds × {len(config.languages)} languages × "
                                      f"{len(WIDTHS)} widths {'/'.join(map(str, WIDTHS))} px), axe-core {axe_version} WCAG 2.1 A/AA: "
                                      f"{len(all_violations)} violations on {nodes} elements", a11y_failures,
                              seconds=audited - started))
    if want_shots:
        rel_dir = os.path.relpath(shot_dir)
        results.append(Result("screenshots", f"{len(shots)} written to {rel_dir}/", shot_failures,
                              seconds=finished - audited))
    return results


def run_self_tests() -> Result:
    suite = unittest.defaultTestLoader.discover(HERE, pattern="test_*.py", top_level_dir=HERE)
    stream = open(os.devnull, "w")
    outcome = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
    stream.close()
    failures = [f"{test.id()}:\n      {text.strip().splitlines()[-1]}" for test, text in outcome.failures + outcome.errors]
    skipped = f", {len(outcome.skipped)} skipped" if outcome.skipped else ""
    return Result("self-test", f"{outcome.testsRun} tests of the checkers themselves{skipped}", failures)


# --- driver ------------------------------------------------------------------------

def report(result: Result, artifacts: str) -> None:
    status = "skipped" if result.skipped else "ok" if result.ok else f"FAILED ({len(result.failures)})"
    print(f"check-site: {result.name}: {result.summary} [{result.seconds:.1f} s] — {status}", flush=True)
    for line in result.failures[:SHOWN_FAILURES]:
        print(f"    {line}")
    if len(result.failures) > SHOWN_FAILURES:
        path = os.path.join(artifacts, "check-site", f"{result.name}.txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write("\n".join(result.failures) + "\n")
        print(f"    … and {len(result.failures) - SHOWN_FAILURES} more, all listed in {os.path.relpath(path)}")
    sys.stdout.flush()


def timed(name: str, fn: Callable[[], Result | list[Result]]) -> list[Result]:
    start = time.monotonic()
    try:
        out = fn()
        results = out if isinstance(out, list) else [out]
    except Exception:  # a crashed check is a failed check, and the others still run
        results = [Result(name, "crashed", [traceback.format_exc().strip().replace("\n", "\n      ")])]
    elapsed = time.monotonic() - start
    for r in results:
        r.seconds = r.seconds or elapsed / len(results)
    return results


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="check-site", description=__doc__.splitlines()[0])
    p.add_argument("--kinerja", default=".build/debug/kinerja", help="the kinerja executable")
    p.add_argument("--content", default="content")
    p.add_argument("--templates", default="site-templates")
    p.add_argument("--artifacts", default=".artifacts", help="where screenshots and reports go")
    p.add_argument("--site", help="check this already built site instead of building one")
    p.add_argument("--subpath-site", help=f"with --site: a site built with --base-url {SUBPATH_BASE}")
    p.add_argument("--base-url", help="with --site: the base URL it was built for (default: site.yaml's)")
    p.add_argument("--languages", help="with --site: comma-separated languages (default: site.yaml's)")
    p.add_argument("--only", help="comma-separated checks to run, of: " + ", ".join(CHECK_NAMES))
    p.add_argument("--keep", action="store_true", help="keep the built sites (their folder is printed)")
    return p.parse_args(argv)


def load_config(args: argparse.Namespace) -> SiteConfig:
    try:
        config = read_site_config(args.content)
    except OSError:
        if not args.site:
            raise
        config = SiteConfig(BaseURL.parse("/"), ["id", "en"])
    if args.base_url:
        config = SiteConfig(BaseURL.parse(args.base_url), config.languages)
    if args.languages:
        config = SiteConfig(config.base_url, [x.strip() for x in args.languages.split(",") if x.strip()])
    return config


def run_site_checks(args: argparse.Namespace, only: set[str], config: SiteConfig) -> list[Result]:
    work = tempfile.mkdtemp(prefix="check-site-")
    ctx = Context(args, config, work, only=only)
    plan: list[tuple[str, Callable]] = [
        ("build", lambda: check_build(ctx)),
        ("reproducible", lambda: check_reproducible(ctx)),
        ("html", lambda: check_html(ctx)),
        ("links", lambda: check_links_(ctx)),
        ("lang", lambda: check_lang(ctx)),
        ("sub-path", lambda: check_subpath(ctx)),
        ("a11y", lambda: check_a11y_and_screenshots(ctx, "a11y" in only, "screenshots" in only)),
    ]
    results: list[Result] = []
    try:
        for name, fn in plan:
            if name == "a11y" and not (only & {"a11y", "screenshots"}):
                continue
            if name not in ("build", "a11y") and name not in only:
                continue
            for result in timed(name, fn):
                results.append(result)
                report(result, args.artifacts)
    finally:
        if args.keep:
            print(f"check-site: built sites kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return results


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    only = set(args.only.split(",")) if args.only else set(CHECK_NAMES)
    unknown = only - set(CHECK_NAMES)
    if unknown:
        print(f"check-site: unknown check(s) {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    start = time.monotonic()
    results: list[Result] = []
    if "self-test" in only:
        results += timed("self-test", run_self_tests)
        report(results[-1], args.artifacts)
    if only - {"self-test"}:
        try:
            config = load_config(args)
        except Exception as e:  # no readable site.yaml: nothing else can run
            results.append(Result("config", f"cannot read {args.content}/site.yaml", [str(e)]))
            report(results[-1], args.artifacts)
        else:
            results += run_site_checks(args, only, config)
    passed = sum(1 for r in results if r.ok and not r.skipped)
    failed = sum(1 for r in results if not r.ok)
    print(f"check-site: {time.monotonic() - start:.1f} s for the checks")
    print(f"check-site: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
