"""sources: the chain of named sources for an incident, origin first.

Attribution is read from the grammar of reporting English, so plain text works; a spaCy parse,
when a sentence has one, only settles whether a capitalised sentence-initial word is a name.

    framing   "according to X", "..., X said." closing a sentence, "as reported by X"
    speech    "X said (on Telegram) that ...", "X wrote on its Telegram channel", "X claimed", "X shared footage"
    relays    "X reported, citing Y" -> Y, X;  "citing Y, citing Z" -> Z, Y;  "Y told X" -> Y, X;
              "X quoted Y as saying" -> Y, X

Each attribution gets a depth (0 = the outermost reporter, +1 per relay); the chain is sorted by
depth, deepest (the origin) first. A phrase such as "independent Russian newspaper Kolokol Vestnik"
splits into descriptors ("newspaper" -> media) and the name. Unnamed phrases ("a report", "a Russian
newspaper", "officials") are dropped; a definite one ("the paper") resolves to an earlier named
source of the same kind in the mention or its context. The article's own outlet is never a source.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as importlib_resources

from fogwatch.fields.actors import country_of
from fogwatch.model import Article, Mention, Sentence, Source, SourceKind


def _load_lexicon() -> dict:
    """The reporting-English lexicon (data/attribution.json), read once at import like a compiled pattern."""
    return json.loads(importlib_resources.files("fogwatch.data").joinpath("attribution.json").read_text("utf-8"))


def _by_kind(table: dict[str, str]) -> dict[str, SourceKind]:
    return {word: kind for kind, words in table.items() if not kind.startswith("_") for word in words.split()}  # type: ignore[misc]


# --- lexicons of reporting English (data/attribution.json says why each list exists) ----------

_LEX = _load_lexicon()
SAY_VERBS = frozenset(_LEX["say_verbs"]["words"].split())
BY_VERBS = frozenset(_LEX["by_verbs"]["words"].split())
RELAY_VERBS = frozenset({"citing", "quoting"})
SUBJECT_GAP = frozenset(_LEX["subject_gap"]["words"].split())
DETERMINERS = frozenset({"the", "a", "an", "one", "another", "some", "several", "its", "their", "his", "her", "this"})
INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several"})
CONNECTORS = frozenset({"of", "for", "to", "the", "and", "de", "du", "al", "el", "la", "von", "van", "der", "&"})
PLATFORMS: dict[str, str] = _LEX["platforms"]
DESCRIPTOR_KIND = _by_kind(_LEX["descriptor_kind"])
TITLES = _by_kind(_LEX["titles"])
NAME_WORD_KIND = _by_kind(_LEX["name_word_kind"])
INSTITUTIONS = frozenset(_LEX["institutions"]["words"].split())
OWN_NAME_NOUNS = INSTITUTIONS - frozenset(_LEX["own_name_excluded"]["words"].split())
COREF_CLASSES = [frozenset(c.split()) for c in _LEX["coref_classes"]["classes"]]
CARRIERS = frozenset(_LEX["carriers"]["words"].split())
COMMON_STARTS = frozenset(_LEX["common_starts"]["words"].split())
NOT_NAMES = frozenset(_LEX["not_names"]["words"].split())
MODIFIERS = frozenset(_LEX["modifiers"]["words"].split())

_TOKEN = re.compile(
    r"@\w+|[’']s\b|(?:Col|Gen|Lt|Maj|Capt|Sgt|Pvt|Adm|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|St)\.|\w+(?:[-–./&]\w+|[’'](?!s\b)\w+)*|[^\s\w]"
)


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper() or self.text.startswith("@")


@dataclass
class _Named:
    """A source as read from one phrase; `ref` is set instead of a name for "the paper"."""

    name: str
    kind: SourceKind
    nouns: frozenset[str] = frozenset()
    ref: str | None = None
    canon: str | None = None  # the full name an acronym stands for, so "SBU" and "Security Service" merge


@dataclass
class _Hit:
    """One attribution in a sentence: the phrase naming the source and where it sits."""

    span: tuple[int, int]  # token range of the source phrase
    quote: tuple[int, int]  # token range quoted as evidence of the attribution
    depth: int = 0
    framing: bool = False
    channel: str | None = None
    anchor: int | None = None  # index of the hit this one relays to (citing, told, quoted)
    kind_hint: SourceKind | None = None  # from an appositive: "X, a spokesman for ..., said"


@dataclass
class _Found:
    source: Source
    depth: int
    pos: int
    nouns: frozenset[str] = field(default_factory=frozenset)
    canon: str | None = None


# --- public ---------------------------------------------------------------------


def find_sources(mention: Mention, article: Article) -> list[Source]:
    """The sources this mention's evidence names, origin first; the printing outlet excluded."""
    found: dict[str, _Found] = {}
    antecedents = _article_antecedents(article.text) + _antecedents([*mention.sentences, *mention.context])
    for sentence in mention.sentences:
        for item in _sentence_sources(sentence, antecedents):
            key = _key(item.canon or item.source.name)
            if _is_outlet(key, article.outlet):
                continue
            if key not in found:
                found[key] = item
                continue
            old = found[key]
            old.depth = max(old.depth, item.depth)
            if old.source.channel is None and item.source.channel:
                old.source = old.source.model_copy(update={"channel": item.source.channel})
    for item in _embed_sources(mention, article):
        found.setdefault(_key(item.source.name), item)
    return [f.source for f in sorted(found.values(), key=lambda f: (-f.depth, f.pos))]


