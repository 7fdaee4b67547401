using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Dispatch.Parsing;
using EtProtocolGen.Generator.Dispatch.Planning;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0109: an outer request that clients send (<see cref="DirectionIndex"/>) and that anonymous sessions may send (through [AllowAnonymous] on it or on a handler, with no
    /// [Authorize] on either) and that declares no [RateLimit] per connection or per remote address, on it or on that handler:
    /// exactly the requests dispatch gives the anonymous default (<see cref="EffectiveLimits"/>, compiled into the generator too).
    /// Handlers may live anywhere in the assembly: the assembly's <see cref="ProtocolIndex"/> knows what each of them declares,
    /// so it reports from the request's own symbol.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MissingRateLimitAnalyzer : ProtocolAnalyzer
    {
        /// <summary>Diagnostic property: the anonymous default's permits, for the code fix.</summary>
        public const string PermitsProperty = "Permits";

        /// <summary>Diagnostic property: the anonymous default's interval in seconds.</summary>
        public const string PerSecondsProperty = "PerSeconds";

        /// <summary>Diagnostic property: the anonymous default's partitions as a flags value.</summary>
        public const string PartitionsProperty = "Partitions";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.MissingRateLimit);

        private protected override bool AnalyzesProtoMessages => true;

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols)
        {
            RateLimitModel anonymousDefault = LimitReader.ReadAnonymousDefault(context.Compilation.Assembly, context.CancellationToken);
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                .Add(PermitsProperty, anonymousDefault.Permits.ToString(CultureInfo.InvariantCulture))
                .Add(PerSecondsProperty, anonymousDefault.PerSeconds.ToString(CultureInfo.InvariantCulture))
                .Add(PartitionsProperty, anonymousDefault.Partitions.ToString(CultureInfo.InvariantCulture));
            string effect = anonymousDefault.Effect();

            RegisterMessageAction(
                context,
                symbolContext =>
                {
                    var type = (INamedTypeSymbol)symbolContext.Symbol;
                    if (symbols.TryGetMessage(type, out ProtocolMessage message)
                        && message.IsOuter
                        && symbols.IsRequest(type)
                        && DirectionIndex.Of(symbols, symbolContext.CancellationToken).DirectionOf(message).IsDecodedByServer
                        && type.Locations.Length > 0
                        && type.Locations[0].IsInSource
                        && GetsAnonymousDefault(type, ProtocolIndex.Of(symbols, symbolContext.CancellationToken).HandlersOf(type)))
                    {
                        symbolContext.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingRateLimit, type.Locations[0], properties, type.Name, effect));
                    }
                });
        }

        /// <summary>Dispatch gives the request the anonymous default through at least one of its handlers (or, with none here, on its own).</summary>
        private static bool GetsAnonymousDefault(INamedTypeSymbol request, IReadOnlyList<HandlerDeclarations> handlers)
        {
            AuthorizationModel authorization = AuthorizationReader.Read(request);
            DeclaredLimitsModel limits = LimitReader.Read(request);
            if (handlers.Count == 0)
            {
                return EffectiveLimits.WhyNoAnonymousDefault(isOuter: true, isRequest: true, authorization, AuthorizationModel.None, limits, DeclaredLimitsModel.None) is null;
            }

            foreach (HandlerDeclarations handler in handlers)
            {
                if (EffectiveLimits.WhyNoAnonymousDefault(isOuter: true, isRequest: true, authorization, handler.Authorization, limits, handler.Limits) is null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
