namespace EtProtocolGen.Orleans.Tests.Infrastructure;

/// <summary>The tests that share one two-silo cluster (each on units of its own).</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "two silos";
}