# --- one sentence ---------------------------------------------------------------


def _sentence_sources(sentence: Sentence, antecedents: list[tuple[int, _Named]]) -> list[_Found]:
    toks = _tokens(sentence.text)
    hits = _hits(toks)
    _assign_depths(hits)
    out: list[_Found] = []
    for hit in hits:
        a, b = hit.span
        for part in _split_and(toks, a, b):
            named = _read_phrase(toks[part[0] : part[1]], part[0] == 0, sentence, part[0])
            pos = sentence.start + toks[part[0]].start
            named = _resolve(named, antecedents, pos)
            if named is None:
                continue
            qa, qb = hit.quote
            quote = sentence.text[toks[qa].start : toks[qb - 1].end]
            kind: SourceKind = named.kind
            if kind in {"unknown", "person"} and hit.kind_hint:
                kind = hit.kind_hint  # "Ivan Sobol, spokesman for the brigade": official
            elif kind == "unknown" and named.name.startswith("@"):
                kind = "social_media"
            src = Source(name=named.name, kind=kind, channel=hit.channel, quote=quote)
            out.append(_Found(src, hit.depth, pos, named.nouns, named.canon))
    return out


def _assign_depths(hits: list[_Hit]) -> None:
    """Framing hits are outermost; speech inside a framed sentence is one deeper; relays add one."""
    framed = any(h.framing for h in hits if h.anchor is None)
    for hit in hits:
        if hit.anchor is None:
            hit.depth = 0 if hit.framing or not framed else 1
    for hit in hits:
        if hit.anchor is not None:
            hit.depth = hits[hit.anchor].depth + 1


def _hits(toks: list[_Tok]) -> list[_Hit]:
    hits: list[_Hit] = []
    n = len(toks)
    for i, tok in enumerate(toks):
        low = tok.low
        if low == "according" and i + 1 < n and toks[i + 1].low == "to":
            start = _skip_carrier(toks, i + 2)
            end = _phrase_after(toks, start)
            if end > start:
                framing = i == 0 or toks[i - 1].text == "," or end >= n - 1
                channel = _channel_in(toks, start, end)
                hits.append(_Hit((start, end), (i, end), framing=framing, channel=channel))
        elif low in RELAY_VERBS or (low == "cited" and i > 0 and toks[i - 1].low in {"who", "which", ","}):
            end = _phrase_after(toks, i + 1)
            if end > i + 1 and hits:
                hits.append(_Hit((i + 1, end), (i, end), anchor=len(hits) - 1, channel=_channel_in(toks, i + 1, end)))
        elif (low in BY_VERBS or low in CARRIERS) and i + 1 < n and toks[i + 1].low == "by":
            end = _phrase_after(toks, i + 2)
            if end > i + 2:
                hits.append(_Hit((i + 2, end), (i, end), framing=True, channel=_channel_in(toks, i + 2, end)))
        elif low in SAY_VERBS:
            hits.extend(_speech_hits(toks, i, len(hits)))
    return hits


