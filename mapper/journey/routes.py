"""Legs written as routes, not told by a verb: names joined by dashes or arrows
("Mauritius - Johannesburg - Zanzibar"), a leg taken "between" two places, a leg as a
sentence's subject ("Warsaw to Vilnius was a cramped coach") and a diary's day headings
("Day 2: Oamaru to Queenstown"). Each gives the roles of the names it joins: the first
left, the others reached.
"""

from __future__ import annotations

import re

from mapper.document import Document

__all__ = ["route_chain"]

#: Arrows written between places: "→", "➔", "➜", "➡", "⇒".
_ARROWS = "\u2192\u2794\u279c\u27a1\u21d2"
# Between the places of a route written out: " - ", " (South Africa) - ", " → ".
# (on one line: a list's next item is no next place)
_CHAIN_JOINT = re.compile(
    rf"(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*(?:[-\u2013\u2014>{_ARROWS}]|->)[ \t]*"
)
_BRACKETED = re.compile(r"\s*\(\s*")
#: Between one leg and the next that starts where it ended: "Auckland-Bangkok, Bangkok-".
_LEG_AFTER_LEG = re.compile(r"[ \t]*(?:,|;|and|then|,\s*then)[ \t]*")


def route_chain(doc: Document, *, narrated: bool) -> dict[int, str]:
    """Return the roles of names written as a route, three or more joined by dashes or
    arrows ("Mauritius - Johannesburg (South Africa) - Zanzibar - Moscow"): the first is
    left (reached, when named before), the others reached; and, when a traveller tells the
    trip (``narrated``), of a diary's day headings ("X to Y")."""
    roles: dict[int, str] = {}
    run = [0]
    mentions = doc.mentions
    tail = mentions[0].end if mentions else 0  # where the run's last name ends
    for i in range(1, len(mentions) + 1):
        if i < len(mentions) and _BRACKETED.fullmatch(
            doc.text, mentions[i - 1].end, mentions[i].start
        ):
            continue  # "Johannesburg (South Africa)": the country only says where
        if (
            i < len(mentions)
            and mentions[i].place == mentions[run[-1]].place
            and _LEG_AFTER_LEG.fullmatch(doc.text, tail, mentions[i].start)
        ):
            tail = mentions[i].end  # "Auckland-Bangkok, Bangkok-Fukuoka": on from Bangkok
            continue
        joined = i < len(mentions) and _CHAIN_JOINT.fullmatch(doc.text, tail, mentions[i].start)
        if joined:
            run.append(i)
            tail = mentions[i].end
            continue
        if len(run) >= 3 or (len(run) == 2 and _leg_line(doc, run)):
            # a route from a place named before goes on from it: "a night train to Lao
            # Cai ... - Lao Cai ➔ Sapa" left no new place
            start = mentions[run[0]].place
            named = any(m.place == start for m in mentions[: run[0]])
            roles.update({k: "depart" if k == run[0] and not named else "arrive" for k in run})
        run = [i]
        tail = mentions[i].end if i < len(mentions) else 0
    roles.update(_legs_between(doc))
    if narrated:
        roles.update(_heading_legs(doc))
        roles.update(_legs_as_subjects(doc))
    return roles


