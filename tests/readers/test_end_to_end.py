"""Every input format through the whole pipeline: articles asserted firmly, incidents loosely (stages evolve)."""

from __future__ import annotations

import json

import pytest

from fogwatch.batch import Tally, run_batch
from fogwatch.model import Extraction
from fogwatch.readers import read_inputs

from .samples import BRIDGE, CONVOY, DEPOT, atom, page, rss, telegram_export, tg_message, warc_record, write_warc


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, resources) -> dict[str, Extraction]:
    folder = tmp_path_factory.mktemp("inputs")
    write_warc(
        folder / "crawl.warc.gz",
        [warc_record("https://news.example.com/2024/depot", page(DEPOT, "Depot hit", published="2024-03-02").encode())],
        compress=True,
    )
    (folder / "wire.rss").write_text(
        rss(
            [
                {
                    "title": "Bridge shelled",
                    "link": "https://wire.example.org/bridge",
                    "content": f"<p>{BRIDGE}</p>",
                    "pubDate": "Wed, 06 Mar 2024 09:00:00 GMT",
                }
            ]
        )
    )
    (folder / "monitor.atom").write_text(
        atom(
            [
                {
                    "title": "Convoy mined",
                    "link": "https://monitor.example.net/convoy",
                    "updated": "2024-03-07T10:00:00Z",
                    "summary": "Teaser",
                }
            ]
        )
    )
    (folder / "convoy.html").write_text(page(CONVOY, "Convoy mined"))
    (folder / "channel").mkdir()
    (folder / "channel" / "result.json").write_text(
        telegram_export([tg_message(41, DEPOT, date="2024-03-03T06:00:00", forwarded_from="Front Notes")])
    )
    (folder / "dump.jsonl").write_text(
        json.dumps({"text": BRIDGE, "url": "https://daily.example.com/b", "title": "Bridge", "published": "2024-03-08"})
    )
    tally = Tally()
    results = list(run_batch(read_inputs([str(folder)]), resources, tally))
    assert str(tally) == "5 read, 5 extracted, 0 rejected", [r for r in results if not isinstance(r, Extraction)]
    by_url = {r.article.url or r.article.outlet: r for r in results if isinstance(r, Extraction)}
    return by_url


def test_warc_page_becomes_an_article_with_its_uri_and_date(extracted):
    article = extracted["https://news.example.com/2024/depot"].article
    assert DEPOT in article.text and article.published == "2024-03-02"


def test_rss_entry_content_becomes_an_article(extracted):
    article = extracted["https://wire.example.org/bridge"].article
    assert BRIDGE in article.text and article.published == "2024-03-06" and article.title == "Bridge shelled"


def test_atom_entry_is_read_from_its_saved_page(extracted):
    article = extracted["https://monitor.example.net/convoy"].article
    assert CONVOY in article.text and article.published == "2024-03-07"


def test_telegram_message_keeps_channel_and_forward(extracted):
    result = extracted["Sky Watch"]
    assert result.article.text == DEPOT and result.article.published == "2024-03-03"
    for incident in result.incidents:  # loosely: extraction is still being built
        assert incident.sources and incident.sources[0].name == "Front Notes"
        assert incident.sources[0].channel == "Telegram"


def test_jsonl_metadata_wins(extracted):
    article = extracted["https://daily.example.com/b"].article
    assert article.text == BRIDGE and article.title == "Bridge" and article.published == "2024-03-08"


def test_incidents_quote_their_articles(extracted):
    incidents = [(r.article, i) for r in extracted.values() for i in r.incidents]
    assert incidents, "these reports each describe an incident; at least some are found"
    for article, incident in incidents:
        assert all(article.text[e.start : e.end] == e.quote for e in incident.evidence)
