"""Tests of the axe-core audit: it must report the violations of a page that has them,
on a page served under a sub-path like a real base URL."""

import os
import tempfile
import unittest

from a11y import CHROMEDRIVER, audit, serve, set_width, start_browser

FAULTY = """<!doctype html><html lang="id"><head><meta charset="utf-8"><title>uji</title>
<link rel="stylesheet" href="/sub/site.css"></head><body><main>
<h1 class="pale">Judul</h1><img src="/sub/x.png"><p><a href="/sub/"></a></p>
<div class="wide"><table><tr><td>1</td></tr></table></div>
</main></body></html>"""
STYLE = ".pale{color:#c8c8c8} .wide{overflow-x:auto;width:100px} table{width:600px}"


@unittest.skipUnless(os.path.exists(CHROMEDRIVER), "needs Chromium and chromedriver")
class AuditTests(unittest.TestCase):
    def test_reports_contrast_alt_text_link_name_and_scrollable_region(self):
        with tempfile.TemporaryDirectory() as root:
            with open(os.path.join(root, "index.html"), "w") as f:
                f.write(FAULTY)
            with open(os.path.join(root, "site.css"), "w") as f:
                f.write(STYLE)
            with serve(root, "/sub/") as base:
                self.assertTrue(base.startswith("http://127.0.0.1:") and base.endswith("/sub/"))
                driver = start_browser()
                try:
                    set_width(driver, 360)
                    violations, version = audit(driver, base)
                finally:
                    driver.quit()
        self.assertEqual(sorted(v["id"] for v in violations),
                         ["color-contrast", "image-alt", "link-name", "scrollable-region-focusable"])
        self.assertTrue(version.startswith("4.9"), version)


if __name__ == "__main__":
    unittest.main()
