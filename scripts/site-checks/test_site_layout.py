"""Tests of base-URL splitting, page-kind discovery and vnu output reading."""

import os
import tempfile
import unittest

from site_layout import BaseURL, page_url, pages_by_kind
from validate import error_messages


class BaseURLTests(unittest.TestCase):
    def test_splits_like_the_generator(self):
        cases = {
            "https://example.org/sub/path": ("https://example.org", "/sub/path/"),
            "https://kinerja.example.go.id/": ("https://kinerja.example.go.id", "/"),
            "https://host:8080": ("https://host:8080", "/"),
            "/kinerja": (None, "/kinerja/"),
            "": (None, "/"),
        }
        for url, (origin, path) in cases.items():
            b = BaseURL.parse(url)
            self.assertEqual((b.origin, b.path), (origin, path), url)
        self.assertEqual(BaseURL.parse("https://Example.org/x/").host, "example.org")


class PageKindTests(unittest.TestCase):
    def test_finds_one_page_per_kind_in_the_newest_year_that_has_it(self):
        with tempfile.TemporaryDirectory() as root:
            files = ["index.html", "404.html", "reports/index.html", "data/index.html", "search/index.html",
                     "2025/index.html", "2025/opd/1.03.01/index.html",
                     "2026/index.html", "2026/status/index.html", "2026/changes/index.html",
                     "2026/areas/waktu/index.html", "2026/areas/biaya/index.html",
                     "2026/indicators/IK-02/index.html", "2026/indicators/IK-01/index.html",
                     "2026/packages/index.html", "2026/packages/52011234/index.html",
                     "2026/reports/2026-Q1/index.html", "2026/reports/2026-Q2/index.html",
                     "2025/reports/2025/index.html",
                     "en/index.html", "en/2026/index.html"]
            for rel in files:
                os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
                open(os.path.join(root, rel), "w").close()
            self.assertEqual(pages_by_kind(root, ""), {
                "home": "index.html", "year": "2026/index.html", "status": "2026/status/index.html",
                "area": "2026/areas/biaya/index.html", "indicator": "2026/indicators/IK-01/index.html",
                "opd": "2025/opd/1.03.01/index.html", "packages": "2026/packages/index.html",
                "package": "2026/packages/52011234/index.html", "report": "2026/reports/2026-Q2/index.html",
                "annual-report": "2025/reports/2025/index.html",
                "reports": "reports/index.html", "changes": "2026/changes/index.html",
                "data": "data/index.html", "search": "search/index.html", "404": "404.html",
            })
            english = pages_by_kind(root, "en/")
            self.assertEqual(english["year"], "en/2026/index.html")
            self.assertIsNone(english["status"])

    def test_page_urls_are_pretty(self):
        self.assertEqual([page_url(x) for x in ("index.html", "en/2026/index.html", "404.html")],
                         ["", "en/2026/", "404.html"])


class ValidatorOutputTests(unittest.TestCase):
    def test_keeps_errors_drops_warnings_and_never_hides_unreadable_lines(self):
        out = ('"file:/s/a/index.html":1.104-1.107: error: No "p" element in scope.\n'
               '"file:/s/b.html":2.1-2.5: info warning: This document appears to be written in Malay.\n'
               "Exception in thread main java.lang.OutOfMemoryError\n")
        self.assertEqual(error_messages(out, "/s"), [
            'a/index.html:1.104-1.107: No "p" element in scope.',
            "Exception in thread main java.lang.OutOfMemoryError",
        ])


if __name__ == "__main__":
    unittest.main()
