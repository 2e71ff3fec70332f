"""Reading articles: every format, the date prefix, and one clear error per kind of bad input."""
from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from extractors.readers import ArticleError, read_articles, read_file


def write(path, content: str | bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def error_of(paths) -> ArticleError:
    with pytest.raises(ArticleError) as caught:
        read_articles([str(p) for p in paths])
    return caught.value


def test_txt_with_date_prefix_after_leading_whitespace(tmp_path):
    f = write(tmp_path / "story.txt", " \n  date 2024-01-24 First line stays.\r\nSecond line.\r\n")
    [article] = read_articles([str(f)])
    assert (article.id, article.date, article.source) == ("story", dt.date(2024, 1, 24), str(f))
    assert article.text == "First line stays.\nSecond line.\n"


def test_txt_without_prefix_is_kept_as_is(tmp_path):
    f = write(tmp_path / "plain.txt", "  Some text, dated 2024.\n")
    [article] = read_articles([str(f)])
    assert article.date is None and article.text == "  Some text, dated 2024.\n"


def test_markdown_is_stripped_lightly(tmp_path):
    f = write(tmp_path / "post.md", "date 2023-05-01 # The *big* news\n\nA **bold** move by [Ana](http://x.org).\n"
                                     "![photo](p.jpg)\n\n## Later\n\nsnake_case stays, _this_ goes.\n")
    [article] = read_articles([str(f)])
    assert article.date == dt.date(2023, 5, 1)
    assert article.title == "The big news"
    assert article.text == ("The big news\n\nA bold move by Ana.\n\n\nLater\n\nsnake_case stays, this goes.\n")


def test_markdown_date_prefix_after_the_headline(tmp_path):
    f = write(tmp_path / "review.md", "# A quiet *thriller*\n\ndate 2025-06-02 The film opened on Friday.\n")
    [article] = read_articles([str(f)])
    assert article.date == dt.date(2025, 6, 2)
    assert article.title == "A quiet thriller"
    assert article.text == "A quiet thriller\n\nThe film opened on Friday.\n"


def test_html_main_text_title_and_date(tmp_path):
    f = write(tmp_path / "page.html", """<html><head><title>Band returns | Daily</title>
        <meta property="article:published_time" content="2024-02-03T09:00:00+09:00"></head>
        <body><nav>Home</nav><article><h1>Band returns</h1>
        <p>The band returned to the stage on Friday after a long break, and the crowd sang along loudly.</p>
        <p>Its singer thanked the fans and promised a new album before the end of the year.</p>
        </article><footer>Copyright</footer></body></html>""")
    [article] = read_articles([str(f)])
    assert article.date == dt.date(2024, 2, 3)
    assert article.title == "Band returns"
    assert "returned to the stage" in article.text and "\n\n" in article.text
    assert "Copyright" not in article.text


def test_json_object_and_list(tmp_path):
    one = write(tmp_path / "one.json", json.dumps({"text": "Hello there.", "date": "2024-03-01", "url": "http://x"}))
    many = write(tmp_path / "many.json", json.dumps([{"id": "x1", "text": "A.", "title": "T"}, {"text": "B."}]))
    articles = read_articles([str(one), str(many)])
    assert [(a.id, a.date, a.title, a.url) for a in articles] == [
        ("one", dt.date(2024, 3, 1), None, "http://x"), ("x1", None, "T", None), ("many-2", None, None, None)]


def test_jsonl_one_article_per_line(tmp_path):
    f = write(tmp_path / "feed.jsonl", '{"id": "a", "text": "One."}\n\n{"id": "b", "text": "Two.", "date": "2024-01-02"}\n')
    assert [(a.id, a.text, a.date) for a in read_articles([str(f)])] == [
        ("a", "One.", None), ("b", "Two.", dt.date(2024, 1, 2))]


def test_folder_is_searched_recursively_sorted_skipping_hidden_and_other_suffixes(tmp_path):
    write(tmp_path / "b.txt", "B.")
    write(tmp_path / "sub" / "a.md", "A.")
    write(tmp_path / ".hidden.txt", "H.")
    write(tmp_path / ".git" / "c.txt", "C.")
    write(tmp_path / "notes.csv", "x,y")
    assert [a.id for a in read_articles([str(tmp_path)])] == ["b", "a"]


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("date 2024-01-01 From a pipe."))
    [article] = read_articles(["-"])
    assert (article.id, article.date, article.text) == ("stdin", dt.date(2024, 1, 1), "From a pipe.")


def test_read_file_is_the_per_file_function(tmp_path):
    f = write(tmp_path / "x.txt", "Text.")
    assert read_file(f)[0].text == "Text."


@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", "", "empty file"),
    ("blank.txt", "  \n\n", "empty file"),
    ("prefix-only.txt", "date 2024-01-01 ", "empty text"),
    ("binary.txt", b"abc\x00def", "binary file"),
    ("latin1.txt", "line one\ncaf\u00e9".encode("latin-1"), "invalid UTF-8 at line 2, column 4"),
    ("bad.json", '{"text": "x",}', "invalid JSON at line 1"),
    ("notext.json", '{"id": "x"}', 'missing "text"'),
    ("bad.jsonl", '{"text": "ok"}\n{"text": broken}\n', "line 2: invalid JSON"),
    ("date.jsonl", '{"text": "ok", "date": "24/01/2024"}\n', "line 1: bad date '24/01/2024'"),
    ("baddate.txt", "date 2024-13-01 Text.", "bad date '2024-13-01'"),
    ("notes.csv", "a,b", "unknown suffix '.csv'"),
])
def test_bad_inputs_name_the_file_and_the_problem(tmp_path, name, content, problem):
    f = write(tmp_path / name, content)
    err = error_of([f])
    assert err.path == str(f)
    assert problem in err.problem
    assert str(err).startswith(f"{f}: ")


def test_missing_path(tmp_path):
    err = error_of([tmp_path / "nope.txt"])
    assert str(err) == f"{tmp_path / 'nope.txt'}: no such file or folder"


def test_duplicate_ids_in_one_run(tmp_path):
    a = write(tmp_path / "x" / "same.txt", "One.")
    b = write(tmp_path / "y" / "same.md", "Two.")
    err = error_of([a, b])
    assert err.path == str(b) and "duplicate article id 'same'" in err.problem
