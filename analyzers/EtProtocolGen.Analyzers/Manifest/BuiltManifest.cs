using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>A manifest built from symbols, with the type behind each message and handler entity (for diagnostic locations).</summary>
    internal sealed class BuiltManifest
    {
        public BuiltManifest(ProtocolManifest manifest, IReadOnlyDictionary<string, INamedTypeSymbol> types)
        {
            Manifest = manifest;
            Types = types;
        }

        public ProtocolManifest Manifest { get; }

        /// <summary>By entity key (<c>message Game.C2M_Move</c>, <c>handler Game.MoveHandler</c>).</summary>
        public IReadOnlyDictionary<string, INamedTypeSymbol> Types { get; }
    }
}
