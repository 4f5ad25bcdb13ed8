"""grouping_cues: lexicons that group event sentences into incidents and attach context (typing is cues.py)."""

from __future__ import annotations

import re

from fogwatch.cues import words

# Start a new mention even when words recur: "In another incident", "Separately", "a similar attack".
NEW_INCIDENT = re.compile(
    r"\b(?:in (?:an)?other (?:[\w-]+ ){0,4}(?:incident|attack|case|strike|episode|development)|another (?:[\w-]+ ){0,3}"
    r"(?:incident|attack|strike|case|episode|clash|raid)|separately|in a separate|elsewhere|a similar (?:[\w-]+ )?"
    r"(?:incident|attack|strike|case|episode)|similarly|also on|earlier (?:this|that|last) (?:week|month|year)"
    r"|a (?:second|third|further) (?:incident|attack|strike|case)|meanwhile|(?:hours|days|minutes|a day|a week)"
    r" (?:earlier|later)|(?:the same|that|the next|the following|the previous) (?:day|night|morning|evening"
    r"|afternoon))\b",
    re.IGNORECASE,
)

# A definite reference back to the event just reported joins the previous mention: an event noun anywhere
# ("the incident took place when ..."), or an opening subject that names its participants ("The troops were ...").
EVENT_ANAPHORA = re.compile(
    r"^(?:debris|fragments|wreckage|shrapnel) (?:from|of)\b"
    r"|\b(?:the|this|that) (?:same )?(?:incident|attack|strike|episode|explosion|blast|crash|shelling|ambush|mutiny"
    r"|bombing|clash|clashes|fighting|raid|arrests?|assault|offensive|collision|firefight|gunfight|gun battle"
    r"|shootout|skirmish|exchange of fire|counter-?attack|counteroffensive|battle|engagement|onslaught|siege"
    r"|incursion|blockade|standoff|stand-off)\b(?! (?:in|at|on|near|of|for) )"
    # "killed 12 of the assailants": people named by the act just told ("the attackers") point back to it.
    r"|\b(?:the|these|those) (?:[\w-]+ )?(?:attackers|assailants|perpetrators|raiders|gunmen|hijackers|kidnappers"
    r"|bombers)\b(?! (?:in|at|on|near) )"
    # "died in the ensuing firefight": what followed the event just told is part of it.
    r"|\b(?:the )?(?:ensuing|subsequent|resulting) (?:[\w-]+ )?(?:firefight|gunfight|gun battle|fighting"
    r"|clash|clashes|battle|exchange|shootout|skirmish|fire|blaze|explosion|blast|stampede|chaos|melee|crossfire)\b",
    re.IGNORECASE,
)
ANAPHORIC_HEADS = words(
    """
    troops soldiers servicemen men unit regiment battalion brigade crew crews pilot pilots aircraft jet plane
    helicopter drone missile bomb victims dead wounded operator gunner gunners paratroopers fighters sailors marines
    deserters detainees conscripts mobilized mobilised recruits guards officers reservists militiamen
    munition munitions shell shells rocket rockets round projectile interceptor truck vehicle tank deaths death
    casualties
    """
)
# Where a subject's noun phrase ends: the first auxiliary or verb of speech.
NP_END = words("was were is are be been had has have did do does will would could may might must")
SPEECH = words("said says told reported reports added claimed claims wrote stated announced posted")
# "The <subject> said ..." opens reported speech, which may carry a new event: not a reference back.
OPENING_SUBJECT = re.compile(
    r"^(?:(?:according to|in|on)[^,]{0,60}, )?(?:(?:the|these|those|this|that|both) (?P<np>(?:[\w-]+ ){0,2}[\w-]+)"
    r"|(?P<pronoun>they|he|she|it|all of them|some of them|both(?= (?:were|was|had|died|survived|ejected))))\b",
    re.IGNORECASE,
)

# "also" adds an event of the same kind ("Artillery also shelled the town"), unless the sentence refers back.
ADDITIVE = re.compile(r"\balso\b", re.IGNORECASE)
# "..., it added": a sentence that continues the source's account of the event just told.
CONTINUES_ACCOUNT = re.compile(
    r",\s*(?:it|he|she|they|the (?:[\w-]+ ){0,3}(?:ministry|army|military|statement|spokes(?:man|woman|person)"
    r"|source|official|agency|report|group|command|police))(?: also)? added\W*$",
    re.IGNORECASE,
)

