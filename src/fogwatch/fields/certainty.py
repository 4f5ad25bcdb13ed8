"""certainty: confirmed / reported / alleged / unverified / denied, from the text's hedges.

Each code has its cues (verbs and phrases of reporting English). The evidence sentences are read
for all of them; the mention's context sentences ("X could not verify the report", "the ministry
denied it") only for the report-level codes denied, unverified and confirmed, because a hedge word
in a neighbouring sentence usually hedges something else. A hedge applies to the incident whose
sentence holds it: "in another alleged strike" hedges that incident, not the article. A note that nobody
could verify something counts only right after the evidence (two sentences on, if it points back at a
report): further off it is about another claim. Denying a part in the event ("denied any involvement") or
a figure of it ("disputed the toll") is no denial that it happened.

When several codes apply, the first in PRECEDENCE wins:
  denied      a party contradicting the report is what a reader most needs to know: the record is contested.
  confirmed   an authority admitting or confirming the event settles what an outlet could not verify
              itself ("X could not verify ..., but the ministry later confirmed ...") and outweighs a hedge.
  unverified  an explicit statement that nobody verified it says more than a hedge word.
  alleged     "reportedly", "claimed", "allegedly".
  reported    the default: stated, by the outlet or a named source, without hedging.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fogwatch.detect import candidates
from fogwatch.fields.actors import armed_group_names, country_of, find_actors, side_of, state_names
from fogwatch.fields.sources import find_sources
from fogwatch.model import Actor, Article, Certainty, Mention, Sentence, Source
from fogwatch.segment import split

PRECEDENCE: tuple[Certainty, ...] = ("denied", "confirmed", "unverified", "alleged", "reported")
_NEG = r"(?:not|n't|never|nor|neither|yet to|no one has|nobody has)"
_ADV = r"(?:(?:immediately|independently|officially|yet|so far|publicly|fully)\s+)*"
_CLAIM = r"(?:reports?|claims?|allegations?|accusations?|footage|videos?|images|photos|story|stories|it|this|that)"
_FALSE = (
    r"(?:(?:an?\s+)?fake|false|lies|a lie|untrue|baseless|groundless|fabricat\w+|propaganda|disinformation|staged"
    r"|a provocation)"
)

DENIED = [
    # "denied it", "denies that", "denied any involvement"; not "were denied entry" (a victim's loss).
    re.compile(
        r"(?<!was )(?<!were )(?<!been )(?<!being )\bden(?:y|ies|ied|ying)\b"
        r"(?!\s+(?:them|him|her|entry|access|permission|visas?|bail|treatment|medical|care|food|water|aid))",
        re.I,
    ),
    re.compile(rf"\b(?:reject(?:ed|s)?|refut(?:ed|es)?|dispute[ds]?)\s+(?:the\s+|these\s+|such\s+)?{_CLAIM}", re.I),
    re.compile(rf"\bdismiss(?:ed|es)?\b[^.;]{{0,60}}?\bas\s+{_FALSE}", re.I),
    re.compile(
        rf"\b(?:called|branded|described|labell?ed)\s+(?:the\s+|these\s+|such\s+)?{_CLAIM}\s+(?:as\s+)?{_FALSE}", re.I
    ),
    re.compile(rf"\b{_CLAIM}\s+(?:was|were|is|are)\s+{_FALSE}", re.I),
    re.compile(r"\bdenials?\b", re.I),
]
# The text saying nobody could verify it. A party's silence ("the ministry did not confirm") is not this:
# it leaves the report as reported.
UNVERIFIED = [
    re.compile(
        rf"\b(?:could|can|would)\s*{_NEG}\s+(?:be\s+|have\s+been\s+)?{_ADV}(?:verif\w*|confirm\w*|corroborat\w*)", re.I
    ),
    re.compile(rf"\bcannot\s+(?:be\s+)?{_ADV}(?:verif\w*|confirm\w*)", re.I),
    re.compile(rf"\b(?:neither|none|no)\b[^.;]{{0,40}}\b(?:could|can)\s+be\s+{_ADV}(?:verified|confirmed)", re.I),
    re.compile(
        rf"\b(?:unable|impossible|not possible|not able|no way)\s+to\s+{_ADV}(?:verify|confirm|corroborate)", re.I
    ),
    re.compile(r"\b(?:unverified|unconfirmed|uncorroborated)\b", re.I),
    re.compile(r"\bno\s+(?:independent\s+|official\s+|immediate\s+)*(?:confirmation|verification)\b", re.I),
    re.compile(r"\bneither\s+confirm\w*\s+nor\s+den\w+", re.I),
    re.compile(
        rf"\b(?:has|have|had|was|were|is|are)\s*{_NEG}\s+(?:yet\s+)?been\s+{_ADV}(?:verified|confirmed)\b", re.I
    ),
    re.compile(rf"\b(?:was|were|is|are)\s*{_NEG}\s+{_ADV}(?:verified|confirmed)\b", re.I),
    re.compile(rf"\bnot\s+{_ADV}independently\s+(?:verified|confirmed)\b", re.I),
]
ALLEGED = [
    # Not "likely"/"probably": they mostly weigh a cause ("a fault was the likely cause"), not the event.
    re.compile(r"\b(?:alleged(?:ly)?|reportedly|purported(?:ly)?|supposedly|rumou?red)\b", re.I),
    # "apparently mistaking them for ..." weighs the reason, not the event.
    re.compile(r"\bapparently\b(?!\s+\w+ing\b)", re.I),
    # "claimed that ..." hedges; "claimed responsibility" and "claimed the lives of" do not.
    re.compile(r"\bclaim(?:ed|s|ing)?\b(?!\s+(?:responsibility|credit|the\s+lives|(?:\w+\s+)?lives|victory))", re.I),
    re.compile(r"\b(?:is|are|was|were)\s+(?:said|believed|thought|understood|rumou?red)\s+to\b", re.I),
    re.compile(r"\b(?:may|might|could)\s+have\s+been\b", re.I),
]
CONFIRMED = [
    re.compile(
        r"\b(?:confirm(?:ed|s|ing)|admit(?:ted|s|ting)|acknowledg(?:ed|es|ing)|conced(?:ed|es|ing)|verified|geolocated)\b",
        re.I,
    ),
    # Owning a mistake: "owned up to the error", "took responsibility for the strike", "apologised for".
    re.compile(
        r"\b(?:own(?:ed|s|ing)\s+up\s+to|(?:took|takes|taken|taking|accept(?:ed|s|ing)|assum(?:ed|es|ing))\s+"
        r"(?:full\s+)?responsibility\s+for|apologi[sz](?:ed|es|ing)\s+for)\b",
        re.I,
    ),
]
# Authorities whose confirmation counts: an outlet's "a resident confirmed" does not make a record confirmed.
AUTHORITY = re.compile(
    r"\b(?:ministry|ministries|MoD|MFA|military|army|government|governor|officials?|spokes(?:person|man|woman)|"
    r"Kremlin|Pentagon|General Staff|command|authorities|police|president|minister|mayor|prosecutors?|IDF|"
    r"administration|officially|commander|headquarters|forces|navy|air force|junta)\b",
    re.I,
)
# Parties whose word is no authority's: an armed group confirming or "taking responsibility for" its own
# attack is claiming it, and a witness or an outlet confirming something is no official admission.
_NON_AUTHORITY_WORDS = (
    r"group|movement|militants?|rebels?|insurgents?|militias?|jihadists?|residents?|witness(?:es)?|locals?|"
    r"activists?|relatives?|families|medics?|doctors?|sources?|outlets?|channels?|bloggers?|journalists?|"
    r"reporters?|monitors?|observatory|analysts?|villagers?|survivors?|we|I"
)
# The end of the clause that holds the confirming party: the party is the nearest one before the verb.
_CLAUSE_BREAK = re.compile(r";|\b(?:that|but|while|whereas|after|before|when|although|though)\b", re.I)
# A hedge right after these modifies a nested charge or claim, not the event: "arrested for allegedly spying".
_NESTED = re.compile(r"\b(?:for|of|who|whom|which|with|that|over)\s+(?:\w+\s+)?$", re.I)
# A context sentence that opens another topic speaks of another event: "Meanwhile, officials denied ...".
_NEW_TOPIC = re.compile(r"\s*(?:meanwhile|separately|elsewhere|in a separate|in another|in other)\b", re.I)
# "It has in the past denied targeting civilians": a habit, not a denial of this report.
_HABITUAL = re.compile(
    r"\b(?:in the past|previously|repeatedly|routinely|consistently|has long|have long|always)\b", re.I
)
# A negation earlier in the clause: "neither claim could be independently verified".
_NEGATED_NEAR = re.compile(r"(?:\b(?:not|never|neither|nor|no|unable|without)\b|n't)[^.;,]*$", re.I)
_NEGATED = re.compile(rf"\b{_NEG}\s+(?:\w+\s+){{0,3}}$", re.I)


def assess_certainty(
    mention: Mention, article: Article, sources: list[Source] | None = None, actors: list[Actor] | None = None
) -> Certainty:
    """The strongest certainty code the mention's evidence and context support.

    `sources` and `actors` are the ones already found for this mention (the pipeline passes them so
    nothing is read twice); left out, they are found here."""
    evidence = " ".join(s.text for s in mention.sentences)
    codes: set[Certainty] = set()
    for k, sentence in enumerate(mention.sentences):
        found = _codes(_own_part(sentence.text, mention.type), evidence, in_evidence=True)
        if k and _ABOUT_A_DETAIL.search(sentence.text):
            found -= {"unverified", "alleged"}
        codes |= found
    right_after = _right_after_evidence(mention, article)
    for sentence in mention.context:
        if _NEW_TOPIC.match(sentence.text):
            continue
        found = _codes(sentence.text, evidence, in_evidence=False)
        # "X could not be verified" said further off is about another claim of the article.
        if right_after is not None and not _near_and_pointing_back(sentence, right_after):
            found.discard("unverified")
        if "denied" in found and _event_before_denial(sentence.text):
            found.discard("denied")  # "a shell hit Izium, which Moscow denied": that event's denial
        codes |= found
    codes |= _note_after(mention, article)
    if mention.type in SELF_HARM:
        sources = find_sources(mention, article) if sources is None else sources
        actors = find_actors(mention, article) if actors is None else actors
        if _admitted(sources, actors, mention):
            codes.add("confirmed")
    return next(code for code in PRECEDENCE if code in codes or code == "reported")


# "...; separately, X denied ...": a sentence telling two events, each in its own part.
_INLINE_TOPIC = re.compile(
    r"[;,]\s*(?:and\s+)?(?:meanwhile|separately|elsewhere|in\s+a\s+separate|in\s+another)\b", re.I
)


def _own_part(text: str, kind: str) -> str:
    """The part of an evidence sentence that tells this mention's event, when the sentence tells two and only
    one part holds a cue of the mention's type: the other part's hedge or denial is that event's."""
    topic = _INLINE_TOPIC.search(text)
    if topic is None:
        return text
    parts = (text[: topic.start()], text[topic.start() :])
    own = [part for part in parts if any(c[0] == kind for c in candidates(part))]
    return own[0] if len(own) == 1 else text


