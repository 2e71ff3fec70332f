"""Dates as precise as the text makes certain, resolved against the article's date.

``find_dates`` returns the date expressions of a sentence with their offsets and an ISO
value of the right precision (``2024``, ``2024-03``, ``2024-03-02``).  Relative
expressions ("Friday", "earlier this month", "next year") need the article date and the
sentence's tense; without an article date they yield nothing rather than a guess.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .records import DateValue

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
_MON_ABBR = {m[:3]: i for m, i in MONTHS.items()} | {"sept": 9}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = r"(?P<mon>" + "|".join(list(MONTHS) + [a + r"\.?" for a in _MON_ABBR]) + r")"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20|21)\d\d)"
_PATTERNS = [
    ("ymd", r"\b(?P<y>(?:19|20|21)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    # "10-16-2001", "23/4/2002": read only when one part can only be the day (see _resolve)
    ("numeric", r"\b(?P<na>[0-3]?\d)(?P<sep>[/.-])(?P<nb>[0-3]?\d)(?P=sep)(?P<ny>(?:19|20|21)\d\d)\b"),
    ("mdy", rf"\b{_MONTH}\s+{_DAY}(?:\s*[-–]\s*[0-3]?\d)?,?\s+{_YEAR}\b"),
    ("dmy", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"),
    ("md", rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s*(?:19|20|21)\d\d)"),
    ("dm", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s*(?:19|20|21)\d\d)"),
    ("my", rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),
    ("m", rf"\b(?:in|since|until|by|from|this|next|last|early|late|mid-?)\s+{_MONTH}\b(?!\s+[0-3]?\d\b)"),
    # "a 2019 film", "Ha's 2019 novel", "his breakout 2023 mixtape"
    ("yadj", rf"(?:\b(?:a|an|the|its|his|her|their|whose)|(?<=[a-z])['’]s?)\s+(?:(?-i:[a-z][a-z-]+)\s+)?{_YEAR}\s+(?=[A-Za-z])"),
    ("y", rf"\b(?:in|of|since|from|during|until|by|for|year)\s+{_YEAR}\b(?!-)"),
    ("y", rf"(?<=\bback to ){_YEAR}\b(?!-)"),  # ("The choir dates back to 2090")
    # "was founded in 1887", "built in 1868": an older year after a preposition (not "in 1850 seats")
    ("y", r"\b(?:in|since|from)\s+(?P<year>1[5-8]\d\d)\b(?!-|\s+(?:people|seats|copies|tickets|fans|visitors|members|words|pages|metres|"
          r"meters|miles|kilometres|euros|dollars|pounds|rupees|times)\b)"),
    ("y", rf"\(\s*{_YEAR}(?=(?: (?:film|movie|song|single|album|series|TV series|drama|EP))?\))"),  # "Oldboy (2003)", "(2003 film)"
    # "released on New Year's Day", "on Christmas Eve": a day of the calendar by its name
    ("holiday", r"\b(?P<hol>New Year['’]s Day|New Year['’]s Eve|Christmas Day|Christmas Eve|Boxing Day|Valentine['’]s Day|Halloween|Hogmanay)\b"
                r"(?!\s+(?:gala|party|concert|show|special|ball|parade|edition|episode|album|single|song)s?\b)"),
    ("weekday", r"\b(?P<rel>this|last|next|coming|on|this past)?\s*(?P<wd>" + "|".join(WEEKDAYS) + r")\b"),
    # ("last night" alone, not "the very last night in Oslo" nor "the last night of the run")
    ("relday", r"\b(?P<rd>today|yesterday|tomorrow|earlier in the day|later in the day|earlier that day|"
               r"(?<!the )(?<!very )(?<!their )(?<!its )(?<!his )(?<!her )(?<!our )(?<!my )(?<!a )last night(?! of\b)|tonight)\b"),
    ("relweek", r"\b(?P<rw>(?:earlier|later|early|late)\s+this|this|last|next|past|coming)\s+week\b"),
    # "2025's "Cielo Partido"", "2019's Parasite": the year a work came out (not "the 1990's")
    ("y", rf"(?<!\bthe )\b{_YEAR}['’]s\s+(?=[\"“‘'A-Z])"),
    # "on the last day of the month": the month the article is in
    ("monthend", r"\bthe\s+(?:last|final)\s+day\s+of\s+(?:the|this)\s+month\b"),
    ("relmonth", r"\b(?P<rm>(?:earlier|later|early|late)\s+this|this|last|next|past|coming)\s+month\b"),
    ("relyear", r"\b(?P<ry>(?:earlier|later|early|late)\s+this|this|last|next|past|coming)\s+year\b"),
    # "released that year", "the following year": a year counted from the one the text told last
    ("toldyear", r"\b(?P<ty>that|the same|the following|the next|the previous|the prior)\s+year\b"),
    # "whose single comes out that day": the day the text told last
    ("toldday", r"\b(?P<td>that|the same|the following|the next|the previous)\s+day\b(?!\s+as\b)|"  # (not "the same day as the premiere")
                # "which X releases the day before": a day counted from the one just told (not "the day before the premiere")
                r"\b(?P<tdr>the|a)\s+day\s+(?:before|after)\b(?!\s+(?:the|its|their|his|her|a|an)\b|\s+\w+'s\b)"),
]
_RE = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _PATTERNS]
_ANY_MONTH = _MONTH.replace("(?P<mon>", "(?:")
_WEEKDAY_BEFORE = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r"),?\s+$", re.IGNORECASE)
_DATE_AFTER_WEEKDAY = re.compile(rf",?\s+(?:{_ANY_MONTH}\s+[0-3]?\d|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_ANY_MONTH})\b", re.IGNORECASE)

# ("played what will be their last show on Saturday": a past night that the text looks ahead from)
_FUTURE = re.compile(r"\b((?<!what )will|'ll|is set to|are set to|is scheduled|are scheduled|is slated|are slated|"
                     r"plans? to|upcoming|is expected to|are expected to|is going to|are going to|"
                     r"to be held|(?<!what )will be|"
                     # a present tense that schedules: "His new single arrives Friday"
                     # "has its world premiere in Toronto on Tuesday": a premiere on the schedule
                     r"has (?:its|their|her|his) (?:[\w-]+ )?premiere\b(?=[^.]*\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|"
                     r"(?:arrives|drops|lands|hits|comes out|is out|are out|premieres|debuts|airs|opens|begins|starts|kicks off|wraps|closes|ends) "
                     r"(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                     # ... or a day of a month: "The European leg begins April 8"
                     r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? [0-3]?\d))\b", re.IGNORECASE)


# "will premiere next month, its leads said at a press conference on Tuesday": the day they spoke is past
_SAID_AT = re.compile(r"\b(?:said|told|announced|revealed|explained)\s+(?:at|during)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}"
                      r"(?:on\s+)?$", re.I)
_PAST_BEFORE = re.compile(r"\b(?:\w+ed|said|told|held|made|took|gave|came|went|began|won|met|sang|wrote|shared|"
                          r"spoke|dropped|was|were|had)\s+(?:(?!(?:will|to|would|shall|and|but)\b)[\w-]+\s+){0,3}?(?:on\s+|last\s+|this past\s+)?$", re.I)


# a past tense before a weekday whose sentence looks ahead only in a "that/which" clause after it
_PAST_MAIN = re.compile(r"\b(?:\w{3,}ed|said|told|held|made|took|gave|came|went|began|won|met|sang|wrote|showed|brought|led|ran|saw)\b", re.I)
# a main verb in the past between a weekday and the sentence's "will" (not in a "which ..." aside)
_TOLD_BEFORE_FUTURE = re.compile(r"^(?:(?!\b(?:which|who|that)\b).)*?\b(?:went|announced|said|told|held|took|gave|won|met|revealed|"
                                 r"posted|shared|confirmed|unveiled)\b", re.I)

# a present tense that schedules: "opens in cinemas on", "arrives on", "is due"
_SCHEDULED_BEFORE = re.compile(r"\b(?:opens|arrives|premieres|hits|lands|debuts|begins|starts|kicks off|airs|runs|goes on sale|comes out|returns|"
                               r"(?<!the )(?<!a )(?<!its )(?<!their )(?<!her )(?<!his )(?<!new )releases?|drops|moves on|heads|"
                               r"(?:is|are) (?:due|set|scheduled|slated))\b(?:(?!\b(?:was|were|had|did|\w+ed)\b)[^.;])*$", re.I)
_PAST = re.compile(r"\b(?:was|were|had|did|released|came out|premiered|dropped|debuted|opened|aired|arrived|"
                   r"announced|said|won|held)\b", re.I)


# what stands between a counted year and the year that restates it: ", in " / " (" / ", "
_RESTATED = re.compile(r"\s*(?:,|\(|—|–)\s*(?:in\s+|on\s+)?", re.I)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: DateValue
    kind: str


def is_future(sentence: str) -> bool:
    """Whether a sentence speaks of the future ("will embark", "is set to release")."""
    return bool(_FUTURE.search(sentence))


def _month(text: str) -> int:
    t = text.lower().rstrip(".")
    return MONTHS.get(t) or _MON_ABBR[t[:4] if t.startswith("sept") else t[:3]]


def _safe_date(y: int, m: int, d: int) -> DateValue | None:
    try:
        return DateValue(dt.date(y, m, d).isoformat())
    except ValueError:
        return None


def _shift_month(d: dt.date, delta: int) -> str:
    idx = d.year * 12 + d.month - 1 + delta
    return f"{idx // 12:04d}-{idx % 12 + 1:02d}"


_HOLIDAY_DAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25), "christmas eve": (12, 24),
                 "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31), "hogmanay": (12, 31)}


def _resolve(kind: str, m: re.Match, ref: dt.date | None, future: bool, past: bool = False) -> DateValue | None:
    g = m.groupdict()
    if kind == "ymd":
        return _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
    if kind == "numeric":
        a, b = int(g["na"]), int(g["nb"])
        if a > 12 >= b or a == b:
            return _safe_date(int(g["ny"]), b, a)
        if b > 12 >= a:
            return _safe_date(int(g["ny"]), a, b)
        return None  # "06-09-2006" is June 9 in one country and 6 September in another: no guess
    if kind in ("mdy", "dmy"):
        return _safe_date(int(g["year"]), _month(g["mon"]), int(g["day"]))
    if kind == "my":
        return DateValue(f"{int(g['year']):04d}-{_month(g['mon']):02d}")
    if kind in ("y", "yadj"):
        return DateValue(g["year"])
    if ref is None:
        return None
    if kind == "m":
        month = _month(g["mon"])
        year = ref.year
        rel = m.group(0).split()[0].lower()
        if rel == "last":  # "last August" in March: the August before
            year -= month >= ref.month
        elif rel == "next":
            year += month <= ref.month
        elif rel == "this":
            pass
        elif future and month < ref.month:
            year += 1
        elif not future and (month > ref.month + 6 or past and month > ref.month):
            year -= 1  # "came out in August", told in March: the August that has been
        elif not future and not past and month < ref.month - 6:
            year += 1  # "the troupe goes to T in January", told in December: the January to come
        return DateValue(f"{year:04d}-{month:02d}")
    if kind in ("md", "dm", "holiday"):
        month, day_of_month = _HOLIDAY_DAYS[g["hol"].lower().replace("’", "'")] if kind == "holiday" else (_month(g["mon"]), int(g["day"]))
        value = _safe_date(ref.year, month, day_of_month)
        if value is None:
            return None
        day = dt.date.fromisoformat(value.iso)
        # a month-day with no year: forward when the text looks ahead, else the nearest such day
        if future and day < ref - dt.timedelta(days=30):
            return _safe_date(ref.year + 1, day.month, day.day)
        if not future and day > ref + dt.timedelta(days=183):
            return _safe_date(ref.year - 1, day.month, day.day)
        if not future and day < ref - dt.timedelta(days=183) and not past:
            return _safe_date(ref.year + 1, day.month, day.day)
        return value
    if kind == "weekday":
        rel = (g["rel"] or "").lower()
        want = WEEKDAYS.index(g["wd"].lower())
        if rel in ("next", "coming") or (future and rel not in ("last", "this past")):
            delta = (want - ref.weekday()) % 7 or 7
            return DateValue((ref + dt.timedelta(days=delta)).isoformat())
        delta = (ref.weekday() - want) % 7
        if rel in ("last", "this past") and delta == 0:
            delta = 7
        return DateValue((ref - dt.timedelta(days=delta)).isoformat())
    if kind == "relday":
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}.get(g["rd"].lower(), 0)  # "earlier in the day": the article's day
        return DateValue((ref + dt.timedelta(days=shift)).isoformat())
    if kind == "relweek":
        # a week is told to the month, when the days it can mean lie in one month
        rel = g["rw"].lower().split()[0]
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks={"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0))
        first, last = (monday, ref) if rel == "earlier" else (ref, monday + dt.timedelta(days=6)) if rel == "later" else \
            (monday, monday + dt.timedelta(days=6))
        # (and to the year, when they lie in two months of one year)
        return DateValue(first.isoformat()[:7]) if first.month == last.month else DateValue(str(first.year)) if first.year == last.year else None
    if kind == "monthend":
        first_next = dt.date(ref.year + ref.month // 12, ref.month % 12 + 1, 1)
        return DateValue((first_next - dt.timedelta(days=1)).isoformat())
    if kind == "relmonth":
        rel = g["rm"].lower().split()[0]
        return DateValue(_shift_month(ref, {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)))
    if kind == "relyear":
        rel = g["ry"].lower().split()[0]
        return DateValue(str(ref.year + {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)))
    return None


_PAST_RELEASE_BEFORE = re.compile(r"\b(?:came out|came|was released|were released|was issued|debuted|began|started|premiered|arrived|"
                                  r"finished|ended|wrapped)\s+(?:(?:on|at)\s+(?:[A-Z][\w'’-]*\s+){1,3})?(?:in\s+)?$", re.I)  # ("started on X TV in April")


def _told_shift(phrase: str) -> int:
    """Days from the day just told: "the following day" 1, "the day before" -1, "that day" 0."""
    words = phrase.lower().split()
    # ("the day before": its last word; "the following day": the word before "day")
    word = words[-1] if words[-1] in ("before", "after") else words[-2] if len(words) > 1 else ""
    return {"following": 1, "next": 1, "previous": -1, "after": 1, "before": -1}.get(word, 0)


def find_dates(sentence: str, article_date: dt.date | None, future: bool | None = None,
               told_year: int | None = None, told_day: str | None = None) -> list[DateMention]:
    """Date expressions in ``sentence``, longest first where they overlap.

    >>> ref = dt.date(2024, 1, 24)  # a Wednesday
    >>> [d.value.iso for d in find_dates("It came out on January 24, 2024.", ref)]
    ['2024-01-24']
    >>> [d.value.iso for d in find_dates("She will perform on Friday.", ref)]
    ['2024-01-26']
    >>> [d.value.iso for d in find_dates("The album arrived in June 2022, a year after 2021.", ref)]
    ['2022-06']
    >>> [d.value.iso for d in find_dates("Their album came out the following year.", ref, told_year=1989)]
    ['1990']
    """
    if future is None:
        future = is_future(sentence)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    past = not future and bool(_PAST.search(sentence))
    for kind, rx in _RE:
        for m in rx.finditer(sentence):
            start, end = m.span()
            if kind in ("y", "yadj"):
                start, end = m.start("year"), m.end("year")
            if kind == "weekday" and (m.group("rel") or "").lower() == "on":
                start = m.start("wd")
            if any(s < end and start < e for s, e in taken):
                continue
            here_future = future
            if kind == "weekday" and _DATE_AFTER_WEEKDAY.match(sentence, m.end()):
                continue  # "on Friday, May 7": the weekday only names the day of the date after it
            if kind == "weekday" and re.search(r"\b(?:a|any|one|each|some)\s+$", sentence[:m.start("wd")], re.I):
                continue  # "every guest arrives on a Tuesday": any such day, not a date
            if kind == "weekday" and re.search(r"\bevery\s+(?:\w+day\s*(?:,|and|&)\s*)*$", sentence[:m.start("wd")], re.I):
                continue  # "airs every Saturday": a habit, not a date
            if kind == "weekday" and re.match(r"\s+(?:residency|residencies|slot|slots|series|sessions|club|nights)\b", sentence[m.end():], re.I) and \
                    re.search(r"\b(?:her|his|their|its|a|the|weekly)\s+$", sentence[:m.start("wd")], re.I):
                continue  # "opens her Friday residency": the weekday a series keeps, not a date
            if kind == "weekday" and (_PAST_BEFORE.search(sentence[:m.start()]) or _SAID_AT.search(sentence[:m.start()])) and \
                    not re.search(r"\b(?:will|to|would|'ll|shall)\s+be\s+\w+ed\s+(?:(?:as\s+)?(?:a|an|the)\s+[\w-]+\s+)?(?:on\s+)?$", sentence[:m.start()], re.I):
                # ("will be released as a single on Friday" too)
                here_future = False  # "announced on Wednesday that ... will": the weekday is past; "will be released on Friday" is not
            if kind == "weekday" and here_future and re.search(r"\bafter\s+\w+ing\b[^.;\"“”]{0,60}?\s(?:on\s+)?$", sentence[:m.start()], re.I):
                here_future = False  # "will represent T in November after winning W, the national selection, on Friday night"
            if kind == "weekday" and here_future and not _FUTURE.search(sentence[:m.start()]):
                ahead = _FUTURE.split(sentence[m.end():], maxsplit=1)[0]
                if _TOLD_BEFORE_FUTURE.search(ahead):
                    here_future = False  # "On Sunday, the members went live and announced that they will ...": Sunday is past
                elif _PAST_MAIN.search(sentence[:m.start()]) and re.search(r"(?:\b(?:that|which|who)\b|, (?:and|but)\b|;)[^.;]*?\b(?:will|'ll|is set to)\b",
                                                                           sentence[m.end():], re.I) and \
                        not _FUTURE.search(re.split(r"\b(?:that|which|who)\b|, (?:and|but)\b|;", sentence[m.end():], maxsplit=1)[0]):
                    here_future = False  # "X showed its slate at its upfront on Tuesday, led by W, a drama that will open ...": past
                    # (and "W was played on Tuesday night at X, and the label will release it on Friday")
            if kind in ("md", "dm", "month", "m") and re.search(r"\b(?:is|are|now) due (?:out |back )?(?:in |on |by )?$", sentence[:m.start()], re.I):
                here_future = True  # "the album, which is due in March" (in a sentence that also looks back)
            if here_future and kind in ("md", "dm", "month", "m") and re.search(r"\bsince (?:its |their |his |her |the )?(?:[\w-]+ ){0,2}?"
                                                                          r"(?:release|debut|launch|premiere|opening)\s+(?:in\s+|on\s+)?$",
                                                                          sentence[:m.start()], re.I):
                here_future = False  # "has sold four million copies since its release in March": a March gone by
            past_verb = _PAST_RELEASE_BEFORE.search(sentence[:m.start()]) if here_future and kind in ("m", "month") else None
            if past_verb and not re.search(r"\b(?:will|'ll|to)\s+(?:\w+\s+){0,2}$", sentence[:past_verb.start()], re.I):
                here_future = False  # "whose third album came out in January, ... will": a past tense names a January gone by
            # (not "The border runs along the dam, and on Saturday evening nobody crossed it": the clause of the day is past)
            # (but "It opens A, a new edition that came out on Friday": the day of a verb in the past)
            if kind in ("md", "dm", "month", "weekday") and not here_future and _SCHEDULED_BEFORE.search(sentence[:start]) and \
                    not _PAST_RELEASE_BEFORE.search(sentence[:m.start()]) and \
                    not (kind == "weekday" and re.match(r"(?:\s+(?:evening|night|morning|afternoon))?,?\s+(?:[\w-]+\s+){0,2}?"
                                                        r"(?:was|were|had|did|\w+ed)\b", sentence[m.end():])):
                here_future = True  # "which opens in UK cinemas on Nov. 21", told in April: the coming November
            if kind == "toldday":
                # (a day of the sentence itself may come before it: see below)
                value = DateValue((dt.date.fromisoformat(told_day) + dt.timedelta(days=_told_shift(m.group(0)))).isoformat()) \
                    if told_day is not None else DateValue("")
            elif kind == "toldyear":
                # (counted below, in the text's order, from the year told last before it)
                shift = {"following": 1, "next": 1, "previous": -1, "prior": -1}.get(m.group("ty").lower().split()[-1], 0)
                value = DateValue(f"{shift:+d}")  # ("+1", "-1": int() reads both signs, not "+-1")
            else:
                value = _resolve(kind, m, article_date, here_future, past)
            if value is None:
                continue
            taken.append((start, end))
            found.append(DateMention(start, end, value, kind))
    found.sort(key=lambda d: d.start)
    resolved = []
    for i, d in enumerate(found):
        if d.kind == "toldyear" and i + 1 < len(found) and found[i + 1].kind in ("y", "my", "mdy", "dmy") and \
                _RESTATED.fullmatch(sentence[d.end:found[i + 1].start]):
            continue  # ("came out the following year, in 2089": the year the text spells out says which)
        if d.kind == "toldday" and resolved and len(resolved[-1].value.iso) == 10:
            # ("went online on Thursday, the same day the song came out": the day just told)
            day = dt.date.fromisoformat(resolved[-1].value.iso) + dt.timedelta(days=_told_shift(sentence[d.start:d.end]))
            d = DateMention(d.start, d.end, DateValue(day.isoformat()), d.kind)
        if d.kind == "toldday" and not d.value.iso:
            continue  # (no day told before it)
        if d.kind == "toldyear":
            if told_year is None:
                continue
            d = DateMention(d.start, d.end, DateValue(str(told_year + int(d.value.iso))), d.kind)
        if d.kind in ("y", "yadj", "my", "mdy", "dmy", "ymd", "numeric", "toldyear"):
            told_year = int(d.value.iso[:4])  # (a year the text spells out, not a weekday's)
        resolved.append(d)
    found = resolved
    # "on Nov. 11 last year": a day and month in the year named right after them
    for a, b in zip(list(found), list(found[1:])):
        if a.kind in ("md", "dm") and b.kind == "relyear" and re.fullmatch(r",?\s*", sentence[a.end:b.start]) \
                and len(a.value.iso) == 10 and len(b.value.iso) == 4:
            found[found.index(a)] = DateMention(a.start, b.end, DateValue(b.value.iso + a.value.iso[4:]), a.kind)
            found.remove(b)
    # "on Saturday, October 15": the weekday that names the day of the date after it is part of that date
    for n, d in enumerate(found):
        weekday = _WEEKDAY_BEFORE.search(sentence[:d.start]) if d.kind in ("md", "dm", "mdy", "dmy") else None
        if weekday:
            value = d.value
            if d.kind in ("md", "dm") and len(value.iso) == 10 and article_date and int(value.iso[:4]) == article_date.year - 1:
                # ("sing at X on Friday, July 19", told in January and read as last July: this July, when its July 19 is the Friday)
                named = weekday.group(0).strip(" ,").split()[-1].rstrip(",").lower()
                day = dt.date.fromisoformat(value.iso)
                other = _safe_date(day.year + 1, day.month, day.day)
                if day.strftime("%A").lower() != named and other and dt.date.fromisoformat(other.iso).strftime("%A").lower() == named:
                    value = other
            found[n] = DateMention(weekday.start(), d.end, value, d.kind)
    return found
