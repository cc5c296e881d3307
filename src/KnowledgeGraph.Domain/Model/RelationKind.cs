namespace KnowledgeGraph.Domain.Model;

/// <summary>Typed, directed edges. <see cref="RelationKinds.Code"/> gives the stored/Cypher name (LOCATED_IN …).</summary>
public enum RelationKind
{
    LocatedIn,
    PartOf,
    Leads,
    AffiliatedWith,
    Supports,
    Funds,
    Produced,
    Serves,
    OperatesIn,
    CooperatesWith,
    MemberOf,
    IssuedBy,
    TransferredTo,
    /// <summary>Segment → segment along the chain (upstream supplies downstream).</summary>
    Supplies,
}

public static class RelationKinds
{
    private static readonly Dictionary<RelationKind, string> Codes = Enum.GetValues<RelationKind>()
        .ToDictionary(k => k, ToScreamingSnake);

    private static readonly Dictionary<string, RelationKind> ByCode = Codes.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>LOCATED_IN, PART_OF, … as stored in SQLite and used as Neo4j relationship types.</summary>
    public static string Code(this RelationKind kind) => Codes[kind];

    public static RelationKind Parse(string code) =>
        ByCode.TryGetValue(code, out var kind) ? kind : throw new ArgumentException($"Unknown relation type '{code}'.", nameof(code));

    public static bool TryParse(string code, out RelationKind kind) => ByCode.TryGetValue(code, out kind);

    private static string ToScreamingSnake(RelationKind kind)
    {
        var name = kind.ToString();
        var chars = new List<char>(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                chars.Add('_');
            }

            chars.Add(char.ToUpperInvariant(name[i]));
        }

        return new string([.. chars]);
    }
}
