#!/usr/bin/env python3
"""Phone and print checks of a built site in headless Chromium (docs/site.md, "Phone and print").

  phone_print.py SITE_DIR [--pdf OUT.pdf] [--shots DIR] [--readme DIR]

At a 360 px viewport, for the home, a year, an indicator, the packages and a package page:
  - every chart text is at least 12 CSS px as rendered;
  - no element is wider than the screen (the page does not scroll sideways).
Then the indicator page is printed to an A4 PDF; with pdftotext (poppler-utils) each printed
page must carry the unit name of the running header and its page number ("n / N").
--readme DIR writes the README's full-page screenshots (home, indicator, status at 1280 and
360 px: screenshot-home.png, screenshot-phone.png, screenshot-indicator.png, …-phone.png).
Needs selenium and Debian's chromium and chromium-driver (the tools of scripts/check-site).
"""
import argparse
import base64
import os
import re
import subprocess
import sys

CHROMIUM = os.environ.get("CHECK_SITE_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHECK_SITE_CHROMEDRIVER", "/usr/bin/chromedriver")

MEASURE = """
const vw = document.documentElement.clientWidth;
const sizes = [...document.querySelectorAll('svg text')].map(t =>
  parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
const wide = [...document.querySelectorAll('body *')].filter(e => {
  const r = e.getBoundingClientRect();
  if (r.width === 0 || r.right <= vw + 0.5) return false;
  for (let p = e.parentElement; p; p = p.parentElement) {   // content of a scrolling region is fine
    const o = getComputedStyle(p).overflowX;
    if (o === 'auto' || o === 'scroll' || o === 'hidden') return false;
  }
  return true;
}).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''));
return {vw, scroll: document.documentElement.scrollWidth, min: sizes.length ? Math.min(...sizes) : null, count: sizes.length, wide};
"""


def start():
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--allow-file-access-from-files"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)


def set_width(driver, width, height=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("--year", default="2026")
    ap.add_argument("--indicator", default="IK-07")
    ap.add_argument("--package", default="59649297")
    ap.add_argument("--pdf", default=".artifacts/print-indicator.pdf")
    ap.add_argument("--shots")
    ap.add_argument("--readme")
    args = ap.parse_args()
    root = os.path.abspath(args.site)
    y = args.year
    pages = ["index.html", f"{y}/index.html", f"{y}/indicators/{args.indicator}/index.html",
             f"{y}/packages/index.html", f"{y}/packages/{args.package}/index.html", f"{y}/status/index.html"]
    failures = 0
    driver = start()
    try:
        for page in pages:
            path = os.path.join(root, page)
            if not os.path.exists(path):
                print(f"skip {page}: not built")
                continue
            set_width(driver, 360)
            driver.get("file://" + path)
            m = driver.execute_script(MEASURE)
            ok = (m["min"] is None or m["min"] >= 12 - 1e-6) and not m["wide"] and m["scroll"] <= m["vw"]
            failures += not ok
            text = "none" if m["min"] is None else f"{m['min']:.2f} px"
            print(f"{'ok  ' if ok else 'FAIL'} 360 px {page}: smallest chart text {text} ({m['count']} texts), "
                  f"page width {m['scroll']} of {m['vw']}" + (f", too wide: {', '.join(m['wide'][:5])}" if m["wide"] else ""))
            if args.shots:
                os.makedirs(args.shots, exist_ok=True)
                name = page.replace("/index.html", "").replace("/", "-").replace("index.html", "home") or "home"
                height = driver.execute_script("return document.documentElement.scrollHeight")
                set_width(driver, 360, min(int(height), 8000))
                driver.save_screenshot(os.path.join(args.shots, f"{name}-360.png"))

        if args.readme:
            os.makedirs(args.readme, exist_ok=True)
            for name, page in (("home", pages[0]), ("indicator", pages[2]), ("status", pages[5])):
                for width in (1280, 360):
                    set_width(driver, width)
                    driver.get("file://" + os.path.join(root, page))
                    height = driver.execute_script("return document.documentElement.scrollHeight")
                    set_width(driver, width, min(int(height), 8000))
                    shot = "screenshot-phone.png" if (name, width) == ("home", 360) else \
                        f"screenshot-{name}{'-phone' if width == 360 else ''}.png"
                    driver.save_screenshot(os.path.join(args.readme, shot))
                    print(f"wrote {os.path.join(args.readme, shot)} ({width} × {min(int(height), 8000)})")

        set_width(driver, 1280)
        driver.get("file://" + os.path.join(root, pages[2]))
        unit = driver.execute_script("const e = document.querySelector('.footer-unit'); return e ? e.textContent : ''")
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69,
                                                         "preferCSSPageSize": True, "printBackground": True})
        os.makedirs(os.path.dirname(os.path.abspath(args.pdf)), exist_ok=True)
        with open(args.pdf, "wb") as f:
            f.write(base64.b64decode(pdf["data"]))
    finally:
        driver.quit()

    text = subprocess.run(["pdftotext", "-layout", args.pdf, "-"], capture_output=True, text=True, check=True).stdout
    printed = text.split("\f")
    printed = [p for p in printed if p.strip()]
    total = len(printed)
    for n, page in enumerate(printed, 1):
        flat = " ".join(page.split())
        has_unit = bool(unit) and " ".join(unit.split()) in flat
        has_number = re.search(rf"(?<!\d){n}\s*/\s*{total}(?!\d)", page) is not None
        ok = has_unit and has_number and "Unduh data" not in flat
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} print page {n} of {total}: unit {'found' if has_unit else 'missing'}, "
              f"number {'found' if has_number else 'missing'}")
    print(f"{args.pdf}: {total} A4 pages")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
