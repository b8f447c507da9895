"""The patterns a sentence's clauses are read with: anaphors ("the city", "the Samoan
capital", "it"), what joins a description to its name ("the city of Tver", "the capital,
Lusaka"), clause boundaries and fronted phrases, and the gaps an apposed name may leave
before its figure; and the two helpers read with them alone (:func:`gap_ok`,
:func:`parentheticals`). :mod:`mapper.claims.sentence` applies them to a sentence's names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mapper.geoparse.people import PART_WORDS

from .anaphor_nouns import _ANAPHOR_NOUNS
from .types import Endpoint
from .vocabulary import _CLAIM_RE, HEDGE

if TYPE_CHECKING:
    from .sentence_names import Name

#: Words allowed between a preposition and the name it governs.
#: ... a capitalised word too when it says who holds the place: "of Russian-held Donetsk".
_GAP_WORD = re.compile(
    r"[a-z][a-z'’-]*|[a-z]+\.|[A-Z][a-z]+-(?:held|controlled|occupied|backed|run|administered)"
)
_GAP_STOP = frozenset(
    """and or but to from in at on by with into onto over under which that who where when
    while as than is are was were be been being has have had will would can could may might
    said says km kilometres kilometers miles mile metres meters""".split()
)
_MAX_GAP_WORDS = 6
#: A kind of place capitalised before "of" and the name: "the Port of", "the City of".
_KIND_OF_TITLE = re.compile(r"\b(?:Port|City|Town|Village|Municipality|Borough)\s+of\b")
# Pronouns and anaphors that can open a clause as its subject ("It lies", "The city is").
_NOUNS = "|".join(n.replace(" ", r"\s+") for n in _ANAPHOR_NOUNS)
# A people's adjective by its ending, where no gazetteer has read the text: "Samoan",
# "Syrian", "Japanese", "Polish", "Welsh", "Iraqi", "Baltic", "Greek", "Dutch", "Swiss"
_PEOPLE = r"[A-Z][a-z]+(?:an|ian|ese|ish|sh|i|ic|ek|ch|ss)"


#: A word before an anaphor's noun: "the old port", "the snow-capped peak", or a size in a
#: compound, with its conversion: "the 4,810-metre (15,781 ft) mountain".
_MODIFIER = (
    r"(?:[a-z]+(?:-[a-z]+)*|\d[\d,.]*-(?:foot|feet|ft|metre|meter|m|mile|km|kilometre|"
    r"kilometer|acre|hectare|year|storey|story)(?:\s+\([^()]{1,30}\))?)"
)


#: The last of the nouns: "the mountain community" is a community, not "the mountain".
_LAST_NOUN = rf"(?!\s+(?i:{_NOUNS})\b)"


def _anaphor(people: str, bare: bool = False) -> re.Pattern[str]:
    # "the Samoan capital", "the Syrian port": an adjective of a country may come first;
    # after a preposition, also with no article ("south of Somali capital")
    unarticled = rf"|{people}\s+" if bare else ""
    late = rf"(?:{people}\s+)?" if bare else ""
    opening = rf"(?:(?i:the)\s+(?:{people}\s+)?{unarticled})"
    return re.compile(
        # "There are tombs ...": an existential "there" points nowhere
        r"(?P<np>(?i:it|they|here|there(?!\s+(?:is|are|was|were|will|has|have|remains?)\b))\b|"
        # "This is about 260 km north-east of X": a bare "this" before its copula
        r"(?i:this)(?=\s+(?:is|was|lies|puts|places)\b)|"
        # "this small Belgian town", "this Ohio town": a capitalised word among its words
        r"(?i:this|that|these|those|its|their)\s+"
        rf"(?:(?:{_MODIFIER}|[A-Z][a-z]+)\s+){{0,2}}(?i:{_NOUNS})s?\b{_LAST_NOUN}|"
        # "the quiet, rather sleepy village of X": modifiers may be parted by commas
        # ... and after "of" or "from", "the glorious Georgian city of X": a people's
        # adjective after the others
        rf"{opening}(?:{_MODIFIER},\s+)?(?:{_MODIFIER}\s+){{0,2}}?{late}"
        rf"(?i:{_NOUNS})\b{_LAST_NOUN})"
    )


_SUBJECT_ANAPHOR = _anaphor(_PEOPLE)
# After "of" or "from" (never a subject: "The Satish Dhawan Space Centre is ...") a
# people's adjective may take two words: "the Sri Lankan capital".
# ... and a part of it may be named first: "from the heart of the Spanish capital".
_REFERENCE_ANAPHOR = re.compile(
    r"(?:(?i:the\s+(?:city\s+)?(?:centre|center|heart|middle)\s+of)\s+)?"
    + _anaphor(rf"(?:[A-Z][a-z]+\s+)?{_PEOPLE}", bare=True).pattern
)
# What joins an anaphor to the name it introduces: "the city of Tver", "the capital,
# Lusaka", "the port city Mersin", "the active volcano Etna".
# "The volcano, known as "Fuego", is": the name it goes by.
#: "The nearest major city is Dushanbe": a superlative's noun is the name its copula gives.
_NEAREST_IS = re.compile(r"\s+(?:is|was)\s+")
_NEAREST = re.compile(r"\b(?:nearest|closest)\b", re.IGNORECASE)
_NAME_AFTER = re.compile(
    # "the nearest city and port of X": two nouns joined by "and" name one place
    rf"(?:\s+(?:and\s+)?(?i:{_NOUNS})\b)*(?:(?P<of>\s+of\s+(?:the\s+)?)|"
    # "the town, known as X", "the town named X"
    r",?\s+(?:(?:also|locally|commonly)\s+)?(?:known\s+as|called|named)\s+[\"\u201c\u2018']?|,\s+|\s+"
    # "the nearest city (Tahoua)": the name in brackets after the noun
    r"(?:\(\s*(?=[A-Z][^()]{0,40}\)))?)"
)
# "the Moscow suburb Khimki", "the Kent village of Wye": a place's noun between the place
# it lies in and its own name
_KIND_BETWEEN = re.compile(rf"\s+(?:[a-z]+\s+)?(?i:{_NOUNS})(?:\s+of|,)?\s+")
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
_PRONOUN = re.compile(r"(?i:it|they|here|there)")
_IN_AREA = re.compile(r"\s+(?:in|of|on)\s+(?:the\s+)?")
# Between a described place and its name: ", ", ", the City of " ("the capital of British
# Columbia, the City of Victoria").
_APPOSED = re.compile(r",\s+(?:the\s+(?i:city|town|village|port)\s+of\s+)?")
_CAPITAL_OF = re.compile(r"(?:\bthe\s+)?\bcapital\s+(?:city\s+)?of\s+(?:the\s+)?$", re.IGNORECASE)
# "the Greek island of Crete": the words between a people's adjective and the name
_DESCRIBED_OF = re.compile(r"(?:\s+[a-z]+){1,2}\s+(?:of|called|named)\s+(?:the\s+)?")
_DEMONYM_GAP = re.compile(
    r"\s*(?:the\s+|an?\s+)?(?P<people>[A-Z][\w-]+)(?:\s+[a-z]+){1,2}\s+(?:of|called|named)\s+"
    r"(?:the\s+)?"
)
# An unknown name opens a clause as its subject only before a verb of place or a comma
# ("Harbin is ...", "Aalen, city, ..."), not before any verb ("Rescuers found ...").
_PLACE_VERB = (
    r"(?:is|are|was|were|lies|lie|lay|sits|sit|sat|stands|stood|remains|located|situated)\b"
)
_COPULA_AFTER = re.compile(rf"\s*(?:,|\(|{_PLACE_VERB})")
_SUBJECT_IS = re.compile(rf"\s+{_PLACE_VERB}")  # "Fiji is ...": the subject is described
_DETERMINER = re.compile(r"(?:(?:the|a|an)\s+)?", re.IGNORECASE)
# A clause that opens with a participle: its subject comes after it.
# An adverb may qualify it: "Conveniently located ...", "Ideally placed ...".
_PARTICIPLE = (
    r"(?:(?:conveniently|ideally|perfectly|beautifully|centrally|strategically|picturesquely|"
    r"idyllically|handily|nicely|superbly|spectacularly|dramatically|quietly|peacefully|"
    r"remotely|prominently|favou?rably|directly)\s+)?"
    r"(?:located|situated|lying|sitting|set|positioned|perched|placed|nestled|tucked|found|"
    r"lost|hidden|isolated|surrounded|sheltered|wedged|squeezed|clinging|straddling|hugging)\b"
    # or a phrase of where, before the figure: "Deep in the hills, ...", "Far out at sea, ...",
    # "At a distance of 159 km from X, ..."
    r"|(?:deep|far|high|low)\s+(?:(?:out|up|down|away)\s+)?(?:in|on|at|into|among|above|"
    r"within|inside)\s|at\s+a\s+distance\s+of\s"
)
_FRONTED = re.compile(_PARTICIPLE, re.I)
_FRONTED_AT = re.compile(rf"[\s,(\[]*{_PARTICIPLE}", re.I)
#: A trip's length fronted before the place it leads to: "A 30 km drive from X, ..., Y is".
_FRONTED_TRIP = re.compile(r"(?:(?:just|only)\s+)?an?\s+(?:(?:short|quick|easy|long)\s+)?", re.I)
_TRIP_AFTER = re.compile(
    r"[^,;]{1,30}?\b(?:drive|ride|walk|hike|flight|trip|journey|cycle|bus\s+ride|train\s+ride)"
    r"\s+(?:away\s+)?from\b",
    re.I,
)


def fronted_at(text: str, start: int, pos: int) -> bool:
    """Return whether the clause from ``start`` opens on a fronted phrase before the figure
    at ``pos``, its located place coming after it: a participle ("Located on the Tigris,
    ...") or a trip's length ("A 30 km drive from X, ..., Y is ...")."""
    return bool(_FRONTED.match(text, start, pos)) or bool(
        _FRONTED_TRIP.fullmatch(text, start, pos) and _TRIP_AFTER.match(text, pos)
    )


# The pronoun or anaphor subject after a fronted participle's phrase: "Located ..., it
# has", "Situated ... from X, the town is".
_FRONTED_PRONOUN = re.compile(
    rf",\s+(?P<np>it|they|the\s+(?:[a-z]+\s+)?(?:{_NOUNS}))\s+(?:is|was|has|had|lies|sits|stands|remains|[a-z]+s|[a-z]+ed)\b",
    re.IGNORECASE,
)


def pronoun_after_comma(text: str, pos: int, end: int) -> re.Match[str] | None:
    """Return the pronoun or anaphor subject after one of the commas in the 80 characters
    after ``pos`` (", it is a spa town"; past an aside: "north of Leeds on the Nidd, it is")."""
    for i in range(pos, min(end, pos + 80)):
        found = _FRONTED_PRONOUN.match(text, i, end) if text[i] == "," else None
        if found is not None:
            return found
    return None


_VERB_AFTER = re.compile(
    r"\s+(?:has|had|have|was|is|lies|sits|became|remains|served|used\s+to|offers|boasts|"
    # any verb in the present: "Situated 200 km north of X, Kiruna enjoys ..."
    r"(?!news\b|series\b|species\b)[a-z]{3,}[^s\W]s)\b"
)
#: Compass abbreviations, which end a name ("12 nautical miles NNE of Cape Soya").
_COMPASS = frozenset("N NNE NE ENE E ESE SE SSE S SSW SW WSW W WNW NW NNW".split())
# Where a clause ends and the next begins, within a sentence.
_BOUNDARY = re.compile(
    r";|:(?!\d)|\s[-\u2013\u2014]{1,2}\s|\u2014|"
    # "told McCormick that ...": the one told is no subject of the clause after "that"
    r"\b(?:told|tells|warned|assured|informed|reminded)\s+(?:[\w'\u2019.-]+\s+){1,4}?that\b|"
    r"\b(?:said|says|say|told|reported|reports|added|noted|stated|warned|announced|confirmed|"
    # "determined the epicentre was 20 km west of X": what was found is a clause of its own
    r"determined|estimated|calculated|indicated|showed|shows|believed?|believes|"
    # ... in the present too: "It calculates that the quake was centred 223 km NE of X"
    r"determines|estimates|calculates|indicates|suggest(?:s|ed)|reckon(?:s|ed)|thinks|thought)"
    r"(?:\s+that)?\b|\baccording\s+to\b|"
    r"\b(?:but|while|whereas|although|though|when|whereupon|because)\b|"
    # "..., and it is 80 km west of X": a second clause, its subject a pronoun
    r",\s*and\b(?=\s+(?:the|a|an|its|their|[A-Z]|it\s+(?:is|lies|sits|stands|was)\b))|"
    # "X is the capital of Y and Z is 30 km away from it": "and", a name, its own verb
    r"(?P<and>\s+and)\b(?=\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*\s+(?:is|lies|sits|stands)\b)|"
    # "..., the village of Z is 7 km west of X": a comma joining a second clause with its verb
    r",(?=\s+the\s+(?:town|city|village|hamlet|port|island|borough)\s+of\s+"
    r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*\s+(?:is|lies|sits|stands)\b)|"
    r"(?P<rel>\b(?:which|where|who)\b)"
)
#: "between X": the "and" after it joins the pair, no clause ("between X and Y is ...").
_BETWEEN_NAME = re.compile(r"\bbetween\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*$")


