"""How long `kinerja serve` takes to show an edit in a browser.

Starts `kinerja serve --port 0` on a copy of the sample content, opens a package page in
headless Chromium, then edits the package's Markdown file RUNS times. For each edit it
measures, on the same clock, from the moment the file was written to the moment the page
shows the new text: the reloaded document's `DOMContentLoaded`, or the moment the live
script put the new body in place (it does so instead of a reload when only the page's own
HTML changed). File event, rebuild, the WebSocket message and the browser's work together.

    .venv/check-site/bin/python Benchmarks/serve_latency.py --kinerja .build/release/kinerja [--runs 15]

Benchmarks/serve-latency runs it with the tools installed (see docs/performance.md).
"""
import argparse
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "scripts" / "site-checks"))
from a11y import start_browser  # noqa: E402  (headless Chromium, as the site checks use it)

ROOT = pathlib.Path(__file__).resolve().parent.parent


def first_package(content: pathlib.Path) -> tuple[pathlib.Path, str, str]:
    """The newest year's first package file, its year and its kd_rup."""
    years = sorted(p for p in content.iterdir() if p.is_dir() and p.name.isdigit())
    for year in reversed(years):
        files = sorted((year / "packages").glob("*.md"))
        if files:
            return files[0], year.name, files[0].stem
    sys.exit("serve-latency: the content has no package .md file")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kinerja", required=True)
    ap.add_argument("--content", default=str(ROOT / "content"))
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()

    work = pathlib.Path(tempfile.mkdtemp(prefix="kinerja-serve-latency-"))
    content = work / "content"
    shutil.copytree(args.content, content)
    package, year, kd = first_package(content)
    original = package.read_text(encoding="utf-8")

    server = subprocess.Popen([args.kinerja, "serve", "--content", str(content), "--templates",
                               str(ROOT / "site-templates"), "--port", "0"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    driver = None
    try:
        url = None
        deadline = time.time() + 120
        while url is None and time.time() < deadline:
            line = server.stderr.readline()
            if not line:
                break
            found = re.search(r"serving on (http://\S+)", line)
            if found:
                url = found.group(1)
        if url is None:
            print("serve-latency: kinerja serve did not start", file=sys.stderr)
            return 2
        # Keep reading the server's log (so that its pipe never fills) for its rebuild times.
        rebuilds = []

        def read_log():
            for line in server.stderr:
                found = re.search(r"pages written, .* ([0-9.]+) s$", line.strip())
                if found:
                    rebuilds.append(float(found.group(1)) * 1000)
        import threading
        threading.Thread(target=read_log, daemon=True).start()

        driver = start_browser()
        page = f"{url.rstrip('/')}/{year}/packages/{kd}/"
        driver.get(page)
        time.sleep(1.0)  # let the live-reload socket connect
        latencies = []
        messages = []
        for n in range(args.runs):
            marker = f"Suntingan pengukuran {n} {time.time_ns()}"
            # A socket of our own notes when the reload message arrives (sessionStorage
            # outlives the reload), to split the time into server side and browser side.
            driver.execute_script(
                "window.__old = true; window.kinerjaShownAt = null; sessionStorage.removeItem('kinerjaReloadAt');"
                "var s = new WebSocket('ws://' + location.host + '/__kinerja/live');"
                "s.onmessage = function () { sessionStorage.setItem('kinerjaReloadAt', performance.timeOrigin + performance.now()); };"
                "window.__probe = new Promise(function (ok) { s.onopen = ok; });")
            driver.execute_async_script("window.__probe.then(arguments[0]);")
            written = time.time()
            package.write_text(original + f"\n{marker}\n", encoding="utf-8")
            # Wait for a new document (the reload) that shows the marker.
            end = time.time() + 10
            while time.time() < end:
                try:
                    ready = driver.execute_script(
                        "if (!document.body || !document.body.innerText.includes(arguments[0])) return null;"
                        "if (window.__old) return window.kinerjaShownAt || null;"
                        "return document.readyState === 'loading' ? null : "
                        "performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;",
                        marker)
                except Exception:
                    ready = None  # the page is being replaced
                if ready:
                    latencies.append(ready - written * 1000)
                    told = driver.execute_script("return sessionStorage.getItem('kinerjaReloadAt');")
                    if told:
                        messages.append(float(told) - written * 1000)
                    break
                time.sleep(0.005)
            else:
                print(f"serve-latency: edit {n} was not shown within 10 s", file=sys.stderr)
                return 1
            time.sleep(0.3)
        print("each edit (ms):", " ".join(f"{x:.0f}" for x in latencies))
        latencies.sort()
        print(f"machine: {os.cpu_count()} cores; load average before: {open('/proc/loadavg').read().split()[:3]}")
        print(f"kinerja serve, sample content, {args.runs} edits of {package.relative_to(content)}:")
        print(f"edit → page shows it: median {statistics.median(latencies):.0f} ms, "
              f"min {latencies[0]:.0f} ms, max {latencies[-1]:.0f} ms")
        if messages:
            print(f"edit → reload message in the browser: median {statistics.median(messages):.0f} ms "
                  f"(the rest is the browser fetching and showing the page)")
        if rebuilds:
            print(f"the rebuild itself (kinerja's own timing): median {statistics.median(rebuilds):.0f} ms")
        return 0
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
