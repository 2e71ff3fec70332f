"""Paragraphs and page furniture.

A blank line is a hard boundary: every later step works inside one paragraph, so no
entity, sentence or relation can span two.  Furniture (embed buttons, photo credits,
"watch below" teasers, related-article links) is dropped before any NLP sees it.
"""
from __future__ import annotations

import re

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")

# Lines that are page chrome rather than reporting: embed widgets, credits, calls to action.
_FURNITURE = [
    r"expand (tweet|post)",
    r"(source|photo|photos|image|images|credit|credits|via|video|watch|read more|also read|related|"
    r"advertisement|sponsored|subscribe|follow us|share this|listen|stream)\s*[:|\-–—].*",
    r"(photo|image|video|picture)s? (courtesy|credit|by|from)\b.*",
    r"(check|watch|see|listen to|stream|read) .{0,80}\b(below|here|above)\W*",
    r".{0,80}\b(right here|click here|tap here|down below)\W*",
    r"(advertisement|sponsored|share|tweet|embed|loading|view this post on instagram)\W*",
    r"(view|see) (this|the) (post|tweet|video) on \w+\W*",
    r"a post shared by .*",
    r"getty images.*|©.*|\(c\) .*|all rights reserved.*",
]
_FURNITURE_RE = re.compile(r"^\s*(?:" + "|".join(_FURNITURE) + r")\s*$", re.IGNORECASE)


def in_quotation(text: str, at: int) -> bool:
    """Whether position ``at`` of a text (or a template) lies inside a quotation.

    >>> in_quotation('"We ran out," she said.', 5), in_quotation('"We ran out," she said.', 16)
    (True, False)
    """
    return len(re.findall(r"[\"“”]", text[:at])) % 2 == 1


# a headline line that a single line break ends: no closing punctuation, and a new sentence after it
_HEADLINE_LINE = re.compile(r"\A[ \t]*([^\n]*[^\s.!?:;,\"”’'][ \t]*)\n(?=[ \t]*[A-Z\"“‘'])")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets ``(start, end)`` of the non-empty paragraphs of ``text``, whitespace trimmed.

    A first line that ends with no punctuation and is followed by a new sentence on the next line is a
    headline, a paragraph of its own even without a blank line after it.

    >>> t = "One.\\n\\n  Two.\\n"
    >>> [t[s:e] for s, e in split_paragraphs(t)]
    ['One.', 'Two.']
    >>> t = "Band plays a mill\\nThe band played.\\n\\nIt rained."
    >>> [t[s:e] for s, e in split_paragraphs(t)]
    ['Band plays a mill', 'The band played.', 'It rained.']
    """
    headline = _HEADLINE_LINE.match(text)
    spans, pos = [], 0
    if headline and len(headline.group(1).split()) >= 3:
        spans, pos = [(headline.start(1), headline.start(1) + len(headline.group(1).rstrip()))], headline.end()
    for m in [*_BLANK_LINE.finditer(text, pos), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos = m.end() if m else len(text)
    return spans


def is_furniture(paragraph: str) -> bool:
    """True for page chrome such as "Expand Tweet", "Source: YouTube" or "Watch the video below!".

    >>> is_furniture("Expand Tweet"), is_furniture("Photo: Courtesy of Blue Note"), is_furniture("She sang.")
    (True, True, False)
    """
    lines = [ln for ln in paragraph.splitlines() if ln.strip()]
    return bool(lines) and all(_FURNITURE_RE.match(ln) for ln in lines)


def content_paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs worth reading: :func:`split_paragraphs` minus furniture."""
    return [(s, e) for s, e in split_paragraphs(text) if not is_furniture(text[s:e])]
