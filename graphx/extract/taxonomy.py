"""The event-trigger table of ``resources/event_types.csv``, read into one structure.

Per lemma: a verb or noun trigger and its event type, light verbs that take their type from
their object ("issued subpoenas"), verbs of wanting or planning (irrealis), communique nouns
("a statement"), trigger families ("sue" and "lawsuit" are one happening), and the verbs
and nouns whose words around them say whether they tell a happening (custody, gathering,
taking, courts, sayings). ``triggers`` reads a sentence's words against it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graphx.lexicon import Lexicon, shipped

__all__ = ["Taxonomy", "kin_of", "load_taxonomy"]


@dataclass(frozen=True, slots=True)
class Taxonomy:
    verbs: dict[str, str]
    nouns: dict[str, str]
    light: dict[str, str]
    irrealis: frozenset[str] = frozenset()
    families: dict[str, str] = field(default_factory=dict)
    communiques: frozenset[str] = frozenset()
    objects: dict[str, str] = field(default_factory=dict)  # nouns eventive only as objects
    # verbs that, with a clause as complement, tell what someone said: "charged that ..."
    sayings: dict[str, str] = field(default_factory=dict)
    # nouns whose "is ...ing" tells an aim, not an act: "the agency's focus is deporting"
    aims: frozenset[str] = frozenset()
    # (lemma, event type) -> family, where one lemma is two triggers: "released" from jail
    # (release) and "a news release" (publication) are no one kind of happening
    typed_families: dict[tuple[str, str], str] = field(default_factory=dict)
    # verbs that, with a happening as their clause complement, tell only that happening:
    # "announced it was suing the state" is the suit
    tellings: frozenset[str] = frozenset()
    # verbs that tell a detention when a phrase of theirs names a place or terms of custody
    # ("held in the county jail", "kept on a detainer"), and those custody nouns
    confining: dict[str, str] = field(default_factory=dict)
    custody: frozenset[str] = frozenset()
    # verbs that tell a gathering their object names ("attended a rally", "gathered for a vigil")
    attending: frozenset[str] = frozenset()
    # nouns whose policy act is a ruling: "a federal judge ordered" (noun -> event type)
    courts: dict[str, str] = field(default_factory=dict)
    # verbs that tell a release out of a place of custody ("walked out of the county jail")
    freeing: dict[str, str] = field(default_factory=dict)
    # verbs of saying, a statement only when dated and news: "said Tuesday her jail will ..."
    spoken: dict[str, str] = field(default_factory=dict)
    # texts (``COMMUNIQUE`` rows with a type) that, told with what they say, are statements
    # too: "issued a statement calling the policy reckless", "her statement that ..."
    contents: dict[str, str] = field(default_factory=dict)
    # phrasal verbs that tell no happening although their verb does ("signed up to speak")
    nothing: frozenset[str] = frozenset()
    # verbs that tell a gathering when people are their subject ("Hundreds rallied")
    crowding: dict[str, str] = field(default_factory=dict)
    # verbs that tell a gathering when people are their subject and a place their object
    # ("Hundreds of people ringed the Capitol")
    surrounding: dict[str, str] = field(default_factory=dict)
    # light verbs that carry only the nouns of one family ("returned an indictment")
    light_of: dict[str, str] = field(default_factory=dict)
    # verbs that tell a decision only on what someone asked for ("denied his request"), and
    # the nouns of what is asked for
    deciding: frozenset[str] = frozenset()
    petitions: frozenset[str] = frozenset()
    # verbs that tell an arrest when they take someone ("the men were picked up Tuesday")
    capturing: dict[str, str] = field(default_factory=dict)
    halting: dict[str, str] = field(default_factory=dict)
    # verbs that tell a raid when who does it is of the law ("agents fanned out across town")
    sweeping: dict[str, str] = field(default_factory=dict)
    # verbs that tell a statement when they name what something is or call on someone to act
    # ("called the report cherry-picked", "urged all sheriffs to apply")
    calling: dict[str, str] = field(default_factory=dict)
    urging: dict[str, str] = field(default_factory=dict)
    # verbs of learning of a happening ("learned of the arrests"), and of being told of one
    # in the passive ("were told of the arrests"): what is learned of is named in passing
    learning: frozenset[str] = frozenset()
    # verbs that tell a decision when a body is their subject ("the commission decided")
    resolving: dict[str, str] = field(default_factory=dict)
    # every table by its kind of row, for the kinds read in one place only
    rows: dict[str, dict[str, str]] = field(default_factory=dict)
    # verbs by which a gathering named as their subject drew a crowd
    drawing: frozenset[str] = frozenset()
    # verbs by which a court refusing an act rules ("refused to dismiss the lawsuit")
    refusing: frozenset[str] = frozenset()
    # texts that are written: a quote said in one is a statement's words
    written: frozenset[str] = frozenset()
    # (kind of row, lemma) -> type and family of the act a row names another's by: "approved
    # the settlement" is a settling (``MEASURE``)
    acts_by: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)

    @property
    def voting(self) -> dict[str, str]:
        """Verbs that tell a vote when a body that votes is their subject ("the board rejected
        the resolution"); their families are those of that sense only."""
        return self.rows.get("VOTE", {})

    @property
    def told(self) -> frozenset[str]:
        """Verbs of being told of a happening, in the passive ("were told of the arrests")."""
        return frozenset(self.rows.get("TOLD", {}))

    @property
    def finding(self) -> frozenset[str]:
        """Verbs by which a court rules when it is their subject and a clause or a "with"
        tells what it found ("Judge Lee found that the jail had no authority")."""
        return frozenset(self.rows.get("FIND", {}))

    @property
    def staging(self) -> frozenset[str]:
        """Light verbs that take their happening from their object alone ("organized a
        vigil"), not from a passive subject or the noun they describe."""
        return frozenset(self.rows.get("STAGE", {}))

    @property
    def discovering(self) -> dict[str, str]:
        """Verbs that tell an arrest when the law's people named find people in numbers
        ("agents discovered 38 individuals inside the trailer")."""
        return self.rows.get("DISCOVER", {})

    @property
    def noticing(self) -> frozenset[str]:
        """Verbs of formal notice ("notified", "informed"): their past perfect clause is news
        as the notice gave it."""
        return frozenset(self.rows.get("NOTICE", {}))

    @property
    def receiving(self) -> dict[str, str]:
        """Verbs that tell funding when a body is their subject and money their object
        ("the county commission accepted $61,412")."""
        return self.rows.get("RECEIVE", {})

    @property
    def measures(self) -> frozenset[str]:
        """What a body votes on ("the resolution", "the plan")."""
        return frozenset(self.rows.get("MEASURE", {}))

    def act_by(self, row_kind: str, lemma: str) -> tuple[str, str] | None:
        """The type and family of the act a row of the kind names by its lemma ("settlement",
        ``MEASURE``: approving it is settling), else None."""
        return self.acts_by.get((row_kind, lemma))

    @property
    def sitting(self) -> dict[str, str]:
        """Verbs that tell a body's sitting when what it heard was put to it ("commissioners
        heard a proposal"), and the nouns of what is said to one ("testimony")."""
        return self.rows.get("SIT", {})

    @property
    def heard(self) -> frozenset[str]:
        return frozenset(self.rows.get("HEARD", {}))

    @property
    def enclosing(self) -> dict[str, str]:
        """Verbs that tell a raid when the law's people round a place with them ("agents
        surrounded the packing house")."""
        return self.rows.get("ENCLOSE", {})

    @property
    def pleading(self) -> dict[str, str]:
        """Verbs by which someone goes to court when a court is their object and an
        infinitive says what it is asked to do ("asked a federal judge to order ...")."""
        return self.rows.get("PLEAD", {})

    def tells(self, lemma: str) -> bool:
        """Whether a verb's lemma is one of saying (``SPOKEN``) or of telling a happening
        (``TELLING``): "said", "announced"."""
        return lemma in self.spoken or lemma in self.tellings

    def family(self, lemma: str, event_type: str = "") -> str:
        """The trigger family of a lemma ("lawsuit" and "sue" are one), the lemma by default;
        with the event type, that of the lemma's row of that type."""
        typed = self.typed_families.get((lemma, event_type))
        return typed or self.families.get(lemma, lemma)


# The kinds of row of ``event_types.csv`` (its ``pos`` column).
_KINDS = (
    *("VERB", "NOUN", "LIGHT", "IRREALIS", "COMMUNIQUE", "OBJECT", "SAYING", "AIM"),
    *("TELLING", "CONFINE", "CUSTODY", "ATTEND", "COURT", "SPOKEN", "FREE", "NONE", "GATHER"),
    *("DECIDE", "PETITION", "SURROUND", "CAPTURE", "LEARN", "TOLD", "SWEEP", "CALL", "URGE"),
    *("HALT", "DRAW", "REFUSE", "WRITTEN", "RESOLVE", "VOTE", "MEASURE", "STAGE", "FIND"),
    *("PLEAD", "RECEIVE", "ENCLOSE", "SIT", "HEARD", "DISCOVER", "LET", "TO_ACT", "DWELL", "GO_ON"),
    *("AGREED", "HAND", "MOVE", "NOTICE", "CALL_OFF", "CONSENT", "GRANT", "ON_SITE", "SITE_ACT"),
    "BY_BODY",
)


def load_taxonomy(lexicon: Lexicon | None = None) -> Taxonomy:
    """The event-trigger table of ``event_types.csv`` (lemma, pos, event_type, family)."""
    return (lexicon or shipped()).derived(_taxonomy)


_ActsBy = dict[tuple[str, str], tuple[str, str]]
_Families = tuple[dict[str, str], dict[tuple[str, str], str], dict[str, str], _ActsBy]


def _rows(lexicon: Lexicon) -> tuple[dict[str, dict[str, str]], _Families]:
    """The rows of each kind (lemma -> event type), and the families: by lemma, by lemma
    and event type, those a LIGHT verb carries alone, and the type and family of the act a
    row names by another's (``_ACTS_BY``)."""
    tables: dict[str, dict[str, str]] = {kind: {} for kind in _KINDS}
    families: dict[str, str] = {}
    typed: dict[tuple[str, str], str] = {}
    light_of: dict[str, str] = {}  # a LIGHT verb with a family carries only its nouns
    acts_by: _ActsBy = {}
    for row in lexicon.rows("event_types.csv", required=("lemma", "pos")):
        lemma, pos = row["lemma"].strip(), row["pos"].strip()
        tables.setdefault(pos, {})[lemma] = row["event_type"]
        family = (row.get("family") or "").strip()
        if pos in _ACTS_BY:
            # the family of another act ("approved the settlement" settles), no lemma's
            if kind := (row.get("event_type") or "").strip():
                acts_by[pos, lemma] = (kind, family)
            continue
        if family and pos in ("LIGHT", "STAGE"):
            light_of[lemma] = family
        elif family:
            if pos != "VOTE":  # a mayor's "rejected" is no vote's family
                families.setdefault(lemma, family)
            typed[lemma, (row.get("event_type") or "").strip()] = family
    return tables, (families, typed, light_of, acts_by)


# The kinds of row whose type and family are of another act than their lemma's (a MOVE
# row's "transfer" is a transfer, its HAND row's an arrest).
_ACTS_BY = ("MEASURE", "MOVE", "SITE_ACT")


def _taxonomy(lexicon: Lexicon) -> Taxonomy:
    tables, (families, typed, light_of, acts_by) = _rows(lexicon)
    return Taxonomy(
        tables["VERB"],
        tables["NOUN"],
        {**tables["LIGHT"], **tables["STAGE"]},
        frozenset(tables["IRREALIS"]),
        families,
        frozenset(tables["COMMUNIQUE"]),
        tables["OBJECT"],
        sayings=tables["SAYING"],
        aims=frozenset(tables["AIM"]),
        typed_families=typed,
        tellings=frozenset(tables["TELLING"]),
        confining=tables["CONFINE"],
        custody=frozenset(tables["CUSTODY"]),
        attending=frozenset(tables["ATTEND"]),
        courts=tables["COURT"],
        spoken=tables["SPOKEN"],
        freeing=tables["FREE"],
        contents={lemma: kind for lemma, kind in tables["COMMUNIQUE"].items() if kind},
        nothing=frozenset(tables["NONE"]),
        crowding=tables["GATHER"],
        surrounding=tables["SURROUND"],
        light_of=light_of,
        deciding=frozenset(tables["DECIDE"]),
        petitions=frozenset(tables["PETITION"]),
        capturing=tables["CAPTURE"],
        halting=tables["HALT"],
        sweeping=tables["SWEEP"],
        calling={**tables["CALL"], **tables["URGE"]},
        urging=tables["URGE"],
        learning=frozenset(tables["LEARN"]),
        drawing=frozenset(tables["DRAW"]),
        resolving=tables["RESOLVE"],
        rows=tables,
        refusing=frozenset(tables["REFUSE"]),
        written=frozenset(tables["WRITTEN"]),
        acts_by=acts_by,
    )


def kin_of(lexicon: Lexicon | None = None) -> dict[str, str]:
    """Family -> the name of its group of related families (``related_families.csv``)."""
    return (lexicon or shipped()).derived(_kin)


def _kin(lexicon: Lexicon) -> dict[str, str]:
    groups: dict[str, set[str]] = {}
    for row in lexicon.rows("related_families.csv", required=("family", "related")):
        pair = {row["family"].strip(), row["related"].strip()}
        for family in list(pair):
            pair |= groups.get(family, set())
        for family in pair:
            groups[family] = pair
    return {family: min(group) for family, group in groups.items()}
