"""grammar: does a cue in a parsed sentence report one event? Negation, modality, aspect, trend and side checks.

Contract: `is_event(doc, cue_span, kind, weight) -> (bool, reason)`; the other public helpers read a spaCy
parse (`governing_verb`, `cue_tokens`, `same_side`, `other_side_held`) and never load anything.
"""

from __future__ import annotations

import re
from typing import Any

from fogwatch import cues, grouping_cues
from fogwatch.fields.actors import country_of

_YEAR = re.compile(r"^(?:19|20)\d\d$")
_PRESENT_PERFECT_AUX = {"has", "have", "'ve", "'s"}


def is_event(doc: Any, cue: tuple[int, int] | None, kind: str | None = None, weight: float = 1.0) -> tuple[bool, str]:
    """Whether the cue at `cue` (offsets in the sentence; None: the main verb) reports one event, else why not."""
    text = doc.text
    if not any(t.pos_ in ("VERB", "AUX") for t in doc):
        return False, "no verb"
    anchored = bool(grouping_cues.TIME_ANCHOR.search(text))
    counted = anchored or any(t.like_num and not _YEAR.match(t.text) for t in doc)
    # A unit's losses over a period are one reportable figure ("lost 46 soldiers since April").
    unit_losses = kind == "losses" and counted and bool(cues.FORCE_MEMBERS.search(text))
    toll = any(_toll_update(t) for t in doc)
    trend = grouping_cues.TREND_ALWAYS.search(text) or (
        grouping_cues.TREND.search(text) and not anchored and not unit_losses
    )
    if trend and not toll:
        return False, "trend wording"
    tokens = cue_tokens(doc, cue)
    if _generic_plural(tokens):
        return False, "generic plural"
    if _denied_existence(tokens):
        return False, "negated existence"
    verb = governing_verb(tokens)
    if verb is None:
        return True, ""
    # A weak cue ("destroyed", "was killed") counts only as the verb of a main clause, not "destroyed stalls".
    if weight < 0.55 and (tokens[0].pos_ != "VERB" or tokens[0].dep_ == "amod" or _subordinate(verb)):
        return False, "weak cue outside a main clause"
    if any(c.dep_ == "neg" and (c.i < v.i or v.pos_ == "AUX") for v in _clause_chain(verb) for c in v.children):
        return False, "negated"
    # Only the cue's own verb: "no soldiers were killed in the attack on the base" still tells of the attack.
    if tokens[0].i == verb.i and _negated_subject(verb):
        return False, "negated subject"
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless") for c in verb.children):
        return False, "conditional"
    if any(c.dep_ == "mark" and c.lower_ in ("since", "until") for c in verb.children):
        return False, "background clause"
    if any(c.tag_ == "MD" for c in verb.children) and not _declared_refusal(verb, kind):
        return False, "modal"
    return _aspect(verb, doc, anchored, counted)


# "The death toll from the strike on X has risen to 30": an update of one event's count reports that event.
_TOLL_VERBS = frozenset(["rise", "climb", "reach", "increase", "jump", "grow", "mount", "hit", "stand"])
_TOLL_NOUNS = frozenset(["toll", "number", "count", "tally"])


def _toll_update(verb: Any) -> bool:
    """A toll noun for subject and a figure for target ("has risen to 30"); "has risen sharply" is a trend."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in _TOLL_NOUNS for c in verb.children)
    figure = any(t.like_num for c in verb.children if c.dep_ in ("prep", "dobj", "attr") for t in c.subtree)
    return verb.lemma_ in _TOLL_VERBS and subject and figure


def _aspect(verb: Any, doc: Any, anchored: bool, counted: bool) -> tuple[bool, str]:
    """Habitual or perfect aspect without a count, date or named object states a condition, not an event."""
    if _toll_update(verb):
        return True, ""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if aux and aux[0].lower_ in _PRESENT_PERFECT_AUX and aux[0].tag_ in ("VBP", "VBZ"):
        if any(a.lower_ == "been" for a in aux) and verb.tag_ == "VBG":
            return False, "perfect progressive"
        if not counted and not _names_an_object(verb):
            return False, "present perfect without count, date or name"
    # A copula states a condition ("refusal to serve is an offence") unless it is an auxiliary of a clause.
    stative = verb.lemma_ == "have" or (verb.lemma_ == "be" and verb.dep_ not in ("ROOT", "ccomp"))
    # "Residents report shells landing near the hospital": a present verb of speech is the reporter's present,
    # not a habit; the event is what it reports.
    reporting = verb.lemma_ in _SPEECH_LEMMAS and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    if verb.tag_ in ("VBP", "VBZ") and not aux and not anchored and not stative and not reporting:
        return False, "present simple"
    return True, ""


def cue_tokens(doc: Any, cue: tuple[int, int] | None) -> list[Any]:
    """The cue's tokens, highest in the parse first; the main verb when there is no cue."""
    root = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
    tokens = [t for t in doc if cue[0] <= t.idx < cue[1]] if cue else []
    if not tokens:
        return [root]
    inside = {t.i for t in tokens}
    return sorted(tokens, key=lambda t: t.head.i in inside and t.head.i != t.i)


