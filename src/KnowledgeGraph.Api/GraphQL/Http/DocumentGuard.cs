using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// Refuses documents whose selection tree explodes once fragments are inlined ("fragment bombs": each fragment
/// spreading the previous one twice is 2^n fields in a few hundred bytes). Counted with one memoised pass over the
/// fragments, before validation and complexity analysis get a chance to expand them.
/// </summary>
internal static class DocumentGuard
{
    // The introspection query GraphiQL sends expands to ~150 fields, the largest chain-map query to ~40.
    public const int MaxExpandedFields = 1000;

    public static string? Check(GraphQLDocument document)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (Size(operation.SelectionSet, fragments, sizes, []) > MaxExpandedFields)
            {
                return $"The document expands to more than {MaxExpandedFields} fields once its fragments are inlined.";
            }
        }

        return null;
    }

    private static long Size(GraphQLSelectionSet? set, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, long> sizes, HashSet<string> visiting)
    {
        if (set is null)
        {
            return 0;
        }

        long total = 0;
        foreach (var selection in set.Selections)
        {
            total += selection switch
            {
                GraphQLField field => 1 + Size(field.SelectionSet, fragments, sizes, visiting),
                GraphQLInlineFragment inline => Size(inline.SelectionSet, fragments, sizes, visiting),
                GraphQLFragmentSpread spread => FragmentSize(spread.FragmentName.Name.StringValue, fragments, sizes, visiting),
                _ => 0,
            };

            // Saturate: the exact size of a bomb does not matter, only that it is over the limit.
            if (total > MaxExpandedFields)
            {
                return MaxExpandedFields + 1;
            }
        }

        return total;
    }

    private static long FragmentSize(string name, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, long> sizes, HashSet<string> visiting)
    {
        if (sizes.TryGetValue(name, out var known))
        {
            return known;
        }

        // Unknown fragments and cycles are validation errors reported later; they add nothing here.
        if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name))
        {
            return 0;
        }

        var size = Size(fragment.SelectionSet, fragments, sizes, visiting);
        visiting.Remove(name);
        sizes[name] = size;
        return size;
    }
}
