"""certainty: confirmed / reported / alleged / unverified / denied, from the text's hedges.

Each code has its cues (verbs and phrases of reporting English). The evidence sentences are read
for all of them; the mention's context sentences ("X could not verify the report", "the ministry
denied it") only for the report-level codes denied, unverified and confirmed, because a hedge word
in a neighbouring sentence usually hedges something else. A hedge applies to the incident whose
sentence holds it: "in another alleged strike" hedges that incident, not the article.

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

from fogwatch.fields.actors import find_actors, side_of
from fogwatch.fields.sources import find_sources
from fogwatch.model import Article, Certainty, Mention

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
    re.compile(r"\b(?:confirm(?:ed|s)|admit(?:ted|s)|acknowledg(?:ed|es)|conced(?:ed|es)|verified|geolocated)\b", re.I),
]
# Authorities whose confirmation counts: an outlet's "a resident confirmed" does not make a record confirmed.
AUTHORITY = re.compile(
    r"\b(?:ministry|ministries|MoD|MFA|military|army|government|governor|officials?|spokes(?:person|man|woman)|"
    r"Kremlin|Pentagon|General Staff|command|authorities|police|president|minister|mayor|prosecutors?|IDF|"
    r"administration|officially|commander|headquarters|forces|navy|air force)\b",
    re.I,
)
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


def assess_certainty(mention: Mention, article: Article) -> Certainty:
    """The strongest certainty code the mention's evidence and context support."""
    codes: set[Certainty] = set()
    for sentence in mention.sentences:
        codes |= _codes(sentence.text, evidence=True)
    for sentence in mention.context:
        if not _NEW_TOPIC.match(sentence.text):
            codes |= _codes(sentence.text, evidence=False)
    if _admitted(mention, article):
        codes.add("confirmed")
    return next(code for code in PRECEDENCE if code in codes or code == "reported")


# Incidents in which a side harms itself: its own authority reporting one is admitting it.
SELF_HARM = frozenset({"friendly_fire", "accidental_release", "military_accident", "losses", "refusal_to_fight"})


def _admitted(mention: Mention, article: Article) -> bool:
    """'Three Israeli soldiers were killed by an Israeli tank, the Israeli military said': an admission."""
    if mention.type not in SELF_HARM:
        return False
    sources = [s for s in find_sources(mention, article) if s.kind in {"official", "military"}]
    if not sources:
        return False
    sides = {a.side for a in find_actors(mention, article) if a.side}
    return any(side_of(s.name) in sides for s in sources)


def _codes(text: str, evidence: bool) -> set[Certainty]:
    codes: set[Certainty] = set()
    if _any(DENIED, text, skip=_NEGATED) and not _HABITUAL.search(text):
        codes.add("denied")
    if _any(UNVERIFIED, text):
        codes.add("unverified")
    if _confirmed(text):
        codes.add("confirmed")
    if evidence and _any(ALLEGED, text, skip=_NESTED):
        codes.add("alleged")
    return codes


def _any(patterns: list[re.Pattern[str]], text: str, skip: re.Pattern[str] | None = None) -> bool:
    for pattern in patterns:
        for m in pattern.finditer(text):
            if skip is None or not skip.search(text[: m.start()]):
                return True
    return False


def _confirmed(text: str) -> bool:
    """A confirming verb, not negated ("has not confirmed" is unverified), with an authority in the sentence."""
    for pattern in CONFIRMED:
        for m in pattern.finditer(text):
            before = text[: m.start()]
            if before.lower().endswith("un") or _NEGATED.search(before) or _NEGATED_NEAR.search(before[-60:]):
                continue
            if m.group().lower() in {"verified", "geolocated"} or AUTHORITY.search(text):
                return True
    return False