# An inquiry into an event ("prosecutors opened a criminal case over the deaths", "a probe into the crash"):
# after a reported incident it is a follow-up of it, not a new repression; one against people for what they
# did or said ("a case against a reporter for ...") stays one.
INQUIRY_INTO_EVENT = re.compile(
    r"\b(?:criminal (?:case|cases|proceedings|investigation)|case|investigations?|probes?|inquiry|inquiries|inquests?"
    r"|charges?)\b[^.;]{0,40}?\b(?:over|into|about|regarding|concerning|in connection with|following|related to"
    r"|on charges of|under (?:an |the )?articles?)\b(?! (?:the )?(?:soldiers?|officers?|servicemen|journalists?"
    r"|reporters?|activists?|him|her|them)\b)"
    r"|\b(?:negligence|violation of (?:[\w-]+ ){0,3}(?:rules|regulations)|manslaughter)\b"
    # arrests or sentences over the event itself: "detained two men suspected of planting the bomb"
    r"|\b(?:over|for|in connection with|suspected of|accused of|responsible for)\b[^.;]{0,30}?\b(?:the|this|that|these)"
    r" (?:[\w-]+ )?(?:deaths?|crash|incident|attack|bombing|blast|explosion|strike|shooting|killings?|ambush|arson"
    r"|sabotage|fire|collision|massacre|shelling|bomb|device)\b",
    re.IGNORECASE,
)

# Sentences that speak about a report rather than report an event: their verb is one of checking or
# answering a claim. They become context of a mention, never evidence.
META = re.compile(
    r"\b(?:(?:could|can|did|does|do|was|were|is|are|has|have)(?:n't| not| unable to| been unable to)? "
    r"(?:not )?(?:independently |immediately )?(?:verify|verified|confirm|confirmed|corroborate|corroborated)"
    r"|verif(?:y|ied|ying)|corroborat\w+|den(?:y|ied|ies|ying)|refuted|dismissed (?:the|these|those|this) "
    r"(?:reports?|claims?|allegations?)|declined to comment|did not (?:immediately )?(?:respond|reply|comment)"
    r"|(?:has|have) not (?:commented|responded)|no (?:official )?(?:confirmation|comment)|(?:admit|acknowledg)"
    r"(?:s|ed|es|ted)?)\b",
    re.IGNORECASE,
)
REPORT_WORD = re.compile(
    r"\b(?:the|this|that|these|those) (?:reports?|claims?|allegations?|account|information)\b", re.IGNORECASE
)
REPORTED_BY = re.compile(r"\b(?:report(?:s|ed)?|according to|said|wrote|citing|claimed)\b", re.IGNORECASE)

# Trend or habitual statements: no single time and place.
TREND = re.compile(
    r"\b(?:lately|increasingly|often|frequently|regularly|routinely|usually|typically|constantly|continually"
    r"|more and more|every (?:day|night|week)|daily|nightly|on a daily basis|in recent (?:days|weeks|months|years)"
    r"|over the (?:past|last) (?:few )?(?:days|weeks|months|years?)|since the (?:start|beginning|outbreak)"
    r"|since (?:the|its|their) (?:invasion|war|conflict)|since (?:it|they|\w+) (?:began|launched|started)|since"
    r"|throughout the (?:war|conflict)|for (?:years|months|decades)|sometimes|tend to|in general|generally|commonly"
    r"|not unheard of|several times|many times|multiple times|dozens of times|repeatedly|on several occasions"
    r"|(?:have|has) (?:increased|intensified|grown|risen|become|doubled|decreased|declined|escalated|multiplied)"
    r"|there (?:have|has) been|there (?:are|were) (?:many|numerous|several|frequent|more|multiple|countless|dozens)"
    r"|(?:such|similar|these|those|more|many|frequent|numerous|repeated) (?:[\w-]+ ){0,2}(?:incidents|cases|attacks"
    r"|episodes|instances|strikes))\b",
    re.IGNORECASE,
)
# Trend wording that no date rescues: a change in frequency, or a count of "incidents".
TREND_ALWAYS = re.compile(
    r"\b(?:lately|increasingly|more and more|not unheard of|tend to|(?:have|has) (?:increased|intensified|grown"
    r"|risen|become|doubled|decreased|declined|escalated|multiplied|continued|persisted)|continues? to|there (?:have"
    r"|has) been)\b",
    re.IGNORECASE,
)
# A specific time anchor keeps a sentence an event even with a trend word ("repeatedly on Monday").
TIME_ANCHOR = re.compile(
    r"\b(?:today|yesterday|tonight|last (?:night|week|month|year)|this (?:morning|afternoon|evening)"
    r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:in|on) (?:jan|feb|mar|apr|may|jun"
    r"|jul|aug|sep|oct|nov|dec)\w*|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:in|on) \d{4})\b",
    re.IGNORECASE,
)

# Words too common in war reporting to tie two sentences to one event.
COMMON_WORDS = words(
    """
    russian russians russia ukraine ukrainian ukrainians israel israeli israelis gaza palestinian hamas sudan sudanese
    myanmar syria syrian yemen yemeni ethiopia ethiopian army military forces force troops soldiers soldier war
    invasion front frontline region city village area people civilians said says according report reports reported
    also after before during when while which that this with from into their there were been have about more than
    other some least most incident incidents attack attacks government ministry defense defence official officials
    media news local killed wounded told including year years month months week day days time last first
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december telegram twitter facebook channel statement night morning
    """
)
STOPWORDS = words(
    """
    the and for are was but not you all any can had her his him its our out who how why did get has may new now
    one two own she too use way per via upon onto over under then them they than what whom will would could should
    these those being such only also just very into each
    """
)
NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "dozen": "12",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "hundred": "100",
}
