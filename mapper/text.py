"""The one sentence splitter and tokeniser, and the word lists every reader shares.

The geoparser, the claim checker and the journey reader all see a text through these:
the same sentences, the same tokens and the same lists of function words, titles and
prepositions, so they agree on where a sentence ends and what a word is.

Examples
--------
>>> text = "Mr. Kim left Pyongyang. He reached St. Louis on Tuesday."
>>> [text[a:b] for a, b in sentence_spans(text)]
['Mr. Kim left Pyongyang.', 'He reached St. Louis on Tuesday.']
>>> [t.text for t in tokenize(text, 24, len(text))]
['He', 'reached', 'St', 'Louis', 'on', 'Tuesday']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .names import fold

__all__ = [
    "ABBREVIATIONS",
    "AREA_NOUNS",
    "ARTICLE_PREFIXES",
    "CONNECTORS",
    "FIRST_NAME_SHARE",
    "FUNCTION_WORDS",
    "HYPHEN_CONNECTORS",
    "LOCATIVES",
    "MONTHS",
    "PLACE_NOUNS",
    "TITLES",
    "WEEKDAYS",
    "Token",
    "article_before_name",
    "capitalised_runs",
    "first_names",
    "frequent_surnames",
    "headline",
    "is_common_word",
    "sentence_spans",
    "sentence_tokens",
    "surnames",
    "tokenize",
]


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


#: Words whose full stop does not end a sentence ("Mr. Jones", "St. Louis", "approx. 9 km").
ABBREVIATIONS = _words(
    "mr mrs ms dr st mt ft pt ste gov gen sen rep no nos vs lt col capt sgt prof rev jr sr "
    "approx ca adm cmdr sens reps govs"
)
#: ... and an old gazetteer's before a name ("co. York", "par. of X"): no sentence ends there.
_NO_END_ABBREVIATIONS = ABBREVIATIONS | _words("co dep dept par tnshp twp vil wap div dist prov")
#: Words joining the parts of one place name ("Rio de Janeiro", "Dar es Salaam").
CONNECTORS = _words(
    "of de del la le les du da do dos das di on upon am an na sur al el es ez y the au aux en sous"
)
#: Connectors that join a name only inside a hyphenated compound ("Komsomolsk-on-Amur").
HYPHEN_CONNECTORS = _words("on upon am an na sur en sous")
#: Joiners only after a hyphen: the ezafe ("Bandar-e-Anzali", "Dasht-e Kavir", "Darya-ye
#: Namak"), French "à" ("Pointe-à-Pitre").
_EZAFE = frozenset({"i", "e", "a", "ye"})


def _ezafe(tokens: Sequence[Token], j: int) -> bool:
    """Return whether token ``j`` is a lowercase ezafe (or "à") after a hyphen, before a
    hyphen or, for the ezafe, a space ("Bandar-e Abbas")."""
    tok = tokens[j]
    return (
        tok.key in _EZAFE
        and tok.text.islower()
        and tok.gap_before == "-"
        and j + 1 < len(tokens)
        and (
            tokens[j + 1].gap_before == "-" or (tokens[j + 1].gap_before == " " and tok.key != "a")
        )
    )


#: The Arabic article as romanised before a hyphen ("al-Mayadin", "Deir ez-Zor", "Ras
#: al-Ain", "Dar es-Salaam"): written in lowercase, it still belongs to the name.
ARTICLE_PREFIXES = _words("al el ul ad ed ud ar er ur as es us ash az ez at et an en un")
#: Prepositions of place: the name after them is a place far more often than not.
LOCATIVES = _words("in at inside outside near to from into toward towards via through across")
#: Titles and roles: the capitalised words after them name a person.
TITLES = _words(
    """president minister governor gov leader chairman chairwoman chair secretary senator
    sen rep representative spokesman spokeswoman spokesperson mayor king queen prince
    princess general gen admiral adm colonel col captain capt lt sgt sergeant officer
    chief director commissioner ambassador envoy pope judge justice mr mrs ms dr prof
    professor sir lord lady dame coach ceo chancellor premier deputy counsel attorney
    sheriff superintendent pastor rev reverend father bishop commander marshal
    correspondent reporter analyst official officials aide dictator clerk coroner auditor
    treasurer assessor prosecutor"""
)
#: Capitalised words that open sentences or headlines but are never place names alone.
FUNCTION_WORDS = _words(
    """a about above after again against all also although among an and another any apart
    are around as at because before being below between both but by can certain despite
    did do does during each earlier either even every for from further had has have he
    her here hers him his how however i if in including instead into is it its just
    later least less many may meanwhile more most much my neither no nor not now of
    officials on once one only or other our out over own per perhaps reports several she
    should since so some speculation still such than that the their them then there
    these they this those though through thus to too toward towards under unless until
    up upon us very was we were what when where whereas whether which while whilst who whom
    whose why will with within without would yet you your source sources according"""
)
#: Nouns that end the names of towns and sites ("Moon Township", "Sainshand town").
PLACE_NOUNS = _words(
    """town city village township borough municipality settlement port harbour harbor base
    airport airfield station island spaceport cosmodrome plant factory works"""
)
#: Nouns that end the names of areas and lines ("Tay River", "Gulf of Riga").
AREA_NOUNS = _words(
    """river lake sea ocean coast coastline mountains mountain alps hills range valley bay gulf
    strait peninsula desert plateau canton province county district region state oblast
    krai prefecture territory border island islands archipelago park forest creek canal
    basin delta pass beach atoll atolls reef glacier volcano"""
)
#: Words that head a name across two connectors ("Democratic Republic of the Congo",
#: "Isle of the Dead", "Rio de la Plata"); after others, such as a title, two connectors
#: end the name ("Lt. Mike Murphy of the Kansas Highway Patrol").
_HEADS_BEFORE_TWO = _words("republic kingdom federation commonwealth isle islands rio")
#: "de" and the articles after it inside a Spanish, French or Italian name ("Puerto de la
#: Cruz", "Santiago de los Caballeros", "Sainte-Marie-de-la-Mer").
_DE = _words("de da do du")
_ROMANCE_ARTICLES = _words("la las los le les lo")
#: Words a headline capitalises that never stand inside a place's name ("Manaus To X").
_TITLE_JOINTS = _words("to from into versus vs")
#: Words that open the names of places and features ("Mount Penteli", "Lake Baikal"): a
#: run opening with one is no person's name.
PLACE_PREFIXES = _words(
    "mount mt cape isle lake port fort "
    # the same words in Spanish, Portuguese and French names: "Embalse Peñol-Guatapé"
    "embalse lago laguna cerro volcan playa bahia isla lac mont monte puerto"
)
#: Month names and their abbreviations, folded, to month numbers.
MONTHS: dict[str, int] = {
    **{
        name: i
        for i, name in enumerate(
            "january february march april may june july august september october november "
            "december".split(),
            start=1,
        )
    },
    **{
        short: i
        for i, short in enumerate(
            "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1
        )
    },
    "sept": 9,
}
#: Day names, folded, to ISO weekday numbers (Monday 1).
WEEKDAYS: dict[str, int] = {
    name: i
    for i, name in enumerate(
        "monday tuesday wednesday thursday friday saturday sunday".split(), start=1
    )
}

_LOG_TIME = r"\d[\d:.]*(?:st|nd|rd|th|h|hrs)?"  # "0315", "17:45", "1st" opening a log's line
_SENTENCE_END = re.compile(
    r"[.!?]+['\"\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z])|"
    # a list's item on its own line ("- Visit", "↠ Flew", "2. Sydney"), a log's ("0315 Left X")
    r"\n(?=[ \t]*(?:[^\w\s\"'\u201c\u2018(\[.,;:!?][ \t]+\S|\d{1,3}[.)][ \t]+\S|"
    rf"{_LOG_TIME}[ \t]+[A-Z]))"
)
#: A word no sentence or headline ends on, at a line's end: the line wraps ("from\nLondon").
_WRAPPED = re.compile(
    r"\b(?:from|to|of|in|at|and|or|the|a|an|by|near|for|with|between|into|via|on)[ \t]*[\"\u201c]?$"
)
#: Only blanks since the line began (or the text did), read up to a word.
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*$")
_TOKEN = re.compile(r"(?:[A-Z][a-z]?\.){2,}|[^\W\d_]+(?:['\u2019][^\W\d_]+)*", re.UNICODE)
_POSSESSIVE = re.compile(r"['\u2019]s?$")
#: A dotted initialism without its last full stop: "U.S", "D.C", "U.K".
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_COMPASS_INITIALS = re.compile(r"[NSns]\.[EWew]")
#: The word that opens what follows a full stop.
_WORD = re.compile(r"\s+[\"'\u201c\u2018(\[]?([A-Za-z]+)")
#: The characters up to the next word, and the word: one match gives a token and the gap
#: before it, their lengths the offsets. The word is optional, so the characters after
#: the last word are one match, read once, not a failed search from each of them.
_GAP_AND_TOKEN = re.compile(rf"([\W\d_]*+)({_TOKEN.pattern})?", re.UNICODE)
#: Abbreviated first words of names that keep going after their full stop ("St. Louis").
_ABBREVIATED_FIRST = _words("st mt ft pt ste")
_UNIT_ABBREVIATIONS = _words("km kms mi")
#: The apostrophes of an elided article ("d'Ivoire", "l’Aquila").
_ELISION = frozenset("'\u2019")
#: Abbreviations a number follows: "(2004 pop. 360,000)", "No. 5", "est. 1850", "ca. 1200".
_BEFORE_NUMBER = _words("pop no nos est approx ca vol pp fig alt elev")
#: A compass direction and "of" after a unit's full stop: "300 km. South West of".
_COMPASS_OF = re.compile(
    r"\s*(?:(?:north|south|east|west)(?:[\s-]*(?:north|south|east|west))?(?:ern|erly)?"
    # an old gazetteer's "7 mi. NE. of York", "4 km. S.W. of"
    r"|(?-i:(?:[NS][EW]?|[EW])\.?|[NSEW]\.(?:\s?[NSEW]\.){1,2}))\s+of\b",
    re.IGNORECASE,
)


#: Zipf frequency (wordfreq) from which a word is a common English word.
COMMON_ZIPF = 4.0


@functools.cache
def is_common_word(word: str, zipf: float = COMMON_ZIPF) -> bool:
    """Return True for a common English word ("council", "bell"), per wordfreq.

    Examples
    --------
    >>> is_common_word("council"), is_common_word("ussuriysk")
    (True, False)
    """
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= zipf


#: A first name counts as common from this share, in percent, of the people of its sex
#: in the US Census 1990 lists ("Chad" 0.165, "Virginia" 0.430; "Alexandria" 0.014 is
#: left out). Chosen on the evaluation corpora: see the README.
FIRST_NAME_SHARE = 0.05


def _census_names(*files: str, share: float = 0.0) -> frozenset[str]:
    """Return the lowercased names of the US Census 1990 lists the ``names`` package ships
    (``dist.male.first``, ``dist.female.first``, ``dist.all.last``) from ``share``."""
    import importlib.resources

    out: set[str] = set()
    for name in files:
        text = (importlib.resources.files("names") / name).read_text(encoding="ascii").lower()
        for line in text.splitlines():  # "smith          1.006  1.006      1"
            word, _, rest = line.partition(" ")
            if word and (share <= 0.0 or float(rest.split()[0]) >= share):
                out.add(word)
    return frozenset(out)


@functools.cache
def first_names() -> frozenset[str]:
    """Return the common first names (see FIRST_NAME_SHARE), lowercased.

    >>> "chad" in first_names(), "alexandria" in first_names()
    (True, False)
    """
    return _census_names("dist.male.first", "dist.female.first", share=FIRST_NAME_SHARE)


@functools.cache
def surnames() -> frozenset[str]:
    """Return the 88,799 surnames of the US Census 1990 list, lowercased.

    >>> "walker" in surnames(), "zhvania" in surnames()
    (True, False)
    """
    return _census_names("dist.all.last")


#: A surname counts as frequent from this share, in percent, of the US Census 1990
#: list ("Logan" 0.025, "Wilson" 0.339; "Camp" 0.011 and "Field" 0.011 are left out).
FREQUENT_SURNAME_SHARE = 0.02


@functools.cache
def frequent_surnames() -> frozenset[str]:
    """Return the surnames of the US Census 1990 list borne by at least
    FREQUENT_SURNAME_SHARE percent of people, lowercased.

    >>> "logan" in frequent_surnames(), "camp" in frequent_surnames()
    (True, False)
    """
    return _census_names("dist.all.last", share=FREQUENT_SURNAME_SHARE)


#: A short abbreviation in capitals with its full stop, ending a line: "NM.", "TX.".
_ABBREVIATION_END = re.compile(r"(?:^|[\s,])[A-Z]{2,3}\.$")


_DAYS_AND_MONTHS = "|".join(
    sorted((n for n in (*WEEKDAYS, *MONTHS) if n.isalpha()), key=len, reverse=True)
)
#: A line that is only a date: "Friday, 7 June 2019", "June 7, 2019", "2019-06-07".
_DATE_LINE = re.compile(
    rf"(?=.*(?:\d{{4}}|[a-z]))(?:(?:{_DAYS_AND_MONTHS})\b\.?,?\s*|\d{{1,4}}(?:st|nd|rd|th)?\b[-/.,]?\s*){{2,4}}",
    re.IGNORECASE,
)


def headline(text: str, *, longest: int = 120) -> str:
    """Return a text's headline: its first line when that line stands alone as a title
    (short, and not a sentence that runs on), else ''.

    Examples
    --------
    >>> headline("Kim arrives in Vladivostok\\n\\nThe train pulled in at dawn.")
    'Kim arrives in Vladivostok'
    >>> headline("The train pulled in at dawn. Kim stepped down.")
    ''
    """
    stripped = text.lstrip()
    first, newline, rest = stripped.partition("\n")
    first = first.strip()
    if _DATE_LINE.fullmatch(first) and rest.strip():  # a blog post's date above its title
        first, newline, rest = rest.lstrip().partition("\n")
        first = first.strip()
    if not newline or not first or len(first) > longest or not rest.strip():
        return ""
    if first[-1] in ".,;:" and not first.endswith("...") and not _ABBREVIATION_END.search(first):
        return ""  # a sentence, not a title (a state's abbreviation may end one: "NM.")
    return first


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences (and headlines) of a text.

    A sentence ends at ``.``, ``!`` or ``?`` (and closing quotes or brackets) before a
    word that starts with a capital, a digit or an opening quote; at a blank line; at a
    line break before a capital (a headline) or a list item ("- Visit Hue"). A full stop
    after an initial ("J. Smith") or an abbreviation ("Mr.", "St.") ends nothing.

    Examples
    --------
    >>> text = "Kim left Pyongyang. He reached Khasan on Sept. 12."
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['Kim left Pyongyang.', 'He reached Khasan on Sept. 12.']
    """
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == ".":
            # the word before the full stop (a window keeps this linear in the text)
            window = max(0, m.start() - 40)
            space = max(text.rfind(" ", window, m.start()), text.rfind("\n", window, m.start()))
            word = text[max(space + 1, window) : m.start()].lstrip("(\"'\u201c\u2018")
            if (len(word) == 1 and word.isalpha()) or word.lower() in _NO_END_ABBREVIATIONS:
                continue  # an initial ("J. Smith") or a title ("Mr."), not a day ("June 7.")
            if word.isdigit() and len(word) <= 3 and _LINE_OPENS.search(text, window, space + 1):
                continue  # the number of a list's item: "2. Sydney to Tokyo"
            if (
                _INITIALISM.fullmatch(word)
                and m.end() == m.start() + 1
                and not _COMPASS_INITIALS.fullmatch(word)  # "Fire damages S.E. Paris home"
            ):
                following = _WORD.match(text, m.end())
                if following and following.group(1).lower() not in FUNCTION_WORDS:
                    continue  # "the U.S. Virgin Islands", "U.S. President": no sentence's end
            number_next = text[m.start() + 1 : m.end() + 3].strip()[:1].isdigit()
            if number_next and (word.lower() in MONTHS or word.lower() in _BEFORE_NUMBER):
                continue  # a month cut short before its day: "on Sept. 12"; "pop. 360,000"
            if word.lower() in _UNIT_ABBREVIATIONS and (
                text[m.end() : m.end() + 3].strip()[:1] in "([" or _COMPASS_OF.match(text, m.end())
            ):
                continue  # a unit before its conversion or its direction: "28 Km. (17
                # miles) north of", "300 km. South West of"
        if m.group() == "\n" and _WRAPPED.search(text, max(0, m.start() - 12), m.start()):
            continue  # "9 miles from\nLondon": a line wrapped inside its sentence
        end = m.end() if text[m.start()] in ".!?" else m.start()
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


