"""kerjasama: a register of Indonesian regional-government cooperation, extracted from news."""

__version__ = "0.1.0"
