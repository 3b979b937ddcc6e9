"""Corpus-wide resolution: every document's extraction in, entities and events out.

Enters: the ``DocExtraction`` of each document and the reader's decisions
(``ledger``). ``entities`` joins mentions into entities (aliases, known
names, fuzzy joins, ``bodies`` for initials and place-named bodies) and
their roles; ``happenings`` decides which event mentions report one
happening; ``events`` makes one corpus event per happening, with its
reports, dates and administrations. Leaves: ``Entity`` and ``Event``
objects, and the decisions that no longer apply.
"""