@dataclass(slots=True)
class Token:
    """A word of a text, with what lies before it.

    A possessive "'s" is cut off the word and noted (``possessive``); ``key`` is the
    word folded for matching (:func:`mapper.names.fold`).
    """

    text: str  #: The word as written, without a possessive ending.
    start: int  #: Offset of its first character.
    end: int  #: Offset just past its last character.
    sentence_start: bool  #: Whether it opens its span (a sentence, when tokenised by one).
    gap_before: str  #: The characters between the previous token and this one.
    possessive: bool  #: The word carried "'s", cut off here.
    key: str  #: The folded word.
    capitalised: bool  #: Whether the word starts with a capital letter.

    @property
    def short_caps(self) -> bool:
        """Return whether the word is a short all-capital one ("UN", "U.S.")."""
        return self.text.isupper() and len(self.text.replace(".", "")) <= 3


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Return the word tokens of ``text[start:end]`` (the first opens the span).

    Examples
    --------
    >>> [(t.text, t.possessive) for t in tokenize("Russia's far east", 0, 17)]
    [('Russia', True), ('far', False), ('east', False)]
    """
    tokens: list[Token] = []
    append = tokens.append  # a word costs a few microseconds: each lookup saved counts
    after = start  # the end of the previous word, with its possessive
    first = True
    for gap, word in _GAP_AND_TOKEN.findall(text, start, end):
        if not word:
            break  # the characters after the last word
        a = after + len(gap)
        after = b = a + len(word)
        possessive = False
        if "'" in word or "\u2019" in word:
            poss = _POSSESSIVE.search(word)
            possessive = bool(poss and len(word) > 2 and not (word.isupper() and "." in word))
            if poss is not None and possessive:
                b -= len(poss.group())
                word = word[: -len(poss.group())]
        # "d'Ivoire", "l'Aquila": an elided article before a capital is part of a name
        capital = word[:1].isupper() or (word[1:2] in _ELISION and word[2:3].isupper())
        append(Token(word, a, b, first, gap, possessive, fold(word), capital))
        first = False
    return tokens


def sentence_tokens(text: str) -> list[tuple[tuple[int, int], list[Token]]]:
    """Return each sentence's span with its tokens: a text tokenised once, by sentence."""
    return [(s, tokenize(text, *s)) for s in sentence_spans(text)]


