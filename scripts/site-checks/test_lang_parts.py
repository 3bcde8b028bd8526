import os
import tempfile
import unittest

from lang_parts import check_language_of_parts


def page(h1: str, prose: str = "") -> str:
    body = f'<div class="prose">{prose}</div>' if prose else ""
    return f'<!DOCTYPE html><html lang="x"><body><main><h1>{h1}</h1>{body}</main></body></html>'


class LanguageOfPartsTests(unittest.TestCase):
    def site(self, pages: dict[str, str]) -> str:
        root = tempfile.mkdtemp()
        self.addCleanup(lambda: __import__("shutil").rmtree(root))
        for rel, html in pages.items():
            os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
            with open(os.path.join(root, rel), "w", encoding="utf-8") as f:
                f.write(html)
        return root

    def test_untranslated_title_and_body_must_carry_the_default_language(self):
        site = self.site({
            "a/index.html": page("Ketepatan Waktu", "<p>Waktu pemilihan.</p>"),
            "en/a/index.html": page("Ketepatan Waktu", "<p>Waktu pemilihan.</p>"),
            "b/index.html": page("Penghematan Biaya", "<p>Selisih pagu.</p>"),
            "en/b/index.html": page('<span lang="id">Penghematan Biaya</span>', '<div lang="id"><p>Selisih pagu.</p></div>'),
            "c/index.html": page("Kualitas"),
            "en/c/index.html": page("Quality"),
            "d/index.html": page("2026"),
            "en/d/index.html": page("2026"),
        })
        checked, failures = check_language_of_parts(site, "id", ["en"])
        self.assertEqual(checked, 4)
        self.assertEqual(failures, [
            'en/a/index.html: h1 `Ketepatan Waktu` is the id text, not inside lang="id"',
            'en/a/index.html: prose `Waktu pemilihan.` is the id text, not inside lang="id"',
        ])

    def test_cells_attributes_and_meta_count_but_codes_and_untranslatable_names_do_not(self):
        def doc(head: str, body: str) -> str:
            return f'<!DOCTYPE html><html lang="x"><head>{head}</head><body><main>{body}</main></body></html>'
        head = '<meta name="description" content="Dinas Kesehatan — Kinerja Pengadaan.">'
        site = self.site({
            "a/index.html": doc(head, '<table><tr><td>Kepala UKPBJ</td><td>IK-07</td></tr></table>'
                                      '<a href="x" title="Dinas Kesehatan">DINKES</a>'
                                      '<a href="d" translate="no">indicators.json budget.csv</a>'
                                      '<select><option value="1">Dinas Kesehatan</option></select>'),
            "en/a/index.html": doc(head, '<table><tr><td>Kepala UKPBJ</td><td>IK-07</td></tr></table>'
                                         '<a href="x" title="Dinas Kesehatan" lang="id">DINKES</a>'
                                         '<a href="d" translate="no">indicators.json budget.csv</a>'
                                         '<select><option value="1">Dinas Kesehatan</option></select>'),
        })
        checked, failures = check_language_of_parts(site, "id", ["en"])
        self.assertEqual(checked, 4)
        self.assertEqual(failures, [
            'en/a/index.html: meta description `Dinas Kesehatan — Kinerja Pengadaan.` is the id text, not inside lang="id"',
            'en/a/index.html: text `Kepala UKPBJ` is the id text, not inside lang="id"',
            'en/a/index.html: text `Dinas Kesehatan` is the id text, not inside lang="id"',
        ])


if __name__ == "__main__":
    unittest.main()
