"""Per-document extraction: a :class:`graphx.model.Document` in, a ``DocExtraction`` out.

Enters: one document's text and publication date. The spaCy pipeline
(``ner``, with ``lines`` keeping sentences inside page lines) finds names;
``headlines``, ``credits`` and ``evidence`` decide which names count and
their types; ``places`` reads jurisdictions from the gazetteer; ``timex``
finds and normalises time expressions; ``events`` finds triggers, their
participants, place and date. ``chunks`` cuts very long texts for the
parser and joins their extractions. Leaves: mentions, time expressions,
event mentions and sentences of that one document; nothing here sees
another document.
"""
