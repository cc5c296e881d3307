using System.Text;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Security;
using KnowledgeGraph.Api.Ingestion;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";

        Field<NonNullGraphType<BulletinType>>("ingestBulletin")
            .Description($"Ingests one bulletin's text, as the inbox worker would a file. Needs the {ApiKeyOptions.HeaderName} header.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "File name to record (e.g. 科技情报参考-2024-05.txt).")
            .Argument<NonNullGraphType<StringGraphType>>("text", "The bulletin text.")
            .ResolveAsync(async c =>
            {
                // The HTTP endpoint already refused keyless mutations; this guards any other caller of the schema.
                if (!GraphQLUserContext.IsKeyVerified(c.UserContext))
                {
                    throw new ExecutionError($"ingestBulletin needs a valid {ApiKeyOptions.HeaderName} header.") { Code = "UNAUTHENTICATED" };
                }

                var name = c.GetArgument<string>("name").Trim();
                if (name.Length == 0 || name.Length > 255 || name.IndexOfAny(['/', '\\', '\0']) >= 0)
                {
                    throw new ExecutionError("`name` must be a file name of 1–255 characters without path separators.");
                }

                var bytes = Encoding.UTF8.GetBytes(c.GetArgument<string>("text"));
                return await c.Service<BulletinIngestionPipeline>().IngestAsync(name, bytes, c.CancellationToken);
            });
    }
}