def _subordinate(verb: Any) -> bool:
    """Whether the verb sits in a dependent clause; "N were killed when shells hit X" keeps its "when" clause."""
    t = verb
    while t.head.i != t.i:
        if t.dep_ in ("pcomp", "relcl", "acl", "csubj"):
            return True
        if t.dep_ == "advcl" and t.head.lemma_ not in ("kill", "wound", "injure", "die", "martyr"):
            return True
        t = t.head
    return False


def other_side_held(verb: Any) -> bool:
    """ "Border guards of A detained a soldier of B": a captured enemy is not repression."""
    # Nationalities only: "troops detained Hamas members" may be an arrest campaign, a named group no other side.
    captors, held = _demonyms(verb, ("nsubj",), names=False), _demonyms(verb, ("dobj", "nsubjpass"), names=False)
    return bool(held and captors) and not held & captors


def _clause_chain(verb: Any) -> list[Any]:
    """The verb and its heads up to the clause that asserts it ("are not the only ones reported to have refused")."""
    chain = [verb]
    t = verb
    while t.dep_ not in ("ROOT", "ccomp", "conj", "parataxis", "advcl") and t.head.i != t.i:
        t = t.head
        chain.append(t)
    return chain


def _declared_refusal(verb: Any, kind: str | None) -> bool:
    """ "Signed a letter saying they would refuse to serve": a refusal declared in a past act is an event."""
    return kind == "refusal_to_fight" and any(a.tag_ == "VBD" for a in verb.ancestors)


def _names_an_object(verb: Any) -> bool:
    """A present perfect about a named object ("have taken control of Sudzha") reports one event."""
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return any(
        t.pos_ == "PROPN" and t.i not in subject and t.lower_ not in grouping_cues.COMMON_WORDS
        for t in verb.subtree
        if t.i > verb.i
    )


_SPEECH_LEMMAS = cues.words("say report claim tell add state announce write confirm")
_ATTACK_LEMMAS = cues.words("strike hit fire shell bomb attack target kill shoot drop pound wound destroy")


def same_side(doc: Any) -> bool:
    """Whether a verb of attack has one nationality on both ends ("a Russian drone struck a Russian BMP")."""
    for verb in doc:
        opened_fire = verb.lemma_ == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)
        if (verb.lemma_ not in _ATTACK_LEMMAS and not opened_fire) or verb.pos_ != "VERB":
            continue
        attacker = _demonyms(verb, ("nsubj", "agent"))
        if verb.dep_ == "acl":  # "footage shows a Russian system shooting down a Russian helicopter"
            attacker |= {t.lower_ for t in verb.head.lefts if t.lower_ in cues.DEMONYMS}
        victim = _demonyms(verb, ("dobj", "nsubjpass", "prep"))
        victim |= _occupants(verb)
        if verb.dep_ in ("advcl", "conj") and verb.head.lemma_ in ("kill", "wound", "injure", "martyr"):
            victim |= _demonyms(verb.head, ("nsubjpass", "dobj"))
        if attacker & victim and len(attacker | victim) == 1:
            return True
    return False


