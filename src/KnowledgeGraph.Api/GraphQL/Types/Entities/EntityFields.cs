using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.DataLoading;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

/// <summary>The fields every entity has, with their resolvers; each object type adds them and the interface copies their signatures.</summary>
internal static class EntityFields
{
    public static void AddCommon(ObjectGraphType<Entity> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Stable key: {Type}:{canonical name}.").Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<StringGraphType>>("name").Description("Canonical name.").Resolve(c => c.Source.Name);
        type.Field<NonNullGraphType<EntityTypeEnum>>("type").Resolve(c => c.Source.Kind);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names the bulletins use (乳创中心 for 国家乳业技术创新中心).")
            .Resolve(c => c.Source.Aliases);
        type.Field<AdminRegionType>("region")
            .Description("Most specific administrative region the entity is located in.")
            .Resolve(c => c.Source.RegionCode is { } code ? c.Gazetteer().Get(code) : null);
        type.Field<StringGraphType>("level").Description("国家级 / 省级 / 市级 where the text says so.").Resolve(c => c.Source.Level);
        type.Field<StringGraphType>("status").Description("筹建 and similar status words.").Resolve(c => c.Source.Status);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyType>>>>("properties")
            .Resolve(c => c.Source.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
        type.Field<NonNullGraphType<IntGraphType>>("mentionCount").Resolve(c => c.Source.MentionCount);
        type.Field<DateTimeOffsetGraphType>("firstSeen").Description("When the first bulletin naming it was ingested.").Resolve(c => c.Source.FirstSeen);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentionType>>>>("mentions")
            .Description("Where the bulletins name this entity: bulletin, article, sentence, offsets.")
            .Argument<IntGraphType>("first", "At most this many, in bulletin order.")
            .Resolve(c =>
            {
                var first = c.GetArgument<int?>("first");
                return c.Loaders().Mentions.Load(c.Source.Id).Then(list => first is { } n ? [.. list.Take(Math.Max(n, 0))] : list);
            });
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations")
            .Description("Edges touching this entity, optionally of some types and one direction.")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("type", "Only these relation types.")
            .Argument<DirectionEnum>("direction", a =>
            {
                a.Description = "OUTGOING, INCOMING or BOTH (default).";
                a.DefaultValue = RelationDirection.Both;
            })
            .Resolve(c =>
            {
                var kinds = c.GetArgument<List<RelationKind>?>("type");
                var direction = c.GetArgument("direction", RelationDirection.Both);
                var id = c.Source.Id;
                return c.Loaders().Relations.Load(id).Then(list => (IReadOnlyList<Relation>)[.. list.Where(r =>
                    (kinds is null || kinds.Contains(r.Kind))
                    && direction switch
                    {
                        RelationDirection.Outgoing => string.Equals(r.FromId, id, StringComparison.Ordinal),
                        RelationDirection.Incoming => string.Equals(r.ToId, id, StringComparison.Ordinal),
                        _ => true,
                    })]);
            });
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("facts")
            .Description("Quantities the text states about the entity (成员单位 102 家 …).")
            .Resolve(c => c.Loaders().Facts.Load(c.Source.Id));
    }

    /// <summary>A typed relation field: the entities at the other end of some edge types, in one direction.</summary>
    public static void AddNeighbours(ObjectGraphType<Entity> type, string name, string description, RelationDirection direction, params RelationKind[] kinds)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>(name)
            .Description(description)
            .Resolve(c => c.Loaders().Neighbours.Load(c.Source.Id).Then(list => (IReadOnlyList<Entity>)[.. list
                .Where(n => kinds.Contains(n.Relation.Kind) && n.Outgoing == (direction == RelationDirection.Outgoing))
                .Select(n => n.Other)
                .DistinctBy(e => e.Id, StringComparer.Ordinal)
                .OrderBy(e => e.Name, StringComparer.Ordinal)]));
    }
}
