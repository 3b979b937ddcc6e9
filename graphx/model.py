"""Plain data objects passed between the pipeline stages.

Every stage takes and returns these dataclasses, never spaCy ``Doc`` objects or
loose dicts, so that each stage can be tested on hand-built input and the
per-document results can be cached and shipped to other processes.

Offsets (``start``/``end``) are character offsets into ``Document.text``.
Dates are ISO-8601 prefixes whose length is their precision (``2019``,
``2019-05``, ``2019-05-07``); week and quarter values follow TimeML
(``2020-W04``, ``2019-Q4``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = [
    "DATE_BASES",
    "ENTITY_TYPES",
    "EVENT_ROLES",
    "Corpus",
    "DocExtraction",
    "Document",
    "Entity",
    "Event",
    "EventMention",
    "Failure",
    "Mention",
    "Participant",
    "Problem",
    "Report",
    "Role",
    "Sentence",
    "TimeExpression",
    "date_precision",
    "identify_mentions",
]

DateBasis = Literal["file metadata", "sidecar", "inferred", "unknown"]
DATE_BASES: tuple[str, ...] = ("file metadata", "sidecar", "inferred", "unknown")

ENTITY_TYPES: tuple[str, ...] = (
    "person",
    "agency",
    "organization",
    "media",
    "jurisdiction",
    "administration",
    "program",
    "law",
)
EVENT_ROLES: tuple[str, ...] = ("agent", "patient", "other")


def date_precision(value: str) -> str:
    """The precision of an ISO prefix or TimeML calendar value.

    >>> [date_precision(v) for v in ("2018", "2020-01", "2019-05-07", "2020-W04", "2019-Q4", "")]
    ['year', 'month', 'day', 'week', 'quarter', '']
    """
    if not value:
        return ""
    if "-W" in value:
        return "week"
    if "-Q" in value:
        return "quarter"
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "")


@dataclass(frozen=True, slots=True)
class Problem:
    """A file (or row) that could not be read, or was read with a caveat."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(slots=True)
