"""The read model: which records match these filters and words, with what facet counts.

One place below the web layer that `kerjasama search`, the JSON API and the pages all ask
(`search.find`, `search.find_records`, `search.facet_counts`), so a filter means the same
everywhere. Its parts, from the bottom up:

- `facts`: what the register keeps of each article (confirmed values applied);
- `facets`: one small class per facet, knowing the values of a record;
- `bitsets`, `index`: the register at positions, each facet value a set of positions;
- `textmatch`: the words of a query against the full-text index (FTS5, tsvector);
- `live`: the current snapshot, rebuilt when the database changes;
- `catalogue`: the list of partnerships as readers filter it;
- `search`: the query itself; `figures`: the counts `kerjasama stats` prints.
"""
