"""Checks that every internal link, anchor and asset reference of a built site resolves,
and that no same-site link leaves the site's base path.

A reference is *internal* when it resolves (against its page's URL under the base URL)
to the base URL's host, or has no host when the base URL has none. Internal references
must stay below the base path, name a file of the site (a folder only with a trailing
slash, served as its index.html) and, with a `#fragment`, an element id of that page.
Other hosts and schemes (mailto:, tel:, data:) are counted but not fetched."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import quote, unquote, urljoin, urlsplit

from site_layout import BaseURL

# Attributes that reference another resource, per element (HTML and inline SVG).
REF_ATTRS: dict[str, tuple[str, ...]] = {
    "a": ("href",),
    "area": ("href",),
    "link": ("href",),
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "embed": ("src",),
    "track": ("src",),
    "audio": ("src",),
    "video": ("src", "poster"),
    "input": ("src",),
    "object": ("data",),
    "form": ("action",),
    "use": ("href", "xlink:href"),
    "image": ("href", "xlink:href"),
}
NAVIGATION = {"a", "area"}  # references a reader follows; the rest are assets
CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3""")
PLACEHOLDER_ORIGIN = "http://site.invalid"


@dataclass
class Ref:
    source: str  # site-relative file that contains the reference
    tag: str
    attr: str
    url: str


@dataclass
class ParsedPage:
    ids: set[str] = field(default_factory=set)
    refs: list[Ref] = field(default_factory=list)
    base_href: str | None = None


class _PageParser(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage()
        self.source = source

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if values.get("id"):
            self.page.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.page.ids.add(values["name"])
        if tag == "base" and values.get("href") is not None and self.page.base_href is None:
            self.page.base_href = values["href"]
        for attr in REF_ATTRS.get(tag, ()):
            value = values.get(attr)
            if value is None:
                continue
            if tag == "link" and "preconnect" in (values.get("rel") or "").split():
                continue
            if attr == "srcset":
                for candidate in value.split(","):
                    url = candidate.strip().split(" ")[0]
                    if url:
                        self.page.refs.append(Ref(self.source, tag, attr, url))
            else:
                self.page.refs.append(Ref(self.source, tag, attr, value.strip()))

    handle_startendtag = handle_starttag


def parse_html(path: str, rel: str) -> ParsedPage:
    with open(path, encoding="utf-8", errors="replace") as f:
        parser = _PageParser(rel)
        parser.feed(f.read())
        parser.close()
    return parser.page


def parse_css(path: str, rel: str) -> list[Ref]:
    with open(path, encoding="utf-8", errors="replace") as f:
        text = re.sub(r"/\*.*?\*/", "", f.read(), flags=re.S)
    refs = []
    for m in CSS_URL.finditer(text):
        url = (m.group(2) if m.group(2) is not None else m.group(4)).strip()
        if url:
            refs.append(Ref(rel, "css", "url", url))
    return refs


def parse_xml(path: str, rel: str) -> list[Ref]:
    """Links of the sitemap and the Atom feed: `<loc>` text and `<link href>`."""
    refs = []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        return [Ref(rel, "xml", "parse", f"(unparseable XML: {e})")]
    for el in root.iter():
        name = el.tag.rsplit("}", 1)[-1]
        if name == "loc" and el.text:
            refs.append(Ref(rel, "loc", "text", el.text.strip()))
        elif name == "link" and el.get("href"):
            refs.append(Ref(rel, "link", "href", el.get("href").strip()))
    return refs


def parse_robots(path: str, rel: str) -> list[Ref]:
    refs = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key.strip().lower() == "sitemap" and value.strip():
                refs.append(Ref(rel, "robots", "Sitemap", value.strip()))
    return refs


@dataclass
class Problem:
    source: str
    url: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.url} — {self.reason}"


@dataclass
class LinkReport:
    files: int = 0
    pages: int = 0
    links: int = 0  # internal <a>/<area> references checked
    assets: int = 0  # internal CSS, scripts, images, feed/sitemap entries … checked
    anchors: int = 0  # #fragments checked against the target's ids
    external: int = 0  # other hosts, not fetched
    other: int = 0  # mailto:, tel:, data: …
    broken: list[Problem] = field(default_factory=list)
    escaping: list[Problem] = field(default_factory=list)

    @property
    def checked(self) -> int:
        return self.links + self.assets


