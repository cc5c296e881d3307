using System.Text.Json.Nodes;

namespace KnowledgeGraph.Bench.Queries;

/// <summary>The queries a chain-map page and an analyst actually send, against the schema of the API host.</summary>
internal static class QuerySet
{
    public const string ChainMap = "chainMap";

    public static IReadOnlyList<BenchQuery> For(string chain, string region) =>
    [
        new(
            ChainMap,
            """
            query ChainMap($chain: String!, $region: String) {
              chainMap(chain: $chain, region: $region) {
                segments { name stage placements { entityId name kind regionCode via role } }
              }
            }
            """,
            new JsonObject { ["chain"] = chain, ["region"] = region },
            Levels: 1,
            P95TargetMs: 20),
        new(
            "gaps",
            """
            query Gaps($chain: String!, $region: String) {
              gaps(chain: $chain, region: $region) { kind severity segment message }
            }
            """,
            new JsonObject { ["chain"] = chain, ["region"] = region },
            Levels: 1,
            P95TargetMs: 50),
        new(
            "coverage",
            """
            query Coverage($chain: String!) {
              coverage(chain: $chain) { segmentId regionCode kind count }
            }
            """,
            new JsonObject { ["chain"] = chain },
            Levels: 1),
        new(
            "search",
            """
            query Search($text: String!) {
              entities(text: $text, first: 20) { totalCount nodes { id name kind regionCode } }
            }
            """,
            new JsonObject { ["text"] = "技术创新中心" },
            Levels: 1),
        new(
            "entities page",
            """
            query Page($region: String) {
              entities(region: $region, kinds: [ENTERPRISE], first: 50) {
                totalCount pageInfo { hasNextPage endCursor } nodes { id name kind regionCode mentionCount }
              }
            }
            """,
            new JsonObject { ["region"] = region },
            Levels: 1),
    ];
}
