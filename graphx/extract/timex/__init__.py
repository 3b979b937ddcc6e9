"""Time expressions: text and a publication date in, TimeML values out.

``rules`` recognises expressions with compiled patterns (words in
``resources/time_words.json``); ``normalise`` turns each into a TimeML value
and span anchored on the publication date, with the tense of its clause.
"""