def _speech_hits(toks: list[_Tok], i: int, base: int) -> list[_Hit]:
    """Hits for a speech verb at i: its subject, and the audience of "told" or the quoted of "quoted"."""
    span = _subject_before(toks, i)
    channel = _channel_after(toks, i)
    quote_end = _channel_end(toks, i) if channel else i + 1
    if span is None:  # inverted: '..., said Ivan Sobol.'
        if i > 0 and toks[i - 1].text in {",", "”", '"'} and toks[i].low in {"said", "says", "wrote", "added"}:
            end = _phrase_after(toks, i + 1)
            if end > i + 1:
                return [_Hit((i + 1, end), (i, end), framing=True, channel=channel)]
        return []
    start, end, hint = span
    framing = start > 0 and toks[start - 1].text in {",", "”", '"'} and "that" not in {t.low for t in toks[i:]}
    channel = channel or _channel_in(toks, start, i)  # "Telegram channel Dvornik claimed"
    subject = _Hit((start, end), (start, quote_end), framing=framing, channel=channel, kind_hint=hint)
    if toks[i].low in {"told", "tells"}:
        after = _phrase_after(toks, i + 1)
        if after > i + 1:  # "Y told X": X relays Y
            audience = _Hit((i + 1, after), (start, after), framing=framing)
            subject.anchor = base
            return [audience, subject]
    if toks[i].low == "quoted":
        after = _phrase_after(toks, i + 1)
        if i + 1 < after < len(toks) and toks[after].low == "as":  # "X quoted Y as saying": Y is deeper
            return [subject, _Hit((i + 1, after), (start, after), anchor=base)]
    return [subject]


# --- phrases --------------------------------------------------------------------


def _nameish(tok: _Tok) -> bool:
    low = tok.low
    return (
        tok.capital
        or tok.text[:1].isdigit()
        or low in {"’s", "'s", "-", "/", "&"}
        or low in CONNECTORS
        or low in DESCRIPTOR_KIND
        or low.rstrip("s") in DESCRIPTOR_KIND
        or low in MODIFIERS
        or low in INSTITUTIONS
        or low in DETERMINERS
    )


def _subject_before(toks: list[_Tok], i: int) -> tuple[int, int, SourceKind | None] | None:
    """The source phrase that is the subject of the verb at i: (start, end, kind hint) or None.

    Skips what may sit between subject and verb: adverbs ("later"), "on Monday", a describing
    appositive ("Ivan Sobol, spokesman for the brigade, said"), an acronym ("the Congolese army (FARDC)").
    A name in an appositive is the subject itself: "the spokeswoman for the navy, Olha Ris, said"."""
    end = i
    while end > 0 and toks[end - 1].low in SUBJECT_GAP:
        end -= 1
    if end > 1 and toks[end - 2].low == "on" and toks[end - 1].low in NOT_NAMES:
        end -= 2
    hint: SourceKind | None = None
    if end > 0 and toks[end - 1].text == ",":
        k = _comma_before(toks, end - 1)
        if k is None:
            return None
        inner = toks[k + 1 : end - 1]
        if inner and _looks_personal(_strip_title(inner)):
            return k + 1, end - 1, _first_descriptor_kind(toks, _comma_before(toks, k) or 0, k)
        if not inner or not (_describes(inner) or inner[0].low in {"citing", "quoting", "who", "which"}):
            return None
        hint, end = _descriptor_kind_before(toks, end - 1), k
    if end > 2 and toks[end - 1].text == ")" and toks[end - 3].text == "(":
        end -= 3
    start = _walk_back(toks, end)
    return (start, end, hint) if start < end else None


def _walk_back(toks: list[_Tok], end: int) -> int:
    start = end
    while start > 0 and _nameish(toks[start - 1]) and toks[start - 1].low not in SAY_VERBS:
        start -= 1
        if toks[start].low in DETERMINERS and not (start > 1 and toks[start - 1].low in {"and", "of", "for"}):
            break
    if (
        start > 2
        and start < end
        and toks[start - 1].text.isalpha()
        and not toks[start - 1].capital
        and toks[start].low in INSTITUTIONS | DESCRIPTOR_KIND.keys()
        and (_nameish(toks[start - 2]) and toks[start - 2].low not in DETERMINERS)
    ):
        start -= 1  # a compound noun: "North Darfur's health ministry", "the Zaka rescue service"
        start = _walk_back(toks, start) if _nameish(toks[start - 1]) else start
    if start < end and start > 0 and toks[start].low in {"’s", "'s"} and toks[start - 1].text.isalpha():
        start -= 1  # "the court's press service"
        if start > 0 and toks[start - 1].low in DETERMINERS:
            start -= 1
    trimmed = start
    while start < end and toks[start].low in CONNECTORS - {"the"}:
        start += 1
    if start > trimmed and toks[trimmed].low == "to":
        return end  # "a channel close to Wagner said": Wagner is not the speaker
    return start


