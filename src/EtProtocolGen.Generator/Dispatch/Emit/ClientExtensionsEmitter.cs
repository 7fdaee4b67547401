using System.Collections.Generic;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Helpers;
using static EtProtocolGen.Generator.Dispatch.Emit.GeneratedCode;

namespace EtProtocolGen.Generator.Dispatch.Emit
{
    /// <summary>
    /// Writes <c>ProtocolClientExtensions</c>: a typed <c>CallAsync</c> on <c>IRpcCaller</c> (an <c>RpcClient</c>, an entity's
    /// grain in EtProtocolGen.Orleans) for every request with a [ResponseType].
    /// </summary>
    internal static class ClientExtensionsEmitter
    {
        public const string ClassName = "ProtocolClientExtensions";

        public static bool HasCalls(IReadOnlyList<DispatchMessageModel> messages)
        {
            foreach (DispatchMessageModel message in messages)
            {
                if (IsCallable(message))
                {
                    return true;
                }
            }

            return false;
        }

        public static string Emit(IReadOnlyList<DispatchMessageModel> messages, string generatedNamespace)
        {
            IndentedTextWriter writer = Begin(generatedNamespace);
            writer.WriteLine("/// <summary>Typed calls for every request of this assembly: <c>await client.CallAsync(request)</c> returns its declared response, from an <c>RpcClient</c> or any other <c>IRpcCaller</c>.</summary>");
            writer.WriteLine(RuntimeContract.GeneratedCodeAttribute);
            writer.WriteLine("public static class " + ClassName);
            writer.OpenBlock();
            bool first = true;
            foreach (DispatchMessageModel message in messages)
            {
                if (!IsCallable(message))
                {
                    continue;
                }

                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                string response = message.ResponseTypeName!;
                string task = "global::System.Threading.Tasks.Task<" + response + ">";
                string call = "client.CallAsync<" + message.TypeName + ", " + response + ">";
                // A public method may not take or return an internal message (CS0051): such calls are internal to the assembly.
                string accessibility = message.IsPublic && message.ResponseIsPublic ? "public" : "internal";
                writer.WriteLine("/// <summary>Sends " + See(message.TypeName) + " and waits, with the caller's default timeout, for its " + See(response) + ".</summary>");
                writer.WriteLine(accessibility + " static " + task + " CallAsync(this " + Runtime + "IRpcCaller client, " + message.TypeName + " request, global::System.Threading.CancellationToken cancellationToken = default) =>");
                writer.Indent();
                writer.WriteLine(call + "(request, cancellationToken);");
                writer.Unindent();
                writer.WriteLine();
                writer.WriteLine("/// <summary>Sends " + See(message.TypeName) + " and waits up to <paramref name=\"timeout\"/> for its " + See(response) + ".</summary>");
                writer.WriteLine(accessibility + " static " + task + " CallAsync(this " + Runtime + "IRpcCaller client, " + message.TypeName + " request, global::System.TimeSpan timeout, global::System.Threading.CancellationToken cancellationToken = default) =>");
                writer.Indent();
                writer.WriteLine(call + "(request, timeout, cancellationToken);");
                writer.Unindent();
            }

            writer.CloseBlock();
            return End(writer);
        }

        private static bool IsCallable(DispatchMessageModel message) => message.IsRequest && message.ResponseTypeName is not null && message.ResponseIsResponse;
    }
}