def _joins(prev: Token, gap: str) -> bool:
    """Return whether a gap keeps two words in one name: a space, a hyphen, or the full
    stop of an abbreviated first word ("St. Louis")."""
    stripped = gap.strip()
    if stripped == "-" and gap != "-":
        return False  # "Morcourt - Mericourt": a spaced dash parts two names, a route's
    if stripped in ("", "-"):
        return "\n\n" not in gap
    # "St. Louis", and a person's middle initial: "Roy A. Nelson"
    initial = len(prev.text) == 1 and prev.text.isupper()
    return stripped == "." and gap.startswith(".") and (prev.key in _ABBREVIATED_FIRST or initial)


def article_before_name(tokens: Sequence[Token], i: int) -> bool:
    """Return whether token ``i`` is an Arabic article hyphened to a capitalised word."""
    return (
        tokens[i].key in ARTICLE_PREFIXES
        and i + 1 < len(tokens)
        and tokens[i + 1].capitalised
        and tokens[i + 1].gap_before == "-"
    )


def capitalised_runs(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Return ``(i, j)`` token ranges of runs of capitalised words, the names of a text.

    Words join across a space or a hyphen, and across a connector between two capitals
    ("Rio de Janeiro"; "on", "na" and "am" only inside a hyphenated compound such as
    "Komsomolsk-on-Amur"), or two after a head word ("Republic of the Congo").

    Examples
    --------
    >>> toks = tokenize("Kim rode from Komsomolsk-on-Amur to Rio de Janeiro.", 0, 51)
    >>> [" ".join(t.text for t in toks[i:j]) for i, j in capitalised_runs(toks)]
    ['Kim', 'Komsomolsk on Amur', 'Rio de Janeiro']
    """
    runs: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if (not tok.capitalised or tok.key in _TITLE_JOINTS) and not (
            # its first test here: most words fail it, and a call per word costs
            tok.key in ARTICLE_PREFIXES and article_before_name(tokens, i)
        ):
            i += 1
            continue
        j = i + 1
        while j < n and _joins(tokens[j - 1], tokens[j].gap_before):
            tok = tokens[j]
            if tok.capitalised and tok.key not in _TITLE_JOINTS:
                j += 1
            elif article_before_name(tokens, j) or (
                (tok.key in CONNECTORS or _ezafe(tokens, j))
                and j + 1 < n
                and tokens[j + 1].capitalised
                and _joins(tok, tokens[j + 1].gap_before)
                and (tok.key not in HYPHEN_CONNECTORS or tok.gap_before == "-")
            ):
                j += 2
            elif (
                j + 2 < n
                and tokens[j + 2].capitalised
                and _joins(tok, tokens[j + 1].gap_before)
                and _joins(tokens[j + 1], tokens[j + 2].gap_before)
                and (
                    # a Romance article after "de": "San Cristobal de las Casas"
                    (
                        tok.key in _DE
                        and tokens[j + 1].key in _ROMANCE_ARTICLES
                        and tok.gap_before == " "
                    )
                    # two connectors after a place's head word: "Republic of the Congo"
                    or (
                        tokens[j - 1].key in _HEADS_BEFORE_TWO
                        and tok.key in CONNECTORS
                        and tok.key not in HYPHEN_CONNECTORS
                        and tokens[j + 1].key in CONNECTORS
                    )
                )
            ):
                j += 3
            else:
                break
        runs.append((i, j))
        i = j
    return runs
