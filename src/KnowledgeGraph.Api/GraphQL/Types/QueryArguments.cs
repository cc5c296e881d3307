using GraphQL;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>Turns user arguments (names, adcodes, aliases) into store terms, with errors that say what is accepted.</summary>
internal static class QueryArguments
{
    /// <summary>
    /// Search text without control characters and non-characters: they never occur in names, and a NUL or U+FFFF makes
    /// the full-text engine fail instead of finding nothing.
    /// </summary>
    public static string? SearchText(string? text) =>
        text is null ? null : new string([.. text.Where(ch => !char.IsControl(ch) && ch is not ('\uFFFE' or '\uFFFF'))]);

    public static int PageSize(int? first)
    {
        var size = first ?? EntityQuery.DefaultPageSize;
        return size is < 0 or > EntityQuery.MaxPageSize
            ? throw new ExecutionError($"`first` must be between 0 and {EntityQuery.MaxPageSize}; got {size}.")
            : size;
    }

    public static Region Region(Gazetteer gazetteer, string codeOrName) =>
        gazetteer.Resolve(codeOrName) ?? throw new ExecutionError($"Unknown region '{codeOrName}'. Pass an adcode (150000) or a name (内蒙古, 内蒙古自治区, 巴彦淖尔).");

    public static ChainDef Chain(ChainCatalogue catalogue, string nameOrAlias) =>
        catalogue.Find(nameOrAlias) ?? throw new ExecutionError(
            $"Unknown chain '{nameOrAlias}'. Known chains: {string.Join(", ", catalogue.Chains.Select(c => c.Name))}.");

    /// <summary>Accepts a segment id (ChainSegment:乳业/奶牛养殖), chain/segment (乳业/奶牛养殖) or a bare name with the chain argument.</summary>
    public static string SegmentId(ChainCatalogue catalogue, string segment, string? chain)
    {
        var text = segment.Trim();
        if (text.StartsWith($"{EntityKind.ChainSegment}:", StringComparison.Ordinal))
        {
            return text;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var chainDef = slash > 0 ? Chain(catalogue, text[..slash])
            : chain is not null ? Chain(catalogue, chain)
            : throw new ExecutionError("Pass `chain` with a bare `segment` name, or write the segment as chain/segment (乳业/奶牛养殖).");
        var name = slash > 0 ? text[(slash + 1)..] : text;
        var def = chainDef.Segments.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))
            ?? throw new ExecutionError($"Chain {chainDef.Name} has no segment '{name}'. Segments: {string.Join(", ", chainDef.Ordered.Select(s => s.Name))}.");
        return def.Id(chainDef.Name);
    }
}
