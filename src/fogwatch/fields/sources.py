"""sources: the chain of named sources for an incident, origin first.

Attribution is read from the grammar of reporting English, so plain text works; a spaCy parse,
when a sentence has one, only settles whether a capitalised sentence-initial word is a name.

    framing   "according to X", "..., X said." closing a sentence, "as reported by X"
    speech    "X said (on Telegram) that ...", "X wrote on its Telegram channel", "X claimed", "X shared footage"
    relays    "X reported, citing Y" -> Y, X;  "citing Y, citing Z" -> Z, Y;  "Y told X" -> Y, X;
              "X quoted Y as saying" -> Y, X;  "According to Y, ..., the agency said" -> Y, the agency
    carriers  "The claim came from X", "X, which first reported the incident", "In a post on X, Y wrote" (channel X),
              "according to an X statement", "an X statement said", "X data showed" -> X
    outlets   "the group claimed it via its Amaq agency" -> Amaq, relaying the group
    lines     "Regional governor: two drones were downed" (a Telegram digest's speaker and colon)
    tolls     "X, citing its monitors, put the death toll at 11"

Institutions without a proper name speak for themselves ("the health ministry", "police", "the military",
"the regional prosecutor's office"), as do qualified unnamed roles ("a military official"); the article stays
out of the name. The outlet's own staff ("our correspondent X") and a person who is only told a claim are none.

Each attribution gets a depth (0 = the outermost reporter, +1 per relay); the chain is sorted by
depth, deepest (the origin) first. A phrase such as "independent Russian newspaper Kolokol Vestnik"
splits into descriptors ("newspaper" -> media) and the name (fields/source_names.py). Unnamed phrases
("a report", "a Russian newspaper", "officials") are dropped. A definite one ("the paper", "the army")
points back to the latest body named earlier in the article whose nouns share its class (paper ~
newspaper ~ outlet; army ~ military ~ Armed Forces, never an armed group); an institution with no such
antecedent still names itself ("the army said" -> "army"). "Sobol said" is the Ivan Sobol named before,
"AA" the Arakan Army (AA). Sources come from the evidence only; context sentences serve as antecedents.

Scope (fields/source_scope.py): an attribution in a clause that reports an incident of another type
("...; in Kharkiv police detained two men, according to the SBU") or in a clause about an earlier report
("a day after Reuters reported ...") belongs to that other event. A name must be plausible
(fields/source_names.py): no date fragment, "-based" adjective, weapon designation or town alone. The
printing outlet is never a source, under any name it goes by (host, display name, acronym, masthead).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from fogwatch.fields.source_names import (
    BY_VERBS,
    CARRIERS,
    COREF_CLASSES,
    DESCRIPTOR_KIND,
    DETERMINERS,
    INSTITUTIONS,
    MODIFIERS,
    NAME_WORD_KIND,
    PLATFORMS,
    RELAY_VERBS,
    SAY_VERBS,
    SUBJECT_GAP,
    Named,
    Tok,
    channel_after,
    channel_end,
    channel_in,
    is_armed_group,
    is_equipment,
    is_side,
    known_sources,
    looks_personal,
    name_key,
    named_from,
    nameish,
    opening_channel,
    place_alone,
    read_phrase,
    strip_title,
    text_of,
    tokens,
)
from fogwatch.fields.source_phrases import own_outlet, phrase_after, skip_carrier, split_and, subject_before, walk_back
from fogwatch.fields.source_scope import elsewhere, foreign_clauses, is_outlet, outlet_names
from fogwatch.model import Article, Mention, Sentence, Source, SourceKind


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
    according: bool = False  # "according to X"
    closing: bool = False  # "..., X said." closing the sentence: it wraps what the sentence says
    outer: bool = False  # "Speaking to X," / "In an interview with X,": X carries whatever is said next
    audience: bool = False  # "Y told X": X relays Y when X is a medium or a body, not when X is a person
    media_only: bool = False  # "via its Amaq agency": a source only when the phrase names a medium


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
    outlets = outlet_names(article)
    for sentence in mention.sentences:
        for item in _sentence_sources(sentence, antecedents, mention.type):
            key = name_key(item.canon or item.source.name)
            if _names_outlet(item, outlets):
                continue
            if key not in found:
                found[key] = item
                continue
            old = found[key]
            old.depth = max(old.depth, item.depth)
            if old.source.channel is None and item.source.channel:
                old.source = old.source.model_copy(update={"channel": item.source.channel})
    for item in _embed_sources(mention, article):
        found.setdefault(name_key(item.source.name), item)
    return [f.source for f in sorted(found.values(), key=lambda f: (-f.depth, f.pos))]


# --- one sentence ---------------------------------------------------------------


def _sentence_sources(sentence: Sentence, antecedents: list[tuple[int, Named]], kind: str) -> list[_Found]:
    toks = tokens(sentence.text)
    hits = _hits(toks)
    _assign_depths(hits)
    foreign = foreign_clauses(sentence.text, kind)
    out: list[_Found] = []
    for hit in hits:
        a, b = hit.span
        if elsewhere(toks, hit.quote[0], hit.anchor is not None, foreign) or _our_staff(toks, a, b):
            continue
        for part in split_and(toks, a, b):
            named = read_phrase(toks[part[0] : part[1]], part[0] == 0, sentence, part[0])
            pos = sentence.start + toks[part[0]].start
            named = _resolve(named, antecedents, pos)
            if named is None or _no_voice(named) or (hit.media_only and named.kind != "media"):
                continue
            if hit.audience and named.kind == "person":  # "the commander told Ivan Sobol": Sobol only listened
                continue
            qa, qb = hit.quote
            quote = sentence.text[toks[qa].start : toks[qb - 1].end]
            source_kind: SourceKind = named.kind
            if source_kind in {"unknown", "person"} and hit.kind_hint:
                source_kind = hit.kind_hint  # "Ivan Sobol, spokesman for the brigade": official
            elif source_kind == "unknown" and named.name.startswith("@"):
                source_kind = "social_media"
            src = Source(name=named.name, kind=source_kind, channel=hit.channel, quote=quote)
            out.append(_Found(src, hit.depth, pos, named.nouns, named.canon))
    return out


def _our_staff(toks: list[Tok], a: int, b: int) -> bool:
    """'our correspondent Jane Doe reported', 'Jane Doe, our reporter in Kyiv, said': the printing outlet's own
    staff, who carry the outlet's word and are no source of their own."""
    before = [t.low for t in toks[max(0, a - 2) : b]]
    after: list[str] = []
    if b < len(toks) and toks[b].text == ",":
        for t in toks[b + 1 : b + 8]:
            if t.text == ",":
                break
            after.append(t.low)
    return "our" in before or "our" in after[:1]


