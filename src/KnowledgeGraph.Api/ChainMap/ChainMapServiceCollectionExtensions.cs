using KnowledgeGraph.Domain.Caching;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Gaps;
using KnowledgeGraph.Domain.Regions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.ChainMap;

public static class ChainMapServiceCollectionExtensions
{
    /// <summary>Chain maps, coverage and gap analysis over whichever <c>IGraphStore</c> is registered.</summary>
    public static IServiceCollection AddChainMap(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(ChainCatalogue.Default);
        services.TryAddSingleton(Gazetteer.Default);
        services.TryAddSingleton<GraphAnswerCache>();
        services.TryAddSingleton<ChainMapService>();
        services.TryAddSingleton<CoverageService>();
        services.TryAddSingleton<GapAnalysisService>();
        return services;
    }
}
