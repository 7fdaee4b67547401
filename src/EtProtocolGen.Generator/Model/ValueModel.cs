using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Model
{
    /// <summary>
    /// One value on the wire: a field's value, a collection element, a map key or a map value.
    /// </summary>
    /// <param name="Kind">What the value is.</param>
    /// <param name="Encoding">The FieldEncoding as its integer value (see <see cref="FieldTypeClassifier"/>).</param>
    /// <param name="TypeName">The C# type in type positions, fully qualified, with its nullable annotation.</param>
    /// <param name="TypeReference">The C# type, fully qualified, without annotation (for casts and static calls).</param>
    /// <param name="EnumUnderlying">For enums, the kind of the underlying integer type.</param>
    /// <param name="IsValueType">True for struct messages (and every scalar).</param>
    internal sealed record ValueModel(
        FieldValueKind Kind,
        int Encoding,
        string TypeName,
        string TypeReference,
        FieldValueKind EnumUnderlying,
        bool IsValueType)
    {
        /// <summary>
        /// For an engine type mapped by <c>[assembly: WireSurrogate]</c>: the message type that carries it on the wire, fully
        /// qualified (the value converts to it to be written and from it when read); null for every other value.
        /// </summary>
        public string? Surrogate { get; init; }

        /// <summary>
        /// For a message of this compilation whose every field takes at most a known number of bytes (numbers, bools, enums, and
        /// messages of such fields): the most bytes its fields take together, which is at least what its <c>CalculateSizeBound</c>
        /// returns for any value (<see cref="SizeBounds"/>), so the enclosing message adds a constant instead of calling it. Null for
        /// every other value, and for a message of another assembly, which could be rebuilt with more fields.
        /// </summary>
        public long? FieldsBound { get; init; }
    }
}