def _no_voice(named: Named) -> bool:
    """'Kharkiv said', 'Black Hawk said': a town or a machine speaks for nobody. Checked after coreference,
    so a Colonel John Archer or a Florence Achieng named in full before still speaks."""
    if named.ref or name_key(named.name) in known_sources():
        return False
    return is_equipment(named.name) or place_alone(tokens(named.name))


def _assign_depths(hits: list[_Hit]) -> None:
    """Framing hits are outermost; speech inside a framed sentence is one deeper; relays add one.

    A closing speaker wraps an "according to" before it: "According to X, ..., the agency said" -> X, agency."""
    framed = any(h.framing for h in hits if h.anchor is None)
    closing = [h.span[0] for h in hits if h.closing and h.anchor is None]
    outer = any(h.outer for h in hits)
    for hit in hits:
        if hit.anchor is None:
            hit.depth = 0 if hit.framing or not framed else 1
            if outer and not hit.outer:
                hit.depth = 1
            if hit.according and any(c > hit.span[0] for c in closing):
                hit.depth = 1
    for hit in hits:
        if hit.anchor is not None:
            hit.depth = hits[hit.anchor].depth + 1


def _hits(toks: list[Tok]) -> list[_Hit]:
    hits: list[_Hit] = []
    n = len(toks)
    for i, tok in enumerate(toks):
        low = tok.low
        if low == "according" and i + 1 < n and toks[i + 1].low == "to":
            start = skip_carrier(toks, i + 2)
            end = phrase_after(toks, start)
            if end < n and toks[end].low in CARRIERS and toks[start].low in DETERMINERS:
                start += 1  # "according to an SDF statement": the body whose statement it is
            if end > start:
                framing = i == 0 or toks[i - 1].text == "," or end >= n - 1
                channel = channel_in(toks, start, end)
                hits.append(_Hit((start, end), (i, end), framing=framing, channel=channel, according=True))
        elif (low == "speaking" and i + 1 < n and toks[i + 1].low in {"to", "with"}) or (
            low == "interview" and i + 1 < n and toks[i + 1].low == "with"
        ):
            end = phrase_after(toks, i + 2)  # "Speaking to Hromadske, a commander said": Hromadske relays him
            if end > i + 2 and end < n and toks[end].text == ",":
                hits.append(_Hit((i + 2, end), (i, end), framing=True, outer=True))
        elif low in {"came", "comes", "come"} and i + 1 < n and toks[i + 1].low == "from" and _carried(toks, i):
            start = skip_carrier(toks, i + 2)  # "The claim came from (a statement by) X"
            end = phrase_after(toks, start)
            if end > start:
                hits.append(_Hit((start, end), (i, end), framing=True, channel=channel_in(toks, start, end)))
        elif low in {"which", "who"} and i > 1 and toks[i - 1].text == "," and _reports_next(toks, i + 1):
            start = walk_back(toks, i - 1)  # "Astra, which first reported the incident"
            if start < i - 1:
                hits.append(_Hit((start, i - 1), (start, _reports_next(toks, i + 1))))
        elif low in RELAY_VERBS or (low == "cited" and i > 0 and toks[i - 1].low in {"who", "which", ","}):
            end = phrase_after(toks, i + 1)
            if end > i + 1 and hits:
                hits.append(_Hit((i + 1, end), (i, end), anchor=len(hits) - 1, channel=channel_in(toks, i + 1, end)))
        elif (low in BY_VERBS or low in CARRIERS) and (by := _agent_by(toks, i)):
            end = phrase_after(toks, by + 1)
            if end > by + 1:
                channel = channel_in(toks, i + 1, end)
                hits.append(_Hit((by + 1, end), (i, end), framing=True, channel=channel))
                if low == "quoted" and toks[i - 1].low in {"was", "were", "is", "are"}:
                    quoted = subject_before(toks, i - 1)  # "X was quoted by TASS as saying": X, then TASS
                    if quoted is not None:
                        hits.append(_Hit(quoted[:2], (quoted[0], end), anchor=len(hits) - 1))
        elif (
            low in SAY_VERBS
            or (low in _TOLL_VERBS and any(t.low in _TOLL_NOUNS for t in toks[i + 1 : i + 5]))
            or (low in _SHOW_VERBS and i > 0 and toks[i - 1].low in CARRIERS)  # "UN data showed"
        ):
            hits.extend(_speech_hits(toks, i, len(hits)))  # "X put the death toll at 11" attributes the toll
    if not hits and (colon := _colon_speaker(toks)):
        hits.append(_Hit(colon, (colon[0], colon[1] + 1), framing=True))
    opening = opening_channel(toks)
    for hit in hits:
        if hit.channel is None and opening and hit.anchor is None and not hit.according:
            hit.channel = opening  # "In a post on X, the spokesman wrote ..."
    return hits