def boundaries(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """Yield the clause boundaries (:data:`_BOUNDARY`) between ``lo`` and ``hi``."""
    for m in _BOUNDARY.finditer(text, lo, hi):
        if not (m.group("and") and _BETWEEN_NAME.search(text, max(lo, m.start() - 60), m.start())):
            yield m


#: A lowercase way noun after the second of two places a road is named for.
_PAIRED_WAY = r"\s+(?:highway|road|railway|railroad|expressway|motorway|freeway|corridor)\b"
#: The second of two places a road is named for ("the Maiduguri-Damaturu highway").
_PAIR_SECOND_OF_WAY = re.compile(_PAIRED_WAY)
#: A road named for a place, after the place's name: "Utah Highway 12", "Ohio Route 7".
_ROAD_AFTER = re.compile(
    r"\s+(?:Hwy\.?|Highway|Route|Interstate|Freeway|Expressway|Motorway|Turnpike|Road|Street)\b"
)
#: A direction's "of" before a name: the name is where the direction runs from.
_DIRECTION_OF = re.compile(
    r"\b(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ward)?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: An apposition that names an area after "of": ", the capital of " (East Java province).
_OF_APPOSITION = re.compile(r",\s+the\s+(?:[a-z]+\s+){1,3}of\s+(?:the\s+)?")
#: "In " opening a clause before an area's name: a fronted place of the clause's event.
_IN_FRONTED = re.compile(r"\s*[Ii]n\s+(?:the\s+)?")
#: A body a place's name opens ("New Zealand Air Force", "Nepal Police", "US Geological
#: Survey"): the place is no subject of the clause.
_BODY_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'\u2019-]*){0,2}?\s+(?:Air\s+Force|Army|Navy|Police|Coast\s+Guard|"
    r"Survey|Ministry|Department|Government|Embassy|Consulate|Airlines?|Airways|Times|Post|"
    r"News|Party|Council|"
    # a road or a line named for a place: "the Trans-Canada Highway", "the Karakoram Highway"
    r"Highway|Expressway|Freeway|Motorway|Turnpike|Railway|Railroad|Mainline)\b|"
    # or one end of the pair a road is named for: "on the Maiduguri-Damaturu highway"
    r"[-\u2013][A-Z][\w'\u2019]*" + _PAIRED_WAY
)
#: A source cited inside a clause, up to its comma: "according to the U.S. Geological Survey,".
_CITED = re.compile(r"according\s+to\b[^,;()]*,", re.IGNORECASE)
#: The words of a citation before the source's name: "according to the US".
_CITED_BEFORE = re.compile(r"\baccording\s+to\b[^,;()]*$", re.IGNORECASE)
# The noun a relative clause hangs on, right before ", which": "led the assault, which".
_ANTECEDENT_NOUN = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?P<noun>[a-z][\w-]*),?\s*$"
)
# Adverbials that open a clause before its subject ("In 2011, ", "Meanwhile, ").
_ADVERBIAL = re.compile(
    r"\s*(?:in|on|at|by|as\s+of|after|before|during|since|until|from|meanwhile|however|"
    # a clause fronted on a conjunction: "Although Lyon is bigger, Grenoble lies ..."
    r"(?:even\s+)?(?:although|though|whereas|while|whilst|because|unless)|"
    r"under|amid|despite|following|"
    # sentence adverbs: "Firstly, it is located ..."
    r"first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|lastly|additionally|besides|moreover|"
    r"furthermore|indeed|interestingly|unfortunately|fortunately|luckily|sadly|surprisingly|"
    r"importantly|notably|originally|historically|geographically|traditionally|officially|"
    r"reportedly|apparently|conveniently|"
    # a comment on the telling: "More precisely, it lies ...", "To be exact, it is ..."
    r"(?:more\s+|most\s+)?(?:precisely|exactly|specifically|strictly|basically|essentially|"
    r"technically|actually|simply|briefly|honestly|frankly|admittedly|incidentally)|"
    r"to\s+(?:be|put|say)|"
    r"also|still|now|then|today|yesterday|earlier|later|instead|overall|even\s+now|"
    # "Located in the Midwest, it is ...": a participle's phrase before the subject
    r"located|situated|nestled|perched|lying|set|positioned|"
    r"at\s+the\s+same\s+time|for\s+example|in\s+addition)\b[^,;]{0,60}?,\s*",
    re.IGNORECASE,
)
# An adverb before a pronoun subject, with no comma: "Today it lies ..."
_BARE_ADVERB = re.compile(r"(?:today|now|then|still|also|currently)\s+(?=(?:it|they)\b)", re.I)
# What may stand between an apposed name and its figure: ", a village located ", " – ",
# or a bare space before a qualifier ("a farm near Uppsala some 70 km north of").
_APPOSITION = re.compile(
    r"\s+$|"
    # "X and Y, two communities about 100 km west of Z": a number of places, too
    # (a people's adjective among the words: "Tavira, a Portuguese fishing port some 30 km")
    r"(?:,|\s[-\u2013\u2014]{1,2})\s*(?:(?:a|an|the|two|three|four|both)\s+"
    r"(?:[A-Za-z][a-z]+(?:-[a-z]+)*\s+){0,4}?)?"
    rf"(?:(?:located|situated|lying|sitting|set|{HEDGE}|over|under|less\s+than|more\s+than|at)\s+)*$"
)
# A name described right before its figure: ", a beach town ", ", the capital ".
# (a figure's loose qualifier is vocabulary.HEDGE: "some 70 km", "just 5 miles")
_DESCRIBED_APPOSITION = re.compile(
    rf",\s+(?:a|an|the|two|three|four|both)\s+(?:[a-z]+(?:-[a-z]+)*\s+){{1,4}}?(?:{HEDGE}\s+)?$"
)
_QUALIFIED = re.compile(rf"{HEDGE}\s")
# A participle of place right before a figure: ", located about ", ", situated some ".
_PLACED_APPOSITION = re.compile(
    rf",\s+(?:located|situated|lying|sitting|set)\s+(?:{HEDGE}\s+)?(?:at\s+)?$"
)
# A border named by the country beyond it: "near the border with Chile".
_BORDER_WITH = re.compile(r"\b(?:border|frontier)s?\s+(?:with|of)\s+(?:the\s+)?$", re.I)
# A new, unnamed place right before a figure, the object of a verb or a preposition:
# "seized a village 20 km from X", "control of two key cities about 400 km from Y"; not
# after a copula ("X is a town 20 km from Y") nor in apposition (", a village 10 km").
_NEW_PLACE = re.compile(
    r"(?<![,(\u2013\u2014-])\s(?!(?:is|are|was|were|be|been|remains?|became|becomes|lies|lay|"
    r"sits|stands)\s)[a-z]+\s+(?:a|an|one|two|three|four|five|six|several|\d+)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:village|town|city|cities|settlement|hamlet|camp|base|outpost|"
    r"community|communities)s?\s+"
    rf"(?:{HEDGE}\s+)?$"
)
#: A fronted phrase of company, time or description before a clause's subject: "Along with
#: its neighbours, X ...", "In 1962, X ...", "Long a royal seat of Y, X is".
FRONTED_PHRASE = re.compile(
    r"\W*(?:along\s+with|together\s+with|like|unlike|once|formerly|home\s+to|"
    r"known\s+(?:as|for)|famous\s+for|in|on|after|since|during|by|despite|with|for|today|"
    r"now|later|then)\b[^,.;:]{0,80},\s*",
    re.IGNORECASE,
)
#: A name and its verb, the subject that opens a clause: "Mahabalipuram is", "Anguilla left".
_NAME_THEN_VERB = re.compile(
    r"(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*\s+(?:is|was|are|were|lies|lay|sits|"
    r"stands|remains|became|has|had|[a-z]{3,}ed|[a-z]{3,}[^s\W]s)\b"
)


