using System.Collections.Generic;
using EtProtocolGen.Tests.Infrastructure;

namespace EtProtocolGen.Tests.Protocol;

/// <summary>The generated entry points of every test message.</summary>
internal static class Messages
{
    public static readonly MessageApi<Scalars> Scalars = new(Protocol.Scalars.Parse, Protocol.Scalars.Parse, Protocol.Scalars.TryParse);
    public static readonly MessageApi<Encodings> Encodings = new(Protocol.Encodings.Parse, Protocol.Encodings.Parse, Protocol.Encodings.TryParse);
    public static readonly MessageApi<Blobs> Blobs = new(Protocol.Blobs.Parse, Protocol.Blobs.Parse, Protocol.Blobs.TryParse);
    public static readonly MessageApi<Optionals> Optionals = new(Protocol.Optionals.Parse, Protocol.Optionals.Parse, Protocol.Optionals.TryParse);
    public static readonly MessageApi<Child> Child = new(Protocol.Child.Parse, Protocol.Child.Parse, Protocol.Child.TryParse);
    public static readonly MessageApi<Repeateds> Repeateds = new(Protocol.Repeateds.Parse, Protocol.Repeateds.Parse, Protocol.Repeateds.TryParse);
    public static readonly MessageApi<Maps> Maps = new(Protocol.Maps.Parse, Protocol.Maps.Parse, Protocol.Maps.TryParse);
    public static readonly MessageApi<Point> Point = new(Protocol.Point.Parse, Protocol.Point.Parse, Protocol.Point.TryParse);
    public static readonly MessageApi<Nesting> Nesting = new(Protocol.Nesting.Parse, Protocol.Nesting.Parse, Protocol.Nesting.TryParse);
    public static readonly MessageApi<Node> Node = new(Protocol.Node.Parse, Protocol.Node.Parse, Protocol.Node.TryParse);
    public static readonly MessageApi<ShallowNode> ShallowNode = new(Protocol.ShallowNode.Parse, Protocol.ShallowNode.Parse, Protocol.ShallowNode.TryParse);
    public static readonly MessageApi<DeepNode> DeepNode = new(Protocol.DeepNode.Parse, Protocol.DeepNode.Parse, Protocol.DeepNode.TryParse);
    public static readonly MessageApi<Bounded> Bounded = new(Protocol.Bounded.Parse, Protocol.Bounded.Parse, Protocol.Bounded.TryParse);

    /// <summary>Every message by its type name, for theories that run one rule over many messages.</summary>
    public static readonly IReadOnlyDictionary<string, IMessageApi> ByName = new Dictionary<string, IMessageApi>
    {
        [nameof(Scalars)] = Scalars,
        [nameof(Encodings)] = Encodings,
        [nameof(Blobs)] = Blobs,
        [nameof(Optionals)] = Optionals,
        [nameof(Child)] = Child,
        [nameof(Repeateds)] = Repeateds,
        [nameof(Maps)] = Maps,
        [nameof(Point)] = Point,
        [nameof(Nesting)] = Nesting,
        [nameof(Node)] = Node,
        [nameof(ShallowNode)] = ShallowNode,
        [nameof(DeepNode)] = DeepNode,
        [nameof(Bounded)] = Bounded,
    };
}
