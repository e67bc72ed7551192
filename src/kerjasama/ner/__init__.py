"""Statistical Indonesian named-entity recogniser (CRF) trained on NERGrit and NERP.

Public entry points: `kerjasama.ner.tagger.load_tagger` for the pipeline and the Typer
app in `kerjasama.ner.commands` (`kerjasama ner train|tag|eval`).
"""
