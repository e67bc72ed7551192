"""Bulk inserts below the SQL layer: multi-row VALUES (SQLite), COPY (PostgreSQL).

The store writes a batch as one statement per table; going straight to the driver skips the
per-row parameter processing of SQLAlchemy, which costs more than SQLite's own insert.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import Connection, Table, delete, select, text

CHUNK = 500  # values per IN list: under every driver's limit of bound parameters
SQLITE_VALUES = 999  # bound values per SQLite statement: its smallest limit (before 3.32)


def chunks(items: Sequence, size: int = CHUNK) -> Iterator[list]:
    """`items` in consecutive slices of at most `size`."""
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def rows_in(conn: Connection, columns: list, column, values: Iterable) -> list:
    """Rows of `columns` (a table or columns) whose `column` is one of `values`, read in
    chunks, in the sorted order of the distinct values."""
    return [
        row
        for chunk in chunks(sorted(set(values)))
        for row in conn.execute(select(*columns).where(column.in_(chunk)))
    ]


def delete_in(conn: Connection, table: Table, column, values: Iterable) -> None:
    """Delete the rows of `table` whose `column` is one of `values`, in chunks."""
    for chunk in chunks(sorted(set(values))):
        conn.execute(delete(table).where(column.in_(chunk)))


def insert_rows(conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple]) -> None:
    """Insert `rows` (tuples in the order of `columns`) into `table`, in the caller's
    transaction."""
    if not rows:
        return
    names = ", ".join(columns)
    if conn.dialect.name == "postgresql":
        cursor = conn.connection.driver_connection.cursor()
        with cursor, cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    sqlite_insert(conn, f"INSERT INTO {table.name} ({names})", len(columns), rows)


def sqlite_insert(conn: Connection, insert: str, width: int, rows: list[tuple]) -> None:
    """`insert` ("INSERT INTO t (a, b)") of `rows` of `width` values, as multi-row VALUES
    statements: a third less CPU than one executed row after another (executemany)."""
    per_statement = max(1, SQLITE_VALUES // width)
    one = "(" + ", ".join("?" * width) + ")"
    cursor = conn.connection.driver_connection.cursor()
    try:
        for chunk in chunks(rows, per_statement):
            values = ", ".join([one] * len(chunk))
            cursor.execute(f"{insert} VALUES {values}", [v for row in chunk for v in row])
    finally:
        cursor.close()


def next_ids(conn: Connection, table: Table, count: int) -> list[int]:
    """`count` fresh values of the table's integer `id` for rows the caller inserts next.

    PostgreSQL draws them from the column's sequence; SQLite counts on from the largest id,
    which is safe once the transaction has written (SQLite then holds the one write lock).
    """
    if count <= 0:
        return []
    if conn.dialect.name == "postgresql":
        query = text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)")
        return list(conn.execute(query, {"t": table.name, "n": count}).scalars())
    last = conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {table.name}")).scalar_one()
    return list(range(last + 1, last + 1 + count))


def fetch_in(
    conn: Connection, table: Table, columns: Sequence[str], column: str, values: Sequence
) -> list[tuple]:
    """Rows (tuples in the order of `columns`) of `table` whose `column` is one of `values`,
    read through the driver in chunks: the refresh reads thousands of rows by key, and
    SQLAlchemy's per-parameter and per-row work costs more than the database's."""
    names = ", ".join(columns)
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    cursor = conn.connection.driver_connection.cursor()
    found: list[tuple] = []
    try:
        for chunk in chunks(sorted(set(values))):
            marks = ", ".join(mark for _ in chunk)
            cursor.execute(
                f"SELECT {names} FROM {table.name} WHERE {column} IN ({marks})", tuple(chunk)
            )
            found.extend(tuple(row) for row in cursor.fetchall())
    finally:
        cursor.close()
    return found
