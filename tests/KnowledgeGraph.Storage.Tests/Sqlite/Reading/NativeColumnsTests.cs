using KnowledgeGraph.Storage.Sqlite.Reading;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage.Tests.Sqlite.Reading;

public sealed class NativeColumnsTests
{
    [Fact]
    public void Library_ProviderSqlitePclRawLoaded_IsTheOneNativeColumnsCalls()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();

        // NativeColumns reads statements SQLitePCLRaw prepared: both must be the same library, or the pointer is foreign.
        Assert.Equal("e_sqlite3", raw.GetNativeLibraryName());
    }

    [Fact]
    public void Text_NullEmptyChineseAndNumbers_ReadAsSqliteStoresThem()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var query = new RawQuery(connection, "SELECT NULL, '', '内蒙古伊利实业集团股份有限公司', 42, 9007199254740993");

        Assert.True(query.Next(CancellationToken.None));
        Assert.True(query.IsNull(0));
        Assert.Null(query.NullableText(0));
        Assert.Equal(string.Empty, query.Text(1));
        Assert.False(query.IsNull(1));
        Assert.Equal("内蒙古伊利实业集团股份有限公司", query.Text(2));
        Assert.Equal(42, query.Int(3));
        Assert.Equal(9007199254740993L, query.Long(4));
        Assert.False(query.Next(CancellationToken.None));
    }
}
