using System.Text.Encodings.Web;
using GraphQL;
using KnowledgeGraph.Api.ChainMap;
using KnowledgeGraph.Api.GraphQL.Bi;
using KnowledgeGraph.Api.GraphQL.DataLoading;
using KnowledgeGraph.Api.GraphQL.Http;
using KnowledgeGraph.Api.GraphQL.Security;
using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Domain.ChainMap;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL;

internal static partial class GraphQLRegistration
{
    public static WebApplicationBuilder AddGraphQLApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphQLApiOptions>()
            .BindConfiguration(GraphQLApiOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ApiKeyOptions>()
            .BindConfiguration(ApiKeyOptions.Section)
            .Validate(o => o.Keys.All(k => string.IsNullOrEmpty(k) || k.Length >= ApiKeyOptions.MinKeyLength), $"Every Api:Keys entry must have at least {ApiKeyOptions.MinKeyLength} characters.")
            .ValidateOnStart();

        services.AddSingleton<ApiKeyValidator>();
        services.AddSingleton<GraphiQLPage>();
        services.AddSingleton<GraphQLHttpHandler>();
        services.TryAddSingleton<ServingActivity>();
        services.AddSingleton<GraphQLResponseCache>();
        services.AddSingleton<ValidatedDocumentCache>();
        services.AddScoped<GraphLoaders>();
        services.AddChainMap();
        services.AddBiTables();

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<KnowledgeGraphSchema>()
            .AddGraphTypes(typeof(KnowledgeGraphSchema).Assembly)
            // Chinese stays readable in responses (BI tools, curl); the body is JSON, never embedded in HTML.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var limits = provider.GetRequiredService<IOptions<GraphQLApiOptions>>().Value;
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
            })
            .AddUnhandledExceptionHandler(context =>
            {
                var logger = context.ExecutionOptions.RequestServices!.GetRequiredService<ILogger<GraphQLHttpHandler>>();
                LogResolverFailure(logger, context.Exception, context.FieldContext?.Path is { } path ? string.Join('.', path) : "(request)");
            }));
        return builder;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL resolver failed at {FieldPath}")]
    private static partial void LogResolverFailure(ILogger logger, Exception exception, string fieldPath);
}
