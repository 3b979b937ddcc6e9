"""Per-document extraction: a :class:`graphx.model.Document` in, a ``DocExtraction`` out.

Enters: one document's text and publication date, parsed by the spaCy
pipeline of ``nlp`` (the model, the entity ruler, and ``lines``, which keeps
sentences inside a page's lines). Names: ``ner.find_mentions`` drafts a
mention per entity (``drafts``), trims and types it (``spans``), applies the
``repairs`` and ``retype`` rules, reads titles (``titles``) and page parts
(``page``: datelines, ``credits``, ``headlines``), with ``evidence`` for
types the sentence states, ``known`` for the shipped name tables and
``places``/``gazetteer`` for jurisdictions. ``timex`` finds and normalises
time expressions. Events: ``events.find_events`` finds triggers
(``triggers``), keeps asserted clauses (``clauses``) and reads participants,
place and date (``arguments``). ``chunks`` cuts very long texts for the
parser and joins their extractions. Leaves: mentions (with ids), time
expressions, event mentions and sentences of that one document; nothing here
sees another document.
"""

__all__: list[str] = []