def _demonyms(verb: Any, deps: tuple[str, ...], names: bool = True) -> set[str]:
    """Nationalities named in the verb's arguments, read up to each head noun (not in its relative clause)."""
    found = set()
    for child in verb.children:
        if child.dep_ not in deps or (child.dep_ == "prep" and child.lower_ not in ("at", "on", "upon", "into")):
            continue
        nouns = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ in ("prep", "agent") else [child]
        found |= {
            t.lower_
            for n in nouns
            for t in _without_relative_clauses(n)
            if (_names_a_side(t) if names else t.lower_ in cues.DEMONYMS)
        }
    return found


def _names_a_side(token: Any) -> bool:
    """A nationality ("Israeli") or a force's own name ("IDF"); a name stands for itself, never for its country,
    so the two sides of a civil war ("RSF" and "Sudanese") never read as one."""
    # Only a force's name before its members or arms ("IDF reservists"): a place ("in Khartoum") is where people
    # are, not whose side they are on.
    named_force = token.pos_ == "PROPN" and token.dep_ == "compound" and token.head.pos_ == "NOUN"
    return token.lower_ in cues.DEMONYMS or (named_force and country_of(token.text) is not None)


# Places whose occupants a relative clause names: "shelled the building Israeli reservists were holding".
_HELD_PLACES = cues.words(
    "building house home farmhouse cottage basement barn position trench post outpost base compound school "
    "checkpoint bunker shelter dugout farm apartment hospital vehicle camp barracks hangar warehouse village"
)


def _occupants(verb: Any) -> set[str]:
    """Nationalities of the people a relative clause puts inside the place the verb hits."""
    found: set[str] = set()
    for child in verb.children:
        nouns = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else [child]
        if child.dep_ not in ("dobj", "nsubjpass", "prep"):
            continue
        for noun in nouns:
            if noun.lemma_.lower() not in _HELD_PLACES:
                continue
            for clause in (c for c in noun.children if c.dep_ == "relcl"):
                subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
                found |= {t.lower_ for s in subjects for t in s.subtree if _names_a_side(t)}
    return found


def _without_relative_clauses(noun: Any) -> list[Any]:
    """A noun phrase without its "who ..." clauses: "a soldier who crossed into Armenian territory" is not Armenian."""
    inside = {t.i for c in noun.children if c.dep_ == "relcl" for t in c.subtree}
    return [t for t in noun.subtree if t.i not in inside]


def _denied_existence(tokens: list[Any]) -> bool:
    """ "No shelling was recorded", "there were no airstrikes", "passed without shelling": the cue's event is
    said not to exist. "Without casualties" negates only the casualties, not the strike."""
    for t in tokens:
        head = t
        while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
            head = head.head
        # "no fewer than 40 drones" counts them: "no" before a comparative negates nothing.
        if any(
            c.lower_ in ("no", "zero") and c.dep_ in ("det", "neg") and c.nbor().lower_ not in ("fewer", "less", "more")
            for c in head.children
            if c.i + 1 < len(c.doc)
        ):
            return True
        # "Left their positions without orders": the missing order is what makes the act, not its absence.
        if head.dep_ in ("pobj", "pcomp") and head.head.lower_ == "without" and head.lemma_ not in _LACKING_LEAVE:
            return True
    return False


_LACKING_LEAVE = cues.words("order orders permission authorisation authorization leave consent approval")


def _negated_subject(verb: Any) -> bool:
    """ "No soldiers were killed", "nobody died": the verb's subject says no one did it or suffered it."""
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in ("nobody", "none", "noone") or any(d.lower_ == "no" and d.dep_ == "det" for d in c.children):
            return True
    return False


def _generic_plural(tokens: list[Any]) -> bool:
    """A cue that names a kind of event in the plural ("friendly fire incidents") states no single event."""
    for t in tokens:
        head = t
        while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
            head = head.head
        if head.tag_ == "NNS" and head.lemma_ in ("incident", "episode", "instance"):
            return True
    return False


def governing_verb(tokens: list[Any]) -> Any:
    t = tokens[0]
    if t.pos_ in ("VERB", "AUX"):
        return t
    for a in t.ancestors:
        # "including the shelling of ...": a preposition spelt as a verb governs nothing.
        if a.pos_ in ("VERB", "AUX") and a.dep_ != "prep":
            return a
    return None
