using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>The real store, except that it refuses to commit bulletins whose file name contains a marker.</summary>
internal sealed class RejectingGraphStore(IGraphStore inner, string marker) : DelegatingGraphStore(inner)
{
    public override Task CommitBulletinAsync(Bulletin bulletin, BulletinGraph graph, CancellationToken cancellationToken = default) =>
        bulletin.Name.Contains(marker, StringComparison.Ordinal)
            ? throw new InvalidOperationException("constraint failed: simulated")
            : base.CommitBulletinAsync(bulletin, graph, cancellationToken);

    /// <summary>Refuses the whole group when any member carries the marker, as a store committing all or none does.</summary>
    public override Task CommitBulletinsAsync(IReadOnlyList<(Bulletin Bulletin, BulletinGraph Graph)> bulletins, CancellationToken cancellationToken = default) =>
        bulletins.Any(b => b.Bulletin.Name.Contains(marker, StringComparison.Ordinal))
            ? throw new InvalidOperationException("constraint failed: simulated")
            : base.CommitBulletinsAsync(bulletins, cancellationToken);
}
