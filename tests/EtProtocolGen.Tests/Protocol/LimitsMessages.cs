using EtProtocolGen.Tests.Infrastructure;

namespace EtProtocolGen.Tests.Protocol;

/// <summary>The generated entry points of the messages compiled under an assembly-level [ProtocolLimits].</summary>
internal static class LimitsMessages
{
    public static readonly MessageApi<LimitsProtocol.Defaulted> Defaulted = new(LimitsProtocol.Defaulted.Parse, LimitsProtocol.Defaulted.Parse, LimitsProtocol.Defaulted.TryParse);
    public static readonly MessageApi<LimitsProtocol.Overridden> Overridden = new(LimitsProtocol.Overridden.Parse, LimitsProtocol.Overridden.Parse, LimitsProtocol.Overridden.TryParse);
    public static readonly MessageApi<LimitsProtocol.DeepAllowed> DeepAllowed = new(LimitsProtocol.DeepAllowed.Parse, LimitsProtocol.DeepAllowed.Parse, LimitsProtocol.DeepAllowed.TryParse);
}