# A later sentence that places something "before the blast" tells a detail around the event, and its hedge
# weighs that detail: "unverified posts said a drone was seen before the blast" leaves the blast reported.
_ABOUT_A_DETAIL = re.compile(
    r"\b(?:before|after|ahead\s+of|prior\s+to|moments\s+before|shortly\s+before|shortly\s+after)\s+the\s+"
    r"(?:blast|explosion|crash|strike|attack|incident|fire|collision|shelling)\b",
    re.I,
)


def _right_after_evidence(mention: Mention, article: Article) -> dict[int, int] | None:
    """How many sentences after the evidence each following sentence comes (0 for the evidence itself), up to
    two; None when the mention carries no offsets into an article text to tell which sentence follows which."""
    if not article.text or not mention.sentences:
        return None
    starts = [s.start for s in _sentences(article.text)]
    own = {s.start for s in mention.sentences}
    after: dict[int, int] = {}
    for i, start in enumerate(starts):
        if start in own:
            after[start] = 0
            for k in (1, 2):
                if i + k < len(starts) and starts[i + k] not in own:
                    after[starts[i + k]] = min(after.get(starts[i + k], k), k)
    return after


def _near_and_pointing_back(sentence: Sentence, after: dict[int, int]) -> bool:
    """The sentence right after the evidence continues its claim; the one after that only when it points back
    at a report ("Insider could not verify the report"), as a follow-up detail may come between."""
    distance = after.get(sentence.start)
    return distance is not None and (distance <= 1 or bool(_BACK_REFERENCE.search(sentence.text)))


