"""Places and bodies with codes: Indonesian regions, countries, foreign regions and cities,
ministries, agencies and international bodies; loaded once, matched fast.

    >>> gaz = load_gazetteer()
    >>> [(h.surface, h.entry.code) for h in gaz.find("Pemprov Kaltim dan Provinsi Anhui")]
    [('Pemprov Kaltim', 'ID-KI'), ('Provinsi Anhui', 'CN-AH')]
"""

from .gazetteer import Gazetteer, load_gazetteer
from .loader import GazetteerDataError
from .model import Entry, Hit

__all__ = ["Entry", "Gazetteer", "GazetteerDataError", "Hit", "load_gazetteer"]
