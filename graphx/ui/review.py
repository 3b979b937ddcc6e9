"""The review panel: correct the graph from the explorer, seeing the change first (issue 19).

Shown only with ``python app.py --review``. For the selected entity: merge
with another (both side by side: names, type, roles, mentions, example
sentences), split names off, "not an entity", change type; for the selected
event: "not the same happening" (sources leave) and "same happening as...".
``proposed`` turns the form into ledger decisions (by names, triggers and
document ids, never node ids); the preview, the ledger with an undo button
per line, and the suggestion queue are rendered here from plain data. The
callbacks are in ``review_callbacks``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dash import dcc, html

from graphx.explore.data import ExplorerData
from graphx.explore.suggest import Suggestion
from graphx.model import ENTITY_TYPES
from graphx.resolve.ledger import Decision
from graphx.ui import ids
from graphx.ui.context import get_context

if TYPE_CHECKING:  # the build stage is imported only in review mode (review_session)
    from graphx.build.changes import Change

__all__ = [
    "DOCUMENT_CHOICE",
    "ENTITY_ACTIONS",
    "EVENT_ACTIONS",
    "entity_card",
    "entity_documents",
    "event_sources",
    "matches",
    "proposed",
    "render_change",
    "render_ledger",
    "render_suggestions",
    "review_panel",
    "subject_of",
]

ENTITY_ACTIONS = (
    ("merge", "merge with…"),
    ("split", "split names off"),
    ("reject", "not an entity"),
    ("retype", "change type"),
)
EVENT_ACTIONS = (("split-event", "not the same happening"), ("merge-event", "same happening as…"))
_EXAMPLES = 3
_MATCHES = 12


def subject_of(data: ExplorerData, selection: Any) -> tuple[str, str]:
    """The selected (kind, node) when the graph has it, else ("", "")."""
    if not isinstance(selection, dict):
        return "", ""
    kind, node = selection.get("kind"), selection.get("id")
    if kind == "entity" and node in data.entities:
        return "entity", str(node)
    if kind == "event" and node in data.events:
        return "event", str(node)
    return "", ""


def event_sources(data: ExplorerData, node: str) -> list[tuple[str, str]]:
    """An event's source document ids (as the ledger names them) with their titles."""
    sources = data.G.nodes[node].get("sources") or []
    out = []
    for doc_id in sources:
        document = data.documents.get(f"d:{doc_id}", {})
        out.append((str(doc_id), document.get("title") or document.get("label") or str(doc_id)))
    return out


DOCUMENT_CHOICE = "doc:"  # a split choice that names an article, not a name


def entity_documents(data: ExplorerData, node: str) -> list[tuple[str, str]]:
    """The articles that name an entity, as split choices: (``doc:`` + id, "only in: title")."""
    out = []
    for _, doc_node, d in data.G.out_edges(node, data=True):
        if d.get("relation") == "mentioned_in" and doc_node in data.documents:
            document = data.documents[doc_node]
            title = document.get("title") or document.get("label") or doc_node
            out.append((DOCUMENT_CHOICE + doc_node.removeprefix("d:"), f"only in: {title}"))
    return sorted(set(out), key=lambda c: c[1])


def _trigger(data: ExplorerData, node: str) -> str:
    return str(data.G.nodes[node].get("trigger", ""))


def matches(data: ExplorerData, kind: str, node: str, search: str | None) -> list[dict[str, str]]:
    """Options for "merge with…" / "same happening as…": what ``search`` names, not ``node``."""
    words = (search or "").casefold().split()
    if not words:
        return []
    rows: Any = data.entities if kind == "entity" else data.events
    found = []
    for other, row in rows.items():
        if other != node and all(w in row.label.casefold() for w in words):
            kind_word = row.type if kind == "entity" else row.event_type
            found.append({"label": f"{row.label[:80]} ({kind_word})", "value": other})
            if len(found) == _MATCHES:
                break
    return found


