"""Dates as news and travel writing give them, resolved to ISO dates.

A story's own date comes from its dateline ("14, Mar. 2024", "March 3rd 1988") or its first
full date; an explicit date in a sentence ("on 12 September", "September 12, 2023",
"Sept. 12") takes the story's year when it gives none; a weekday ("on Tuesday") is the
nearest such day to the story's date, before it for what has happened and after it for
what is to come; "yesterday", "today", "tomorrow", "the next day", "the following day" and
"two days later" count from the story's date or from the date of the stop before; a month
with its year and no day ("in April 2016") gives the month alone, "2016-04". A date
without a year takes the story's: that of its dateline, else the year (1800-2099) it
names most, a figure with its unit ("1900 km") not counted.

Examples
--------
>>> story = story_date("Delegation reaches Romania\\n14, Mar. 2024\\nIt arrived on Thursday.")
>>> story
datetime.date(2024, 3, 14)
>>> date_in("It left Chisinau on Monday.", story=story, future=False)
'2024-03-11'
>>> date_in("It will fly to Sofia on 18 March.", story=story, future=True)
'2024-03-18'
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
from collections import Counter

from mapper.text import MONTHS, WEEKDAYS

from .tense import LEFT_TODAY_FOR, PRESENT_FOR_FUTURE

__all__ = [
    "DAY_NAMED",
    "ahead_of_story",
    "date_in",
    "section_date",
    "story_date",
    "story_dating",
    "story_year",
    "years_before",
]

#: A day named in a sentence: a weekday or a month, written out.
_SHORT_MONTHS = ("may", "june", "july")
DAY_NAMED = re.compile(
    r"\b(?:"
    + "|".join(n.capitalize() for n in (*WEEKDAYS, *MONTHS) if len(n) > 4 or n in _SHORT_MONTHS)
    + r")\b"
)
_MONTH = r"(?P<{g}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_DATE = re.compile(
    # a span of days is dated by its first: "18-28 April 2027", "April 18-28, 2027", "4 and
    # 5 June"
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s*(?:[-\u2013]|\s+and\s+)\s*\d{{1,2}}(?:st|nd|rd|th)?)?,?"
    rf"\s+(?:(?:day\s+)?of\s+)?{_MONTH.format(g='m1')}"  # "the 3rd day of March"
    rf"|{_MONTH.format(g='m2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?:\s*(?:[-\u2013]|\s+and\s+)\s*\d{1,2}(?:st|nd|rd|th)?\b)?)"
    # a year with its day and month may be an old one: "at Valparaíso on 3 March 1791"
    r"(?:,?\s+(?P<y>(?:1[0-9]|20)\d\d))?\b(?!\s*(?:km|miles?|people|men)\b)"
)
#: A day of the month written as an ordinal word beside its month: "the twelfth of
#: February", "February twelfth" (read as "12th").
_DAY_WORDS = {
    w: i
    for i, w in enumerate(
        """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
        twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth
        twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first""".split(),
        start=1,
    )
}
_ORDINAL_WORD = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
_DAY_WORD = re.compile(
    rf"\b(?P<w>{_ORDINAL_WORD})(?=\s+of\s+{_MONTH.format(g='m1')})"
    rf"|\b(?P<m>{_MONTH.format(g='m2')})\s+(?P<v>{_ORDINAL_WORD})\b",
    re.IGNORECASE,
)


#: A date with hyphens between day, month and year, as logs and forms write it.
_HYPHENED = re.compile(
    r"\b(\d{1,2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)-((?:19|20)\d\d)\b"
)


def _day_in_figures(m: re.Match[str]) -> str:
    """Return a day written as an ordinal word, with its month, in figures ("12th")."""
    if m["w"]:
        return f"{_DAY_WORDS[m['w'].lower()]}th"
    return f"{m['m']} {_DAY_WORDS[m['v'].lower()]}th"


_WEEKDAY = re.compile(
    r"\b(?:on|last|this|next|late|early|from|until|by)?\s*(?P<day>Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)s?\b"
)
_RELATIVE = re.compile(
    r"\b(?P<word>yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|"
    r"last\s+(?:night|evening)|the\s+(?:next|following)\s+(?:day|morning|evening)|"
    # "overnight" the adverb, the next day; not "by overnight train", a kind of train
    r"the\s+day\s+after|the\s+day\s+before|overnight(?!\s+(?:train|bus|ferry|flight|boat|"
    r"sleeper|journey|trip|stay|ride|crossing|sailing|coach)s?\b)|"
    r"(?:later\s+)?that\s+(?:day|morning|afternoon|evening|night))\b",
    re.IGNORECASE,
)
_LATER = re.compile(
    r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    # "two days on, ...", not "four days on the ferry"
    r"(?P<unit>days?|weeks?)\s+(?:later|after(?:wards)?|on(?=\s*[,;.]|\s+from\b))\b",
    re.IGNORECASE,
)
_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
#: A year a story names: 1800-2099, not a figure with its unit ("1937", not "1900 km").
_YEAR = re.compile(
    r"\b(1[89]\d\d|20\d\d)\b(?!,\d)(?!\s*(?:km|kms|kilomet|miles?\b|mi\b|m\b|met(?:er|re)s?\b|"
    r"feet\b|ft\b|people\b|troops\b|tons?\b|tonnes?\b|men\b|soldiers\b|%|per\s*cent))",
    re.IGNORECASE,
)
#: An ISO date: "2023-09-12".
_ISO = re.compile(r"\b(?P<y>1[89]\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")
#: A day of the month without its month: "on the 14th", "the evening of the 3rd".
_ORDINAL_DAY = re.compile(
    r"\b(?:on|by|until|till|from|of)\s+the\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\b"
    r"(?!\s+(?:century|anniversary|birthday|floor|time|round|day|week|month|year|place|stage|"
    r"hole|minute|inning|largest|biggest|most|best|annual|edition)\b)"
    # a rank before a name: "the 3rd Battalion", "the 5th Army"
    r"(?!(?-i:\s+[A-Z][a-z]))",
    re.IGNORECASE,
)
_SHIFT = {
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "last night": -1,
    "last evening": -1,
    "tomorrow": 1,
    "the next day": 1,
    "the following day": 1,
    "the next morning": 1,
    "the next evening": 1,
    "the following morning": 1,
    "the following evening": 1,
    "the day after": 1,
    "the day before": -1,
    "overnight": 1,
    "that day": 0,
    "that morning": 0,
    "that afternoon": 0,
    "that evening": 0,
    "that night": 0,
    "later that day": 0,
}


#: Words that make the year after them one the story looks back to ("the first visit
#: since 1968", "last toured the country in 1998", "back in 1995"): never the year of its
#: own events.
_LOOK_BACK = re.compile(
    r"(?:\bsince|\bback\s+in|\blast\s+(?:[a-z]+\s+){1,4}in)\s+(?:(?:early|late|mid-?)\s*)?$",
    re.IGNORECASE,
)

#: ... or a clause since which something holds: "ties have grown since the union named it a
#: partner in January 2008".
_SINCE_CLAUSE = re.compile(
    r"\bsince\b[^.;!?]{0,100}\b(?:in|of)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\.?\s+)?$"
    # ... or told in the past perfect, before the story's time: "who had spent years in
    # exile since he fled in 1959"
    r"|\bhad\s+(?:been\s+|already\s+)?[a-z]+(?:ed|ent|ne|wn|un|ought|ft)\b[^.;!?]{0,100}\bin\s+$"
)


#: ... or a year of a place's own history: "recognised as a heritage site in 1993", "the
#: temple, built in 1820", "founded in 1754".
_HISTORY = re.compile(
    r"\b(?:built|founded|established|recogni[sz]ed|inscribed|listed|declared|erected|"
    r"constructed|rebuilt|restored|consecrated|dedicated|completed)\b[^.;!?]{0,80}\bin\s+$"
)


def story_year(text: str) -> int | None:
    """Return the year a story is most about (the one it names most, not one it looks
    back to nor one of a place's history), or None."""
    years = [
        int(m[1])
        for m in _YEAR.finditer(text)
        if not _LOOK_BACK.search(text, max(0, m.start() - 60), m.start())
        and not _SINCE_CLAUSE.search(text, max(0, m.start() - 140), m.start())
        and not _HISTORY.search(text, max(0, m.start() - 100), m.start())
    ]
    return Counter(years).most_common(1)[0][0] if years else None


def _dates(
    sentence: str,
    year: int | None,
    previous: dt.date | None = None,
    near: dt.date | None = None,
) -> list[dt.date]:
    """Return the dates a sentence writes; one without a year takes the story's, or the
    year that puts it on or after the stop before ("27 December 1831 ... on 16
    January" is January 1832), or, for the first, the year that puts it nearest the
    story's date ``near`` ("January 3" in a story of 30 December 2008 is 2009's)."""
    out = []
    for m in _DATE.finditer(sentence):
        month = MONTHS.get((m["m1"] or m["m2"] or "").lower().rstrip("."))
        day = int(m["d1"] or m["d2"])
        y = int(m["y"]) if m["y"] else (previous.year if previous else year)
        if month and y and not m["y"] and previous is None and near is not None:
            y = _nearest_year(near, month, day) or y
        if month and y:
            try:
                found = dt.date(y, month, day)
            except ValueError:
                continue
            if not m["y"] and previous is not None and found < previous - _BACKWARD:
                with contextlib.suppress(ValueError):
                    after_new_year = dt.date(y + 1, month, day)
                    # a few weeks on across New Year, not a look months back ("on 9 March"
                    # told after 1 June is that March)
                    if after_new_year - previous <= _NEW_YEAR:
                        found = after_new_year
            out.append(found)
    return out


def _nearest_year(near: dt.date, month: int, day: int) -> int | None:
    """Return the year, of the one before, the one of and the one after ``near``, that
    puts a day of a month nearest to it; None when the day is in none of them."""
    candidates = []
    for y in (near.year - 1, near.year, near.year + 1):
        with contextlib.suppress(ValueError):
            candidates.append(dt.date(y, month, day))
    if not candidates:
        return None
    return min(candidates, key=lambda d: abs(d - near)).year


#: How far before the stop before a date without a year may still lie (a look back).
_BACKWARD = dt.timedelta(days=31)
#: How far after the stop before a date is read in the next year instead.
_NEW_YEAR = dt.timedelta(days=120)


def story_date(text: str) -> dt.date | None:
    """Return the story's date: a full date in its first lines (a dateline), else the
    first full date anywhere in it, else None."""
    text = _HYPHENED.sub(r"\1 \2 \3", text)  # "23-Feb-2020"
    head = "\n".join(text.strip().splitlines()[:4])
    for chunk in (head, text):
        for m in _DATE.finditer(chunk):
            if m["y"]:
                found = _dates(m.group(), None)
                if found:
                    return found[0]
        if chunk is head:
            numeric = _numeric_date(head)
            if numeric is not None:
                return numeric
    return None


def story_dating(text: str) -> tuple[dt.date | None, str]:
    """Return the story's date (:func:`story_date`) and, when its first lines give none,
    the month they name with its year ("The Danube by boat, May 2012"): the month of the
    trip the story tells, "2012-05", or ""."""
    when = story_date(text)
    head = "\n".join(text.strip().splitlines()[:3])
    if when is not None and any(m["y"] for m in _DATE.finditer(head)):
        return when, ""
    named = _MONTH_YEAR.search(head)
    month = f"{named['y']}-{MONTHS[named['m'].lower().rstrip('.')]:02d}" if named else ""
    return when, month


def section_date(text: str, pos: int, *, entry: bool = False) -> dt.date | None:
    """Return the date of the last line before ``pos`` that is only a full date ("June 17,
    1937"): a later dispatch or diary entry of the same page, from which its weekdays and
    "today" count; None when no such line comes before. With ``entry``, only in a diary or
    a log of two such lines or more, whose date lines head their entries ("31st May 1940"):
    a lone date line is the story's dateline, which dates no stop by itself."""
    if entry and len(_date_lines(text)) < 2:
        return None
    found = None
    for start, day in _date_lines(text):
        if start >= pos:
            break
        found = day
    return found


@functools.lru_cache(maxsize=64)
def _date_lines(text: str) -> tuple[tuple[int, dt.date], ...]:
    out = []
    for line in re.finditer(r"^[ \t]*(?P<line>[^\n]+?)[ \t]*$", text, re.MULTILINE):
        m = _DATE.fullmatch(line["line"].rstrip(".:"))
        if m is not None and m["y"]:
            found = _dates(m.group(), None)
            if found:
                out.append((line.start(), found[0]))
    return tuple(out)


#: A date in figures year first, as East Asian agencies print it: "2019/3/24", "2019.03.24"
#: (always year, month, day).
_YEAR_FIRST = re.compile(r"\b(?P<y>(?:19|20)\d\d)([/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})\b")
#: A dateline's date in figures: "07-19-2018 08:05", "19/07/2018", "2018-07-19".
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>(?:19|20)\d\d)\b")


