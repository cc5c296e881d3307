using GraphQL.Types;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class BulletinType : ObjectGraphType<Bulletin>
{
    public BulletinType()
    {
        Name = "Bulletin";
        Description = "A received bulletin file. The id is the SHA-256 of its bytes.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("File name as received.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<BulletinStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field<StringGraphType>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("error").Description("Why it failed, or which bulletin it duplicates.").Resolve(c => c.Source.Error);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("receivedAt").Resolve(c => c.Source.ReceivedAt);
        Field<DateTimeOffsetGraphType>("ingestedAt").Resolve(c => c.Source.IngestedAt);
        Field<NonNullGraphType<IntGraphType>>("articleCount").Resolve(c => c.Source.Articles);
        Field<NonNullGraphType<IntGraphType>>("entityCount").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<IntGraphType>>("relationCount").Resolve(c => c.Source.Relations);
        Field<NonNullGraphType<LongGraphType>>("sizeBytes").Resolve(c => c.Source.SizeBytes);
        Field<StringGraphType>("encoding").Resolve(c => c.Source.Encoding);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleType>>>>("articles").Resolve(c => c.Loaders().Articles.Load(c.Source.Id));
    }
}