def proposed(
    data: ExplorerData,
    selection: Any,
    form: dict[str, Any],
) -> list[Decision]:
    """The ledger decisions the form describes (none while it is incomplete).

    ``form`` holds ``action``, ``other`` (a node id), ``choices`` (names or
    document ids), ``new_type`` and ``reason``.
    """
    kind, node = subject_of(data, selection)
    action, other, reason = form.get("action"), form.get("other"), str(form.get("reason") or "")
    choices = [str(c) for c in form.get("choices") or []]
    if kind == "entity":
        return _entity_decisions(data, node, action, other, choices, form.get("new_type"), reason)
    if kind == "event" and action == "split-event" and choices:
        if len(choices) < len(event_sources(data, node)):
            return [Decision(action, _trigger(data, node), reason=reason, documents=tuple(choices))]
    if kind == "event" and action == "merge-event" and other in data.events:
        mine = tuple(d for d, _ in event_sources(data, node))
        theirs = tuple(d for d, _ in event_sources(data, str(other)))
        target = _trigger(data, str(other))
        return [Decision(action, _trigger(data, node), "", target, reason, "", "", mine, theirs)]
    return []


def _entity_decisions(
    data: ExplorerData,
    node: str,
    action: Any,
    other: Any,
    choices: list[str],
    new_type: Any,
    reason: str,
) -> list[Decision]:
    row = data.entities[node]
    if action == "merge" and other in data.entities:
        # Every name of the entity, so that all its mentions follow it.
        target = data.entities[other].label
        names = dict.fromkeys((row.label, *row.aliases))
        return [Decision("merge", name, row.type, target, reason) for name in names]
    if action == "split":
        docs = tuple(
            c.removeprefix(DOCUMENT_CHOICE) for c in choices if c.startswith(DOCUMENT_CHOICE)
        )
        split = [
            Decision("split", name, row.type, reason=reason)
            for name in choices
            if not name.startswith(DOCUMENT_CHOICE)
        ]
        if docs and len(docs) < len(entity_documents(data, node)):
            split.append(Decision("split", row.label, row.type, reason=reason, documents=docs))
        return split
    if action == "reject":
        return [Decision("reject", row.label, row.type, reason=reason)]
    if action == "retype" and new_type in ENTITY_TYPES and new_type != row.type:
        return [Decision("retype", row.label, row.type, str(new_type), reason)]
    return []


def _examples(data: ExplorerData, node: str) -> list[str]:
    said = [
        str(d.get("evidence", "")).strip()
        for _, _, d in data.G.out_edges(node, data=True)
        if d.get("relation") == "mentioned_in" and d.get("evidence")
    ]
    return list(dict.fromkeys(said))[:_EXAMPLES]


def entity_card(data: ExplorerData, node: str) -> html.Div:
    """One entity as a reader compares it: names, type, roles, mentions, example sentences."""
    row = data.entities[node]
    roles = [" ".join(str(v) for v in r.values() if v) for r in row.roles]
    fields = [
        ("type", row.type),
        ("also called", ", ".join(row.aliases) or "—"),
        ("roles", "; ".join(roles) or "—"),
        ("mentions", str(row.mentions)),
        ("events", str(len(data.entity_events.get(node, ())))),
    ]
    return html.Div(
        [
            html.H4(row.label),
            *[
                html.Div([html.Span(k, className="gx-key"), html.Span(v)], className="gx-field")
                for k, v in fields
            ],  # fmt: skip
            html.Ul([html.Li(s, className="gx-quote") for s in _examples(data, node)]),
        ],
        className="gx-review-side",
    )


def render_change(change: Change | None, decisions: Sequence[Decision]) -> html.Div:
    """What applying ``decisions`` would change, before the reader confirms."""
    if change is None or not decisions:
        return html.Div()
    return html.Div(
        [
            html.Div("Will record:", className="gx-label"),
            html.Ul([html.Li(d.describe()) for d in decisions]),
            html.Div("What changes:", className="gx-label"),
            html.Ul([html.Li(line) for line in change.lines()], className="gx-review-change"),
        ]
    )


