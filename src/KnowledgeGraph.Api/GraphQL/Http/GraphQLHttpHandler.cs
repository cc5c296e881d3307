using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using KnowledgeGraph.Api.GraphQL.Security;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Domain.Caching;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP at /graphql: GET (queries only) and POST application/json, status codes and media types as
/// the GraphQL-over-HTTP spec and the graphql-http audit expect. Failures become GraphQL error bodies; no stack
/// trace ever reaches a client.
/// </summary>
internal sealed partial class GraphQLHttpHandler(
    IDocumentExecuter executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    IDocumentBuilder documentBuilder,
    ApiKeyValidator keys,
    GraphQLResponseCache responses,
    ValidatedDocumentCache documents,
    GraphAnswerCache answers,
    GraphiQLPage graphiql,
    ServingActivity serving,
    IOptions<GraphQLApiOptions> options,
    ILogger<GraphQLHttpHandler> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        try
        {
            await HandleCoreAsync(http, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
#pragma warning disable CA1031 // Last line of defence: an unexpected failure becomes a generic GraphQL error.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogUnexpected(ex);
            if (!http.Response.HasStarted)
            {
                http.Response.Clear();
                await WriteErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status500InternalServerError, "Internal server error; the request was logged.", "INTERNAL_SERVER_ERROR");
            }
        }
    }

    private async Task HandleCoreAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status405MethodNotAllowed, $"Method {request.Method} is not supported; use GET or POST.", "METHOD_NOT_ALLOWED");
            return;
        }

        if (isGet && !request.Query.ContainsKey("query") && GraphQLMediaTypes.WantsHtml(request.Headers.Accept))
        {
            await graphiql.WriteAsync(http, cancellationToken);
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status406NotAcceptable,
                $"None of the Accept media types is available; ask for {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.", "NOT_ACCEPTABLE");
            return;
        }

        var settings = options.Value;
        var outcome = isGet
            ? GraphQLRequestReader.FromQueryString(request.Query)
            : await GraphQLRequestReader.FromBodyAsync(request, settings.MaxRequestBytes, cancellationToken);
        if (outcome.Rejection is { } rejection)
        {
            await WriteErrorAsync(http, mediaType, rejection.StatusCode, rejection.Message, "BAD_REQUEST");
            return;
        }

        var graphQLRequest = outcome.Request!;
        serving.Served();
        if (graphQLRequest.Query.Length > settings.MaxDocumentLength)
        {
            await WriteErrorAsync(http, mediaType, StatusCodes.Status400BadRequest,
                $"The GraphQL document has {graphQLRequest.Query.Length} characters; the limit is {settings.MaxDocumentLength} (GraphQL:MaxDocumentLength).", "DOCUMENT_TOO_LARGE");
            return;
        }

        var keyVerified = keys.IsValid(request.Headers[ApiKeyOptions.HeaderName]);
        var policy = RequestCachePolicy.Of(request.Headers);
        var cached = await FindCachedAsync(mediaType, graphQLRequest, policy, keyVerified || !keys.RequireKeyForQueries, cancellationToken);
        if (cached.Answer is { } hit)
        {
            await WriteCachedAsync(http, mediaType, hit, cancellationToken);
            return;
        }

        var validated = documents.Find(graphQLRequest.Query);
        GraphQLDocument document;
        try
        {
            document = validated ?? documentBuilder.Build(graphQLRequest.Query);
        }
        catch (SyntaxError ex)
        {
            await WriteResultAsync(http, mediaType, new ExecutionResult { Errors = [ex] }, cancellationToken);
            return;
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            await WriteResultAsync(http, mediaType, new ExecutionResult { Errors = [new SyntaxError(ex)] }, cancellationToken);
            return;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            await WriteErrorAsync(http, mediaType, StatusCodes.Status400BadRequest, "The GraphQL document is nested too deeply to parse.", "DOCUMENT_TOO_DEEP");
            return;
        }

        if (DocumentGuard.Check(document) is { } tooLarge)
        {
            await WriteErrorAsync(http, mediaType, StatusCodes.Status400BadRequest, tooLarge, "DOCUMENT_TOO_LARGE");
            return;
        }

        var operation = SelectOperation(document, graphQLRequest.OperationName);
        var isMutation = operation?.Operation == OperationType.Mutation;
        if (isMutation && isGet)
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, mediaType, StatusCodes.Status405MethodNotAllowed, "Mutations are only accepted over POST.", "METHOD_NOT_ALLOWED");
            return;
        }

        if ((isMutation || keys.RequireKeyForQueries) && !keyVerified)
        {
            await RefuseAsync(http, mediaType, isMutation);
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = graphQLRequest.Query,
            Document = document,
            OperationName = graphQLRequest.OperationName,
            Variables = graphQLRequest.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null,
            Extensions = graphQLRequest.Extensions is { } extensions ? serializer.ReadNode<Inputs>(extensions) : null,
            RequestServices = http.RequestServices,
            UserContext = new GraphQLUserContext(keyVerified, policy),
            User = http.User,
            CancellationToken = cancellationToken,
            Timeout = settings.RequestTimeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
            // Rules registered through the builder (the complexity limit, which reads the variables) are appended
            // to this list when the execution is configured, so they still run for a document validated before.
            ValidationRules = validated is null ? null : [],
        });
        if (validated is null && result.Executed)
        {
            documents.Add(graphQLRequest.Query, document);
        }

        if (cached is { Key: { } key, Version: { } version } && !isMutation && result.Executed && result.Errors is not { Count: > 0 })
        {
            using var buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, result, cancellationToken);
            if (responses.Store(key, version, buffer.ToArray()) is { } stored)
            {
                await WriteCachedAsync(http, mediaType, stored, cancellationToken);
                return;
            }
        }

        await WriteResultAsync(http, mediaType, result, cancellationToken);
    }

    /// <summary>The cached answer at the current graph version, or the key and version to store this request's answer under.</summary>
    private async Task<(CachedAnswer? Answer, string? Key, long? Version)> FindCachedAsync(
        string mediaType, GraphQLHttpRequest request, CachePolicy policy, bool mayAnswer, CancellationToken cancellationToken)
    {
        if (!responses.Enabled || !mayAnswer || await answers.VersionAsync(policy, cancellationToken) is not { } version)
        {
            return (null, null, null);
        }

        var key = GraphQLResponseCache.KeyOf(mediaType, request);
        return (responses.Find(key, version), key, version);
    }

    private static async Task WriteCachedAsync(HttpContext http, string mediaType, CachedAnswer answer, CancellationToken cancellationToken)
    {
        // The answer stays right until the graph changes: clients and proxies may keep it but must revalidate.
        http.Response.Headers.ETag = answer.ETag;
        http.Response.Headers.CacheControl = "no-cache";
        if (http.Request.Headers.IfNoneMatch.Contains(answer.ETag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        http.Response.ContentLength = answer.Body.Length;
        await http.Response.Body.WriteAsync(answer.Body, cancellationToken);
    }

    private Task RefuseAsync(HttpContext http, string mediaType, bool isMutation)
    {
        if (isMutation && !keys.HasKeys)
        {
            return WriteErrorAsync(http, mediaType, StatusCodes.Status403Forbidden,
                "Mutations are disabled: no API key is configured (set Api:Keys or Api__Keys__0).", "FORBIDDEN");
        }

        http.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{ApiKeyOptions.HeaderName}\"";
        var what = isMutation ? "Mutations need" : "This service requires";
        return WriteErrorAsync(http, mediaType, StatusCodes.Status401Unauthorized, $"{what} a valid {ApiKeyOptions.HeaderName} header.", "UNAUTHENTICATED");
    }

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(operationName)
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name is { } name && name.Value.Span.SequenceEqual(operationName));
    }

    private Task WriteResultAsync(HttpContext http, string mediaType, ExecutionResult result, CancellationToken cancellationToken)
    {
        // application/json keeps 200 for GraphQL errors (legacy clients read the body); the newer media type
        // signals a request that never executed (syntax, validation, variable coercion, limits) with 400.
        var status = !result.Executed && string.Equals(mediaType, GraphQLMediaTypes.GraphQLResponse, StringComparison.Ordinal)
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        return WriteAsync(http, mediaType, status, result, cancellationToken);
    }

    private Task WriteErrorAsync(HttpContext http, string mediaType, int status, string message, string code) =>
        WriteAsync(http, mediaType, status, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] }, http.RequestAborted);

    private async Task WriteAsync(HttpContext http, string mediaType, int status, ExecutionResult result, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure serving a GraphQL request")]
    private partial void LogUnexpected(Exception exception);
}
