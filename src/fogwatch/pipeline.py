"""The extraction pipeline, top to bottom.

readers.read_inputs   paths -> RawReport | Rejected
clean.clean           RawReport -> Article (body, title, removed parts, embeds)
segment.split         Article.text -> Sentences with offsets
detect.detect         sentences -> Mentions (type, evidence sentences, confidence)
fields.*              Mention -> each Incident field, quoted from its evidence
"""

from __future__ import annotations

from typing import cast

from fogwatch.clean import clean
from fogwatch.detect import detect
from fogwatch.fields.actors import find_actors
from fogwatch.fields.certainty import assess_certainty
from fogwatch.fields.counts import find_counts
from fogwatch.fields.dates import resolve_date
from fogwatch.fields.places import locate
from fogwatch.fields.sources import find_sources
from fogwatch.model import Article, Evidence, Extraction, Incident, IncidentType, Mention, RawReport, Source
from fogwatch.resources import Resources
from fogwatch.segment import split


def extract(raw: RawReport, res: Resources) -> Extraction:
    """Clean one raw report and extract every incident it reports."""
    article = clean(raw)
    return Extraction(article=article, incidents=extract_incidents(article, res, raw))


def extract_incidents(article: Article, res: Resources, raw: RawReport | None = None) -> list[Incident]:
    sentences = split(article.text)
    mentions = detect(sentences, article, res.nlp)
    return [build_incident(m, article, res, raw) for m in mentions]


def build_incident(mention: Mention, article: Article, res: Resources, raw: RawReport | None) -> Incident:
    counts = find_counts(mention)
    sources = find_sources(mention, article)
    if raw is not None and raw.forwarded_from:
        sources = [
            Source(name=raw.forwarded_from, kind="media", channel=raw.channel, quote=raw.forwarded_from),
            *sources,
        ]
    actors = find_actors(mention, article)
    return Incident(
        type=cast(IncidentType, mention.type),
        summary=mention.summary or mention.sentences[0].text,
        date=resolve_date(mention, article),
        location=locate(mention, article, res.gazetteer),
        actors=actors,
        equipment=res.equipment.find(mention),
        killed=counts.killed,
        wounded=counts.wounded,
        participants=counts.participants,
        sources=sources,
        certainty=assess_certainty(mention, article, sources, actors),
        evidence=[Evidence(start=s.start, end=s.end, quote=s.text) for s in mention.sentences],
        confidence=mention.confidence,
    )
