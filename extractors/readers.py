"""Read news articles from files, folders or stdin into :class:`Article` records.

Formats (by suffix): ``.txt``, ``.md``, ``.html``/``.htm``, ``.json``, ``.jsonl``.  A ``.txt`` or
``.md`` may start with ``date YYYY-MM-DD `` (after optional whitespace): the prefix is removed and
sets ``Article.date``; the rest of that line stays text.  Line endings become ``\\n``; otherwise the
text is kept as it is, because extractor offsets point into ``Article.text``.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("  date 2024-01-24 Something happened.")
>>> [(a.id, str(a.date), a.text) for a in read_articles([str(folder)])]
[('a', '2024-01-24', 'Something happened.')]
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

from extractors.records import Article

NUL = b"\x00"
SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
STDIN = "-"

# "date" + something date-like; validated strictly afterwards so that "date 2024-13-01" is an error,
# not silently part of the text.
DATE_PREFIX = re.compile(r"\A\s*date[ \t]+(\d[\d-]*)(?:[ \t]+|(?=\n)|\Z)")
ISO_DATE = re.compile(r"\A(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z]*)?\Z")


class ArticleError(Exception):
    """A bad input: ``str(error)`` is ``"<path>: <problem>"``.

    >>> str(ArticleError("news/a.txt", "empty file"))
    'news/a.txt: empty file'
    """

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def read_articles(paths: list[str]) -> list[Article]:
    """Read every article under ``paths`` (files, folders searched recursively, or ``-`` for stdin).

    Raises :class:`ArticleError` for the first bad input, and for an id used twice.

    >>> read_articles(["no/such/file.txt"])
    Traceback (most recent call last):
    ...
    extractors.readers.ArticleError: no/such/file.txt: no such file or folder
    """
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for path in paths:
        for article in read_path(path):
            if article.id in seen:
                raise ArticleError(article.source, f"duplicate article id {article.id!r} (also in {seen[article.id]})")
            seen[article.id] = article.source
            articles.append(article)
    return articles


def read_path(path: str) -> list[Article]:
    """The articles of one INPUT: ``-`` (stdin), a file, or a folder (recursively, sorted)."""
    if path == STDIN:
        return [article_from_text(sys.stdin.read().replace("\r\n", "\n").replace("\r", "\n"), "stdin", STDIN, ".txt")]
    p = Path(path)
    if p.is_dir():
        files = article_files(p)
        if not files:
            raise ArticleError(path, f"folder holds no articles ({', '.join(SUFFIXES)})")
        return [a for f in files for a in read_file(f)]
    if not p.exists():
        raise ArticleError(path, "no such file or folder")
    return read_file(p)


def article_files(folder: Path) -> list[Path]:
    """Files under ``folder`` with an article suffix, sorted; hidden files and folders are skipped."""
    return sorted(
        f for f in folder.rglob("*")
        if f.is_file() and f.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in f.relative_to(folder).parts)
    )


def read_file(path: str | Path) -> list[Article]:
    """The article(s) of one file; a ``.json`` list or a ``.jsonl`` file may hold several.

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "notes.md"
    >>> _ = f.write_text("# A *big* day\\n\\nSee [the site](http://x.org).")
    >>> a = read_file(f)[0]
    >>> (a.id, a.title, a.text)
    ('notes', 'A big day', 'A big day\\n\\nSee the site.')
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        raise ArticleError(p, f"unknown suffix {p.suffix or '(none)'!r}; expected one of {', '.join(SUFFIXES)}")
    if not p.is_file():
        raise ArticleError(p, "no such file" if not p.exists() else "not a file")
    text = decode(p, p.read_bytes())
    if suffix == ".json":
        return articles_from_json(p, text)
    if suffix == ".jsonl":
        return articles_from_jsonl(p, text)
    if suffix in (".html", ".htm"):
        return [article_from_html(p, text)]
    return [article_from_text(text, p.stem, str(p), suffix)]