# Words between a verb and its "by"-agent that keep them together: "shared on social media by X".
_BEFORE_AGENT = frozenset({"on", "in", "online", "social", "media", "its", "their", "the", "a", "channel", "account"})


_TOLL_VERBS = frozenset({"put", "puts", "placed", "places", "set", "sets", "raised", "revised"})
_TOLL_NOUNS = frozenset({"toll", "tally", "number", "figure", "count"})
_SHOW_VERBS = frozenset({"show", "showed", "shows", "indicate", "indicated", "indicates"})


def _colon_speaker(toks: list[Tok]) -> tuple[int, int] | None:
    """'Regional governor: two drones were downed': a line opened by its speaker and a colon, as Telegram
    digests write, after any emoji. The speaker's span, or None. It must read as a speaker (an institution, an
    office, a known body or a person's name), so 'Update:', 'Breaking News:' or a place's dateline open nothing."""
    lead = next((k for k, t in enumerate(toks[:3]) if t.text[:1].isalnum() or t.text[:1] == "@"), 0)
    colon = next((k for k, t in enumerate(toks[:10]) if t.text == ":"), 0)
    words = toks[lead:colon]
    if not words or colon + 1 >= len(toks) or not all(nameish(t) and t.low not in SAY_VERBS for t in words):
        return None
    speaks = any(
        t.low in INSTITUTIONS
        or (t.low in DESCRIPTOR_KIND and not t.capital)
        or NAME_WORD_KIND.get(t.low) in {"official", "military", "ngo"}
        for t in words
    )
    named = speaks or name_key(text_of(words)) in known_sources() or looks_personal(strip_title(words))
    return (lead, colon) if named else None


