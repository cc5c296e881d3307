using GraphQL.Types;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class MentionType : ObjectGraphType<Mention>
{
    public MentionType()
    {
        Name = "Mention";
        Description = "Provenance: where a node or edge was read — bulletin, article, sentence and character offsets.";
        Field<BulletinType>("bulletin").Resolve(c => c.Loaders().Bulletins.Load(c.Source.BulletinId));
        Field<NonNullGraphType<IdGraphType>>("bulletinId").Resolve(c => c.Source.BulletinId);
        Field<NonNullGraphType<IntGraphType>>("articleIndex").Resolve(c => c.Source.ArticleIndex);
        Field<NonNullGraphType<StringGraphType>>("articleTitle").Resolve(c => c.Source.ArticleTitle);
        Field<NonNullGraphType<IntGraphType>>("sentenceIndex").Resolve(c => c.Source.SentenceIndex);
        Field<NonNullGraphType<StringGraphType>>("sentence").Resolve(c => c.Source.Sentence);
        Field<NonNullGraphType<IntGraphType>>("start").Description("Offset of the mention in the decoded bulletin text (UTF-16 code units).").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Description("Offset just past the mention.").Resolve(c => c.Source.End);
        Field<StringGraphType>("text").Description("The mentioned words, cut from the sentence.").Resolve(c => TextOf(c.Source));
        Field<NonNullGraphType<StringGraphType>>("extractorVersion").Resolve(c => c.Source.ExtractorVersion);
        Field<NonNullGraphType<StringGraphType>>("targetId").Description("Entity or relation id the mention supports.").Resolve(c => c.Source.TargetId);
    }

    private static string? TextOf(Mention mention)
    {
        var from = mention.Start - mention.SentenceStart;
        var length = mention.End - mention.Start;
        return from >= 0 && length >= 0 && from + length <= mention.Sentence.Length ? mention.Sentence.Substring(from, length) : null;
    }
}