def no_subject(text: str, start: int, name_start: int, name_end: int, pos: int) -> bool:
    """Return whether the name at ``name_start:name_end`` can be no subject of the clause
    from ``start`` with its figure at ``pos``: the second name of a road, the reference of
    a direction with no figure, or a name in a fronted phrase."""
    return (
        second_of_way(text, name_start, name_end)
        or after_direction(text, start, name_start)
        or in_fronted_phrase(text, start, name_start, pos)
    )


def in_fronted_phrase(text: str, start: int, name_start: int, pos: int) -> bool:
    """Return whether a name lies in a phrase fronted before the clause's own subject and
    the figure at ``pos``: "Long a royal seat of the lords of Y, X lies 59 km from
    Z" (Y)."""
    fronted = FRONTED_PHRASE.match(text, start, pos)
    return (
        fronted is not None
        and name_start < fronted.end()
        and _NAME_THEN_VERB.match(text, fronted.end(), pos) is not None
    )


#: A placement verb right before "in" a new place's words: "X lies in a little village
#: 59 km from Y", where the village is X itself.
_PLACED_IN = re.compile(
    r"\b(?:is|are|was|were|lies|lie|lay|sits|located|situated|set|nestled|perched)\s+in$",
    re.IGNORECASE,
)


def new_place_before(text: str, lo: int, pos: int) -> bool:
    """Return whether an unnamed new place stands right before the figure at ``pos``
    ("seized a village 20 km from X"), not the subject's own setting ("X lies in a small
    village 20 km from Y")."""
    found = _NEW_PLACE.search(text, max(lo, pos - 80), pos)
    return found is not None and not _PLACED_IN.search(
        text, max(lo, found.start() - 30), found.start() + 3
    )


