using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Neo4j.Paging;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Paging;

public sealed class OffsetCursorTests
{
    [Fact]
    public void Decode_CursorOfSameOrdering_ReturnsItsPosition() =>
        Assert.Equal(50, OffsetCursor.Decode(OffsetCursor.Encode(EntitySort.MentionCount, true, 50), EntitySort.MentionCount, true));

    [Fact]
    public void Decode_CursorOfAnotherOrdering_IsRejected()
    {
        var cursor = OffsetCursor.Encode(EntitySort.Name, false, 50);

        var error = Assert.Throws<ArgumentException>(() => OffsetCursor.Decode(cursor, EntitySort.Name, true));

        Assert.Contains("another ordering", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a cursor!")]
    [InlineData("TmFtZTowOi0x")] // "Name:0:-1"
    public void Decode_ForgedCursor_IsRejected(string cursor) =>
        Assert.Throws<ArgumentException>(() => OffsetCursor.Decode(cursor, EntitySort.Name, false));
}