def _numeric_date(head: str) -> dt.date | None:
    """Return the first date a dateline writes in figures, ISO's or one whose order of day
    and month its numbers tell (a day above 12); None for "03/04/2016", which may be
    either."""
    iso = _ISO.search(head) or _YEAR_FIRST.search(head)
    if iso:
        with contextlib.suppress(ValueError):
            return dt.date(int(iso["y"]), int(iso["m"]), int(iso["d"]))
    for m in _NUMERIC.finditer(head):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if a > 12 >= b or b > 12 >= a:
            day, month = (a, b) if a > 12 else (b, a)
            with contextlib.suppress(ValueError):
                return dt.date(y, month, day)
    return None


def date_in(
    sentence: str,
    *,
    story: dt.date | None,
    year: int | None = None,
    previous: dt.date | None = None,
    future: bool = False,
) -> str:
    """Return the ISO date a sentence gives for what it tells, or "".

    Parameters
    ----------
    sentence : str
        The sentence, or the clause, that tells of the stop.
    story : date, optional
        The story's date, from which weekdays and "yesterday" count.
    year : int, optional
        The year of dates written without one (the story's by default).
    previous : date, optional
        The date of the stop before, from which "the next day" counts.
    future : bool
        Whether the sentence tells of what is to come (a weekday then lies after the
        story's date, not before it).
    """
    near = story if story is not None and year in (None, story.year) else None
    year = year or (story.year if story else None)
    sentence = _DAY_WORD.sub(_day_in_figures, sentence)  # "the twelfth of February"
    sentence = _HYPHENED.sub(r"\1 \2 \3", sentence)  # "23-Feb-2020", a log's heading
    explicit = _dates(sentence, year, previous, near)
    lead = sentence.lstrip()
    label = _DATE.match(lead)
    if len(explicit) > 1 and label and lead.startswith(":", label.end()):
        return explicit[1].isoformat()  # "March 9: On March 1 she sailed": the entry's date
    if explicit:
        return explicit[0].isoformat()
    iso = _ISO.search(sentence)
    if iso:  # "2023-09-12"
        with contextlib.suppress(ValueError):
            return dt.date(int(iso["y"]), int(iso["m"]), int(iso["d"])).isoformat()
    ordinal = _ORDINAL_DAY.search(sentence)
    base = previous or story
    if ordinal and base is not None:  # "on the 14th": the month of the stop before
        day = int(ordinal["d"])
        month, y = base.month, base.year
        if day < base.day:  # "the 2nd" after the 28th is next month's
            month, y = (1, y + 1) if month == 12 else (month + 1, y)
        with contextlib.suppress(ValueError):
            return dt.date(y, month, day).isoformat()
    later = _LATER.search(sentence)
    base = previous or story
    if later and base is not None:  # "two days later", "a week after"
        n = int(later["n"]) if later["n"].isdigit() else _COUNTS[later["n"].lower()]
        days = n * (7 if later["unit"].lower().startswith("week") else 1)
        return (base + dt.timedelta(days=days)).isoformat()
    relative = _RELATIVE.search(sentence)
    if relative:
        word = " ".join(relative["word"].lower().split())
        # "the next day", "that evening": from the stop before; "yesterday": the story
        told = word.startswith(("the ", "that ", "later "))
        # (a day after no dated stop counts from none: not from the story's dateline)
        base = previous if told else story
        if base is not None:
            # "later that night" is that night: the shift of the words after "later"
            return (base + dt.timedelta(days=_SHIFT[word.removeprefix("later ")])).isoformat()
    weekday = _WEEKDAY.search(sentence)
    if weekday and story is not None:
        wanted = WEEKDAYS[weekday["day"].lower()] - 1
        delta = (wanted - story.weekday()) % 7
        if not future and delta:
            delta -= 7
        return (story + dt.timedelta(days=delta)).isoformat()
    named = _MONTH_YEAR.search(sentence) or _YEAR_THEN_MONTH.search(sentence)
    if named:  # "In April 2016 we ...": the month alone, ISO 8601's reduced "2016-04"
        return f"{named['y']}-{MONTHS[named['m'].lower().rstrip('.')]:02d}"
    return _month_alone(sentence, story, future)