#: "we rode the night bus between Skopje, North Macedonia and Tirana": a leg taken.
_TOOK_BETWEEN = re.compile(
    r"\b(?:took|rode|caught|boarded|did|made|had)\s+(?:the|a|an|our|my|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:train|bus|ferry|boat|flight|plane|coach|ride|drive|journey|trip|"
    r"crossing|leg|sleeper)\s+between\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AND_NEXT = re.compile(r",?\s+and\s+(?:the\s+)?")
#: A leg as a sentence's subject, in the past: "Warsaw to Vilnius was a cramped coach",
#: "Then came Krakow to Lviv, where ...".
_SUBJECT_LEG_BEFORE = re.compile(r"\W*(?:(?:and\s+)?then\s+came\s+)?", re.IGNORECASE)
_SUBJECT_LEG_AFTER = re.compile(r"\s+(?:was|were|took)\b", re.IGNORECASE)
_CAME_LEG_AFTER = re.compile(r"\s*[,.;]")
_CLAUSE_JOINED = re.compile(r"[,;]\s+(?:and\s+|but\s+)?(?:then\s+)?$")


def _legs_between(doc: Document) -> dict[int, str]:
    """Return the roles of the two places of a leg taken "between" them: the first left,
    the second (after "and", a place's region or country perhaps between) reached."""
    roles: dict[int, str] = {}
    text, mentions = doc.text, doc.mentions
    for i, m in enumerate(mentions):
        span = doc.sentence_span(m.start)
        if span is None or not _TOOK_BETWEEN.search(text, span[0], m.start):
            continue
        for j in range(i + 1, min(i + 3, len(mentions))):
            if mentions[j].start >= span[1]:
                break
            if _AND_NEXT.fullmatch(text, mentions[j - 1].end, mentions[j].start):
                roles[i], roles[j] = "depart", "arrive"
                break
    return roles


def _legs_as_subjects(doc: Document) -> dict[int, str]:
    """Return the roles of a leg told as a sentence's subject, "X to Y was ...": X left,
    Y reached (a traveller's account only: a guide's "X to Y is a short hop" is no trip)."""
    roles: dict[int, str] = {}
    text, mentions = doc.text, doc.mentions
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        span = doc.sentence_span(first.start)
        if span is None or not _HEADING_TO.fullmatch(text, first.end, second.start):
            continue
        before = _SUBJECT_LEG_BEFORE.fullmatch(text, span[0], first.start)
        if before is None:
            # "..., and Riga to Tallinn was my final sleeper": a clause's subject
            joined = _CLAUSE_JOINED.search(text, span[0], first.start)
            if joined is None or joined.end() != first.start:
                continue
        came = before is not None and before.group().strip() != ""
        if _SUBJECT_LEG_AFTER.match(text, second.end) or (
            came and _CAME_LEG_AFTER.match(text, second.end)
        ):
            roles[i], roles[i + 1] = "depart", "arrive"
    return roles


#: A line that is only a leg, "X to Y", perhaps after its day: "Day 2: Oamaru to Queenstown".
# ... or a numbered list's item: "2. Sydney to Tokyo (via Hong Kong), two weeks in Japan"
_HEADING_BEFORE = re.compile(
    r"[ \t]*(?:(?:day|stage|leg)[ \t]+\d+[ \t]*[-:.\u2013\u2014]?[ \t]*|\d{1,3}[.)][ \t]+)?", re.I
)
_HEADING_TO = re.compile(r"[ \t]+to[ \t]+")
_HEADING_AFTER = re.compile(r"[ \t]*(?:\n|$|\(|,[ \t]+[a-z]|via\b)")
#: A leg told as a terse sentence of its own with its vehicle: "X to Y by the night train."
_LEG_BY = re.compile(r"[ \t]+(?:by|on|aboard)[ \t]+[^\n.!?;:]{1,60}\.(?:[ \t]|\n|$)")


def _heading_legs(doc: Document) -> dict[int, str]:
    """Return the roles of a leg written as a line of its own, "X to Y" (a day's heading
    in a travel diary told by its traveller): X left, Y reached. A guide's "Day 1: Sydney
    to Kiama" tells a plan, which its sentences say (the caller asks only of a traveller's
    account)."""
    roles: dict[int, str] = {}
    text, mentions = doc.text, doc.mentions
    opening = len(text) - len(text.lstrip())  # where the story's first line starts
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        if not _HEADING_TO.fullmatch(text, first.end, second.start):
            continue
        line_start = text.rfind("\n", 0, first.start) + 1
        terse = _LEG_BY.match(text, second.end) is not None
        if (
            # the story's headline is the headline's (headline.py); a terse sentence is not
            (line_start > opening or terse)
            and _HEADING_BEFORE.fullmatch(text, line_start, first.start)
            and (terse or _HEADING_AFTER.match(text, second.end))
        ):
            roles[i], roles[i + 1] = "depart", "arrive"
    return roles


# A spaced dash between the two places of a leg: "Moscow – Irkutsk".
_SPACED_DASH = re.compile(rf"\s+(?:[-\u2013\u2014{_ARROWS}]|->)\s+")


def _leg_line(doc: Document, run: list[int]) -> bool:
    """Return whether two names joined by a spaced dash or an arrow open a line (or a
    list's item), a leg of a route written out ("Irkutsk – Ulan Bator (stay in Mongolia)",
    "- Sapa ➔ Bac Ha route")."""
    first, second = doc.mentions[run[0]], doc.mentions[run[1]]
    line_start = doc.text.rfind("\n", 0, first.start) + 1
    return not doc.text[line_start : first.start].strip(" \t-*\u2022\u2013") and bool(
        _SPACED_DASH.fullmatch(doc.text, first.end, second.start)
    )