# Incidents in which a side harms itself: its own authority reporting one is admitting it.
SELF_HARM = frozenset({"friendly_fire", "accidental_release", "military_accident", "losses", "refusal_to_fight"})


def _admitted(sources: list[Source], actors: list[Actor], mention: Mention | None = None) -> bool:
    """'Three Israeli soldiers were killed by an Israeli tank, the Israeli military said': an admission.
    A group owning its own mishap admits it too; only claiming an attack on others is a claim.

    A force telling of its own mishap admits it even when no side is named: "the navy said one of its
    jets crashed". Its own is one in which no other side is named: "the Ukrainian military said a Russian
    drone crashed" is the other side's mishap. An accident or a stray weapon told by a force is its own
    unless another side is named; losses or refusals need a sign of ownership ("of its", "our")."""
    speakers = [
        s for s in sources if s.kind in {"official", "military"} or AUTHORITY.search(s.name) or _FORCE.search(s.name)
    ]
    sides = {a.side for a in actors if a.side}
    if any(side_of(s.name) in sides for s in speakers):
        return True
    if mention is None:
        return False
    evidence = " ".join(s.text for s in mention.sentences)
    for speaker in speakers:
        if not _FORCE.search(speaker.name) or _INDEFINITE.match(speaker.quote) or _INDEFINITE.match(speaker.name):
            continue  # a governor is no force; "an army officer said" is one member's word, not the force's
        if _CLAIMS.search(speaker.quote):
            continue  # "..., the rebel command claimed": a charge against the enemy
        own = side_of(speaker.name) or side_of(speaker.quote)
        named = _sides_named(evidence.replace(speaker.quote, " ")) | sides
        # A speaker of no named side is taken for the one side the text names, if it names one.
        alone = not named - {own} if own else len(named) <= 1
        if alone and (mention.type in _MISHAPS or _OWNERSHIP.search(evidence)):
            return True
    return False


