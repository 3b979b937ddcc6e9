"""Component ids of the explorer, shared by the layout, the callbacks and the browser tests."""

from __future__ import annotations

__all__ = [
    "ADMINISTRATION",
    "COUNTS",
    "COUNT_ENTITIES",
    "COUNT_EVENTS",
    "CYTO",
    "DATES",
    "DETAILS",
    "ENTITY_LINK",
    "ENTITY_TYPES",
    "EVENT_LINK",
    "EVENT_TYPES",
    "EXPORT_CSV",
    "EXPORT_GRAPHML",
    "EXPORT_MORE",
    "EXPORT_PNG",
    "EMPTY",
    "FILTERS",
    "FITTED",
    "GROUP_BY",
    "JURISDICTION",
    "LAYOUT",
    "LEGEND",
    "NETWORK_LIMIT",
    "NETWORK_NOTE",
    "NOTICE",
    "RESET",
    "REVIEW",
    "REVIEW_ACTION",
    "REVIEW_APPLY",
    "REVIEW_CHOICES",
    "REVIEW_LEDGER",
    "REVIEW_OTHER",
    "REVIEW_PENDING",
    "REVIEW_PREVIEW",
    "REVIEW_REASON",
    "REVIEW_RELOAD",
    "REVIEW_SEARCH",
    "REVIEW_STATUS",
    "REVIEW_SUBJECT",
    "REVIEW_SUGGESTIONS",
    "REVIEW_TYPE",
    "REVIEW_UNDO",
    "SEARCH",
    "SELECTION",
    "SHOW_MORE",
    "SIDEBAR_TOGGLE",
    "SIZE_BY",
    "TIMELINE",
    "TL_META",
    "TL_RANGE",
    "UNDATED",
    "URL",
]

URL = "url"
SELECTION = "selection"
TL_META = "timeline-meta"
TL_RANGE = "timeline-range"

SEARCH = "filter-search"
JURISDICTION = "filter-jurisdiction"
ADMINISTRATION = "filter-administration"
ENTITY_TYPES = "filter-entity-types"
EVENT_TYPES = "filter-event-types"
DATES = "filter-dates"
RESET = "filter-reset"
GROUP_BY = "view-group-by"
SIZE_BY = "view-size-by"
LAYOUT = "view-layout"

# The controls whose values live in the URL, in the order the callbacks take them.
FILTERS = (SEARCH, JURISDICTION, ADMINISTRATION, ENTITY_TYPES, EVENT_TYPES)

COUNTS = "counts"
COUNT_EVENTS = "count-events"
COUNT_ENTITIES = "count-entities"
TIMELINE = "timeline"
UNDATED = "undated-list"
CYTO = "network"
NETWORK_NOTE = "network-note"
NETWORK_LIMIT = "network-limit"  # store: how many entities the network draws ("show more")
SHOW_MORE = "network-show-more"
FITTED = "network-fitted"  # store written by the clientside fit (nothing reads it)
EMPTY = "empty-state"
SIDEBAR_TOGGLE = "sidebar-toggle"
LEGEND = "network-legend"
NOTICE = "link-notice"
DETAILS = "details"

EXPORT_GRAPHML = "export-graphml"
EXPORT_CSV = "export-csv"
EXPORT_MORE = "export-more"
EXPORT_PNG = "export-png"

# Pattern-matching button types: {"type": EVENT_LINK, "id": <event id>}.
EVENT_LINK = "event-link"
ENTITY_LINK = "entity-link"

# Review mode (issue 19): the panel, its form, and {"type": REVIEW_UNDO, "line": <n>} buttons.
REVIEW = "review"
REVIEW_ACTION = "review-action"
REVIEW_APPLY = "review-apply"
REVIEW_CHOICES = "review-choices"
REVIEW_LEDGER = "review-ledger"
REVIEW_OTHER = "review-other"
REVIEW_PENDING = "review-pending"
REVIEW_PREVIEW = "review-preview"
REVIEW_REASON = "review-reason"
REVIEW_RELOAD = "review-reload"
REVIEW_SEARCH = "review-search"
REVIEW_STATUS = "review-status"
REVIEW_SUBJECT = "review-subject"
REVIEW_SUGGESTIONS = "review-suggestions"
REVIEW_TYPE = "review-type"
REVIEW_UNDO = "review-undo"
