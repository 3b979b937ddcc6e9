"""News told inside a quote: a happening a quote tells in the past on a day it names is
reported; anything else a quote says stays the speaker's words (graphx.extract.quoted_news)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extracting import NEEDS_MODEL, day_of, named_events

pytestmark = NEEDS_MODEL

# Saturday 15 March 2025
STATEMENT = "Mayor Dana Whitfield issued a statement on Saturday. "


def _triggers(nlp: Language, quote: str) -> dict[str, str | None]:
    text = STATEMENT + quote
    return {e.trigger: day_of(e) for e, _ in named_events(nlp, text, published="2025-03-15")}


def test_a_quote_that_tells_an_arrest_on_a_day_it_names_reports_it(nlp: Language) -> None:
    quote = (
        '"Federal agents arrested Tomas Ibarra on Thursday morning, March 13, as he left '
        'for work," Whitfield said.'
    )
    assert _triggers(nlp, quote).get("arrested") == "2025-03-13"


@pytest.mark.parametrize(
    "quote",
    [
        # no day of its own: the speaker's account, not a report
        '"Federal agents arrested Tomas Ibarra as he left for work," Whitfield said.',
        # what may come
        '"Federal agents will arrest more people on Thursday," Whitfield said.',
        # what did not happen
        '"Federal agents did not arrest anyone on Thursday," Whitfield said.',
        # a day named in another quote
        '"Federal agents arrested Tomas Ibarra," Whitfield said Thursday, "and we are angry."',
        # what someone in the quote claims, thinks, imagines or was told (a review)
        '"Critics claim agents arrested 300 people on Thursday," Whitfield said.',
        '"We thought agents arrested him on Thursday, but he was home," Whitfield said.',
        '"Imagine the police arrested your mother on Thursday," Whitfield said.',
        '"They told us that agents arrested him on Thursday," Whitfield said.',
        # what the quote denies
        '"People said agents arrested him on Thursday, but that never happened," she said.',
    ],
)
def test_a_quote_tells_no_arrest_without_a_day_of_its_own_in_the_past(
    nlp: Language, quote: str
) -> None:
    assert "arrested" not in _triggers(nlp, quote)
    assert "arrest" not in _triggers(nlp, quote)
