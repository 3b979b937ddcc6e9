"""Time expressions: text and a publication date in, TimeML values out.

Recognition: ``rules`` (the compiled patterns, words in
``resources/time_words.json``), ``plausible`` (which matches are not dates)
and ``scan`` (the longest plausible matches). Normalisation: ``normalise``
(``find_time_expressions`` and the table of value rules in ``dated``,
``relative``, ``holidays`` and ``amounts``), anchored on the publication
date by ``anchoring``, with the tense of its clause from ``tense``; ``spans``
gives the days a value covers.
"""

__all__: list[str] = []
