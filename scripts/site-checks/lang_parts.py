"""Language of parts (WCAG 3.1.2) on the pages of a non-default language.

axe's `valid-lang` only checks that `lang` values are valid; it cannot know which text is in
another language. This check can: text that reads exactly the same on the default-language
page and on its translation was left untranslated, so on the translated page it must sit
inside an element whose `lang` is the default language (docs/site.md, "Languages").

Every text run of the page counts, and so do the texts people and machines read out of
attributes: `title` (a tooltip), the `content` of `<meta name="description">` and of the
Open Graph title and description. A run counts when it has at least two words of three or
more letters (numbers, codes like `IK-07` and single words are left out; in the `<h1>` and
a `.prose` body any word counts) and is not inside
an element marked `translate="no"` (file names, licence names, ids: no language to set)."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
META_NAMES = {"description"}
META_PROPERTIES = {"og:title", "og:description"}
WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class Part:
    kind: str  # "h1", "prose", "text", "title attribute", "meta description" …
    text: str
    # The nearest `lang` below `<html>` (None when only `<html lang>` applies).
    lang: str | None


class _Parts(HTMLParser):
    """Collects a page's text runs and read-out attributes, each with its nearest `lang`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        # (tag, lang, translate="no", part kind for h1 / prose)
        self.stack: list[tuple[str, str | None, bool, str | None]] = []
        self.parts: list[Part] = []

    def _lang(self, own: str | None = None) -> str | None:
        if own:
            return own
        return next((lang for _, lang, _, _ in reversed(self.stack) if lang), None)

    def _untranslatable(self) -> bool:
        return any(no for _, _, no, _ in self.stack)

    def _kind(self) -> str:
        for tag, _, _, kind in reversed(self.stack):
            if kind:
                return kind
        return "text"

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        own_lang = a.get("lang") if tag != "html" else None
        no = a.get("translate") == "no"
        if tag == "meta":
            name, prop = a.get("name"), a.get("property")
            if name in META_NAMES or prop in META_PROPERTIES:
                self._add(f"meta {name or prop}", a.get("content", ""), self._lang(own_lang))
            return
        if a.get("title") and not no and not self._untranslatable():
            self._add("title attribute", a["title"], self._lang(own_lang))
        if tag in VOID:
            return
        kind = None
        if tag == "h1":
            kind = "h1"
        elif "prose" in a.get("class", "").split():
            kind = "prose"
        self.stack.append((tag, own_lang, no, kind))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            t, _, _, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        text = " ".join(data.split())
        if not text or self._untranslatable():
            return
        if any(t in ("script", "style") for t, _, _, _ in self.stack):
            return
        kind = "title element" if self.stack and self.stack[-1][0] == "title" else self._kind()
        self._add(kind, text, self._lang())

    def _add(self, kind: str, text: str, lang: str | None) -> None:
        text = " ".join(text.split())
        # A heading or body counts with any letter; other runs need two words (see above).
        if (kind in ("h1", "prose") and any(c.isalpha() for c in text)) or len(WORD.findall(text)) >= 2:
            self.parts.append(Part(kind, text, lang))


def parts(html: str) -> list[Part]:
    p = _Parts()
    p.feed(html)
    p.close()
    return p.parts


def check_language_of_parts(site_dir: str, default: str, others: list[str]) -> tuple[int, list[str]]:
    """Compares every page of each language in `others` with its default-language page;
    returns (number of untranslated texts checked, failures)."""
    checked = 0
    failures: list[str] = []
    for lang in others:
        root = os.path.join(site_dir, lang)
        for dirpath, dirs, files in os.walk(root):
            dirs.sort()
            for name in sorted(files):
                if not name.endswith(".html"):
                    continue
                translated = os.path.join(dirpath, name)
                rel = os.path.relpath(translated, root)
                original = os.path.join(site_dir, rel)
                if not os.path.isfile(original):
                    continue
                with open(translated, encoding="utf-8") as f:
                    mine = parts(f.read())
                with open(original, encoding="utf-8") as f:
                    theirs = {p.text for p in parts(f.read())}
                seen: set[tuple[str, str, str | None]] = set()
                for p in mine:
                    if p.text not in theirs:
                        continue
                    checked += 1
                    if p.lang != default and (p.kind, p.text, p.lang) not in seen:
                        seen.add((p.kind, p.text, p.lang))
                        failures.append(f"{lang}/{rel}: {p.kind} `{p.text[:60]}` is the {default} text, "
                                        f"not inside lang=\"{default}\"")
    return checked, failures
