namespace EtProtocolGen.Generator.Model
{
    /// <summary>Which printing member the generator adds so that [Sensitive] fields are redacted.</summary>
    internal enum ToStringKind
    {
        /// <summary>The user declared their own; the generator adds nothing.</summary>
        None,

        /// <summary><c>public override string ToString()</c> on a class or struct.</summary>
        Override,

        /// <summary><c>private bool PrintMembers(StringBuilder)</c> on a sealed record or a record struct.</summary>
        PrintMembersPrivate,

        /// <summary><c>protected virtual bool PrintMembers(StringBuilder)</c> on an unsealed record deriving from object.</summary>
        PrintMembersVirtual,

        /// <summary><c>protected override bool PrintMembers(StringBuilder)</c> on a record deriving from another record.</summary>
        PrintMembersOverride,
    }
}
