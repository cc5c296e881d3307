using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// The committed schema.graphql is the API contract. A change to it must be deliberate: rerun with
/// UPDATE_SCHEMA=1 (<c>UPDATE_SCHEMA=1 dotnet test tests/KnowledgeGraph.Api.Tests --filter SchemaApprovalTests</c>)
/// and commit the new file with the change that caused it.
/// </summary>
public sealed class SchemaApprovalTests
{
    [Fact]
    public async Task PrintedSchema_MatchesCommittedSchemaGraphql()
    {
        await using var factory = new ApiFactory();
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var printed = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(RepoPaths.SchemaFile, printed);
        }

        var committed = File.Exists(RepoPaths.SchemaFile) ? (await File.ReadAllTextAsync(RepoPaths.SchemaFile)).ReplaceLineEndings("\n") : "(missing)";
        Assert.True(
            committed == printed,
            $"schema.graphql differs from the schema the code builds. If the change is intended, run "
            + "`UPDATE_SCHEMA=1 dotnet test tests/KnowledgeGraph.Api.Tests --filter SchemaApprovalTests` and commit schema.graphql.\n"
            + FirstDifference(committed, printed));
    }

    [Fact]
    public async Task Schema_EveryEntityKindHasAnObjectTypeImplementingEntity()
    {
        await using var factory = new ApiFactory();
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        var entity = (IInterfaceGraphType)schema.AllTypes["Entity"]!;
        foreach (var kind in Enum.GetNames<KnowledgeGraph.Domain.Model.EntityKind>())
        {
            var type = Assert.IsAssignableFrom<IObjectGraphType>(schema.AllTypes[kind]);
            Assert.Contains(entity, type.ResolvedInterfaces);
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end)";
            var a = i < actualLines.Length ? actualLines[i] : "(end)";
            if (e != a)
            {
                return $"First difference at line {i + 1}:\n  committed: {e}\n  code:      {a}";
            }
        }

        return string.Empty;
    }
}
