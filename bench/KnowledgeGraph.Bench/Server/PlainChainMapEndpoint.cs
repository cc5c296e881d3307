using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Api.GraphQL.Http;
using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Bench.Server;

/// <summary>
/// The computed chain map without GraphQL: the same POST as /graphql (its variables give the chain and region), the
/// same <see cref="ChainMapService"/> call with the same cache policy, and the JSON the bench's chainMap query selects
/// (segments { id name stage placements { entityId name role via relationId } }) written straight from the model.
/// Against it the GraphQL endpoint's computed throughput measures what parsing, validation, execution and
/// serialisation add to a map that has to be built; QueryBench checks that both answers are the same JSON.
/// </summary>
internal static class PlainChainMapEndpoint
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task ServeAsync(HttpContext context)
    {
        string? chain = null, region = null;
        using (var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false))
        {
            if (request.RootElement.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Object)
            {
                chain = variables.TryGetProperty("chain", out var c) ? c.GetString() : null;
                region = variables.TryGetProperty("region", out var r) ? r.GetString() : null;
            }
        }

        if (chain is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var policy = RequestCachePolicy.Of(context.Request.Headers);
        var map = await context.RequestServices.GetRequiredService<ChainMapService>()
            .GetAsync(chain, region, asOf: null, policy, context.RequestAborted).ConfigureAwait(false);

        context.Response.ContentType = "application/json";
        await using (var json = new Utf8JsonWriter(context.Response.BodyWriter, WriterOptions))
        {
            Write(json, map);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static void Write(Utf8JsonWriter json, ChainMap? map)
    {
        json.WriteStartObject();
        json.WriteStartObject("data");
        if (map is null)
        {
            json.WriteNull("chainMap");
        }
        else
        {
            json.WriteStartObject("chainMap");
            json.WriteStartArray("segments");
            foreach (var segment in map.Segments)
            {
                json.WriteStartObject();
                json.WriteString("id", segment.Id);
                json.WriteString("name", segment.Segment.Name);
                json.WriteString("stage", segment.Segment.Stage.ToString().ToUpperInvariant());
                json.WriteStartArray("placements");
                foreach (var p in segment.Placements)
                {
                    json.WriteStartObject();
                    json.WriteString("entityId", p.EntityId);
                    json.WriteString("name", p.Name);
                    json.WriteString("role", p.Role);
                    json.WriteString("via", p.Via.Code());
                    json.WriteString("relationId", p.RelationId);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
