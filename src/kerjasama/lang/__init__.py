"""Language data, kept as data apart from the code that uses it."""