#: A copula right before a figure: "X is some 12 km to Y" places X.
_COPULA_BEFORE = re.compile(
    rf"\b(?:is|are|was|were|lies|lie|sits|located|situated)\s+(?:(?:{HEDGE}|over|under)\s+)?$",
    re.IGNORECASE,
)
# The names of natural features: no town a figure would place.
_FEATURE = re.compile(r"\b(?:river|lake|sea|mountains?|range|bay|gulf|creek|valley)\b", re.I)
# Words that make the name after them a neighbour of the subject, not the subject.
#: A name as who holds or runs the place after it: "Likasi-held Kamina", "Kalemie-backed".
_HELD_AFTER = re.compile(
    r"-(?:held|controlled|occupied|backed|run|led|allied|annexed|administered)\s+", re.I
)
_NEIGHBOUR = re.compile(
    # "near X", "nearby X"; not "the nearby X", which names the place a clause goes to
    r"\b(?:adjacent|next|close|near|(?<!\bthe\s)nearby|beside|opposite|across\s+from|"
    r"neighbou?ring|suburbs?\s+of|outskirts\s+of)\b"
    r"(?:\s+to)?\s+(?:the\s+(?:[a-z]+\s+){0,2}(?:of\s+)?)?$",
    re.IGNORECASE,
)
# A relative clause that goes straight on to its verb: "which sits", "that lies".
_REL_VERB = re.compile(rf"\s+{_PLACE_VERB}")
# A relative clause closed before the main verb that holds the figure: "Merapi, which
# towers over the island of Java, is about 430 km east of": the name before it is placed.
_CLOSED_RELATIVE = re.compile(
    r",\s+(?:which|that)\s[^,;()]*,\s+(?:(?:is|are|was|were|lies|lay|sits|sat|stands|stood)\b"
    # "X, which ..., is a port in Y county, 300 km west of": the figure after its comma
    # "Mount Kelud, which sits on Java, about 620 km east of": the figure in apposition
    rf"[^,;()]*(?:,\s*(?:{HEDGE}\s+)?)?|(?:{HEDGE}\s+)?)$"
)
# Between a name and the relative pronoun that hangs on it: ", " or nothing.
_REL_GAP = re.compile(r",?\s*")
_PARENS = (("(", ")"), ("[", "]"))
_DASH_PAIR = re.compile(r"\s(?:--|[\u2013\u2014])\s")
#: Between the places of a series, past a qualifier: ", ", " and ", ", Texas, and ".
_SERIES_GAP = re.compile(
    r"(?:\s*\([^()]{0,30}\)|,\s+[A-Z][^,;.]{0,30}?)?(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
)
# ", Democratic Republic of the " before "Congo": the rest of one capitalised name.
_RUN_GAP = re.compile(r",\s+(?:[A-Z][\w'\u2019-]*\s+(?:(?:of|the|and)\s+)*)+")
# "X's capital", "X state capital, Y", "X's capital city Y": the capital of X.
_CAPITAL_AFTER = re.compile(
    r"(?:['\u2019]s|(?:\s+[a-z]+){1,2})\s+capital(?:\s+city)?\b,?\s*(?=[A-Z])|"
    r"['\u2019]s\s+capital(?:\s+city)?\b|"
    r"\s+capital(?:\s+city)?\b(?!\s+[A-Z])"  # "the Fiji capital", "the Queensland capital"
)
#: A site of a town before the town: "the zero kilometre marker in the city of X", "the
#: main square in X": the town is the reference.
_SITE_IN = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}(?:marker|monument|square|plaza|cathedral|station|"
    r"cent(?:re|er)|harbou?r|museum|palace|church|town\s+hall|city\s+hall|post\s+office|"
    r"headquarters|airport|airfield|terminal|pier|jetty|quay|depot)\s+"
    r"(?:in|at)\s+(?:the\s+(?:city|town|village)\s+of\s+)?|"
    # "south of district town, Kangra": a bare description set off by a comma
    r"(?!(?:the|a|an|its|their|his|her|this|that)\s)[a-z]+\s+(?:capital|city|town|port|seat)\s*,\s+",
    re.IGNORECASE,
)
#: Before a clause's subject: its comma, and any "the town of" ("..., the town of X makes").
_AFTER_COMMA = re.compile(
    r",\s*(?:the\s+(?:[A-Za-z][a-z]+\s+){0,2}(?:town|city|village|hamlet|borough|township|"
    r"commune|municipality|port|islands?|isle|"
    r"atoll|oasis|resort|ruins|remains|site|temple|monastery|abbey|fortress|caves?|crater|"
    r"mountain|volcano|peak|lake)"
    # "the city of X", "the sacred mountain X", and a time before the subject: "as of 2004 X"
    r"(?:\s+of)?\s+|as\s+of\s+\d{4}\s+|in\s+\d{4}\s+)?$"
)
#: An aside between a name and its verb: " – a busy market town –", " (pop. 9,000)".
_ASIDE = re.compile(
    r"\s+(?:[\u2013\u2014][^\u2013\u2014]{1,80}?[\u2013\u2014]|--.{1,80}?--|\([^()]{1,80}\))"
)
#: A capitalised name after "the town of": "Hope", "Mount Pleasant".
_OF_NAME = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}")
#: Kinds of place that hold others: a relative clause after one does not make it the
#: place a figure locates ("Portugal, which ..., is 25 km from" places nothing named).
_CONTAINERS = frozenset({"country", "region", "continent", "macroregion"})


