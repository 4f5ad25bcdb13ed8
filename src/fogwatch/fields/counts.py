"""counts: killed, wounded and participants, with qualifiers.

A count is a number phrase tied to a casualty or refusal word in the same
clause: "27 soldiers were killed", "killing two soldiers", "the death toll rose
to 12", "60 paratroopers refused". The number phrase carries the qualifier
("at least 39" -> at_least, "up to 60" -> up_to, "about 30" -> about).

Vague amounts ("dozens", "scores", "hundreds", "thousands") are not counts:
the dev gold (eval/dev.gold.jsonl) leaves killed null for "killing dozens of
fighters" (6 such incidents), and a made-up 24 would disagree with every other
report of the event when linking. `parse_number` still reads them (24, 40, 200,
2000, flagged vague) for callers that want a floor.

"N soldiers and M militants died" adds the conjuncts: N + M.
"both pilots" is 2; "killing the pilot", "a soldier was killed" are 1.

"A and N other members" / "A and N of his subordinates" counts the named
leader too: N + 1 (or N + M when the first conjunct is itself "M officers").

Between the number and the verb may stand an aside that narrows the group,
numbers and all ("nine people, including two children, were killed", "(four of
them teenagers)", "-- among them two medics --"), adverbs ("lightly wounded",
"later died") and one group of two nouns ("22 passengers and crew died").
"Another was wounded", "a medic died" are 1.

Every evidence sentence is read: per field the first count wins, unless a later
exact figure fits an earlier hedged one ("at least 5" then "7") and so refines
it. Context sentences are a fallback, and only those that name no date or place
the evidence does not name: one that does speaks of another event.

An explicit zero ("no casualties", "no one was hurt") gives value 0, exact, but
only when no evidence sentence gives a positive count for that field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from fogwatch.model import Count, Mention, Qualifier

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000}
_MULTIPLIER = {"hundred": 100, "thousand": 1000}

_WORD = rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_UNITS[1:10])}))?|{'|'.join(_UNITS[1:])})"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_NUMBER = (
    rf"(?:(?<![\w./-])(?:{_DIGITS})(?![\w-]|[.,:]\d)"
    rf"|\b(?:(?:a|one|{_WORD})\s+(?:hundred|thousand)|{_WORD}|a\s+dozen|dozens|scores|hundreds|thousands)\b)"
)
_QUALIFIERS: dict[str, Qualifier] = {
    "at least": "at_least", "more than": "at_least", "over": "at_least", "in excess of": "at_least",
    "upwards of": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "up to": "up_to", "as many as": "up_to", "nearly": "up_to", "almost": "up_to", "close to": "up_to",
    "fewer than": "up_to", "less than": "up_to", "no more than": "up_to", "at most": "up_to", "under": "up_to",
    "about": "about", "around": "about", "some": "about", "roughly": "about", "approximately": "about",
    "an estimated": "about", "estimated": "about", "between": "at_least",
}  # fmt: skip
_QUAL = "|".join(q.replace(" ", r"\s+") for q in sorted(_QUALIFIERS, key=len, reverse=True))
# The number phrase: qualifier, number, optional "or more"; "and" before it marks a conjunct ("X and 39 other ...").
_AMOUNT = rf"(?P<conj>\band\s+)?(?:(?P<qual>{_QUAL})\s+)?(?P<num>{_NUMBER})(?P<more>\s+or\s+more)?"

_KILLED = (r"killed|dead|died|slain|perished|lost\s+their\s+lives|were\s+executed|were\s+shot\s+dead"
           r"|deaths|fatalities")  # fmt: skip
_WOUNDED = r"wounded|injured|hurt|injuries|maimed"
_REFUSED = (r"refused|refuse|refusing|deserted|mutinied|rebelled|protested|defected|fled\s+their\s+posts?"
            r"|(?:abandoned|left|fled)\s+their\s+(?:posts?|positions?|units?|trenches)|laid\s+down\s+(?:their\s+)?arms"
            r"|went\s+AWOL|disobeyed|deserters|refuseniks|mutineers|protesters|walked\s+off"
            r"|signed\s+(?:an?\s+)?(?:open\s+|collective\s+)?(?:letter|petition|appeal)")  # fmt: skip
_FIELD_WORDS = {"killed": _KILLED, "wounded": _WOUNDED, "participants": _REFUSED}
_ANY_FIELD_WORD = "|".join(_FIELD_WORDS.values())
_PERSON = (r"soldier|serviceman|service\s+member|person|civilian|member|man|woman|child|boy|girl|fighter|militant"
           r"|paratrooper|marine|officer|crew\s*member|crewman|pilot|navigator|sailor|resident|conscript|recruit"
           r"|guardsman|policeman|police\s+officer|volunteer|mercenary|subordinate|colleague|comrade|servicewoman"
           r"|reservist|prisoner|guard|gunner|sapper|infantryman|commander|worker|passenger|journalist|medic|driver"
           r"|villager|farmer|fisherman|employee|patient|student|pupil|teacher|doctor|nurse|rescuer|firefighter"
           r"|volunteer|operator|tanker|insurgent|jihadist|rebel|gunman|attacker|assailant|deserter|cadet|trainee"
           r"|instructor|contractor|commando|sniper|captain|lieutenant|sergeant|colonel|major|general|private"
           r"|son|daughter|wife|husband|mother|father|brother|sister|grandson|granddaughter|grandmother"
           r"|grandfather|nephew|niece|neighbou?r|friend|paramedic|aid\s+worker|miner|refugee|detainee"
           r"|hostage|bodyguard")  # fmt: skip
_PERSONS = (r"soldiers|servicem[ae]n|service\s+members|troops|people|persons|civilians|members|men|women|children"
            r"|fighters|militants|personnel|paratroopers|marines|officers|crew(?:men|\s*members)?|pilots|sailors"
            r"|residents|conscripts|recruits|guardsmen|policem[ae]n|police(?:\s+officers)?|volunteers|mercenaries"
            r"|others|subordinates|colleagues|comrades|servicewomen|reservists|prisoners|guards|gunners|sappers"
            r"|infantrymen|commanders|workers|passengers|journalists|medics|staff|drivers|villagers|farmers"
            r"|fishermen|employees|patients|students|pupils|teachers|doctors|nurses|rescuers|firefighters|them"
            r"|operators|tankers|insurgents|jihadists|rebels|gunmen|attackers|assailants|cadets|trainees|victims"
            r"|contractors|commandos|snipers|family\s+members|relatives|ones|paramedics|aid\s+workers|miners|refugees"
            r"|detainees|hostages|bodyguards")  # fmt: skip
# A gap of plain words: no digits, no number word but "one" ("from one unit"), no clause punctuation, no other
# casualty word.
_GAP_NUMBER = rf"(?:{'|'.join(_TENS)}|{'|'.join(_UNITS[2:])})(?:\s+[\w-]+){{0,2}}?\s+(?:{_PERSONS})"
_ORDINAL = r"\d+(?:st|nd|rd|th)\b"  # "the 155th brigade" names a unit, not a count
_GAP_WORD = rf"(?:(?!(?:{_ANY_FIELD_WORD}|and|or|{_GAP_NUMBER})\b)[^\s\d,;:.()\"“”]+|{_ORDINAL})"
# One parenthetical inside a subject: "80 soldiers from X, serving near Y, refused".
_PAREN_WORD = rf"(?:(?!(?:{_ANY_FIELD_WORD}|{_GAP_NUMBER})\b)[^\s\d,;:.()\"“”]+|{_ORDINAL})"
# An aside that narrows the subject may hold numbers of its own: "nine people, including two children, were
# killed", "nine people (two of them children)", "nine people - among them two medics - died".
_NO_FIELD = rf"(?!\b(?:{_ANY_FIELD_WORD})\b)"
_ASIDE_LEAD = (r"(?:including|among\s+(?:them|whom)|of\s+whom|most(?:ly)?(?:\s+of\s+them)?|mainly|many\s+of\s+them"
               r"|all\s+of\s+them|(?:one|two|three|four|five|six|\d+)\s+of\s+them|both|each)")  # fmt: skip
_ASIDE = (rf"(?:,\s+{_ASIDE_LEAD}\b(?:{_NO_FIELD}[^,;:.()\"“”]){{1,80}}?,|\s*\((?:{_NO_FIELD}[^()]){{1,80}}\)"
          rf"|\s+(?:--|[–—-])\s+(?:{_NO_FIELD}[^–—;.]){{1,80}}?\s+(?:--|[–—-]))")  # fmt: skip
_GAP = (rf"(?:\s+{_GAP_WORD}){{0,13}}?(?:{_ASIDE}|,(?:\s+{_PAREN_WORD}){{1,12}}?,)?"
        rf"(?:\s+{_GAP_WORD}){{0,8}}?")  # fmt: skip
# Conjoined nouns of one group: "22 passengers and crew", "14 soldiers and officers" (not "and 7 militants").
_COORD = rf"(?:(?:\s+[a-z-]+)?\s+(?:{_PERSONS})\s+(?:and|or)\s+(?!{_NUMBER})(?:[a-z-]+\s+)?(?:{_PERSONS}|{_PERSON})\b)?"
_ADVERBS = (r"(?:(?:also|reportedly|allegedly|later|subsequently|seriously|severely|critically|gravely|badly|lightly"
            r"|slightly|moderately|fatally|mortally)\s+)*")  # fmt: skip
_AUX = (r"(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is|got|being|reportedly|allegedly|similarly|also"
        r"|all|later)\s+)*")  # fmt: skip

# "27 soldiers were killed", "34 more were wounded", "11 members of ... rebelled".
_SUBJECT = re.compile(rf"{_AMOUNT}(?P<gap>{_COORD}{_GAP})\s+{_AUX}(?P<word>{_ANY_FIELD_WORD})\b", re.IGNORECASE)
# "killing two soldiers", "wounded at least 12 people", "killing 12 villagers and wounding 20".
_OBJECT = re.compile(
    rf"\b(?P<word>killing|killed|kills|wounding|wounded|injuring|injured|(?:lost|losing)(?!\s+(?:their|his|her)\s+lives?\b)"
    rf"|claimed\s+the\s+lives\s+of)\s+"
    rf"(?:(?:its|their|his|her|the)\s+[^\d;]{{0,80}}?,?\s+)?(?:(?:its|their|the|all|all\s+the|a\s+total\s+of)\s+)?"
    rf"{_AMOUNT}"
    rf"(?:(?P<gap>(?:\s+(?:other|more|of\s+(?:his|her|their|its)|[A-Z][\w'’-]*|[a-z]+(?:-[a-z]+)?)){{0,3}}?)"
    rf"\s+(?P<noun>{_PERSONS})\b"
    rf"|(?:\s+[a-z]+(?:-[a-z]+)?){{0,2}}?(?=\s*(?:[,;.]|$)|\s+(?:and|in|on|at|near|during|when|after|from|with"
    rf"|including|according|as)\b))",
    re.IGNORECASE,
)
# "killing 3 soldiers and 2 civilians": a second object group adds up (not "and 2 civilians were wounded").
_OBJECT_MORE = re.compile(
    rf"\s*,?\s+and\s+(?P<num>{_NUMBER})\s+(?:[a-z-]+\s+)?(?:{_PERSONS})\b"
    rf"(?!\s+(?:were|was|have|had|are|is|{_ANY_FIELD_WORD})\b)",
    re.IGNORECASE,
)
# "the death toll rose to 12", "the number of people killed ... has risen to 30".
_TOLL = re.compile(
    rf"\b(?:death\s+toll|number\s+of\s+(?:people\s+|civilians\s+|soldiers\s+)?(?P<toll>killed|dead|deaths|fatalities"
    rf"|victims|wounded|injured|injuries))\b(?:[^.;]{{0,100}}?)\s+(?:to|of|at|is|was|reached|hit|stands\s+at)\s+{_AMOUNT}",
    re.IGNORECASE,
)
# "both pilots were killed", "killing both crew members".
_BOTH = re.compile(
    rf"\b(?:(?P<verb>killing|killed|wounding|wounded|injuring|injured)\s+)?both\s+(?:[a-z]+\s+)?(?:{_PERSONS})"
    rf"(?(verb)|(?:{_GAP})\s+{_AUX}(?P<word>{_KILLED}|{_WOUNDED})\b)",
    re.IGNORECASE,
)
# "injuring a woman and her grandson".
_ONE = rf"(?:an?|one|the|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON})\b"
_PAIR = re.compile(rf"\b(?P<verb>killing|wounding|injuring|killed|wounded|injured)\s+{_ONE}\s+and\s+{_ONE}", re.I)
# "a soldier was killed", "the pilot, a major, was killed", "another was seriously wounded", "a medic died",
# "killing the pilot" (but not "killing a man and his son": that is _PAIR).
_SINGLE = re.compile(
    rf"\b(?:(?:an?|one|the|another)\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON})|another)"
    rf"(?:\s+(?:of|from)\s+[^,;.\d]{{1,40}}?)?(?:,[^,;.\d]{{1,60}},)?"
    rf"\s+(?:(?:was|has\s+been|had\s+been)\s+{_ADVERBS}(?P<word>{_KILLED}|{_WOUNDED})"
    rf"|{_ADVERBS}(?P<died>died|perished|succumbed|lost\s+(?:his|her)\s+life))\b"
    rf"|\b(?P<verb>killing|wounding|injuring|killed|wounded|injured)\s+(?:an?|one|the|its|their|his|her)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_PERSON})\b(?!\s+and\s+(?!(?:killing|wounding|injuring|killed|wounded|injured)\b))",
    re.IGNORECASE,
)
_ZERO = [
    (re.compile(r"\bno\s+(?:(?:civilian|military|human)\s+)?(?:casualties|victims)\b|\bwithout\s+casualties\b", re.I),
     ("killed", "wounded")),
    (re.compile(r"\b(?:no\s+one|nobody|no\s+people)\s+(?:was|were)\s+(?:hurt|harmed)\b", re.I), ("killed", "wounded")),
    (re.compile(r"\b(?:no\s+one|nobody|no\s+people)\s+(?:was|were)\s+killed\b|\bno\s+(?:deaths|fatalities)\b", re.I),
     ("killed",)),
    (re.compile(r"\b(?:no\s+one|nobody|no\s+people)\s+(?:was|were)\s+(?:injured|wounded)\b|\bno\s+injuries\b", re.I),
     ("wounded",)),
]  # fmt: skip
_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")  # fmt: skip
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
)
_NOT_A_COUNT_AFTER = re.compile(rf"^\s*(?:{_MONTH}\b|years?\b|-year|%|percent|mm\b|km\b|kilomet|miles?\b|hours?\b|"
                                r"minutes?\b|days?\b|weeks?\b|months?\b|times\b|a\.m|p\.m|o'clock)", re.I)  # fmt: skip
_NOT_A_COUNT_BEFORE = re.compile(rf"(?:\b{_MONTH}|\baged?|\bno\.?|\bnumber|\bunit|\bregiment|\bbrigade)\s*$", re.I)


# What makes a context sentence another event's: a date phrase or a place after a locative preposition.
_DATE_PHRASE = re.compile(
    rf"\b(?:(?:on|in|last|this)\s+)?(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    rf"|(?-i:{_MONTH_NAME})\s+\d{{1,2}}|\d{{1,2}}\s+(?-i:{_MONTH_NAME})|yesterday|last\s+(?:week|month|night))\b",
    re.IGNORECASE,
)
_ANOTHER_EVENT = re.compile(
    r"\s*(?:separately|elsewhere|meanwhile|in\s+(?:a\s+)?(?:separate|another|other|an\s+unrelated)\b|also\s+on\b)",
    re.IGNORECASE,
)
_PLACE_PHRASE = re.compile(r"\b(?:in|near|at|outside|around)\s+(?:the\s+)?(?P<place>(?-i:[A-Z][\w'’-]+))")
_COMPOUND = re.compile(rf"\s*,?\s+(?:and|or)\s+(?:{_KILLED}|{_WOUNDED})\b", re.IGNORECASE)
_LOST_BOTH = re.compile(rf"\s+(?:{_KILLED}|{_WOUNDED})\s*,?\s+(?:and|or)\s+(?:{_KILLED}|{_WOUNDED})\b", re.IGNORECASE)


class Counts(NamedTuple):
    killed: Count | None = None
    wounded: Count | None = None
    participants: Count | None = None


def find_counts(mention: Mention) -> Counts:
    """The killed, wounded and participant counts of one incident, from its evidence (context as fallback).

    A context sentence is read only when it speaks of this incident: one that names a date or a place the
    evidence does not name reports another event, and its figures are not this incident's.
    """
    texts = [s.text for s in mention.sentences]
    chosen = {field: _choose(field, texts) for field in _FIELD_WORDS}
    context = [s.text for s in mention.context if not _names_another_event(s.text, texts)]
    for field, count in chosen.items():
        if count is None and context:
            found = _choose(field, context)
            chosen[field] = found if found is not None and found.value > 0 else None
    return Counts(**chosen)


def _names_another_event(text: str, evidence: list[str]) -> bool:
    """Whether a sentence opens another event ("Separately, ...") or names a date or a place that none of the
    evidence sentences names."""
    if _ANOTHER_EVENT.match(text):
        return True
    named = " ".join(evidence).lower()
    dates = [m.group().strip() for m in _DATE_PHRASE.finditer(text)]
    places = [m.group("place") for m in _PLACE_PHRASE.finditer(text)]
    return any(phrase.lower() not in named for phrase in [*dates, *places])


def _choose(field: str, texts: list[str]) -> Count | None:
    """The first count stated for the field, unless a later sentence makes it exact; explicit zeros only when
    no sentence gives a count.

    "At least 5 soldiers were killed ... the army later said 7 soldiers were killed" -> 7: an exact figure
    that fits a hedged one ("at least", "up to", "about") is the more specific report of the same toll.
    """
    chosen: Count | None = None
    for text in texts:
        found = next((c for f, c in counts_in(text) if f == field), None)
        if found is not None and (chosen is None or _more_specific(found, chosen)):
            chosen = found
    if chosen is not None:
        return chosen
    for text in texts:
        for pattern, fields in _ZERO:
            m = pattern.search(text)
            if m and field in fields:
                return Count(value=0, qualifier="exact", quote=m.group())
    return None


def _more_specific(later: Count, earlier: Count) -> bool:
    if earlier.qualifier == "exact" or later.qualifier != "exact":
        return False
    if earlier.qualifier == "at_least":
        return later.value >= earlier.value
    if earlier.qualifier == "up_to":
        return later.value <= earlier.value
    return abs(later.value - earlier.value) <= max(2, earlier.value // 5)  # "about 30" fits 27 to 33


def counts_in(text: str) -> list[tuple[str, Count]]:
    """Every (field, Count) stated in one sentence, in text order."""
    found: list[tuple[int, str, Count]] = []
    for start, field, m in _matches(text):
        count = _count(m, text)
        if count is not None:
            found.append((start, field, count))
    found.sort(key=lambda f: f[0])
    return [(field, count) for _, field, count in found]


def _matches(text: str) -> Iterator[tuple[int, str, re.Match[str]]]:
    for m in _SUBJECT.finditer(text):
        field = _field_of(m.group("word"))
        # "killed or wounded" is a casualty total, neither field; "two of the wounded" is a part of a count.
        if field and not _COMPOUND.match(text[m.end() :]) and m.group("gap").strip().lower() != "of the":
            yield m.start(), field, m
    for m in _OBJECT.finditer(text):
        word = m.group("word").lower()
        field = "wounded" if word.startswith(("wound", "injur")) else "killed"
        if m.group("conj") and not text[m.end("word") : m.start("conj")].strip():
            continue  # "killed, and 3 others were injured": a new clause, not the object
        if word.startswith(("lost", "losing")) and _LOST_BOTH.match(text[m.end() :]):
            continue  # "lost 150 men killed and wounded": casualties, not deaths
        yield m.start("num"), field, m
    for m in _TOLL.finditer(text):
        yield m.start(), "wounded" if (m.group("toll") or "").lower().startswith(("wound", "injur")) else "killed", m
    for pattern in (_SINGLE, _BOTH, _PAIR):
        for m in pattern.finditer(text):
            word = (m.group("verb") or m.group("word") or "").lower() or ("killed" if m.groupdict().get("died") else "")
            field = "killed" if word.startswith("kill") else _field_of(word)
            field = "wounded" if word.startswith(("wound", "injur")) else field
            if field:
                yield m.start(), field, m


def _field_of(word: str) -> str | None:
    for field, words in _FIELD_WORDS.items():
        if re.fullmatch(words, word, re.IGNORECASE):
            return field
    return None


def _count(m: re.Match[str], text: str) -> Count | None:
    if m.re is _SINGLE:
        return Count(value=1, qualifier="exact", quote=m.group().strip())
    if m.re in (_BOTH, _PAIR):
        return Count(value=2, qualifier="exact", quote=m.group().strip())
    num = m.group("num")
    if _NOT_A_COUNT_AFTER.match(text[m.end("num") :]) or _NOT_A_COUNT_BEFORE.search(text[: m.start("num")]):
        return None
    value, vague = parse_number(num)
    if vague or value is None or (num.isdigit() and len(num) == 4 and 1900 <= value <= 2100):
        return None
    qualifier: Qualifier = _QUALIFIERS.get(_norm(m.group("qual") or ""), "exact")
    if m.group("more"):
        qualifier = "at_least"
    if m.group("conj"):
        # after an object verb ("killing the commander and two of his guards") only its object is the first conjunct
        head = m.end("word") if m.re is _OBJECT else 0
        value += _first_conjunct(text[head : m.start("conj")], text[m.end("num") :])
    start, end = (m.start("conj") if m.group("conj") else m.start()), m.end()
    if m.re is _OBJECT and _norm(m.group("qual") or "") != "between" and (more := _OBJECT_MORE.match(text, end)):
        added, vague = parse_number(more.group("num"))
        if added is not None and not vague:
            value, end = value + added, more.end()
    return Count(value=value, qualifier=qualifier, quote=text[start:end].strip())


def _first_conjunct(before: str, after: str) -> int:
    """What "X and" before a count adds: "four soldiers and 7 militants died" 4; "Captain X and 11 of his men" 1."""
    counted = re.search(rf"(?<![\w-])(?P<num>{_NUMBER})(?:\s+[a-z]+){{0,2}}?\s+(?:{_PERSONS})\s*$", before, re.I)
    if counted:
        value, vague = parse_number(counted.group("num"))
        return value if value is not None and not vague else 0
    if not re.match(r"\s*(?:other|others|of\s+(?:his|her|their|its))\b", after, re.IGNORECASE):
        return 0
    first = re.split(r"[;:]|\b(?:lost|said|that|including)\b", before)[-1]
    if re.search(rf"\b(?:{_ANY_FIELD_WORD})\b", first, re.IGNORECASE):
        return 0  # "27 were killed and 34 others wounded": two groups, not a leader and his men
    parsed = (parse_number(n.group())[0] for n in re.finditer(_NUMBER, first, re.IGNORECASE))
    numbers = [n for n in parsed if n is not None and not 1900 <= n <= 2100]
    return numbers[-1] if numbers else 1


def parse_number(phrase: str) -> tuple[int | None, bool]:
    """(value, vague) for a number phrase: "27", "1,200", "twenty-five", "a dozen", "two hundred", "dozens"."""
    p = _norm(phrase)
    if p.replace(",", "").isdigit():
        return int(p.replace(",", "")), False
    if p in _VAGUE:
        return _VAGUE[p], True
    if p == "a dozen":
        return 12, False
    words = re.split(r"[-\s]+", p)
    if words[-1] in _MULTIPLIER:
        head = 1 if words[0] in ("a", "one") else parse_number(" ".join(words[:-1]))[0]
        return (head * _MULTIPLIER[words[-1]] if head else None), False
    total = 0
    for w in words:
        if w in _TENS:
            total += 20 + 10 * _TENS.index(w)
        elif w in _UNITS:
            total += _UNITS.index(w)
        else:
            return None, False
    return total, False


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())