#: A month counted from the story's: "next month", "later this month", "last month".
_MONTH_COUNTED = re.compile(r"\b(?P<which>next|this|last|coming)\s+month\b", re.IGNORECASE)
#: A month named without its day or year, after a word that makes it a time: "in
#: November", "the November visit", "early March"; not the modal "may".
_MONTH_ALONE = re.compile(
    r"\b(?i:in|during|until|by|the|this|next|last|early|mid|late)[-\s]+"
    r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?!\.?\s*\d)"
)


def _month_alone(sentence: str, story: dt.date | None, future: bool) -> str:
    """Return the month of a sentence that names one without its year ("next month", "the
    November visit"), counted from the story's date: the coming one for what is to come,
    the last one for what has happened; "" without a story date."""
    if story is None:
        return ""
    counted = _MONTH_COUNTED.search(sentence)
    if counted is not None:
        shift = {"next": 1, "coming": 1, "last": -1}.get(counted["which"].lower(), 0)
        index = story.year * 12 + story.month - 1 + shift
        return f"{index // 12}-{index % 12 + 1:02d}"
    named = _MONTH_ALONE.search(sentence)
    if named is None:
        return ""
    month = MONTHS[named["m"].lower()]
    year = story.year
    if future and month < story.month:
        year += 1  # "in March", told in October of what is to come: next year's
    elif not future and month > story.month:
        year -= 1  # "in November", told in February of what has been: last year's
    return f"{year}-{month:02d}"


