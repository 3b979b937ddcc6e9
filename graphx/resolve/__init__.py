"""Corpus-wide resolution: every document's extraction in, entities and events out.

Enters: the ``DocExtraction`` of each document and the reader's decisions
(``ledger``). ``entities`` joins mentions into entities, in steps of their
own: the user's corrections (``aliases``), clusters within each document
(``documents``, with ``roles`` for titles and their bodies), clusters across
documents by key and place (``corpus``) and by guarded fuzzy match
(``fuzzy``), comparing names with ``clusters`` and ``bodies`` (initials,
place-named bodies). ``happenings`` decides which event mentions report one
happening; ``events`` makes one corpus event per happening, joining its
participants to entities by mention id, with its reports, dates and
administrations. Leaves: ``Entity`` and ``Event`` objects,
and the decisions that no longer apply.
"""

__all__: list[str] = []