class Document:
    """One article, with clean body text and the metadata we could establish.

    ``published`` is an ISO prefix (or an ISO week such as ``2020-W04``);
    ``published_basis`` says where it came from, and an ``inferred`` date is
    only an estimate whose meaning ``published_note`` spells out (for
    instance "not before 2019-11: latest date the text mentions").
    """

    id: str
    path: str
    format: str
    text: str
    title: str = ""
    url: str = ""
    source: str = ""
    author: str = ""
    published: str = ""
    published_basis: str = "unknown"
    published_note: str = ""
    # the day of the page's "Updated" stamp when it is the page's only day: the page came out
    # on or before it; other articles' reports of what it tells date it first
    updated: str = ""
    furniture: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def published_precision(self) -> str:
        return date_precision(self.published)

    @property
    def published_is_lower_bound(self) -> bool:
        """True when ``published`` only says the article is not older ("not before 2019-11")."""
        return self.published_basis == "inferred" and self.published_note.startswith("not before")

    @property
    def published_is_known(self) -> bool:
        """True when the date comes from metadata, not from an estimate."""
        return bool(self.published) and self.published_basis in ("file metadata", "sidecar")

    @property
    def published_on_page(self) -> bool:
        """True when the date is the page's own, read from its URL, its date line or its
        publication stamp: as good as metadata, unlike a bound or another article's day."""
        inferred = self.published_basis == "inferred" and bool(self.published)
        return inferred and self.published_note.startswith("from ")

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["published_precision"] = self.published_precision
        data["word_count"] = self.word_count
        return data


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that one stage could not process.

    The build goes on without that stage's result for the document, which
    stays in the graph with the error recorded on its node (issue 11: one
    sentence must never stop a corpus).
    """

    doc_id: str
    stage: str
    error: str

    @classmethod
    def of(cls, doc_id: str, stage: str, exc: BaseException) -> Failure:
        """The failure for an exception, its message cut to its first line.

        >>> Failure.of("ab12", "events", RecursionError("too deep\\nmore"))
        Failure(doc_id='ab12', stage='events', error='RecursionError: too deep')
        """
        message = (str(exc).strip().splitlines() or [""])[0][:300]
        name = type(exc).__name__
        return cls(doc_id, stage, f"{name}: {message}" if message else name)


@dataclass(slots=True)
class Corpus:
    """What ingest produced: the documents, the files it had to skip, the ones it left.

    ``ignored`` are files that the ``ignore`` setting says are not articles
    (a README, code): named, but not a problem.
    """

    root: str
    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    ignored: list[Problem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Mention:
    """A name in one document, typed, before resolution to an entity.

    ``canonical`` is the id of a known entity from the shipped resources
    (an agency's acronym table, a president, a state) when a rule matched;
    resolution trusts it. ``title`` holds a role prefix that was split off
    the name ("Acting ICE Director" in "Acting ICE Director Matthew Albence").
    ``id`` names the mention within its document by its character offsets
    (``m13-16``), so it stays the same on re-extraction and when the pieces of
    a long document are joined; events refer to their participants by it
    (issue 14). Left empty, it is made from the offsets.

    >>> Mention("ICE", 13, 16, 0, "agency").id
    'm13-16'
    """

    text: str
    start: int
    end: int
    sentence: int
    type: str
    label: str = ""
    canonical: str = ""
    title: str = ""
    type_reason: str = ""  # set when words of the sentence, not the model, gave the type
    # A place of the dateline ("WASHINGTON (AP) —"): where the story was filed (issue 16).
    dateline: bool = False
    # An outlet named as the source of a quote ("told The Daily Planet"), not an actor.
    attribution: bool = False
    id: str = ""

    def __post_init__(self) -> None:
        self.id = self.id or _span_id(self.start, self.end)


def _span_id(start: int, end: int) -> str:
    return f"m{start}-{end}"


def identify_mentions(mentions: list[Mention]) -> list[Mention]:
    """Give each mention the id of its offsets; a second mention of one span gets ``.2``.

    >>> ms = [Mention("ICE", 0, 3, 0, "agency"), Mention("ICE", 0, 3, 0, "organization")]
    >>> [m.id for m in identify_mentions(ms)]
    ['m0-3', 'm0-3.2']
    """
    seen: dict[str, int] = {}
    for mention in mentions:
        span = _span_id(mention.start, mention.end)
        seen[span] = seen.get(span, 0) + 1
        mention.id = span if seen[span] == 1 else f"{span}.{seen[span]}"
    return mentions


@dataclass(slots=True)
class TimeExpression:
    """A normalized time expression (TimeML TIMEX3-like).

    ``value`` is the TimeML value at the precision the text supports
    (``2019-03``, ``2021-W13``, ``2019-Q4``, ``PRESENT_REF``, ``P1M``...);
    ``date_start``/``date_end`` are the inclusive ISO days it covers when it
    is a calendar span (empty otherwise). ``uncertain`` is set when the value
    depends on a publication date that is only inferred or unknown.
    ``reading`` tells a user how the value was obtained.
    """

    text: str
    start: int
    end: int
    type: str = "DATE"
    value: str = ""
    date_start: str = ""
    date_end: str = ""
    precision: str = ""
    uncertain: bool = False
    reading: str = ""


@dataclass(slots=True)
class EventMention:
    """An event found in one sentence of one document.

    Participants (mention id, role) and place (a mention id) refer to
    ``DocExtraction.mentions`` by :attr:`Mention.id`; resolution turns them
    into entity ids.
    """

    sentence: int
    trigger: str
    event_type: str
    summary: str
    participants: list[tuple[str, str]] = field(default_factory=list)
    place: str | None = None
    time: TimeExpression | None = None
    lemma: str = ""
    start: int = -1  # the trigger's character offset in the document (-1: unknown)
    # the offset of the trigger whose act this one is told as part of, at the same time
    # ("issued subpoenas, accusing the city ..."): -1 for none
    along: int = -1
    # told as another happening of its kind than the story's ("sent similar subpoenas")
    another: bool = False
    # how many it was done to, counted exactly ("released 19 workers"); None: not counted
    counted: int | None = None
    # a vote's tally ("voted 5-2"): "" for none
    tally: str = ""
    # the lemma of the thing the act was done to ("report" of "a report released Tuesday"),
    # and whether it is told as known already ("the report")
    theme: str = ""
    theme_known: bool = False
    # a place a party's name implies ("sued Marion County Sheriff Tom Hale"): a
    # mention id, that agrees with the place other reports give and vetoes none
    near: str | None = None


@dataclass(slots=True)
class DocExtraction:
    """Everything the per-document stages found in one document."""

    doc_id: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    organization: str
    doc_id: str


@dataclass(slots=True)
class Entity:
    """One real-world entity across the corpus (a graph node)."""

    id: str
    type: str
    label: str
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    doc_ids: set[str] = field(default_factory=set)
    level: str = ""
    parent: str = ""
    roles: list[Role] = field(default_factory=list)
    evidence: str = ""
    doc_evidence: dict[str, str] = field(default_factory=dict)  # doc id -> a sentence there
    ambiguous: bool = False
    # Why names were joined into this entity, one reason per join ("'Maria Fuertas'
    # joined 'Maria Fuertes': ..."), so a user can review every merge (issue 16).
    merged_because: list[str] = field(default_factory=list)
    typed_because: str = ""  # the sentence's words that set the type against the model


@dataclass(frozen=True, slots=True)
class Participant:
    entity_id: str
    role: str


@dataclass(frozen=True, slots=True)
class Report:
    """How one document tells a happening: its sentence, its date as written, whom it names."""

    doc_id: str
    sentence: str
    date_text: str = ""
    date_value: str = ""
    participants: tuple[str, ...] = ()


@dataclass(slots=True)
class Event:
    """One happening, possibly reported by several documents (a graph node).

    ``time`` is when it happened as read from the text (None when no report
    dates it); ``reported`` the earliest publication date of its sources, with
    that document's ``reported_basis``. ``conflicts`` lists what its sources
    disagree on ("date: 2020-01-18 ('Saturday') in <doc id>").
    """

    id: str
    event_type: str
    trigger: str
    summary: str
    participants: list[Participant] = field(default_factory=list)
    place: str = ""
    time: TimeExpression | None = None
    administrations: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    reported: str = ""
    reported_basis: str = ""
    conflicts: list[str] = field(default_factory=list)
