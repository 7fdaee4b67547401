namespace EtProtocolGen.Generator.Model
{
    /// <summary>A type that encloses a nested message: its declaration keyword (<c>class</c>, <c>record struct</c>, ...) and name.</summary>
    internal sealed record ContainingTypeModel(string Keyword, string Name);
}
