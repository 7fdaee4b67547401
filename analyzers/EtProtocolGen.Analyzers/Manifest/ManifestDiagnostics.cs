using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>The diagnostic of each <see cref="ManifestRule"/>, for the analyzer and for <c>etprotocolgen diff</c>.</summary>
    internal static class ManifestDiagnostics
    {
        public static DiagnosticDescriptor Descriptor(ManifestRule rule) => rule switch
        {
            ManifestRule.OpcodeChanged => DiagnosticDescriptors.OpcodeChanged,
            ManifestRule.OpcodeReused => DiagnosticDescriptors.OpcodeReused,
            ManifestRule.MessageRemovedUnreserved => DiagnosticDescriptors.MessageRemoved,
            ManifestRule.FieldRemovedUnreserved => DiagnosticDescriptors.FieldRemoved,
            ManifestRule.FieldNumberReused => DiagnosticDescriptors.FieldNumberReused,
            ManifestRule.FieldTypeIncompatible => DiagnosticDescriptors.FieldTypeChanged,
            ManifestRule.FieldCardinalityChanged => DiagnosticDescriptors.FieldCardinalityChanged,
            ManifestRule.ScopeChanged => DiagnosticDescriptors.ScopeChanged,
            ManifestRule.ReservationRemoved => DiagnosticDescriptors.ReservationRemoved,
            ManifestRule.RequestContractChanged => DiagnosticDescriptors.RequestContractChanged,
            ManifestRule.AuthorizationLoosened => DiagnosticDescriptors.AuthorizationLoosened,
            ManifestRule.LimitRaised => DiagnosticDescriptors.LimitRaised,
            ManifestRule.SensitiveRemoved => DiagnosticDescriptors.SensitiveRemoved,
            ManifestRule.ValidationLoosened => DiagnosticDescriptors.ValidationLoosened,
            _ => DiagnosticDescriptors.RateLimitLoosened,
        };

        /// <summary>True for the rules whose changes break peers built against the shipped protocol; false for the security ones.</summary>
        public static bool IsBreaking(ManifestRule rule) => rule < ManifestRule.AuthorizationLoosened;
    }
}
