using GraphQL.Types;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class ArticleType : ObjectGraphType<Article>
{
    public ArticleType()
    {
        Name = "Article";
        Description = "One article of a bulletin issue.";
        Field<NonNullGraphType<IdGraphType>>("bulletinId").Resolve(c => c.Source.BulletinId);
        Field<NonNullGraphType<IntGraphType>>("index").Resolve(c => c.Source.Index);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(c => c.Source.End);
        Field<NonNullGraphType<IntGraphType>>("sentenceCount").Resolve(c => c.Source.SentenceCount);
        Field<BulletinType>("bulletin").Resolve(c => c.Loaders().Bulletins.Load(c.Source.BulletinId));
    }
}
