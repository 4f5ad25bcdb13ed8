"""Reports built by hand for the store and linking tests: four events told by several outlets, plus two
same-type incidents in the same region that are different events. All sentences are written for these tests."""

from __future__ import annotations

import hashlib

from fogwatch.model import Article, Count, DateField, Evidence, Extraction, Incident, Location, Removed, Source

PLACES = {
    "Kherson": dict(admin1="Kherson Oblast", admin1_code="UA-65", country="UA", lat=46.6354, lon=32.6169),
    "Beryslav": dict(admin1="Kherson Oblast", admin1_code="UA-65", country="UA", lat=46.8417, lon=33.4264),
    "Belgorod": dict(admin1="Belgorod Oblast", admin1_code="RU-BEL", country="RU", lat=50.5954, lon=36.5873),
    "Avdiivka": dict(admin1="Donetsk Oblast", admin1_code="UA-14", country="UA", lat=48.1394, lon=37.7497),
    "Novorossiysk": dict(admin1="Krasnodar Krai", admin1_code="RU-KDA", country="RU", lat=44.7239, lon=37.7708),
}


def place(name: str, precision: str = "settlement") -> Location:
    info = dict(PLACES[name])
    if precision == "admin1":
        return Location(
            name=info["admin1"],
            place=info["admin1"],
            admin1=info["admin1"],
            admin1_code=info["admin1_code"],
            country=info["country"],
            precision="admin1",
            quote=name,
        )
    return Location(name=name, place=name, precision=precision, quote=name, **info)


def report(
    outlet: str,
    sentence: str,
    type: str = "strike",
    date: tuple[str | None, str] = (None, "none"),
    where: Location | None = None,
    killed: int | None = None,
    participants: int | None = None,
    sources: tuple[str, ...] = (),
    certainty: str = "reported",
    published: str = "2023-11-08",
) -> Extraction:
    """One article from `outlet` whose text is `sentence` (plus a byline), holding one incident."""
    text = f"{sentence}\n\nReporting by the {outlet} desk."
    article = Article(
        id=hashlib.sha256(text.encode()).hexdigest()[:16],
        url=f"https://{outlet.lower().replace(' ', '')}.example/{hashlib.md5(text.encode()).hexdigest()[:8]}",
        outlet=outlet,
        title=sentence[:60],
        published=published,
        published_source="metadata",
        text=text,
        removed=[Removed(kind="cta", text="Subscribe to our newsletter!")],
    )
    incident = Incident(
        type=type,
        summary=sentence,
        date=DateField(value=date[0], precision=date[1], not_after=published, quote=date[0]),
        location=where,
        killed=Count(value=killed, quote=str(killed)) if killed is not None else None,
        participants=Count(value=participants, quote=str(participants)) if participants is not None else None,
        sources=[Source(name=s, kind="official", quote=s) for s in sources],
        certainty=certainty,
        evidence=[Evidence(start=0, end=len(sentence), quote=sentence)],
        confidence=0.8,
    )
    return Extraction(article=article, incidents=[incident])


MARKET = ("2023-11-07", "day")
BOMB = ("2023-04-20", "day")

# event -> its reports; each from a different outlet.
EVENTS: dict[str, list[Extraction]] = {
    "kherson_market": [
        report(
            "Kyiv Daily",
            "Russian artillery shelled the market in Kherson on Tuesday, killing 27 civilians, the"
            " regional governor Oleksandr Prokudin said.",
            date=MARKET,
            where=place("Kherson"),
            killed=27,
            sources=("Oleksandr Prokudin",),
        ),
        report(
            "Dnipro Wire",
            "At least 30 people died when shells landed on a crowded Kherson market, according to"
            " the prosecutor general, who blamed guns firing from across the river.",
            date=MARKET,
            where=place("Kherson"),
            killed=30,
            sources=("Prosecutor General",),
        ),
        report(
            "South Post",
            "The shelling of the central market in Kherson left 27 dead, Prokudin wrote, adding"
            " that rescuers were still searching the rubble of the market stalls.",
            date=MARKET,
            where=place("Kherson"),
            killed=27,
            sources=("Oleksandr Prokudin",),
        ),
    ],
    "belgorod_bomb": [
        report(
            "Border Times",
            "A Su-34 bomber accidentally dropped a FAB-250 bomb on a residential street in"
            " Belgorod, the defence ministry admitted.",
            type="accidental_release",
            date=BOMB,
            where=place("Belgorod"),
            certainty="confirmed",
            sources=("Defence Ministry",),
        ),
        report(
            "Volga Review",
            "Residents of Belgorod woke to a blast after a bomb fell from a jet onto a residential"
            " block; the ministry called it an accidental release.",
            type="accidental_release",
            date=BOMB,
            where=place("Belgorod", "admin1"),
            certainty="reported",
        ),
        report(
            "Eastern Ledger",
            "The ministry confirmed that a Su-34 lost a bomb over Belgorod, leaving a crater"
            " twenty metres wide in the residential street.",
            type="accidental_release",
            date=BOMB,
            where=place("Belgorod"),
            certainty="confirmed",
            sources=("Defence Ministry",),
        ),
    ],
    "avdiivka_refusal": [
        report(
            "Volga Review",
            "Around 60 mobilised soldiers from Chuvashia refused to return to the front near"
            " Avdiivka, their relatives told reporters.",
            type="refusal_to_fight",
            date=("2023-10-19", "day"),
            where=place("Avdiivka"),
            participants=60,
            published="2023-10-21",
        ),
        report(
            "Kyiv Daily",
            "Relatives of Chuvash reservists say sixty men refused to go back to positions outside"
            " Avdiivka and were locked in a basement.",
            type="refusal_to_fight",
            date=("2023-10", "month"),
            where=place("Avdiivka"),
            participants=60,
            published="2023-10-25",
        ),
    ],
    "novorossiysk_drones": [
        report(
            "Sea Watch",
            "A drone strike set an oil depot in Novorossiysk ablaze overnight, the port's mayor said.",
            date=("2023-08-04", "day"),
            where=place("Novorossiysk"),
            published="2023-08-04",
        ),
        report(
            "Border Times",
            "Fire broke out at the Novorossiysk oil depot after drones attacked it overnight, port officials reported.",
            date=("2023-08-04", "day"),
            where=place("Novorossiysk"),
            published="2023-08-05",
        ),
    ],
}

# Same type (strike) and region (Kherson Oblast) as the market shelling, but other events: five days later in
# the same city, and the same day 65 km up the river.
DISTRACTORS: list[Extraction] = [
    report(
        "Kyiv Daily",
        "Russian artillery shelled a bus stop in Kherson on Sunday, killing three people, governor Prokudin said.",
        date=("2023-11-12", "day"),
        where=place("Kherson"),
        killed=3,
        sources=("Oleksandr Prokudin",),
        published="2023-11-12",
    ),
    report(
        "South Post",
        "Shelling of the market square in Beryslav on Tuesday killed two people, Prokudin said.",
        date=MARKET,
        where=place("Beryslav"),
        killed=2,
        sources=("Oleksandr Prokudin",),
    ),
]


def all_reports() -> list[Extraction]:
    """Every report, events interleaved the way a user would collect them."""
    groups = list(EVENTS.values())
    out = []
    for i in range(max(len(g) for g in groups)):
        out += [g[i] for g in groups if i < len(g)]
    return out + DISTRACTORS