#: ", a " or ", an " before a capitalised run: a description in title case, no name.
_INDEFINITE_APPOSITION = re.compile(r",\s+(?:a|an)\s+")


def described_name(text: str, before_end: int, name: Name) -> bool:
    """Return whether ``name`` is a title-case description set after the name that ends
    at ``before_end`` ("Avenches, a Roman Heritage Site"): no place of its own."""
    return name.mention is None and bool(
        _INDEFINITE_APPOSITION.fullmatch(text, before_end, name.start)
    )


#: A definite description between a town and an area: "Brest, the great port of Brittany,".
_AREA_DESCRIPTION = re.compile(r",\s+the\s+(?:[a-z]+\s+){1,3}(?:of|in)\s+(?:the\s+)?")


#: A description between a name and its figure, in commas: ", the capital of the regency, ".
_DESCRIBED_BETWEEN = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[A-Za-z][a-z]+(?:-[a-z]+)*\s+){{1,6}}?[A-Za-z][a-z]+,\s+(?:{HEDGE}\s+)?$"
)


#: What describes a fronted noun before the name it is ("The old seat of the kings, Kandy
#: lies"): a phrase of or in, no verb, then a comma.
_APPOSED_NAME = r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}"
_FRONTED_DESCRIPTION = re.compile(
    rf"\s+(?:of|in)\s+(?:[^,;.()]{{1,60}}?,\s+(?={_APPOSED_NAME}\s+{_PLACE_VERB})|"
    # "The old seat of the kings, X, lies": a comma may close the apposition after
    # a described noun (not "The town of Dayton, Wyoming, is": a town, then its state)
    rf"(?=[a-z])[^,;.()]{{1,60}}?,\s+(?={_APPOSED_NAME},\s+{_PLACE_VERB}))"
)