def _walk(site_dir: str) -> list[str]:
    out = []
    for root, dirs, files in os.walk(site_dir):
        dirs.sort()
        for name in sorted(files):
            out.append(os.path.relpath(os.path.join(root, name), site_dir).replace(os.sep, "/"))
    return out


def _file_url(base: BaseURL, rel: str) -> str:
    return (base.origin or PLACEHOLDER_ORIGIN) + base.path + quote(rel)


def check_links(site_dir: str, base_url: str, foreign_hosts: tuple[str, ...] = ()) -> LinkReport:
    """Checks every reference in the site at `site_dir`, built for `base_url`.

    `foreign_hosts` are hosts no link may point to (for a site built for another base URL:
    the host configured in site.yaml); a link to one counts as escaping the base path."""
    base = BaseURL.parse(base_url)
    site_host = (base.host or urlsplit(PLACEHOLDER_ORIGIN).netloc).lower()
    report = LinkReport()
    parsed: dict[str, ParsedPage] = {}
    refs: list[tuple[Ref, str]] = []  # (reference, URL it is resolved against)
    for rel in _walk(site_dir):
        report.files += 1
        path = os.path.join(site_dir, rel)
        if rel.endswith(".html"):
            page = parse_html(path, rel)
            parsed[rel] = page
            report.pages += 1
            page_url = _file_url(base, rel)
            resolve_against = urljoin(page_url, page.base_href) if page.base_href else page_url
            refs.extend((r, resolve_against) for r in page.refs)
        elif rel.endswith(".css"):
            refs.extend((r, _file_url(base, rel)) for r in parse_css(path, rel))
        elif rel.endswith(".xml"):
            refs.extend((r, _file_url(base, rel)) for r in parse_xml(path, rel))
        elif rel == "robots.txt":
            refs.extend((r, _file_url(base, rel)) for r in parse_robots(path, rel))

    def ids_of(rel: str) -> set[str] | None:
        if rel in parsed:
            return parsed[rel].ids
        if rel.endswith(".svg"):
            parsed[rel] = parse_html(os.path.join(site_dir, rel), rel)
            return parsed[rel].ids
        return None

    for ref, against in refs:
        _check_one(site_dir, base, site_host, foreign_hosts, ref, against, ids_of, report)
    return report


def _check_one(site_dir, base, site_host, foreign_hosts, ref, against, ids_of, report):
    if ref.attr == "parse":
        report.broken.append(Problem(ref.source, "", ref.url))
        return
    if ref.url == "" and ref.tag in NAVIGATION:
        return  # a link to its own page
    try:
        target = urlsplit(urljoin(against, ref.url))
    except ValueError as e:
        report.broken.append(Problem(ref.source, ref.url, f"malformed URL ({e})"))
        return
    if target.scheme not in ("http", "https"):
        report.other += 1
        return
    host = (target.hostname or "").lower()
    if host in foreign_hosts and host != site_host:
        report.escaping.append(Problem(ref.source, ref.url, f"points at {host}, not at the base URL {base}"))
        return
    if host != site_host:
        report.external += 1
        return

    if ref.tag in NAVIGATION:
        report.links += 1
    else:
        report.assets += 1
    path = unquote(target.path or "/")
    if not path.startswith(base.path):
        report.escaping.append(Problem(ref.source, ref.url, f"resolves to {path}, outside the base path {base.path}"))
        return
    rel = path[len(base.path):]
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    full = os.path.join(site_dir, rel)
    if os.path.isdir(full):
        report.broken.append(Problem(ref.source, ref.url, f"{rel}/ is a folder: link to it with a trailing slash"))
        return
    if not os.path.isfile(full):
        report.broken.append(Problem(ref.source, ref.url, f"no file {rel}"))
        return
    fragment = unquote(target.fragment)
    if target.fragment and fragment.lower() != "top":
        ids = ids_of(rel)
        if ids is None:
            return
        report.anchors += 1
        if fragment not in ids:
            report.broken.append(Problem(ref.source, ref.url, f"no element with id \"{fragment}\" in {rel}"))
