using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Api.Hosting;

internal static class ExtractionRegistration
{
    /// <summary>The rule-based extractor; stateless, so one instance serves the worker and the mutation.</summary>
    public static WebApplicationBuilder AddExtraction(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IBulletinExtractor, RuleBasedExtractor>();
        return builder;
    }
}