# A state's armed force or its ministry: the party that owns the aircraft, units and weapons of a mishap.
_FORCE = re.compile(
    r"\b(?:army|navy|air\s+force|military|armed\s+forces|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|MoD|"
    r"general\s+staff|(?:operational|joint|central|southern|northern|eastern|western)\s+command|fleet|IDF|junta|"
    r"Tatmadaw|Pentagon|coast\s+guard|marines?|national\s+guard|gendarmerie|IAF|PAF|RAF|USAF|NAF|FARDC|ENDF|IRGC)\b",
    re.I,
)
# Mishaps a force tells only of itself; losses and refusals are as often told of the enemy.
_MISHAPS = frozenset({"friendly_fire", "accidental_release", "military_accident"})
_INDEFINITE = re.compile(
    r"(?:according\s+to\s+)?(?:an?|one|two|three|four|several|some|many|other)\b|\w*\s*sources?\b", re.I
)
# "one of its jets", "two of our soldiers": the speaker's own people or kit.
# Not "its own troops": that is the subject's own ("junta artillery shelled its own troops, rebels said").
_OWNERSHIP = re.compile(r"\b(?:of\s+(?:its|our|their)|our)\b", re.I)
_CLAIMS = re.compile(r"\bclaim", re.I)

# Seas and straits named after a place or a people name no side: "the Sea of Azov".
_WATERS = re.compile(r"\b(?:Sea|Gulf|Bay|Strait|Lake)\s+of\s+[A-Z][\w-]+")


def _sides_named(text: str) -> set[str]:
    """Every side a text names: 'a Russian drone fell in Moldova' -> {RU, MD}."""
    words = re.findall(r"[\w.’'-]+", _WATERS.sub(" ", text))
    found: set[str] = set()
    for i, word in enumerate(words):
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
        code = (country_of(pair) if pair else None) or country_of(word) or country_of(word.split("-")[0])
        if code:
            found.add(code)
    return found


def _codes(text: str, evidence: str, in_evidence: bool) -> set[Certainty]:
    codes: set[Certainty] = set()
    if _denies_this(text, evidence, in_evidence) and not _HABITUAL.search(text):
        codes.add("denied")
    if _any(UNVERIFIED, text):
        codes.add("unverified")
    if _confirmed(text):
        codes.add("confirmed")
    if in_evidence and _any(ALLEGED, text, skip=_NESTED):
        codes.add("alleged")
    return codes


# --- a note about the report, right after it -------------------------------------

# "Their account could not be verified", "Neither claim could be confirmed": words pointing back at a report.
_BACK_REFERENCE = re.compile(
    r"\b(?:this|these|those|their|its|neither|both|either)\b|"
    r"\bthe\s+(?:[\w-]+(?:['’]s?)\s+)?(?:account|claim|report|footage|video|allegation|figure|toll|information|post)s?\b",
    re.I,
)


