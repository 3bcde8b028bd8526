"""What the checks need to know about a built site: its base URL, its languages and
where one page of every kind lives (DESIGN §7)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlsplit


@dataclass(frozen=True)
class BaseURL:
    """A site's base URL split like the generator splits it: an optional origin
    (`https://host`) and a path that starts and ends with `/`."""

    origin: str | None
    path: str

    @staticmethod
    def parse(url: str) -> "BaseURL":
        parts = urlsplit(url.strip())
        origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None
        path = parts.path
        if not path.startswith("/"):
            path = "/" + path
        if not path.endswith("/"):
            path += "/"
        return BaseURL(origin, path)

    @property
    def host(self) -> str | None:
        return urlsplit(self.origin).netloc.lower() if self.origin else None

    def __str__(self) -> str:
        return (self.origin or "") + self.path


@dataclass(frozen=True)
class SiteConfig:
    base_url: BaseURL
    languages: list[str]

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def prefix(self, language: str) -> str:
        """Folder of a language below the site root: '' for the default, 'en/' else."""
        return "" if language == self.default_language else language + "/"


def read_site_config(content_dir: str) -> SiteConfig:
    """Reads `base_url` and `languages` from content/site.yaml (defaults: `/`, [id, en])."""
    import yaml  # from the check-site virtual environment

    path = os.path.join(content_dir, "site.yaml")
    with open(path, encoding="utf-8-sig") as f:
        data = yaml.safe_load(f) or {}
    base = data.get("base_url") or "/"
    languages = data.get("languages") or ["id", "en"]
    return SiteConfig(BaseURL.parse(str(base)), [str(x) for x in languages])


# --- page kinds --------------------------------------------------------------------

YEAR = re.compile(r"^[0-9]{4}$")


def _years(lang_root: str) -> list[str]:
    """Year folders below a language root, newest first."""
    if not os.path.isdir(lang_root):
        return []
    return sorted((d for d in os.listdir(lang_root) if YEAR.match(d)), reverse=True)


def _page(lang_root: str, rel: str) -> str | None:
    return rel if os.path.isfile(os.path.join(lang_root, rel)) else None


def _item(lang_root: str, folder: str, last: bool = False) -> str | None:
    """The first (or last) `<folder>/<id>/index.html` in sorted order."""
    full = os.path.join(lang_root, folder)
    if not os.path.isdir(full):
        return None
    ids = sorted(d for d in os.listdir(full) if os.path.isfile(os.path.join(full, d, "index.html")))
    if not ids:
        return None
    return f"{folder}/{(ids[-1] if last else ids[0])}/index.html"


def _in_newest_year(find: Callable[[str, str], str | None]) -> Callable[[str], str | None]:
    """Looks for a page in the newest year that has one."""

    def look(lang_root: str) -> str | None:
        for year in _years(lang_root):
            hit = find(lang_root, year)
            if hit:
                return hit
        return None

    return look


# Every page kind of DESIGN §7, in the order of its table, with how to find one page of it
# below a language root. Items pick the first id in sorted order; reports the newest.
PAGE_KINDS: list[tuple[str, Callable[[str], str | None]]] = [
    ("home", lambda r: _page(r, "index.html")),
    ("year", _in_newest_year(lambda r, y: _page(r, f"{y}/index.html"))),
    ("status", _in_newest_year(lambda r, y: _page(r, f"{y}/status/index.html"))),
    ("area", _in_newest_year(lambda r, y: _item(r, f"{y}/areas"))),
    ("indicator", _in_newest_year(lambda r, y: _item(r, f"{y}/indicators"))),
    ("opd", _in_newest_year(lambda r, y: _item(r, f"{y}/opd"))),
    ("packages", _in_newest_year(lambda r, y: _page(r, f"{y}/packages/index.html"))),
    ("package", _in_newest_year(lambda r, y: _item(r, f"{y}/packages"))),
    ("report", _in_newest_year(lambda r, y: _item(r, f"{y}/reports", last=True))),
    # The annual report: same template, with the comparisons of docs/site.md and the
    # Perjanjian Kinerja appendix.
    ("annual-report", _in_newest_year(lambda r, y: _page(r, f"{y}/reports/{y}/index.html"))),
    ("reports", lambda r: _page(r, "reports/index.html")),
    ("changes", _in_newest_year(lambda r, y: _page(r, f"{y}/changes/index.html"))),
    ("data", lambda r: _page(r, "data/index.html")),
    # The search page (README, "Search"): every entry of the site as a list.
    ("search", lambda r: _page(r, "search/index.html")),
    ("404", lambda r: _page(r, "404.html")),
]


def pages_by_kind(site_dir: str, prefix: str) -> dict[str, str | None]:
    """For a language folder (`''` or `'en/'`), the site-relative file of one page per
    kind, or None where the site has no page of that kind."""
    lang_root = os.path.join(site_dir, prefix)
    found: dict[str, str | None] = {}
    for kind, find in PAGE_KINDS:
        rel = find(lang_root)
        found[kind] = prefix + rel if rel else None
    return found


def page_url(rel_file: str) -> str:
    """The pretty URL path of a page file relative to the base (`2026/index.html` →
    `2026/`); other files keep their name."""
    if rel_file == "index.html":
        return ""
    if rel_file.endswith("/index.html"):
        return rel_file[: -len("index.html")]
    return rel_file


def html_files(site_dir: str) -> list[str]:
    """Every `.html` file of a site, relative to its root, sorted."""
    out = []
    for root, dirs, files in os.walk(site_dir):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".html"):
                out.append(os.path.relpath(os.path.join(root, name), site_dir).replace(os.sep, "/"))
    return out
