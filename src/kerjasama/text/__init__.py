"""Text stage: normalisation, boilerplate marking, sentences."""
