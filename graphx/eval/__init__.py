"""Measured quality: annotated corpora and gold files in, figures out.

``evaluate`` scores time expressions and entities on MEANTIME and
TempEval-3 (dev and test halves); ``eventscore`` scores events on MEANTIME;
``goldcheck`` scores a graph against a hand-made gold file; ``realnews``
builds a real-news folder and runs the scorer beside it; ``baseline`` is
the model alone, for comparison.
"""
