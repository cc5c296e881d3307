namespace KnowledgeGraph.Api.Ingestion;

/// <summary>
/// Resolves a relative inbox path. <c>dotnet run --project src/KnowledgeGraph.Api</c> runs with the project folder as
/// content root, while the bulletins live in the repository's seeds/, so the search goes: content root, current
/// directory, then the parents of both; the first folder that exists wins.
/// </summary>
internal static class InboxLocator
{
    private const int MaxParents = 4;

    public static string Resolve(string configured, string contentRoot, string currentDirectory)
    {
        if (Path.IsPathRooted(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { contentRoot, currentDirectory }.Distinct(StringComparer.Ordinal))
        {
            var dir = new DirectoryInfo(start);
            for (var level = 0; dir is not null && level <= MaxParents; level++, dir = dir.Parent)
            {
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, configured));
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath(Path.Combine(contentRoot, configured));
    }
}
