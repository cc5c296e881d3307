using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage.Sqlite.Reading;

/// <summary>
/// A read run through the SQLite API itself, for the reads that return hundreds of rows per request (a chain's
/// placements, its link edges, their far ends). <see cref="SqliteDataReader"/> checks the column count and the
/// value's type around every value it hands out; reading a few thousand values that way cost as much as SQLite
/// spent finding them. Here a value is one call for its bytes (and one for its type where it may be NULL).
/// </summary>
internal sealed class RawQuery : IDisposable
{
    /// <summary>
    /// Statements already prepared, per native connection: the pool hands the same native connection out again, and
    /// a computed chain map prepared three statements on every request (~27 µs for the placements read alone, a
    /// quarter of what SQLite then spends running it).
    /// </summary>
    private static readonly ConditionalWeakTable<sqlite3, IdleStatements> Prepared = [];

    private readonly sqlite3 db;
    private readonly string sql;
    private readonly IdleStatements idle;
    private readonly sqlite3_stmt statement;

    /// <summary>The statement's native pointer for <see cref="NativeColumns"/>; the handle is referenced until Dispose.</summary>
    private readonly nint handle;
    private bool referenced;
    private bool disposed;

    /// <summary>Per column, the values of a column read with <see cref="Repeated{T}"/>: their UTF-8 bytes and what they became.</summary>
    private List<(byte[] Utf8, object Value)>?[]? repeated;

    public RawQuery(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        this.sql = sql;
        idle = Prepared.GetValue(db, static _ => new IdleStatements());
        if (idle.Take(sql) is { } prepared)
        {
            statement = prepared;
        }
        else
        {
            var rc = raw.sqlite3_prepare_v2(db, sql, out statement);
            if (rc != raw.SQLITE_OK)
            {
                statement.Dispose();
                SqliteException.ThrowExceptionForRC(rc, db);
            }
        }

        statement.DangerousAddRef(ref referenced);
        handle = statement.DangerousGetHandle();
    }

    /// <summary>Binds the named parameter (<c>$name</c>) to text.</summary>
    public RawQuery Bind(string name, string value)
    {
        var index = raw.sqlite3_bind_parameter_index(statement, name);
        if (index == 0)
        {
            throw new ArgumentException($"The statement has no parameter {name}.", nameof(name));
        }

        Check(raw.sqlite3_bind_text(statement, index, value));
        return this;
    }

    /// <summary>Moves to the next row; false when there is none.</summary>
    public bool Next(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var rc = raw.sqlite3_step(statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }

        return false;
    }

    public string Text(int column) => Encoding.UTF8.GetString(NativeColumns.Span(handle, column));

    public string? NullableText(int column) => IsNull(column) ? null : Text(column);

    /// <summary>
    /// A column with a few distinct values over many rows (a segment id, a kind): each value is decoded and parsed once
    /// per query, and every row holding it gets the same instance. The last value found is tried first, as rows often
    /// come in runs.
    /// </summary>
    public T Repeated<T>(int column, Func<string, T> parse)
        where T : notnull
    {
        const int MaxValues = 32;
        var bytes = NativeColumns.Span(handle, column);
        repeated ??= new List<(byte[], object)>?[raw.sqlite3_column_count(statement)];
        var values = repeated[column] ??= [];
        for (var i = 0; i < values.Count; i++)
        {
            if (bytes.SequenceEqual(values[i].Utf8))
            {
                var found = values[i];
                if (i > 0)
                {
                    (values[0], values[i]) = (found, values[0]);
                }

                return (T)found.Value;
            }
        }

        var value = parse(Encoding.UTF8.GetString(bytes));
        if (values.Count < MaxValues)
        {
            values.Insert(0, (bytes.ToArray(), value));
        }

        return value;
    }

    /// <summary><see cref="Repeated{T}"/> for text.</summary>
    public string Repeated(int column) => Repeated(column, static text => text);

    public int Int(int column) => NativeColumns.Int(handle, column);

    public long Long(int column) => NativeColumns.Long(handle, column);

    public bool IsNull(int column) => NativeColumns.Type(handle, column) == raw.SQLITE_NULL;

    /// <summary>Every row, mapped.</summary>
    public List<T> ReadAll<T>(Func<RawQuery, T> map, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        while (Next(cancellationToken))
        {
            rows.Add(map(this));
        }

        return rows;
    }

    /// <summary>
    /// Finalizes every statement kept for reuse, on every connection. Call before the pool is cleared: a native
    /// connection closed with statements still prepared stays open (<c>sqlite3_close_v2</c>) until the garbage
    /// collector finalizes them, and with it the file. Statements in use are not touched; queries after this prepare
    /// their statements again.
    /// </summary>
    public static void FinalizeIdle()
    {
        foreach (var (_, statements) in Prepared)
        {
            statements.FinalizeAll();
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (referenced)
        {
            statement.DangerousRelease();
            referenced = false;
        }

        // Kept only if it is back at its start with nothing bound (reset reports a step that failed: prepare anew).
        if (raw.sqlite3_reset(statement) == raw.SQLITE_OK && raw.sqlite3_clear_bindings(statement) == raw.SQLITE_OK && idle.Return(sql, statement))
        {
            return;
        }

        statement.Dispose();
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    /// <summary>
    /// One native connection's statements between uses, by SQL. A statement is taken out while in use, so a nested
    /// query of the same SQL prepares its own. Locked because <see cref="FinalizeAll"/> may run on another thread
    /// than the one holding the connection.
    /// </summary>
    private sealed class IdleStatements
    {
        private readonly Dictionary<string, sqlite3_stmt> statements = new(StringComparer.Ordinal);

        public sqlite3_stmt? Take(string sql)
        {
            lock (statements)
            {
                return statements.Remove(sql, out var statement) ? statement : null;
            }
        }

        public bool Return(string sql, sqlite3_stmt statement)
        {
            lock (statements)
            {
                return statements.TryAdd(sql, statement);
            }
        }

        public void FinalizeAll()
        {
            lock (statements)
            {
                foreach (var statement in statements.Values)
                {
                    statement.Dispose();
                }

                statements.Clear();
            }
        }
    }
}
