using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Field numbers and names this message no longer uses and must never use again, as protobuf's <c>reserved</c>:
    /// peers in the field may still send the old field, so a new field under its number would read their bytes as
    /// something else. Using a reserved number or name is an error (ETP0203); removing a shipped field without reserving
    /// its number is reported against the protocol manifest (ETP0213).
    /// </summary>
    /// <example><code>[Message(10001), Reserved(3, 4, Names = "OldField")]</code></example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class ReservedAttribute : Attribute
    {
        /// <summary>Reserves field numbers.</summary>
        /// <param name="numbers">The field numbers no field of this message may use.</param>
        public ReservedAttribute(params int[] numbers) => Numbers = numbers ?? Array.Empty<int>();

        /// <summary>The reserved field numbers.</summary>
        public int[] Numbers { get; }

        /// <summary>A comma-separated list of field names no field of this message may use (the members that were removed).</summary>
        public string? Names { get; set; }
    }
}
