using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// A statement prepared once on the write connection and run per row through the SQLite API itself, inside the
/// transaction the connection has open. <see cref="SqliteCommand"/> costs several times what SQLite spends inserting
/// a row (a data reader per execution, every parameter looked up by name and converted on each run), which made it
/// most of the commit time for the ~1,500 rows of a bulletin; here a row costs its binds, one step and one reset.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;
    private byte[] utf8 = new byte[256];

    public RawStatement(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v3(db, sql, raw.SQLITE_PREPARE_PERSISTENT, out statement);
        SqliteException.ThrowExceptionForRC(rc, db);
    }

    /// <summary>Binds parameter <paramref name="index"/> (1-based) to text, or NULL.</summary>
    public RawStatement Text(int index, string? value)
    {
        if (value is null)
        {
            return Null(index);
        }

        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (length > utf8.Length)
        {
            utf8 = new byte[Math.Max(length, utf8.Length * 2)];
        }

        // The span overload binds with SQLITE_TRANSIENT (SQLite copies), so the buffer is free again at once.
        var written = Encoding.UTF8.GetBytes(value, utf8);
        Check(raw.sqlite3_bind_text(statement, index, utf8.AsSpan(0, written)));
        return this;
    }

    public RawStatement Int(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(statement, index, value));
        return this;
    }

    public RawStatement Int(int index, long? value) => value is { } v ? Int(index, v) : Null(index);

    /// <summary>Runs the statement with the values bound; returns the rows it changed (0 when a conflict kept an existing row).</summary>
    public int Execute()
    {
        Run();
        return raw.sqlite3_changes(db);
    }

    /// <summary>
    /// Runs an INSERT of one row into a rowid table and returns the new row's rowid (an INTEGER PRIMARY KEY is the
    /// rowid). It is read as the connection's last insert rowid, which is this row's: the write connection runs one
    /// statement at a time, and rows a trigger inserts do not change it once the statement is done.
    /// </summary>
    public long Insert()
    {
        Run();
        return raw.sqlite3_last_insert_rowid(db);
    }

    /// <summary>Runs the statement and returns its first column as an integer, or null when it returned no row.</summary>
    public long? Scalar()
    {
        var rc = raw.sqlite3_step(statement);
        long? value = rc == raw.SQLITE_ROW ? raw.sqlite3_column_int64(statement, 0) : null;
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }

        return value;
    }

    public void Dispose() => statement.Dispose();

    /// <summary>One step with the values bound, then reset so the statement can be bound again.</summary>
    private void Run()
    {
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    private RawStatement Null(int index)
    {
        Check(raw.sqlite3_bind_null(statement, index));
        return this;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }
}