def _agent_by(toks: list[Tok], i: int) -> int:
    """The index of the 'by' that brings the agent of the verb at i ('posted on Telegram by'), or 0."""
    for k in range(i + 1, min(i + 6, len(toks))):
        if toks[k].low == "by":
            return k
        if toks[k].low not in _BEFORE_AGENT and toks[k].low not in PLATFORMS:
            return 0
    return 0


_REPORTING_RELATIVE = frozenset({"reported", "broke", "published", "posted", "revealed", "released", "obtained"})
_CLAIM_NOUNS = frozenset({"claim", "claims", "allegation", "allegations", "information", "word", "news", "figure"})


def _reports_next(toks: list[Tok], i: int) -> int:
    """The end of 'first reported' in 'X, which first reported ...' (0 when no reporting verb follows)."""
    while i < len(toks) and toks[i].low in SUBJECT_GAP:
        i += 1
    return i + 1 if i < len(toks) and toks[i].low in _REPORTING_RELATIVE else 0


def _carried(toks: list[Tok], i: int) -> bool:
    """'The claim came from', 'the footage comes from': a carrier of a source is the subject."""
    return any(t.low in CARRIERS or t.low in _CLAIM_NOUNS for t in toks[max(0, i - 4) : i])


def _speech_hits(toks: list[Tok], i: int, base: int) -> list[_Hit]:
    """Hits for a speech verb at i: its subject, and the audience of "told" or the quoted of "quoted"."""
    passive = toks[i].low == "quoted" and i > 0 and toks[i - 1].low in {"was", "were", "is", "are"}
    span = subject_before(toks, i - 1 if passive else i)  # "X was quoted as saying": X speaks
    channel = channel_after(toks, i)
    quote_end = channel_end(toks, i) if channel else i + 1
    if span is None and toks[i].low in {"told", "tells"}:
        after = phrase_after(toks, i + 1)  # "the crew told Reuters": the audience is a source all the same
        return [_Hit((i + 1, after), (max(0, i - 2), after), audience=True)] if after > i + 1 else []
    if span is None and i > 1 and toks[i - 1].low in CARRIERS:  # "a UNMISS statement said": UNMISS
        end = i - 2 if toks[i - 2].low in {"’s", "'s"} else i - 1
        start = walk_back(toks, end)
        start += start < end and toks[start].low in DETERMINERS  # "a UNMISS statement": not "a UNMISS"
        if start < end:
            return [_Hit((start, end), (start, i + 1), channel=channel)]
    if span is None:  # inverted: '..., said Ivan Sobol.'
        if i > 0 and toks[i - 1].text in {",", "”", '"'} and toks[i].low in {"said", "says", "wrote", "added"}:
            end = phrase_after(toks, i + 1)
            if end > i + 1:
                return [_Hit((i + 1, end), (i, end), framing=True, channel=channel, closing=True)]
        return []
    start, end, hint = span
    if all(t.low in CARRIERS or t.low in DETERMINERS for t in toks[start:end]):
        return []  # "Footage shared by X showed ...": the footage carries a source, it is none
    framing = start > 0 and toks[start - 1].text in {",", "”", '"'} and "that" not in {t.low for t in toks[i:]}
    channel = channel or channel_in(toks, start, i)  # "Telegram channel Dvornik claimed"
    subject = _Hit((start, end), (start, quote_end), framing=framing, channel=channel, kind_hint=hint, closing=framing)
    if toks[i].low in {"told", "tells"}:
        after = phrase_after(toks, i + 1)
        if after > i + 1:  # "Y told X": X relays Y
            audience = _Hit((i + 1, after), (start, after), framing=framing, audience=True)
            subject.anchor = base
            return [audience, subject]
    if (own := own_outlet(toks, i)) is not None:  # "the group claimed it via its Amaq agency"
        subject.anchor = base
        return [_Hit(own, (start, own[1]), framing=framing, media_only=True), subject]
    if toks[i].low == "quoted":
        after = phrase_after(toks, i + 1)
        if i + 1 < after < len(toks) and toks[after].low == "as":  # "X quoted Y as saying": Y is deeper
            return [subject, _Hit((i + 1, after), (start, after), anchor=base)]
    return [subject]


