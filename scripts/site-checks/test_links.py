"""Tests of the link checker on small sites written into a temporary folder."""

import os
import tempfile
import unittest

from links import check_links


def page(body: str, head: str = "") -> str:
    return f'<!doctype html><html lang="id"><head><title>t</title>{head}</head><body>{body}</body></html>'


class SiteTestCase(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.root = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, rel: str, text: str) -> None:
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    def reasons(self, problems) -> list[str]:
        return [f"{p.source} {p.url}: {p.reason}" for p in problems]


class GoodSiteTests(SiteTestCase):
    def test_a_site_whose_references_resolve_has_no_problems_and_exact_counts(self):
        self.write("index.html", page(
            '<a href="/2026/">tahun</a> <a href="#isi">isi</a> <a href="/2026/#t">tabel</a>'
            '<main id="isi"><img src="/assets/logo.svg" alt="logo"></main>'
            '<a href="mailto:x@example.go.id">surel</a> <a href="https://lkpp.go.id/">LKPP</a>',
            head='<link rel="stylesheet" href="/assets/site.css">'))
        self.write("2026/index.html", page('<table id="t"></table><a href="../">beranda</a>'))
        self.write("assets/site.css", "body{background:url('bg.svg')} /* url(gone.png) */")
        self.write("assets/bg.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
        self.write("assets/logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
        r = check_links(self.root, "https://kinerja.example.go.id/")
        self.assertEqual(self.reasons(r.broken + r.escaping), [])
        self.assertEqual((r.pages, r.links, r.assets, r.anchors, r.external, r.other), (2, 4, 3, 2, 1, 1))


class BrokenReferenceTests(SiteTestCase):
    def test_missing_page_missing_anchor_folder_without_slash_and_missing_asset_are_broken(self):
        self.write("index.html", page(
            '<a href="/2025/">2025</a> <a href="/2026/#nope">x</a> <a href="/2026">y</a>'
            '<img src="img/a.png" alt="a">', head='<link rel="stylesheet" href="site.css">'))
        self.write("2026/index.html", page('<p id="ada">ada</p>'))
        self.write("site.css", "a{background:url(missing.svg)}")
        r = check_links(self.root, "/")
        self.assertEqual(sorted(self.reasons(r.broken)), sorted([
            "index.html /2025/: no file 2025/index.html",
            'index.html /2026/#nope: no element with id "nope" in 2026/index.html',
            "index.html /2026: 2026/ is a folder: link to it with a trailing slash",
            "index.html img/a.png: no file img/a.png",
            "site.css missing.svg: no file missing.svg",
        ]))
        self.assertEqual(r.escaping, [])

    def test_sitemap_and_feed_entries_are_checked(self):
        self.write("index.html", page("beranda"))
        self.write("sitemap.xml", '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                  "<url><loc>https://h.example/</loc></url>"
                                  "<url><loc>https://h.example/2026/</loc></url></urlset>")
        self.write("reports/feed.xml", '<feed xmlns="http://www.w3.org/2005/Atom">'
                                       '<link href="https://h.example/reports/feed.xml" rel="self"/></feed>')
        r = check_links(self.root, "https://h.example/")
        self.assertEqual(self.reasons(r.broken), ["sitemap.xml https://h.example/2026/: no file 2026/index.html"])
        self.assertEqual(r.assets, 3)


class SubPathTests(SiteTestCase):
    def test_links_that_leave_the_base_path_are_escaping(self):
        self.write("index.html", page(
            '<a href="/sub/path/2026/">ok</a> <a href="/2026/">root</a> <a href="../../../x/">up</a>'
            '<a href="https://example.org/other/">host</a> <a href="https://kinerja.example.go.id/">configured</a>'
            '<a href="https://lkpp.go.id/">external</a>'))
        self.write("2026/index.html", page("tahun"))
        r = check_links(self.root, "https://example.org/sub/path/", foreign_hosts=("kinerja.example.go.id",))
        self.assertEqual(self.reasons(r.broken), [])
        self.assertEqual(self.reasons(r.escaping), [
            "index.html /2026/: resolves to /2026/, outside the base path /sub/path/",
            "index.html ../../../x/: resolves to /x/, outside the base path /sub/path/",
            "index.html https://example.org/other/: resolves to /other/, outside the base path /sub/path/",
            "index.html https://kinerja.example.go.id/: points at kinerja.example.go.id, not at the base URL "
            "https://example.org/sub/path/",
        ])
        self.assertEqual((r.links, r.external), (4, 1))

    def test_relative_links_inside_the_base_path_resolve(self):
        self.write("2026/areas/waktu/index.html", page('<a href="../../indicators/IK-01/#def">IK-01</a>'))
        self.write("2026/indicators/IK-01/index.html", page('<section id="def"></section>'))
        r = check_links(self.root, "/sub/path/")
        self.assertEqual(self.reasons(r.broken + r.escaping), [])
        self.assertEqual((r.links, r.anchors), (1, 1))


if __name__ == "__main__":
    unittest.main()
