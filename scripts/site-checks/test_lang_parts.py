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


if __name__ == "__main__":
    unittest.main()