#: A month and its year with no day: "in April 2016", "in mid-April 2016", "in October
#: of 2004".
_MONTH_YEAR = re.compile(
    rf"\b(?:early|mid|late)?-?\s*{_MONTH.format(g='m')},?\s+(?:of\s+)?(?P<y>(?:18|19|20)\d\d)\b"
)

#: ... or a year the sentence opens with, then a month alone: "In 2011, the ship lay at
#: Conakry from March to November".
_YEAR_THEN_MONTH = re.compile(
    rf"^\W*In\s+(?P<y>(?:18|19|20)\d\d)\b[^.;]{{0,100}}?\b(?:from|in|during|until)\s+"
    rf"(?:early\s+|mid-?|late\s+)?{_MONTH.format(g='m')}\b(?!\.?\s*\d)"
)


def ahead_of_story(clause: str, date: str, when: dt.date | None) -> bool:
    """Return whether a stop told in the present falls on a day after the story's own:
    "heads to Kenya on June 12", in a story dated May 2, is the plan, as English tells
    one in the present, or as a timetable's "Arrival at X"; or is the goal of a place left
    on the story's own day ("left X this morning for Y"), not reached as the story is told."""
    return (
        when is not None
        and len(date) == 10
        and dt.date.fromisoformat(date) > when
        and (PRESENT_FOR_FUTURE.search(clause) is not None or bool(_TIMETABLE.search(clause)))
    ) or LEFT_TODAY_FOR.search(clause) is not None


#: A timetable's nominal leg: "Arrival at X", "Departure from X".
_TIMETABLE = re.compile(r"\b(?:arrival|departure)s?\s+(?:at|in|from|for|to)\b", re.IGNORECASE)


#: A year right after a name, in its clause: "toured X in 1957", "X, back in 1998".
_IN_YEAR_AFTER = re.compile(r"^[^.;:,]{0,20}?\b(?:in|back\s+in|during)\s+(1[5-9]\d\d|20\d\d)\b")


def years_before(after: str, year: int) -> bool:
    """Return whether the words right after a name date it to a year before the story's
    ("his grandfather toured Togo in 1957", told in 2024): a
    visit of another time, no stop of this journey."""
    m = _IN_YEAR_AFTER.match(after)
    return m is not None and int(m[1]) < year
