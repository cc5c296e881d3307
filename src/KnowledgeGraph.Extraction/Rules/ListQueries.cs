namespace KnowledgeGraph.Extraction.Rules;

/// <summary>
/// First/last/any/remove over a list with the values a condition compares against passed in, not captured: a
/// capturing lambda costs a closure and a delegate on every call, and the rules ask such questions for every sentence.
/// Callers pass static lambdas.
/// </summary>
internal static class ListQueries
{
    public static T? FirstWhere<T, TState>(this List<T> list, TState state, Func<T, TState, bool> match)
        where T : class
    {
        foreach (var item in list)
        {
            if (match(item, state))
            {
                return item;
            }
        }

        return null;
    }

    public static T? LastWhere<T, TState>(this List<T> list, TState state, Func<T, TState, bool> match)
        where T : class
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (match(list[i], state))
            {
                return list[i];
            }
        }

        return null;
    }

    public static bool AnyWhere<T, TState>(this List<T> list, TState state, Func<T, TState, bool> match)
    {
        foreach (var item in list)
        {
            if (match(item, state))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>As <see cref="List{T}.RemoveAll"/>: the kept items keep their order.</summary>
    public static void RemoveWhere<T, TState>(this List<T> list, TState state, Func<T, TState, bool> match)
    {
        var kept = 0;
        for (var i = 0; i < list.Count; i++)
        {
            if (!match(list[i], state))
            {
                list[kept++] = list[i];
            }
        }

        list.RemoveRange(kept, list.Count - kept);
    }
}