# --- coreference, antecedents and the outlet ------------------------------------


def _antecedents(sentences: list[Sentence]) -> list[tuple[int, Named]]:
    """Named things that 'the paper' or a bare surname can point back to, with their positions."""
    out: list[tuple[int, Named]] = []
    for s in sorted(sentences, key=lambda s: s.start):
        toks = tokens(s.text)
        for k, t in enumerate(toks):
            if t.low in DESCRIPTOR_KIND and not t.capital and k + 1 < len(toks) and toks[k + 1].capital:
                end = phrase_after(toks, k + 1)
                named = (
                    named_from(toks[k + 1 : end], DESCRIPTOR_KIND[t.low], frozenset({t.low})) if end > k + 1 else None
                )
                if named:
                    out.append((s.start + t.start, named))
            if t.low in {"is", "was"} and k + 2 < len(toks) and toks[k + 1].low in {"a", "an"}:
                subject = walk_back(toks, k)
                nouns = _descriptors_after(toks, k + 2)
                if subject < k and nouns:
                    named = named_from(toks[subject:k], DESCRIPTOR_KIND[sorted(nouns)[0]], nouns)
                    if named:
                        out.append((s.start + toks[subject].start, named))
            if t.text == "(" and k + 2 < len(toks) and toks[k + 2].text == ")" and toks[k + 1].text.isupper():
                named = _aliased(toks, k, s)  # "the Arakan Army (AA)": AA later means the Arakan Army
                if named:
                    out.append((s.start + t.start, named))
            if _opens_name(t) and (k == 0 or not _opens_name(toks[k - 1])):
                named = _known_at(toks, k) or _institution_at(toks, k, s)
                if named:
                    out.append((s.start + t.start, named))
        for hit in _hits(toks):
            named = read_phrase(toks[hit.span[0] : hit.span[1]], hit.span[0] == 0, s, hit.span[0])
            if named and named.name and not named.ref:
                out.append((s.start + toks[hit.span[0]].start, named))
    return out


def _aliased(toks: list[Tok], k: int, sentence: Sentence) -> Named | None:
    start = walk_back(toks, k)
    named = read_phrase(toks[start:k], start == 0, sentence, start) if start < k else None
    if named is None or not named.name or named.ref:
        return None
    return Named(named.name, named.kind, named.nouns | {toks[k + 1].low})


def _descriptors_after(toks: list[Tok], k: int) -> frozenset[str]:
    nouns = set()
    while k < len(toks) and (toks[k].low in MODIFIERS or toks[k].low in DESCRIPTOR_KIND or is_side(toks[k].text)):
        if toks[k].low in DESCRIPTOR_KIND:
            nouns.add(toks[k].low)
        k += 1
    return frozenset(nouns)


# "the agency" reaches back this far (characters, about two sentences) for a news agency it names; farther
# back it is more likely the printing agency itself, or one cited for another incident.
AGENCY_REACH = 400