def _comma_before(toks: list[_Tok], comma: int) -> int | None:
    k = comma - 1
    while k >= 0 and toks[k].text != ",":
        k -= 1
    return k if k > 0 else None


def _describes(inner: list[_Tok]) -> bool:
    first = inner[1] if inner[0].low in DETERMINERS and len(inner) > 1 else inner[0]
    return first.low in DESCRIPTOR_KIND or first.low in MODIFIERS


def _first_descriptor_kind(toks: list[_Tok], a: int, b: int) -> SourceKind | None:
    """The head noun's kind in 'the commander of the naval group, Petro Dovhan': military, not ngo."""
    for t in toks[a:b]:
        if t.low in DESCRIPTOR_KIND and not t.capital:
            return DESCRIPTOR_KIND[t.low]
    return None


def _descriptor_kind_before(toks: list[_Tok], k: int) -> SourceKind | None:
    """The kind of the nearest descriptor noun before token k: 'the head of the administration, X' -> official."""
    for t in reversed(toks[max(0, k - 8) : k + 1]):
        if t.low in DESCRIPTOR_KIND and not t.capital:
            return DESCRIPTOR_KIND[t.low]
    return None


def _phrase_after(toks: list[_Tok], i: int) -> int:
    """End index (exclusive) of the source phrase starting at token i (== i when none)."""
    j = i
    while j < len(toks) and (_nameish(toks[j]) or _descriptor_ahead(toks, j)) and toks[j].low not in SAY_VERBS:
        if j > i and toks[j].low in DETERMINERS and not (toks[j].low == "the" and toks[j - 1].low in CONNECTORS):
            break
        j += 1
    while j > i and (toks[j - 1].low in CONNECTORS or toks[j - 1].low in {"’s", "'s", "-", "/"}):
        j -= 1
    return j


def _descriptor_ahead(toks: list[_Tok], j: int) -> bool:
    """A lowercase adjective inside a descriptor: 'the open-source mapping project DeepState'."""
    if not toks[j].text.replace("-", "").isalpha() or toks[j].capital:
        return False
    for k in range(j + 1, min(j + 4, len(toks) - 1)):
        if toks[k].low in DESCRIPTOR_KIND and (toks[k + 1].capital or toks[k + 1].low in {"of", "for"}):
            return True
        if not toks[k].text.replace("-", "").isalpha():
            return False
    return False


def _skip_carrier(toks: list[_Tok], i: int) -> int:
    """Skip "a statement from" in "according to a statement from X"; return the phrase start."""
    for k in range(i, min(i + 5, len(toks) - 1)):
        if toks[k].low in CARRIERS:
            nxt = k + 1
            if nxt < len(toks) and toks[nxt].low in {"posted", "published", "released", "shared", "issued"}:
                nxt += 1
            if nxt < len(toks) and toks[nxt].low in {"by", "from", "of", "on", "in"}:
                return nxt + 1
            return i
    return i


def _split_and(toks: list[_Tok], a: int, b: int) -> list[tuple[int, int]]:
    """'Reuters and the Associated Press' names two sources; 'Bosnia and Herzegovina'-style names are rare here."""
    parts, s = [], a
    for k in range(a, b):
        if toks[k].low == "and":
            parts.append((s, k))
            s = k + 1
    parts.append((s, b))
    return [(x, y) for x, y in parts if y > x]