def fronted_description(text: str, end: int, limit: int) -> int | None:
    """Return where the name after a fronted noun's description starts, or None."""
    found = _FRONTED_DESCRIPTION.match(text, end, limit)
    return found.end() if found else None


def cited(text: str, lo: int, start: int) -> bool:
    """Return whether the name at ``start`` is the source a clause cites ("according to
    X,"), looking back to the comma before it (not before ``lo``)."""
    comma = text.rfind(",", lo, start)
    return _CITED_BEFORE.search(text, max(lo, comma + 1), start) is not None


def described_before(window: str) -> int | None:
    """Return where the name before a described apposition ends in ``window`` (the text
    up to a figure): "Kapit, the last town of the basin, 160 km" gives Kapit's."""
    found = _DESCRIBED_BETWEEN.search(window)
    return found.start() if found else None


def described_by_area(text: str, before: Name, name: Name) -> bool:
    """Return whether the area ``name`` only describes the town ``before`` it ("Brest,
    the great port of Brittany, 740 km WNW"): the figure places the town."""
    return (
        name.is_area
        and not before.is_area
        and before.mention is not None
        and bool(_AREA_DESCRIPTION.fullmatch(text, before.end, name.start))
    )


def gap_ok(gap: str) -> bool:
    """Return whether the words between a preposition and a name are its descriptors
    ("the Port of" before "Piraeus" is one, capitalised as a title)."""
    # an opening quote or an okina right before the name: "of \u2018Ohonua", "of 'Eua"
    gap = gap.rstrip("'\"\u2018\u201c\u02bb")
    words = _KIND_OF_TITLE.sub(lambda m: m.group().lower(), gap).split()
    if len(words) > _MAX_GAP_WORDS:
        return False
    # a part of the place, capitalised or not, is one: "of Downtown Houston"
    return all(
        (_GAP_WORD.fullmatch(w) is not None and w not in _GAP_STOP) or w.lower() in PART_WORDS
        for w in words
    ) and not any(c in gap for c in ",;:()")