def _note_after(mention: Mention, article: Article) -> set[Certainty]:
    """A note in the sentence or two right after the evidence speaks of this report even when the
    detector did not hand it over as context: an unverifiability note pointing back at it, or a denial
    that opens the sentence and denies this event ("Moscow denied that its jet had touched the drone")."""
    if not article.text or not mention.sentences:
        return set()
    evidence = " ".join(s.text for s in mention.sentences)
    last = max(s.end for s in mention.sentences)
    following = [s for s in _sentences(article.text) if s.start >= last][:2]
    for sentence in following:
        text = sentence.text
        if _NEW_TOPIC.match(text):
            break
        cues = candidates(text)
        denial = _first_denial(text)
        opens_with_denial = denial is not None and not _event_before_denial(text) and not _HABITUAL.search(text)
        if opens_with_denial and _denies_this(text, evidence, in_evidence=False):
            return {"denied"}
        if cues:
            break  # another event
        if _any(UNVERIFIED, text) and _BACK_REFERENCE.search(text):
            return {"unverified"}
    return set()


def _first_denial(text: str) -> re.Match[str] | None:
    return min((m for p in DENIED for m in p.finditer(text)), key=lambda m: m.start(), default=None)


def _event_before_denial(text: str) -> bool:
    """Does the sentence tell an event of its own before it denies? Then the denial is that event's."""
    denial = _first_denial(text)
    return denial is not None and any(c[2][0] < denial.start() for c in candidates(text))


@lru_cache(maxsize=8)
def _sentences(text: str) -> list[Sentence]:
    return split(text)


# --- denials: of this event, or of something else -------------------------------


def _wordlist(text: str) -> list[str]:
    """A word list written as one string, the way lexicons read best."""
    return text.split()


# Words that tell nothing of what is claimed: function words, reporting words, parties. Ignored everywhere.
_FUNCTION = frozenset(
    _wordlist(
        """
    that this these those there their them they have having been being were with from into about what which
    would could should also only said says report reports reported claim claims claimed allegation allegations
    accusation accusations story stories footage video videos images photos involvement involved responsibility
    role part carrying carried civilians troops forces soldiers army military side sides responsible behind
    participation anything something wrongdoing any such other people meanwhile separately later earlier officials
    official statement spokesman spokeswoman ministry government authorities group groups paramilitary
    paramilitaries fighters militia militias rebels movement unit units personnel
    """
    )
)
# Event nouns and classes of weapons: "denied losing any aircraft" or "denied the attack" points at this event
# whatever it was; they still count as shared words when the object says more ("denied its jet touched the
# drone"). Only other words (a place, a target, another deed) tell that the denied claim is another one.
_EVENT_CLASS = frozenset(
    _wordlist(
        """
    attack attacks attacked strike strikes struck incident incidents event shelling shelled bombing bombed damage
    casualties losses deaths killing killings targeting targeted aircraft plane planes jet jets helicopter
    helicopters drone drones missile missiles rocket rockets vehicle vehicles equipment weapon weapons ship ships
    tank tanks position positions hitting firing using losing lost loss downing shooting down fired
    """
    )
)
_EVENT_KEYS = frozenset(w[:5] for w in _EVENT_CLASS)  # as _content cuts them
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
# The denied object ends at a clause break or a second verb: "denied the report, calling it ...",
# "denied that its fighters did it and accused the army of ...".
_OBJECT_END = re.compile(r"[;,]|\.\s|\b(?:but|while|whereas|although)\b|\band\s+(?:\w+ed|said|says)\b", re.I)


# Denying a part in the event or a figure of it is no denial that it happened: "the rebels denied any
# involvement", "denied responsibility for the blast", "disputed the death toll".
_NOT_THE_EVENT = re.compile(
    r"\s*(?:(?:any|all|its|their|his|her|the\s+\w+['’]s?)\s+)?(?:direct\s+|military\s+)?"
    r"(?:involvement|responsibility|role|part|participation|complicity|links?|connection|culpability|blame|"
    r"being\s+(?:behind|involved|responsible))\b",
    re.I,
)
_FIGURE = re.compile(r"\b(?:toll|tolls|figures?|tally|numbers?|counts?|estimates?|exaggerat\w*|inflated)\b", re.I)
_FIGURE_BEFORE = re.compile(r"\b(?:toll|figure|tally|number|estimate)s?\s+(?:that\s+|which\s+)?[\w\s-]{0,40}$", re.I)


