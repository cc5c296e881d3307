using System.Text.Json.Nodes;

namespace KnowledgeGraph.Bench.Queries;

/// <summary>What the chain-map page and an analyst send, in the API host's schema (docs/graphql.md).</summary>
internal static class QuerySet
{
    public const string ChainMap = "chainMap";

    /// <summary>The search box's query; the bench sends it with a broad trigram term and with a two-character word.</summary>
    private const string Search = """
        query Search($q: String!) {
          search(q: $q, first: 20) { totalCount nodes { id name type region { name } } }
        }
        """;

    /// <summary>The planner's chain map with each placement's entity and the sentences behind its placing edge.</summary>
    private const string ChainMapEvidence = """
        query ChainMapEvidence($chain: String!, $region: String) {
          chainMap(chain: $chain, region: $region) {
            segments { name placements { name type entity { id mentionCount } mentions { sentence bulletinId } } }
          }
        }
        """;

    /// <summary>Placements, the chain's link edges and the entities at their far ends: what the chain-map service reads.</summary>
    private const int ChainMapServiceReads = 3;

    public static IReadOnlyList<BenchQuery> For(string chain, string region) =>
    [
        new(
            ChainMap,
            """
            query ChainMap($chain: String!, $region: String) {
              chainMap(chain: $chain, region: $region) {
                segments { id name stage placements { entityId name role via relationId } }
              }
            }
            """,
            new JsonObject { ["chain"] = chain, ["region"] = region },
            ChainMapServiceReads,
            "chainMap (service reads)",
            P95TargetMs: 20),
        new(
            "chainMap with evidence",
            ChainMapEvidence,
            new JsonObject { ["chain"] = chain, ["region"] = region },
            ChainMapServiceReads + 2,
            "chainMap (service reads) → entity + mentions (one batch each)"),
        new(
            "chainMap with evidence, whole country",
            ChainMapEvidence,
            new JsonObject { ["chain"] = chain },
            ChainMapServiceReads + 2,
            "chainMap (service reads) → entity + mentions (one batch each), every region: ~500 placing edges' sentences"),
        new(
            "gaps",
            """
            query Gaps($chain: String!, $region: String) {
              gaps(chain: $chain, region: $region) { kind severity segmentId explanation suggestions { rank entityId name score } }
            }
            """,
            new JsonObject { ["chain"] = chain, ["region"] = region },
            ChainMapServiceReads + 1,
            "gaps (the chain map's reads, coverage counted from them, and the placed nodes' mention counts that rank suggestions)",
            P95TargetMs: 50),
        new(
            "coverage",
            """
            query Coverage($chain: String!) {
              coverage(chain: $chain) { level rows { regionCode total cells { segmentId total } } }
            }
            """,
            new JsonObject { ["chain"] = chain },
            1,
            "coverage"),
        new(
            "search",
            Search,
            new JsonObject { ["q"] = "技术创新中心" },
            1,
            "search"),
        new(
            "search, two characters",
            Search,
            new JsonObject { ["q"] = "乳业" },
            1,
            "search (a two-character word: the pair index)"),
        new(
            "entities page",
            """
            query Page($region: String) {
              entities(type: [ENTERPRISE], region: $region, first: 50) {
                totalCount pageInfo { hasNextPage endCursor }
                nodes { id name type region { name } mentionCount mentions(first: 1) { sentence } }
              }
            }
            """,
            new JsonObject { ["region"] = region },
            2,
            "entities → mentions (one batch)"),
    ];
}