def _read_phrase(toks: list[_Tok], initial: bool, sentence: Sentence, offset: int) -> _Named | None:
    """Split a phrase into descriptors and a name: 'independent Russian newspaper Kolokol' -> Kolokol, media."""
    words = list(toks)
    if not words:
        return None
    if _key(_text(words)) in _known():  # "The Moscow Times" keeps its article
        return _named(words, None, frozenset())
    det = words[0].low if words[0].low in DETERMINERS else None
    words = words[1:] if det else words
    if not words:
        return None
    if det in INDEFINITE:  # "a drone unit of the 47th Brigade": the named body it belongs to
        of = next((k for k, w in enumerate(words) if w.low in {"of", "from"} and _has_name(words[k + 1 :])), None)
        return _read_phrase(words[of + 1 :], False, sentence, offset) if of is not None else None
    split = _possessive_split(words)
    words = split[0] if split else words
    for d in range(len(words) - 2, -1, -1):  # last lowercase descriptor followed by a name
        low = words[d].low
        if (low in DESCRIPTOR_KIND and (not words[d].capital or (initial and d == 0))) and _has_name(words[d + 1 :]):
            nouns = frozenset(w.low for w in words[: d + 1] if w.low in DESCRIPTOR_KIND)
            kind = _platform_kind(words[: d + 1]) or DESCRIPTOR_KIND[low]
            rest = words[d + 1 :]
            while rest and (rest[0].low in CONNECTORS or rest[0].low in DETERMINERS):
                rest = rest[1:]  # "the head of the Odesa administration"
            tail = _descriptor_tail(rest)
            if 0 < tail < len(rest):
                return _named_with_tail(rest, tail, nouns | {_singular(rest[-1].low)})
            return _named(rest, kind, nouns)
    words = _drop_possessor(words)
    described = words
    while words and not words[0].capital and words[0].low in MODIFIERS:
        words = words[1:]
    if not words:
        return None
    nouns = frozenset(_singular(w.low) for w in words if _singular(w.low) in DESCRIPTOR_KIND and not w.capital)
    tail = _descriptor_tail(words)
    if not _has_name(words):
        return _description(described, det, nouns)
    if 0 < tail < len(words):
        return _named_with_tail(words, tail, nouns)
    if len(words) == 1 and initial and offset == 0 and not _proper_at_start(words[0], sentence):
        return None
    return _named(words, None, nouns)


def _singular(low: str) -> str:
    return low[:-1] if low.endswith("s") and low[:-1] in DESCRIPTOR_KIND else low


def _drop_possessor(words: list[_Tok]) -> list[_Tok]:
    """'Lebanon's state-run National News Agency' -> the agency's own name; 'Russia's Defence Ministry' stays."""
    for k, w in enumerate(words[:-3]):
        if (
            w.low in {"’s", "'s"}
            and len(words) - k - 1 >= 3
            and all(t.capital or t.text[:1].isdigit() or t.low in CONNECTORS for t in words[k + 1 :])
        ) and country_of(_text(words[:k])) is not None:
            return words[k + 1 :]  # "Ukraine's State Bureau of Investigation": a full name of its own
    for k, w in enumerate(words[:-2]):
        if w.low in {"’s", "'s"} and not words[k + 1].capital and words[k + 1].low in MODIFIERS:
            rest = words[k + 1 :]
            while rest and not rest[0].capital and rest[0].low in MODIFIERS:
                rest = rest[1:]
            if rest and rest[0].capital and _has_name(rest):
                return rest
    return words


def _descriptor_tail(words: list[_Tok]) -> int:
    """Where a trailing lowercase description starts: 'Zaka rescue service' -> 1; len(words) when none."""
    t = len(words)
    last = words[-1]
    if last.capital or (_singular(last.low) not in DESCRIPTOR_KIND and last.low not in INSTITUTIONS):
        return t
    while t > 0 and not words[t - 1].capital and words[t - 1].text.isalpha() and words[t - 1].low not in CONNECTORS:
        t -= 1
    return t


def _named_with_tail(words: list[_Tok], tail: int, nouns: frozenset[str]) -> _Named | None:
    """'North Kivu provincial government' keeps its institution noun; 'Emergency Lawyers group' drops 'group'."""
    last = _singular(words[-1].low)
    kind = DESCRIPTOR_KIND.get(last, "official")
    head = words[:tail]
    possessor = next((k for k, w in enumerate(head) if w.low in {"’s", "'s"}), None)
    named_after_possessor = possessor is not None and _has_name(head[possessor + 1 :])
    if (last in INSTITUTIONS or kind in {"official", "military"}) and not named_after_possessor:
        return _named(words, kind, nouns)  # "North Kivu provincial government", "Gaza's civil defence"
    if possessor is not None and named_after_possessor:
        head = head[possessor + 1 :]  # "Israel's Magen David Adom emergency service" -> "Magen David Adom"
    while len(head) > 1 and head[-1].low in PLATFORMS:
        head = head[:-1]  # "Baza Telegram channel"
    while len(head) > 1 and (_is_side(head[0].text) or head[0].low in {"’s", "'s"}) and _has_name(head[1:]):
        head = head[1:]
    return _named(head, kind, nouns)