def _denies_this(text: str, evidence: str, in_evidence: bool) -> bool:
    """A denial whose object is this event: 'denied it', or a claim sharing words with the evidence.

    "Moscow denied reports that its troops left Kherson" beside a strike on Odesa denies another claim.
    In an evidence sentence the denied clause may be the event itself ("Kyiv denied that its troops
    shelled the market"): it is another claim only when the rest of the evidence tells its own event."""
    for pattern in DENIED:
        for m in pattern.finditer(text):
            if _NEGATED.search(text[: m.start()]):
                continue
            stop = _OBJECT_END.search(text, m.end())
            obj = text[m.end() : stop.start() if stop else len(text)]
            if _NOT_THE_EVENT.match(obj) or _FIGURE.search(m.group() + obj) or _FIGURE_BEFORE.search(text[: m.start()]):
                continue
            claimed = _content(obj)
            if not claimed - _EVENT_KEYS:
                return True
            rest = evidence.replace(obj, " ") if in_evidence else evidence
            told = _content(rest)
            if claimed & told or (in_evidence and len(told - _EVENT_KEYS) < 4):
                return True
    return False


def _content(text: str) -> set[str]:
    """The telling words of a text, cut to five letters so 'shelled' meets 'shelling'."""
    return {
        w.lower()[:5]
        for w in _WORDS.findall(text)
        if len(w) >= 4
        and w.lower() not in _FUNCTION
        and w.lower().rstrip("s") not in _FUNCTION
        and side_of(w) is None  # "Russian claims": a side, not what is claimed
    }


def _any(patterns: list[re.Pattern[str]], text: str, skip: re.Pattern[str] | None = None) -> bool:
    for pattern in patterns:
        for m in pattern.finditer(text):
            if skip is None or not skip.search(text[: m.start()]):
                return True
    return False


def _confirmed(text: str) -> bool:
    """A confirming verb, not negated ("has not confirmed" is unverified), whose own party is an authority."""
    for pattern in CONFIRMED:
        for m in pattern.finditer(text):
            before = text[: m.start()]
            if before.lower().endswith("un") or _NEGATED.search(before) or _NEGATED_NEAR.search(before[-60:]):
                continue
            if m.group().lower() in {"verified", "geolocated"} or _authority_confirms(text, m):
                return True
    return False


def _authority_confirms(text: str, m: re.Match[str]) -> bool:
    """Is the party of the confirming verb at m an authority? The agent of 'confirmed by X', else the
    nearest party named before the verb in its clause: 'Hezbollah confirmed' is a claim, 'the army confirmed'
    an admission, and 'Hezbollah struck an army post, the group confirmed' is the group's word."""
    agent = re.match(r"\s+by\s+([^,.;]{1,80})", text[m.end() :])
    if agent:
        window = agent.group(1)
        party = min(_parties(window), default=None, key=lambda p: (p[0], p[1]))
    else:
        window = text[: m.start()]
        cut = max((b.end() for b in _CLAUSE_BREAK.finditer(window)), default=0)
        parties = _parties(window[cut:])
        party = parties[-1] if parties else None
    return party is not None and party[1]


def _parties(window: str) -> list[tuple[int, bool]]:
    """(end, is an authority) for each party named in a window of text; an armed group or a witness
    ending at the same place outranks the authority word in it ("Hezbollah's military wing")."""
    found = [(a.end(), True) for a in AUTHORITY.finditer(window)]
    found += [(a.end(), True) for a in _states().finditer(window)]
    found += [(n.end(), False) for n in _non_authority().finditer(window)]
    return sorted(found, key=lambda p: (p[0], not p[1]))


@lru_cache(maxsize=1)
def _states() -> re.Pattern[str]:
    """Countries, capital metonyms and state forces, as written (case matters: 'Chad', not 'chad')."""
    names = "|".join(re.escape(n) for n in sorted(state_names(), key=len, reverse=True))
    return re.compile(rf"\b(?:{names})\b")


@lru_cache(maxsize=1)
def _non_authority() -> re.Pattern[str]:
    groups = "|".join(re.escape(g) for g in sorted(armed_group_names(), key=len, reverse=True))
    return re.compile(rf"\b(?:{groups}|{_NON_AUTHORITY_WORDS})\b(?:['’]s\s+(?:armed|military)\s+wing)?", re.I)
