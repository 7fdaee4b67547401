using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    /// ETP0109: an outer request that anonymous sessions may send (through [AllowAnonymous] on it or on a handler, with no
    /// [Authorize] on either) and that declares no [RateLimit] per connection or per remote address, on it or on that handler:
    /// exactly the requests dispatch gives the anonymous default (<see cref="EffectiveLimits"/>, compiled into the generator too).
    /// Handlers may live anywhere in the assembly, so it reports at compilation end.
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

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols)
        {
            var requests = new ConcurrentBag<INamedTypeSymbol>();
            var handlers = new ConcurrentDictionary<ITypeSymbol, ConcurrentBag<(AuthorizationModel Authorization, DeclaredLimitsModel Limits)>>(SymbolEqualityComparer.Default);

            context.RegisterSymbolAction(
                symbolContext =>
                {
                    var type = (INamedTypeSymbol)symbolContext.Symbol;
                    if (symbols.TryGetMessage(type, out ProtocolMessage message)
                        && message.IsOuter
                        && symbols.IsRequest(type)
                        && type.Locations.Length > 0
                        && type.Locations[0].IsInSource)
                    {
                        requests.Add(type);
                    }

                    ImmutableArray<HandlerBinding> bindings = symbols.GetHandlerBindings(type);
                    if (bindings.IsEmpty)
                    {
                        return;
                    }

                    AuthorizationModel authorization = AuthorizationReader.Read(type);
                    DeclaredLimitsModel limits = LimitReader.Read(type);
                    foreach (HandlerBinding binding in bindings)
                    {
                        handlers.GetOrAdd(binding.Message.OriginalDefinition, static _ => new ConcurrentBag<(AuthorizationModel, DeclaredLimitsModel)>())
                            .Add((authorization, limits));
                    }
                },
                SymbolKind.NamedType);

            context.RegisterCompilationEndAction(endContext =>
            {
                RateLimitModel anonymousDefault = LimitReader.ReadAnonymousDefault(endContext.Compilation.Assembly, endContext.CancellationToken);
                ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                    .Add(PermitsProperty, anonymousDefault.Permits.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Add(PerSecondsProperty, anonymousDefault.PerSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Add(PartitionsProperty, anonymousDefault.Partitions.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (INamedTypeSymbol request in requests)
                {
                    if (GetsAnonymousDefault(request, handlers))
                    {
                        endContext.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.MissingRateLimit, request.Locations[0], properties, request.Name, anonymousDefault.Effect()));
                    }
                }
            });
        }

        /// <summary>Dispatch gives the request the anonymous default through at least one of its handlers (or, with none here, on its own).</summary>
        private static bool GetsAnonymousDefault(
            INamedTypeSymbol request,
            ConcurrentDictionary<ITypeSymbol, ConcurrentBag<(AuthorizationModel Authorization, DeclaredLimitsModel Limits)>> handlers)
        {
            AuthorizationModel authorization = AuthorizationReader.Read(request);
            DeclaredLimitsModel limits = LimitReader.Read(request);
            IEnumerable<(AuthorizationModel Authorization, DeclaredLimitsModel Limits)> found = handlers.TryGetValue(request, out var bag)
                ? bag
                : new[] { (AuthorizationModel.None, DeclaredLimitsModel.None) };
            foreach ((AuthorizationModel handlerAuthorization, DeclaredLimitsModel handlerLimits) in found)
            {
                if (EffectiveLimits.WhyNoAnonymousDefault(isOuter: true, isRequest: true, authorization, handlerAuthorization, limits, handlerLimits) is null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
