namespace EtProtocolGen.Generator.Proto.Model
{
    /// <summary>A line of a .proto file, for the <c>#line</c> directive that maps a generated declaration back to it.</summary>
    /// <param name="Path">The file's path as the build gives it.</param>
    /// <param name="Line">The one-based line.</param>
    internal sealed record ProtoLocation(string Path, int Line);
}