def _description(words: list[_Tok], det: str | None, nouns: frozenset[str]) -> _Named | None:
    """A phrase with no name: 'the paper' and 'police' point back; 'the army general staff' names itself."""
    last = _singular(words[-1].low)
    if last not in DESCRIPTOR_KIND and last not in INSTITUTIONS:
        return None
    if words[-1].low != last and last not in INSTITUTIONS:
        return None  # plural: "officials", "Russian war bloggers"
    if any(w.low in PLATFORMS for w in words):
        return None  # "local Telegram channels"
    kind = DESCRIPTOR_KIND.get(last, "official")
    sided = any(_is_side(w.text) or w.low in {"’s", "'s"} for w in words)
    own_name = _text(words) if last in OWN_NAME_NOUNS and (det == "the" or sided) else ""
    if sided:
        return _Named(own_name, kind, nouns) if own_name else None
    if det == "the" or last in INSTITUTIONS:
        return _Named(own_name, kind, nouns, ref=last)
    return None


def _possessive_split(words: list[_Tok]) -> tuple[list[_Tok], list[_Tok]] | None:
    """'NEXTA's Telegram channel' -> NEXTA; 'Ukraine's General Staff' stays whole."""
    for k, w in enumerate(words):
        if w.low in {"’s", "'s"} and k + 1 < len(words):
            tail = words[k + 1 :]
            if all(t.low in PLATFORMS or t.low in CARRIERS or t.low in {"channel", "account", "page"} for t in tail):
                return words[:k], tail
    return None


def _named(words: list[_Tok], kind: SourceKind | None, nouns: frozenset[str]) -> _Named | None:
    kind = _known().get(_key(_text(words)), kind)  # a well-known body's kind beats a loose descriptor
    titled = _strip_title(words)
    title_kind = TITLES.get(words[len(words) - len(titled) - 1].text) if len(titled) < len(words) else None
    name = _text(titled)
    if not name or _key(name) in {_key(w) for w in NOT_NAMES}:
        return None
    if all(_is_side(w.text) or w.low in CONNECTORS for w in titled) and country_of(name) is None:
        return None  # only demonyms: "Russian", not a name
    return _Named(name, kind or title_kind or _kind_of(titled), nouns)


def _strip_title(words: list[_Tok]) -> list[_Tok]:
    for k in range(len(words) - 1, -1, -1):
        if words[k].text in TITLES and _looks_personal(words[k + 1 :]):
            return words[k + 1 :]
    return words


def _kind_of(words: list[_Tok]) -> SourceKind:
    name = _text(words)
    known = _known().get(_key(name))
    if known:
        return known
    for w in reversed(words):
        if w.low in NAME_WORD_KIND:
            return NAME_WORD_KIND[w.low]
    for w in words:
        if w.text in TITLES:
            return TITLES[w.text]
    if country_of(name) is not None and len(words) == 1:
        return "official"  # "Ukraine said": the state speaking
    if words[0].text.startswith("@"):
        return "social_media"
    return "person" if _looks_personal(words) else "unknown"


def _looks_personal(words: list[_Tok]) -> bool:
    if not 1 <= len(words) <= 4:
        return False
    return (
        all(
            w.text[:1].isupper()
            and w.text.replace("-", "").replace("’", "").replace("'", "").isalpha()
            and not w.text.isupper()
            and w.low not in NAME_WORD_KIND
            and not _is_side(w.text)
            for w in words
        )
        and len(words) >= 2
    )


def _has_name(words: list[_Tok]) -> bool:
    return any(
        (w.capital or w.text[:1].isdigit())
        and w.low not in PLATFORMS
        and not _is_side(w.text)
        and w.low not in NOT_NAMES
        and not (w.low in DESCRIPTOR_KIND and w is words[0] and len(words) == 1)
        for w in words
    )


