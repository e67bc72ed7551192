"""Indonesian language data: titles, verbs, instrument and action words, sectors, calendar words.

As in spaCy's `lang/id`, each module is a small table; adding knowledge means adding data.
"""
