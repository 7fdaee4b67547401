namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>What the entity of a change is.</summary>
    internal enum ManifestEntityKind
    {
        Assembly,
        Message,
        Handler,
    }

    /// <summary>One breaking or security-relevant change found by <see cref="ManifestComparer"/>.</summary>
    internal sealed class ManifestChange
    {
        public ManifestChange(ManifestRule rule, ManifestEntityKind entityKind, string entityName, int fieldNumber, bool inCurrent, string description)
        {
            Rule = rule;
            EntityKind = entityKind;
            EntityName = entityName;
            FieldNumber = fieldNumber;
            InCurrent = inCurrent;
            Description = description;
        }

        public ManifestRule Rule { get; }

        public ManifestEntityKind EntityKind { get; }

        /// <summary>The message or handler's full name; empty for the assembly.</summary>
        public string EntityName { get; }

        /// <summary>The field the change is about, or 0.</summary>
        public int FieldNumber { get; }

        /// <summary>The entity (and the field, when there is one) still exists in the current protocol; false when it is gone and only the shipped file names it.</summary>
        public bool InCurrent { get; }

        /// <summary>One sentence for the diagnostic and the tool's output.</summary>
        public string Description { get; }

        public override string ToString() => Description;
    }
}