def _proper_at_start(tok: _Tok, sentence: Sentence) -> bool:
    """Is a capitalised first word a name? The parse decides when present, a list of common starts otherwise."""
    if tok.low in COMMON_STARTS or tok.low.rstrip("s") in DESCRIPTOR_KIND:
        return False
    doc = sentence.doc
    if doc is not None and len(doc) and doc[0].text == tok.text:
        return doc[0].tag_ in {"NNP", "NNPS"}
    return True


def _platform_kind(words: list[_Tok]) -> SourceKind | None:
    lows = [w.low for w in words]
    return "social_media" if any(w in PLATFORMS for w in lows) else None


def _channel_in(toks: list[_Tok], a: int, b: int) -> str | None:
    for t in toks[a:b]:
        if t.low in PLATFORMS:
            return PLATFORMS[t.low]
    return None


def _channel_end(toks: list[_Tok], i: int) -> int:
    for k in range(i + 1, min(i + 8, len(toks))):
        if toks[k].low in PLATFORMS or (toks[k].text == "X" and toks[k - 1].low == "on"):
            return k + 1 if not (k + 1 < len(toks) and toks[k + 1].low in {"channel", "account"}) else k + 2
    return i + 1


def _channel_after(toks: list[_Tok], i: int) -> str | None:
    """The platform the verb at i names: 'said on Telegram', 'wrote on its Telegram channel', 'tweeted'."""
    if toks[i].low == "tweeted":
        return "Twitter"
    for k in range(i + 1, min(i + 8, len(toks))):
        low = toks[k].low
        if low in {"that", ",", ".", ":", "citing"}:
            return None
        if low in PLATFORMS:
            return PLATFORMS[low]
        if toks[k].text == "X" and toks[k - 1].low == "on":
            return "X"
    return None


# --- coreference, antecedents and the outlet ------------------------------------


def _antecedents(sentences: list[Sentence]) -> list[tuple[int, _Named]]:
    """Named things that 'the paper' or a bare surname can point back to, with their positions."""
    out: list[tuple[int, _Named]] = []
    for s in sorted(sentences, key=lambda s: s.start):
        toks = _tokens(s.text)
        for k, t in enumerate(toks):
            if t.low in DESCRIPTOR_KIND and not t.capital and k + 1 < len(toks) and toks[k + 1].capital:
                end = _phrase_after(toks, k + 1)
                named = _named(toks[k + 1 : end], DESCRIPTOR_KIND[t.low], frozenset({t.low})) if end > k + 1 else None
                if named:
                    out.append((s.start + t.start, named))
            if t.low in {"is", "was"} and k + 2 < len(toks) and toks[k + 1].low in {"a", "an"}:
                subject = _walk_back(toks, k)
                nouns = _descriptors_after(toks, k + 2)
                if subject < k and nouns:
                    named = _named(toks[subject:k], DESCRIPTOR_KIND[sorted(nouns)[0]], nouns)
                    if named:
                        out.append((s.start + toks[subject].start, named))
            if t.text == "(" and k + 2 < len(toks) and toks[k + 2].text == ")" and toks[k + 1].text.isupper():
                named = _aliased(toks, k, s)  # "the Arakan Army (AA)": AA later means the Arakan Army
                if named:
                    out.append((s.start + t.start, named))
            if t.capital and (k == 0 or not toks[k - 1].capital):
                named = _known_at(toks, k)
                if named:
                    out.append((s.start + t.start, named))
        for hit in _hits(toks):
            named = _read_phrase(toks[hit.span[0] : hit.span[1]], hit.span[0] == 0, s, hit.span[0])
            if named and named.name and not named.ref:
                out.append((s.start + toks[hit.span[0]].start, named))
    return out


def _aliased(toks: list[_Tok], k: int, sentence: Sentence) -> _Named | None:
    start = _walk_back(toks, k)
    named = _read_phrase(toks[start:k], start == 0, sentence, start) if start < k else None
    if named is None or not named.name or named.ref:
        return None
    return _Named(named.name, named.kind, named.nouns | {toks[k + 1].low})


def _descriptors_after(toks: list[_Tok], k: int) -> frozenset[str]:
    nouns = set()
    while k < len(toks) and (toks[k].low in MODIFIERS or toks[k].low in DESCRIPTOR_KIND or _is_side(toks[k].text)):
        if toks[k].low in DESCRIPTOR_KIND:
            nouns.add(toks[k].low)
        k += 1
    return frozenset(nouns)


