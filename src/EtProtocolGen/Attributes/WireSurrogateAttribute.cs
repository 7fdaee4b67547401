using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Carries a type the wire format cannot (an engine type such as <c>Unity.Mathematics.float3</c>, ET's <c>ActorId</c>) as a
    /// message of your own: a field of <see cref="Type"/>, in a C# message or a .proto file, is written as the
    /// <see cref="Surrogate"/> message and read back from it, through conversion operators the surrogate declares both ways
    /// (as protobuf-net's surrogates do). Declare the surrogate with <c>[Message]</c> and no opcode: it is a value, never sent
    /// on its own. One mapping per type, in the assembly whose messages use it.
    /// </summary>
    /// <example>
    /// <code>
    /// [assembly: WireSurrogate(typeof(Unity.Mathematics.float3), typeof(Float3Wire))]
    ///
    /// [Message]
    /// public partial struct Float3Wire
    /// {
    ///     [Field(1)] public float X { get; set; }
    ///     [Field(2)] public float Y { get; set; }
    ///     [Field(3)] public float Z { get; set; }
    ///
    ///     public static implicit operator Float3Wire(float3 value) => new Float3Wire { X = value.x, Y = value.y, Z = value.z };
    ///     public static implicit operator float3(Float3Wire wire) => new float3(wire.X, wire.Y, wire.Z);
    /// }
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class WireSurrogateAttribute : Attribute
    {
        /// <summary>Maps <paramref name="type"/> to the message <paramref name="surrogate"/> that carries it.</summary>
        public WireSurrogateAttribute(Type type, Type surrogate)
        {
            Type = type;
            Surrogate = surrogate;
        }

        /// <summary>The type fields have.</summary>
        public Type Type { get; }

        /// <summary>The <c>[Message]</c> type written on the wire in its place.</summary>
        public Type Surrogate { get; }
    }
}