def render_ledger(numbered: Sequence[tuple[int, Decision]]) -> html.Div | html.Ul:
    """The ledger's decisions, newest first, each with its undo button."""
    if not numbered:
        return html.Div("No decisions yet.", className="gx-hint")
    items = [
        html.Li(
            [
                html.Span(f"{decision.describe()} · {decision.author} "),
                html.Button(
                    "undo",
                    id={"type": ids.REVIEW_UNDO, "line": str(number)},
                    n_clicks=0,
                    className="gx-review-undo",
                ),
            ],
            className="gx-review-decision",
        )
        for number, decision in reversed(numbered)
    ]
    return html.Ul(items, className="gx-list")


def render_suggestions(rows: Sequence[Suggestion], *, limit: int = 20) -> html.Div | html.Ul:
    """The review queue: each doubt with a link that selects its entity or event."""
    if not rows:
        return html.Div("Nothing graphx was unsure of.", className="gx-hint")
    items = []
    for s in rows[:limit]:
        link = ids.EVENT_LINK if s.node_type == "event" else ids.ENTITY_LINK
        button = html.Button(
            s.label[:60], id={"type": link, "id": s.node}, className="gx-link", n_clicks=0
        )
        items.append(html.Li([button, f" · {s.kind}: {s.why} ({s.events} events)"]))
    return html.Ul(items, className="gx-list")


def _several_sources(data: ExplorerData) -> html.Ul:
    """Events told by several documents: the ones "not the same happening" can split."""
    rows = [(e, row.label) for e, row in data.events.items() if len(row.sources) > 1]
    items = [
        html.Li(
            html.Button(
                label[:60], id={"type": ids.EVENT_LINK, "id": e}, n_clicks=0, className="gx-link"
            )
        )  # fmt: skip
        for e, label in rows[:40]
    ]
    return html.Ul(items or [html.Li("none", className="gx-hint")], className="gx-chips")


def _form() -> list[Any]:
    return [
        html.Div(id=ids.REVIEW_SUBJECT, className="gx-hint"),
        dcc.RadioItems(id=ids.REVIEW_ACTION, options=[], value=None, className="gx-review-row"),
        dcc.Input(id=ids.REVIEW_SEARCH, type="search", placeholder="search…", debounce=True),
        dcc.RadioItems(id=ids.REVIEW_OTHER, options=[], value=None),
        dcc.Checklist(id=ids.REVIEW_CHOICES, options=[], value=[]),
        dcc.RadioItems(id=ids.REVIEW_TYPE, options=list(ENTITY_TYPES), value=None, inline=True),
        dcc.Input(id=ids.REVIEW_REASON, type="text", placeholder="why (optional)", debounce=True),
        html.Div(id=ids.REVIEW_PREVIEW),
        dcc.Store(id=ids.REVIEW_PENDING, data=[]),
        html.Button("Apply", id=ids.REVIEW_APPLY, n_clicks=0, disabled=True),
        html.Div(id=ids.REVIEW_STATUS, role="status"),
        dcc.Store(id=ids.REVIEW_RELOAD, data=None),  # set when applied: the page reloads
    ]


def review_panel() -> html.Div | None:
    """The review card, or None when the explorer is not in review mode."""
    context = get_context()
    session = context.review
    if session is None:
        return None
    data = context.data
    notes = [html.Div(n, className="gx-notice") for n in session.notes]
    return html.Div(
        [
            html.H2("Review"),
            *notes,
            html.Div("Select an entity or an event to correct it.", className="gx-hint"),
            *_form(),
            html.H3("Events told by several sources"),
            _several_sources(data),
            html.H3("To review"),
            html.Div(render_suggestions(session.suggestions(data)), id=ids.REVIEW_SUGGESTIONS),
            html.H3("Decisions"),
            html.Div(render_ledger(session.decisions()), id=ids.REVIEW_LEDGER),
        ],
        id=ids.REVIEW,
        className="gx-card gx-review",
    )
