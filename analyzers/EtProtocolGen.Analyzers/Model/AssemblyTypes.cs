using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>The walk the assembly-wide indexes and the manifest share: every type a namespace declares, nested types included.</summary>
    internal static class AssemblyTypes
    {
        /// <summary>
        /// Every type under <paramref name="root"/>: the members of each namespace or type in declaration order, each
        /// namespace or type after the one that contains it, without recursion.
        /// </summary>
        public static IEnumerable<INamedTypeSymbol> In(INamespaceSymbol root, CancellationToken cancellationToken)
        {
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (ISymbol member in pending.Pop().GetMembers())
                {
                    if (member is INamespaceSymbol ns)
                    {
                        pending.Push(ns);
                    }
                    else if (member is INamedTypeSymbol type)
                    {
                        pending.Push(type);
                        yield return type;
                    }
                }
            }
        }
    }
}
