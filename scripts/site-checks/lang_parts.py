"""Language of parts (WCAG 3.1.2) on the pages of a non-default language.

axe's `valid-lang` only checks that `lang` values are valid; it cannot know which text is in
another language. This check can: a page's `<h1>` and its `.prose` body that read exactly
the same on the default-language page and on its translation were left untranslated, so on
the translated page they must sit inside an element whose `lang` is the default language
(docs/site.md, "Languages and formats")."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Part:
    kind: str  # "h1" or "prose"
    text: str = ""
    # Whether all of its text sits inside an element with `lang` = the given language.
    langs: set[str] = field(default_factory=set)


class _Parts(HTMLParser):
    """Collects the `<h1>` and `.prose` texts of a page, and the `lang` of each text run
    (the nearest `lang` below `<html>`, or None)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None, str | None]] = []  # (tag, lang, part kind)
        self.parts: list[Part] = []
        self.current: Part | None = None
        self.depth_of_part = -1

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        a = dict(attrs)
        kind = None
        if self.current is None:
            if tag == "h1":
                kind = "h1"
            elif "prose" in (a.get("class") or "").split():
                kind = "prose"
        lang = a.get("lang") if tag != "html" else None
        self.stack.append((tag, lang, kind))
        if kind:
            self.current = Part(kind)
            self.parts.append(self.current)
            self.depth_of_part = len(self.stack)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            t, _, _ = self.stack.pop()
            if len(self.stack) < self.depth_of_part and self.current is not None:
                self.current.text = " ".join(self.current.text.split())
                self.current = None
                self.depth_of_part = -1
            if t == tag:
                break

    def handle_data(self, data):
        if self.current is None or not data.strip():
            return
        self.current.text += data
        lang = next((l for _, l, _ in reversed(self.stack) if l), None)
        self.current.langs.add(lang or "")


def parts(html: str) -> list[Part]:
    p = _Parts()
    p.feed(html)
    p.close()
    return p.parts


def check_language_of_parts(site_dir: str, default: str, others: list[str]) -> tuple[int, list[str]]:
    """Compares every page of each language in `others` with its default-language page;
    returns (number of texts checked, failures)."""
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
                    theirs = {(p.kind, p.text) for p in parts(f.read())}
                for p in mine:
                    if not p.text or (p.kind, p.text) not in theirs or not any(c.isalpha() for c in p.text):
                        continue
                    checked += 1
                    if p.langs != {default}:
                        failures.append(f"{lang}/{rel}: {p.kind} `{p.text[:60]}` is the {default} text, "
                                        f"not inside lang=\"{default}\"")
    return checked, failures
