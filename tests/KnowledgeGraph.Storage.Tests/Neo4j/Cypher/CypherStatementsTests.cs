using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Cypher;

public sealed partial class CypherStatementsTests
{
    private static readonly string CypherFolder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../cypher"));

    [Fact]
    public void Embedded_EveryCypherFileOfTheRepo_IsEmbedded()
    {
        var files = Directory.GetFiles(CypherFolder, "*.cypher").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(files, CypherStatements.Embedded.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Embedded_EveryFileButSchema_HoldsExactlyOneStatementWithoutTrailingSemicolon()
    {
        foreach (var name in CypherStatements.Embedded.Names.Where(n => n != "schema"))
        {
            var statement = CypherStatements.Embedded[name];
            Assert.False(statement.TrimEnd().EndsWith(';'), name);
        }
    }

    [Fact]
    public void Schema_EveryRelationKind_HasAnIdUniquenessConstraint()
    {
        var schema = string.Join("\n", CypherStatements.Embedded.All("schema"));

        foreach (var kind in Enum.GetValues<RelationKind>())
        {
            Assert.Contains($"FOR ()-[r:{kind.Code()}]-() REQUIRE r.id IS UNIQUE", schema, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Split_SemicolonsInStringsAndComments_AreNotStatementBoundaries()
    {
        var statements = CypherStatements.Split("// a; b\nRETURN 'x;y' AS a;\n/* c; */ RETURN `q;` AS b;\n// trailing comment only\n");

        // Leading comments stay with their statement (Neo4j ignores them); a comment-only tail is dropped.
        Assert.Equal(["// a; b\nRETURN 'x;y' AS a", "/* c; */ RETURN `q;` AS b"], statements);
    }

    [Fact]
    public void Statements_NoneSplicesValuesIntoLabelsOrTypes_OnlyParametersAreDynamic()
    {
        foreach (var name in CypherStatements.Embedded.Names)
        {
            foreach (var statement in CypherStatements.Embedded.All(name))
            {
                var code = string.Join('\n', statement.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
                foreach (Match dynamic in DynamicLabel().Matches(code))
                {
                    Assert.Matches(@"^\$\((row\.\w+)\)$", dynamic.Value);
                }
            }
        }
    }

    [GeneratedRegex(@"\$\([^)]*\)")]
    private static partial Regex DynamicLabel();
}
