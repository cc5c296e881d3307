using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction.Graph;

/// <summary>The kind part of {Kind}:{name} entity ids (<see cref="EntityIds.For"/>), named once per kind.</summary>
internal static class EntityKeys
{
    private static readonly string[] KindNames = Names();

    public static string KindName(EntityKind kind) =>
        (uint)kind < (uint)KindNames.Length && KindNames[(int)kind] is { } name ? name : kind.ToString();

    private static string[] Names()
    {
        var kinds = Enum.GetValues<EntityKind>();
        var names = new string[kinds.Max(k => (int)k) + 1];
        foreach (var kind in kinds)
        {
            names[(int)kind] = kind.ToString();
        }

        return names;
    }
}