def _resolve(named: Named | None, antecedents: list[tuple[int, Named]], pos: int) -> Named | None:
    """'the paper' -> the latest earlier newspaper; 'Sobol' -> the earlier 'Ivan Sobol'."""
    if named is None:
        return None
    earlier = [a for p, a in sorted(antecedents, key=lambda x: x[0], reverse=True) if p < pos]
    if named.ref:
        for a in earlier:
            if a.name and not a.ref and _corefers(named.ref, a):
                return a
        if named.ref in {"agency", "wire"}:  # "the agency said": a news agency named just before
            near = [
                a for p, a in sorted(antecedents, key=lambda x: x[0], reverse=True) if pos - AGENCY_REACH <= p < pos
            ]
            agency = next((a for a in near if a.kind == "media" and name_key(a.name) in known_sources()), None)
            if agency is not None:
                return agency
        if named.ref in {"army", "military"} and (force := _near_force(antecedents, pos)) is not None:
            return force  # "..., the military said. The IDF said ...": the same force, named a sentence away
        return named if named.name else None  # "the army", unresolved, still names the army
    if " " not in named.name:
        for a in earlier:
            if named.name.isupper() and named.name.lower() in a.nouns and a.name != named.name:
                return Named(named.name, a.kind, a.nouns, canon=a.name)  # "AA said": the Arakan Army (AA)
        for a in earlier:
            if a.name.split()[-1] == named.name and a.kind in {"person", "official", "military"}:
                return a  # "Sobol said": the Ivan Sobol named before
    return named


def _near_force(antecedents: list[tuple[int, Named]], pos: int) -> Named | None:
    """A well-known state force named within about two sentences either side of 'the military' at pos."""
    near = sorted(((abs(p - pos), a) for p, a in antecedents if abs(p - pos) <= AGENCY_REACH and p != pos), key=_first)
    for _, a in near:
        if a.kind == "military" and name_key(a.name) in known_sources() and not is_armed_group(a.name):
            return a
    return None


def _first(pair: tuple[int, Named]) -> int:
    return pair[0]


def _corefers(ref: str, antecedent: Named) -> bool:
    """'the paper' and a named newspaper; 'the army' and the 'Sudanese Armed Forces'."""
    words = antecedent.nouns | {w.lower() for w in antecedent.name.split()}
    if ref in words:
        return True
    if is_armed_group(antecedent.name):
        return False  # "the army" is never the RSF named before it
    return any(ref in c and words & c for c in COREF_CLASSES)


def _opens_name(t: Tok) -> bool:
    return t.capital or t.text[:1].isdigit()


def _institution_at(toks: list[Tok], k: int, sentence: Sentence) -> Named | None:
    """A body named by its own capitalised name at token k: 'troops of the 65th Mechanized Brigade'."""
    end = phrase_after(toks, k)
    words = toks[k:end]
    if not any(w.capital and w.low in NAME_WORD_KIND for w in words):
        return None
    named = read_phrase(words, k == 0, sentence, k)
    return named if named and named.name and not named.ref else None


def _known_at(toks: list[Tok], k: int) -> Named | None:
    """A well-known body named at token k without any attribution: 'The Sudanese Armed Forces repelled ...'."""
    end = phrase_after(toks, k)
    for a in (k, k + 1):
        if a < end and name_key(text_of(toks[a:end])) in known_sources():
            return named_from(toks[a:end], None, frozenset())
    return None


@lru_cache(maxsize=8)
def _article_antecedents(text: str) -> list[tuple[int, Named]]:
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


def _names_outlet(item: _Found, outlets: list[str]) -> bool:
    """The source is the outlet under its name, its canonical name, or the name its attribution writes
    in full ('The Media Freedom Voice reported' read as 'Freedom Voice')."""
    names = {item.source.name, item.canon or item.source.name}
    names |= {m.group() for m in _CAPITALISED_RUN.finditer(item.source.quote) if " " in m.group()}
    return any(is_outlet(n, outlets) for n in names)


_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'.&-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w’'.&-]*)*")


# --- helpers --------------------------------------------------------------------
