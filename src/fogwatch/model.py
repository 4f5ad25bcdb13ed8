"""The records passed between fogwatch's stages, and the output contract.

RawReport (readers) -> Article (clean) -> Sentence/Mention (segment, detect)
-> Incident (fields) -> Extraction (one output line) -> LinkedIncident (link, store).

Field names follow ../shared/spec/INCIDENTS.md exactly: the JSON Schema that
`fogwatch schema` prints is generated from these classes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

IncidentType = Literal[
    "friendly_fire",
    "accidental_release",
    "refusal_to_fight",
    "strike",
    "armed_clash",
    "military_accident",
    "losses",
    "repression",
    "other",
]
INCIDENT_TYPES: tuple[str, ...] = IncidentType.__args__  # type: ignore[attr-defined]

Certainty = Literal["confirmed", "reported", "alleged", "unverified", "denied"]
CERTAINTIES: tuple[str, ...] = Certainty.__args__  # type: ignore[attr-defined]

DatePrecision = Literal["day", "month", "year", "none"]
PlacePrecision = Literal["point", "settlement", "admin2", "admin1", "country"]
Qualifier = Literal["exact", "at_least", "up_to", "about"]
ActorRole = Literal["perpetrator", "target", "participant"]
ActorKind = Literal["military", "security", "civilian", "government", "armed_group", "media", "other"]
EquipmentKind = Literal[
    "aircraft", "air_defense", "artillery", "munition", "drone", "vehicle", "ship", "small_arms", "other"
]
SourceKind = Literal["media", "official", "military", "social_media", "person", "ngo", "unknown"]
RemovedKind = Literal["cta", "related_links", "footer", "spam_title", "other"]
EmbedKind = Literal["tweet", "telegram", "video", "other"]


class Record(BaseModel):
    """Base for every contract record: unknown keys are refused, not dropped."""

    model_config = ConfigDict(extra="forbid")


# --- input -------------------------------------------------------------------


class RawReport(Record):
    """One article as a reader found it, before cleaning."""

    input: str = Field(description="where it came from: path, path:line, URI in a WARC, ...")
    text: str | None = None
    html: str | None = None
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = Field(default=None, description="ISO date given with the input")
    outlet: str | None = None
    # Readers that already know parts of the text (a Telegram forward, a feed's
    # author) pass sources here; extraction adds them to every incident.
    forwarded_from: str | None = None
    channel: str | None = None


class Rejected(Record):
    """An input that could not be read or extracted, and why."""

    input: str
    reason: str


# --- article -----------------------------------------------------------------


class Removed(Record):
    kind: RemovedKind
    text: str


class Embed(Record):
    kind: EmbedKind
    author: str | None = None
    date: str | None = None
    start: int
    end: int


class Article(Record):
    id: str = Field(description="sha256 of the cleaned text, first 16 hex chars")
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    published_source: Literal["metadata", "inferred"] | None = None
    language: str = "en"
    text: str
    removed: list[Removed] = []
    embeds: list[Embed] = []


# --- incident ----------------------------------------------------------------


class Evidence(Record):
    start: int
    end: int
    quote: str


class DateField(Record):
    value: str | None = None
    precision: DatePrecision = "none"
    not_after: str | None = None
    quote: str | None = None


class Location(Record):
    name: str
    place: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: PlacePrecision
    quote: str | None = None


class Actor(Record):
    text: str
    role: ActorRole
    side: str | None = None
    kind: ActorKind = "other"


class Equipment(Record):
    name: str
    kind: EquipmentKind
    quote: str


class Count(Record):
    value: int
    qualifier: Qualifier = "exact"
    quote: str


class Source(Record):
    name: str
    kind: SourceKind = "unknown"
    channel: str | None = None
    quote: str


class Incident(Record):
    type: IncidentType
    summary: str
    date: DateField = DateField()
    location: Location | None = None
    actors: list[Actor] = []
    equipment: list[Equipment] = []
    killed: Count | None = None
    wounded: Count | None = None
    participants: Count | None = None
    sources: list[Source] = []
    certainty: Certainty = "reported"
    evidence: list[Evidence]
    confidence: float = Field(ge=0.0, le=1.0)


class Extraction(Record):
    """One line of `fogwatch extract` output."""

    article: Article
    incidents: list[Incident] = []


# --- linking -----------------------------------------------------------------


class Disagreement(Record):
    field: str
    values: dict[str, Any] = Field(description="report id -> the value that report gives")


class LinkedIncident(Record):
    """One event, merged from every stored report of it."""

    id: str
    type: IncidentType
    summary: str
    date: DateField
    location: Location | None = None
    killed: Count | None = None
    wounded: Count | None = None
    participants: Count | None = None
    equipment: list[Equipment] = []
    sources: list[Source] = []
    certainty: Certainty
    independent_sources: int
    report_count: int
    disagreements: list[Disagreement] = []
    report_ids: list[str] = []
    updated: float = Field(default=0.0, description="Unix time of the last change")


# --- between stages (not part of the output contract) ------------------------


@dataclass(frozen=True)
class Sentence:
    """A sentence of `Article.text`, with its offsets; `doc` is its spaCy parse when parsed."""

    start: int
    end: int
    text: str
    doc: Any = field(default=None, compare=False, repr=False)


@dataclass
class Mention:
    """A detected incident before its fields are filled: type, supporting sentences, confidence."""

    type: str
    sentences: list[Sentence]
    confidence: float
    summary: str = ""
    # Neighbouring sentences that speak of this incident without reporting it
    # ("X could not verify the report"): fields may read them, evidence excludes them.
    context: list[Sentence] = field(default_factory=list)