def parentheticals(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Return the spans of the parenthetical asides of a sentence: brackets and dash pairs."""
    spans = []
    for opener, closer in _PARENS:
        i = text.find(opener, lo, hi)
        while i != -1:
            j = text.find(closer, i + 1, hi)
            if j == -1:
                break
            spans.append((i, j))
            i = text.find(opener, j + 1, hi)
    dashes = [m.start() for m in _DASH_PAIR.finditer(text, lo, hi)]
    spans += list(zip(dashes[::2], dashes[1::2], strict=False))
    return spans


def second_of_way(text: str, start: int, end: int) -> bool:
    """Return whether the name at ``start:end`` is the second of two a road is named for:
    the "Damaturu" of "the Maiduguri-Damaturu highway"."""
    before = text[start - 2 : start]
    return (
        len(before) == 2
        and before[1] in "-\u2013"
        and before[0].isalpha()
        and _PAIR_SECOND_OF_WAY.match(text, end) is not None
    )


def fronted_in(text: str, start: int, name_start: int, name_end: int) -> bool:
    """Return whether a clause opening at ``start`` fronts the name as where its event is:
    "In Lincolnshire, about 14 miles from X, the road crosses ..."."""
    return _IN_FRONTED.fullmatch(text, start, name_start) is not None and text.startswith(
        ",", name_end
    )


#: A trip's time from a place: "a two-hour drive from Lyon, 150 km from X".
_TRIP_TIME_FROM = re.compile(
    r"\b(?:drive|ride|flight|walk|journey|trip|sail|hike|hours?|minutes?|days?)\s+"
    r"(?:away\s+)?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def after_direction(text: str, lo: int, start: int) -> bool:
    """Return whether the name at ``start`` is where a direction with no figure runs from:
    "a harbour south of Matara" (not "15 km north of Tivoli", a figure's own reference),
    or a trip's time ("a two-hour drive from Lyon, 150 km from X"): a reference."""
    if _TRIP_TIME_FROM.search(text, max(lo, start - 40), start):
        return True
    found = _DIRECTION_OF.search(text, max(lo, start - 30), start)
    return found is not None and not any(
        c.isdigit() for c in text[max(lo, found.start() - 20) : found.start()]
    )


def apposed_to_town(text: str, town_end: int, name_start: int, area: bool) -> bool:
    """Return whether a name sits in an apposition describing the town before it, as an
    area ("Surabaya, the capital of East Java province") or as what the town is the
    capital of, whatever its kind ("Kasese, the district capital of Rwenzori"): a clause
    after it is about the town."""
    ranked = area or "capital" in text[town_end:name_start]
    return ranked and _OF_APPOSITION.fullmatch(text, town_end, name_start) is not None


#: The nearest place named before a figure in brackets: "Its closest rail halt is Wardha (".
_NEAREST_BRACKET_RE = re.compile(
    r"\b(?:nearest|closest)\b[^.;()]{0,60}?\b(?:is|was)\s+[^.;()]{1,40}?\(\s*$", re.IGNORECASE
)


def hung_anaphor(text: str, lo: int, before: int) -> Endpoint | None:
    """Return the noun anaphor a relative clause hangs on, right before it ("Smoke from the
    volcano, which lies 30 km north of X": the place "the volcano" refers back to), or None
    (a pronoun, or a noun that names no kind of place: "the assault, which ...")."""
    hung = [
        m
        for m in _SUBJECT_ANAPHOR.finditer(text, lo, before)
        if not text[m.end("np") : before].strip(" ,")
    ]
    if not hung or _PRONOUN.fullmatch(hung[-1]["np"]):
        return None
    np = hung[-1]
    return _np_endpoint(np)


#: An anaphor right before the comma a figure follows: "... got to the town, 12 km".
_APPOSED_ANAPHOR = re.compile(
    rf"(?P<np>(?i:the|this|that)\s+(?:{_MODIFIER}\s+){{0,2}}(?i:{_NOUNS}))(?:\s*,\s*|\s+)"
    rf"(?:{HEDGE}\s+)?$"  # "the village just 9 km from X"
)


def anaphor_apposed(text: str, lo: int, pos: int) -> Endpoint | None:
    """Return the anaphor a figure at ``pos`` stands in apposition to, when the clause
    names no place ("crews got to the town, 12 km from X", "outside the town 12 km from
    X"), or None."""
    found = _APPOSED_ANAPHOR.search(text, max(lo, pos - 60), pos)
    if found is None:
        return None
    return _np_endpoint(found)


#: A clause that opens after a comma on an anaphor and its verb, right before a figure:
#: "Set 5 km from X, which is its second city, the airfield lies 20 km from Y"; or after a
#: fronted phrase's last name, the comma left out ("Lying off Y the island is 20 km ...").
_ANAPHOR_VERB_BEFORE = re.compile(
    rf"(?:,\s*|\b[A-Z][\w'\u2019-]*\s+)(?P<np>(?i:the|this|that)\s+(?:{_MODIFIER}\s+){{0,2}}(?i:{_NOUNS})"
    r"|(?<=, )(?:it|they))\s+"  # "Surrounded by vines, it lies 12 km from X"
    r"(?:is|are|was|were|lies|lie|sits|stands|remains)\s+(?:(?:also|just|only|still|now|"
    r"conveniently|ideally|located|situated|set|placed)\s+){0,3}$"
)


def anaphor_subject_before(text: str, lo: int, pos: int) -> Endpoint | None:
    """Return the anaphor that opens the clause a figure at ``pos`` ends, after a comma
    ("..., the airfield lies 20 km from Y"), or None."""
    found = _ANAPHOR_VERB_BEFORE.search(text, max(lo, pos - 80), pos)
    if found is None:
        return None
    return _np_endpoint(found)


def _np_endpoint(found: re.Match[str]) -> Endpoint:
    """Return the anaphor a pattern's ``np`` group matched, as an endpoint."""
    return Endpoint(found["np"], found.start("np"), found.end("np"), True)


def figure_between(text: str, start: int, end: int) -> bool:
    """Return whether a distance figure stands between two offsets: a list of places each
    placed by its own figure ("A, 17 km south of X, B, 9 km west of X")."""
    return _CLAIM_RE.search(text, start, end) is not None