def decode(path: Path, data: bytes) -> str:
    """UTF-8 text with ``\\n`` line endings; binary, invalid or empty content is an error."""
    if not data.strip():
        raise ArticleError(path, "empty file")
    if NUL in data:
        raise ArticleError(path, f"binary file (NUL byte at byte offset {data.index(NUL)})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise ArticleError(path, f"invalid UTF-8 at line {line}, column {column} (byte offset {err.start})") from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split_date_prefix(text: str, source: str | Path) -> tuple[dt.date | None, str]:
    """Remove a leading ``date YYYY-MM-DD `` and return (date, rest of the text).

    >>> split_date_prefix(" date 2024-01-24 On Monday", "a.txt")
    (datetime.date(2024, 1, 24), 'On Monday')
    >>> split_date_prefix("No date here", "a.txt")
    (None, 'No date here')
    """
    match = DATE_PREFIX.match(text)
    if not match:
        return None, text
    return parse_date(match.group(1), source), text[match.end():]


def parse_date(value: Any, source: str | Path, where: str = "") -> dt.date:
    """``YYYY-MM-DD`` (optionally followed by a time, which is dropped) as a date, else ArticleError."""
    match = ISO_DATE.match(value) if isinstance(value, str) else None
    try:
        if match:
            return dt.date.fromisoformat(match.group(1))
    except ValueError:
        pass
    raise ArticleError(source, f"{where}bad date {value!r} (expected YYYY-MM-DD)")


def article_from_text(text: str, article_id: str, source: str, suffix: str = ".txt") -> Article:
    """An article from ``.txt`` or ``.md`` text (date prefix removed; Markdown lightly stripped)."""
    date, body = split_date_prefix(text, source)
    title = None
    if suffix == ".md" and date is None:
        # "# Headline" first, then "date YYYY-MM-DD " opening the first line of text
        m = re.match(r"(\s*#[^\n]*\n(?:[ \t]*\n)*)(date \S+ )", body)
        if m:
            date, rest = split_date_prefix(body[m.start(2):], source)
            body = m.group(1) + rest
    if suffix == ".md":
        title, body = strip_markdown(body)
    if not body.strip():
        raise ArticleError(source, "empty text")
    return Article(id=article_id, text=body, date=date, title=title, source=source)


MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
MD_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
# Emphasis markers around text; underscores only at word edges so snake_case survives.
MD_EMPHASIS = re.compile(r"(\*\*\*|\*\*|\*|~~|`)(?=\S)(.+?)(?<=\S)\1|(?<!\w)(___|__|_)(?=\S)(.+?)(?<=\S)\3(?!\w)")


def strip_markdown(text: str) -> tuple[str | None, str]:
    """(title, plain text): headings become their text, emphasis and links are unwrapped, images dropped.

    >>> strip_markdown("# Hello **world**\\n\\n![pic](p.png) A _fine_ [day](u).")
    ('Hello world', 'Hello world\\n\\n A fine day.')
    """
    text = MD_IMAGE.sub("", text)
    text = MD_LINK.sub(r"\1", text)
    title_match = re.match(r"\A\s*#[ \t]+(.*)", text)
    text = MD_HEADING.sub(r"\1", text)
    previous = None
    while previous != text:  # nested emphasis such as **_x_**
        previous, text = text, MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(4), text)
    title = None
    if title_match:
        title = text.lstrip().split("\n", 1)[0].strip() or None
    return title, text


def article_from_html(path: Path, html: str) -> Article:
    """Main text of an HTML page via trafilatura (paragraphs separated by blank lines), with title and date."""
    import trafilatura  # slow to import: only when HTML is read

    body = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=False,
                               favor_recall=True)
    if not body or not body.strip():
        raise ArticleError(path, "empty text (no main text found in the HTML)")
    body = re.sub(r"\n+", "\n\n", body.strip())
    meta = trafilatura.extract_metadata(html)
    published = re.search(
        r"""<meta[^>]+property=["']article:published_time["'][^>]+content=["']([^"']+)["']"""
        r"""|<meta[^>]+content=["']([^"']+)["'][^>]+property=["']article:published_time["']""", html)
    date_text = (published.group(1) or published.group(2)) if published else (meta.date if meta else None)
    date = parse_date(date_text, path, "published time: ") if date_text else None
    title = meta.title if meta and meta.title else None
    url = meta.url if meta and meta.url else None
    return Article(id=path.stem, text=body, date=date, title=title, url=url, source=str(path))


def articles_from_json(path: Path, text: str) -> list[Article]:
    """A ``.json`` file: one article object or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ArticleError(path, f"invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}") from None
    objects = data if isinstance(data, list) else [data]
    if not objects:
        raise ArticleError(path, "empty list of articles")
    return [article_from_object(obj, path, path.stem if len(objects) == 1 else f"{path.stem}-{n}",
                                f"item {n}: " if len(objects) > 1 else "")
            for n, obj in enumerate(objects, 1)]


def articles_from_jsonl(path: Path, text: str) -> list[Article]:
    """A ``.jsonl`` file: one article object per non-blank line."""
    articles = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise ArticleError(path, f"line {n}: invalid JSON at column {err.colno}: {err.msg}") from None
        articles.append(article_from_object(obj, path, f"{path.stem}-{n}", f"line {n}: "))
    if not articles:
        raise ArticleError(path, "empty file")
    return articles


def article_from_object(obj: Any, path: Path, default_id: str, where: str) -> Article:
    """An article from a JSON object ``{"id", "text", "date"?, "title"?, "url"?}``."""
    if not isinstance(obj, dict):
        raise ArticleError(path, f"{where}expected a JSON object, got {type(obj).__name__}")
    if "text" not in obj:
        raise ArticleError(path, f'{where}missing "text"')
    body = obj["text"]
    if not isinstance(body, str):
        raise ArticleError(path, f'{where}"text" must be a string')
    if not body.strip():
        raise ArticleError(path, f"{where}empty text")
    for key in ("title", "url"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise ArticleError(path, f'{where}"{key}" must be a string')
    article_id = obj.get("id", default_id)
    if not isinstance(article_id, (str, int)) or isinstance(article_id, bool) or not str(article_id).strip():
        raise ArticleError(path, f'{where}"id" must be a non-empty string')
    date = parse_date(obj["date"], path, where) if obj.get("date") is not None else None
    return Article(id=str(article_id), text=body.replace("\r\n", "\n").replace("\r", "\n"), date=date,
                   title=obj.get("title"), url=obj.get("url"), source=str(path))
