"""Training of the extractor's small learned parts from annotated pages (needs scikit-learn)."""