def _resolve(named: _Named | None, antecedents: list[tuple[int, _Named]], pos: int) -> _Named | None:
    """'the paper' -> the latest earlier newspaper; 'Sobol' -> the earlier 'Ivan Sobol'."""
    if named is None:
        return None
    earlier = [a for p, a in sorted(antecedents, key=lambda x: x[0], reverse=True) if p < pos]
    if named.ref:
        for a in earlier:
            if a.name and not a.ref and _corefers(named.ref, a):
                return a
        return named if named.name else None  # "the army", unresolved, still names the army
    if " " not in named.name:
        for a in earlier:
            if named.name.isupper() and named.name.lower() in a.nouns and a.name != named.name:
                return _Named(named.name, a.kind, a.nouns, canon=a.name)  # "AA said": the Arakan Army (AA)
        for a in earlier:
            if a.name.split()[-1] == named.name and a.kind in {"person", "official", "military"}:
                return a  # "Sobol said": the Ivan Sobol named before
    return named


def _corefers(ref: str, antecedent: _Named) -> bool:
    """'the paper' and a named newspaper; 'the army' and the 'Sudanese Armed Forces'."""
    words = antecedent.nouns | {w.lower() for w in antecedent.name.split()}
    if ref in words:
        return True
    if _is_armed_group(antecedent.name):
        return False  # "the army" is never the RSF named before it
    return any(ref in c and words & c for c in COREF_CLASSES)


def _known_at(toks: list[_Tok], k: int) -> _Named | None:
    """A well-known body named at token k without any attribution: 'The Sudanese Armed Forces repelled ...'."""
    end = _phrase_after(toks, k)
    for a in (k, k + 1):
        if a < end and _key(_text(toks[a:end])) in _known():
            return _named(toks[a:end], None, frozenset())
    return None


@lru_cache(maxsize=8)
def _article_antecedents(text: str) -> list[tuple[int, _Named]]:
    """Antecedents from the whole article, so 'the brigade said' can point to a brigade named paragraphs before."""
    from fogwatch.segment import split

    return _antecedents(split(text)) if text else []


def _embed_sources(mention: Mention, article: Article) -> list[_Found]:
    """Evidence inside an embedded post is sourced to the post's author."""
    out = []
    for s in mention.sentences:
        for e in article.embeds:
            if e.author and e.start <= s.start and s.end <= e.end:
                channel = {"tweet": "Twitter", "telegram": "Telegram"}.get(e.kind)
                src = Source(name=e.author, kind="social_media", channel=channel, quote=s.text)
                out.append(_Found(src, 1, s.start))
    return out


def _is_outlet(key: str, outlet: str | None) -> bool:
    if not outlet:
        return False
    host = outlet.lower().removeprefix("https://").removeprefix("http://").removeprefix("www.")
    stem = _key(host.split(".")[0] if "." in host and " " not in host else host)
    key = key.removeprefix("the")
    return bool(key) and (key == stem or (len(key) >= 4 and stem.endswith(key)))


# --- helpers --------------------------------------------------------------------


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _text(words: list[_Tok]) -> str:
    out = ""
    for k, w in enumerate(words):
        glue = k > 0 and (w.start > words[k - 1].end)
        out += (" " if glue else "") + w.text
    return out.strip()


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower())


def _is_side(word: str) -> bool:
    return word in _demonyms() or word.split("-")[0] in _demonyms()


def _is_armed_group(name: str) -> bool:
    return _groups().get(name, ("", ""))[1] == "armed_group"


@lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[str, str]]:
    data = json.loads(importlib_resources.files("fogwatch.data").joinpath("demonyms.json").read_text("utf-8"))
    return {name: (side, kind) for name, (side, kind) in data["groups"].items()}


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    data = json.loads(importlib_resources.files("fogwatch.data").joinpath("demonyms.json").read_text("utf-8"))
    return frozenset(data["demonyms"])


@lru_cache(maxsize=1)
def _known() -> dict[str, SourceKind]:
    """Well-known outlets, agencies, monitors and institutions (data/outlets.json), by normalised name."""
    data = json.loads(importlib_resources.files("fogwatch.data").joinpath("outlets.json").read_text("utf-8"))
    return {_key(name): kind for kind, names in data.items() if not kind.startswith("_") for name in names}
