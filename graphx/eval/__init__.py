"""Measured quality: annotated corpora and gold files in, figures out.

``evaluate`` scores time expressions and entities on MEANTIME and
TempEval-3 (dev and test halves), with the systems in ``systems``, the
time-expression metric in ``timexscore`` and the shared pieces (P/R/F1,
span matching, tallies) in ``scoring``; ``eventscore`` scores events on
MEANTIME; ``goldcheck`` scores a graph against a hand-made gold file (its
dates with ``golddates``); ``realnews`` builds a real-news folder and runs
the scorer beside it; ``baseline`` is the model alone, for comparison.
"""

__all__: list[str] = []
