"""The read model: which records match these filters and words, with what facet counts.

One place below the web layer that `kerjasama search`, the JSON API and the pages all ask
(`search.find`, `search.find_records`, `search.facet_counts`), so a filter means the same
everywhere. Its parts, from the bottom up:

- `facts`: what the register keeps of each article (confirmed values applied);
- `facets`: one small class per facet, knowing the values of a record;
- `column_reads`, `columns`, `column_files`: the register as NumPy columns, read from the
  database in one query per table, kept in files beside it that every process maps, patched
  with the articles changed since (benchmarks/read_model.md);
- `bitsets`, `index`: the first design, a Python bitset per facet value; kept as the
  reference the column index is tested against;
- `textmatch`: the words of a query against the full-text index (FTS5, tsvector);
- `live`: the current snapshot, patched when the database changes;
- `catalogue`: the list of partnerships as readers filter it;
- `search`: the query itself; `figures`: the counts `kerjasama stats` prints.
"""
