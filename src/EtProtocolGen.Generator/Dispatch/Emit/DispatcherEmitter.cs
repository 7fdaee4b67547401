using System.Collections.Generic;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Dispatch.Planning;
using EtProtocolGen.Generator.Helpers;
using static EtProtocolGen.Generator.Dispatch.Emit.GeneratedCode;

namespace EtProtocolGen.Generator.Dispatch.Emit
{
    /// <summary>Writes one dispatcher class from its <see cref="DispatcherPlan"/>. Never sees a symbol.</summary>
    internal static class DispatcherEmitter
    {
        private const string Result = Runtime + "DispatchResult";
        private const string Steps = Runtime + "DispatchSteps";

        public static string Emit(DispatcherPlan plan, LimitsPlan limits, string generatedNamespace)
        {
            IndentedTextWriter writer = Begin(generatedNamespace);
            string scope = plan.Scope.ToString();
            string otherScope = plan.Scope == DispatchScope.Outer ? "Inner" : "Outer";

            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// Routes " + scope + " messages (" + (plan.Scope == DispatchScope.Outer ? "client to server: untrusted" : "server to server") + ") from sessions of type " + See(plan.Session.TypeName) + " to their handlers.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("/// <remarks>");
            writer.WriteLine("/// Every message passes these checks in this order and reaches its handler only if all pass:");
            writer.WriteLine("/// 1. scope: the session is an " + scope + " session and the opcode is an " + scope + " opcode this dispatcher handles;");
            writer.WriteLine("/// 2. rate limits, before decoding: [RateLimit] on the message and its handler, and the anonymous default for an Outer");
            writer.WriteLine("///    request anonymous sessions may send that declares none per connection or remote address;");
            writer.WriteLine("/// 3. decoding within the message's declared limits;");
            writer.WriteLine("/// 4. authorization: [AllowAnonymous], [Authorize] or [Authorize(Roles = ...)]; a message with neither is denied;");
            writer.WriteLine("/// 5. validation: [Range], [MinLength], [Required] and the message's OnValidate hook;");
            writer.WriteLine("/// 6. concurrency: a slot of every [MaxConcurrency] on the message and its handler, held while the handler runs.");
            writer.WriteLine("/// A refused request is answered with its RpcId and an ErrorCodes value, never with exception text.");
            writer.WriteLine("/// </remarks>");
            writer.WriteLine(RuntimeContract.GeneratedCodeAttribute);
            writer.WriteLine((plan.IsPublic ? "public" : "internal") + " sealed class " + plan.ClassName);
            writer.OpenBlock();

            if (plan.Skipped.Count != 0)
            {
                writer.WriteLine("// Handlers found for this scope that this dispatcher does not call:");
                foreach ((HandlerModel handler, string reason) in plan.Skipped)
                {
                    writer.WriteLine("//   " + handler.HandlerTypeName + " for " + handler.Message.Name + " (opcode " + Number(handler.Message.Opcode) + "): " + reason + ".");
                }

                writer.WriteLine();
            }

            writer.WriteLine("/// <summary>The scope of every message this dispatcher accepts, and of every session it serves.</summary>");
            writer.WriteLine("public const " + Runtime + "MessageScope Scope = " + GeneratedCode.Scope(plan.Scope) + ";");
            writer.WriteLine();

            foreach (DispatcherPlan.Route route in plan.Routes)
            {
                if (route.Parameter is not null)
                {
                    writer.WriteLine("private readonly " + route.Handler.InterfaceName + " " + route.FieldName + ";");
                }
            }

            writer.WriteLine();
            LimitEmitter.WriteFields(writer, limits);
            if (limits.UsesLimiter)
            {
                writer.WriteLine();
            }

            WriteConstructor(writer, plan, limits);
            writer.WriteLine();
            WriteOpcodes(writer, plan);
            writer.WriteLine();
            WriteDispatchAsync(writer, plan, scope, otherScope);
            writer.WriteLine();
            LimitEmitter.WriteRateLimited(writer, plan);

            foreach (DispatcherPlan.Route route in plan.Routes)
            {
                writer.WriteLine();
                WriteRoute(writer, plan, route, limits.For(route));
            }

            writer.WriteLine();
            writer.WriteLine("private static " + ValueTaskOfResult + " Done(" + Result + " result) => new " + ValueTaskOfResult + "(result);");
            writer.CloseBlock();
            return End(writer);
        }

        private static void WriteConstructor(IndentedTextWriter writer, DispatcherPlan plan, LimitsPlan limits)
        {
            writer.WriteLine(limits.UsesLimiter
                ? "/// <summary>Creates the dispatcher from the limiter that enforces its rate and concurrency limits and one instance of every handler class it calls.</summary>"
                : "/// <summary>Creates the dispatcher from one instance of every handler class it calls.</summary>");
            var parameters = new List<string>();
            if (limits.UsesLimiter)
            {
                parameters.Add(LimitEmitter.ConstructorParameter);
            }

            foreach (DispatcherPlan.HandlerParameter parameter in plan.Parameters)
            {
                parameters.Add(parameter.TypeName + " " + parameter.Name);
            }

            writer.WriteLine("public " + plan.ClassName + "(" + string.Join(", ", parameters) + ")");
            writer.OpenBlock();
            LimitEmitter.WriteConstructorBody(writer, limits);
            if (limits.UsesLimiter && plan.Parameters.Count != 0)
            {
                writer.WriteLine();
            }

            foreach (DispatcherPlan.HandlerParameter parameter in plan.Parameters)
            {
                writer.WriteLine("if (" + parameter.Name + " is null)");
                writer.OpenBlock();
                writer.WriteLine("throw new global::System.ArgumentNullException(nameof(" + parameter.Name + "));");
                writer.CloseBlock();
                writer.WriteLine();
            }

            foreach (DispatcherPlan.Route route in plan.Routes)
            {
                if (route.Parameter is not null)
                {
                    writer.WriteLine(route.FieldName + " = " + route.Parameter.Name + ";");
                }
            }

            writer.CloseBlock();
        }

        private static void WriteOpcodes(IndentedTextWriter writer, DispatcherPlan plan)
        {
            var opcodes = new List<string>();
            foreach (DispatcherPlan.Route route in plan.Routes)
            {
                opcodes.Add(Number(route.Handler.Message.Opcode));
            }

            writer.WriteLine("/// <summary>The opcodes this dispatcher routes, ascending.</summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<ushort> Opcodes { get; } = global::System.Array.AsReadOnly(new ushort[] { " + string.Join(", ", opcodes) + " });");
            writer.WriteLine();
            writer.WriteLine("/// <summary>True when this dispatcher routes <paramref name=\"opcode\"/> to a handler.</summary>");
            writer.WriteLine("public static bool Handles(ushort opcode)");
            writer.OpenBlock();
            writer.WriteLine("switch (opcode)");
            writer.OpenBlock();
            foreach (DispatcherPlan.Route route in plan.Routes)
            {
                writer.WriteLine("case " + Number(route.Handler.Message.Opcode) + ":");
            }

            writer.Indent();
            writer.WriteLine("return true;");
            writer.Unindent();
            writer.WriteLine("default:");
            writer.Indent();
            writer.WriteLine("return false;");
            writer.Unindent();
            writer.CloseBlock();
            writer.CloseBlock();
        }

        private static void WriteDispatchAsync(IndentedTextWriter writer, DispatcherPlan plan, string scope, string otherScope)
        {
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// Checks one incoming message and, if every check passes, runs its handler. Never throws for anything the peer sends:");
            writer.WriteLine("/// the result says what happened and carries the response to send back, if any.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("/// <param name=\"session\">The session the message came from.</param>");
            writer.WriteLine("/// <param name=\"opcode\">The opcode from the frame.</param>");
            writer.WriteLine("/// <param name=\"payload\">The encoded message (without the opcode).</param>");
            writer.WriteLine("/// <param name=\"cancellationToken\">Passed to the handler; cancel it when the session closes.</param>");
            writer.WriteLine("public " + ValueTaskOfResult + " DispatchAsync(" + plan.Session.TypeName + " session, ushort opcode, global::System.ReadOnlySpan<byte> payload, global::System.Threading.CancellationToken cancellationToken = default)");
            writer.OpenBlock();
            if (!plan.Session.IsValueType)
            {
                writer.WriteLine("if (session is null)");
                writer.OpenBlock();
                writer.WriteLine("throw new global::System.ArgumentNullException(nameof(session));");
                writer.CloseBlock();
                writer.WriteLine();
            }

            writer.WriteLine("// 1. Scope: this dispatcher serves " + scope + " sessions only; any other session is refused before anything is decoded.");
            writer.WriteLine("if (session.Scope != Scope)");
            writer.OpenBlock();
            writer.WriteLine("return Done(" + Result + ".ScopeDenied(opcode));");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("switch (opcode)");
            writer.OpenBlock();
            foreach (DispatcherPlan.Route route in plan.Routes)
            {
                writer.WriteLine("case " + Number(route.Handler.Message.Opcode) + ":");
                writer.Indent();
                writer.WriteLine("return " + route.MethodName + "(session, payload, cancellationToken);");
                writer.Unindent();
            }

            if (plan.OtherScopeMessages.Count != 0)
            {
                writer.WriteLine();
                writer.WriteLine("// 1. " + otherScope + " messages: never accepted from an " + scope + " session; nothing is decoded.");
                foreach (DispatchMessageModel message in plan.OtherScopeMessages)
                {
                    writer.WriteLine("case " + Number(message.Opcode) + ": // " + message.Name);
                }

                writer.Indent();
                writer.WriteLine("return Done(" + Result + ".ScopeDenied(opcode));");
                writer.Unindent();
            }

            writer.WriteLine();
            writer.WriteLine("// 1. Unknown opcode: nothing is decoded.");
            writer.WriteLine("default:");
            writer.Indent();
            writer.WriteLine("return Done(" + Result + ".UnknownOpcode(opcode));");
            writer.Unindent();
            writer.CloseBlock();
            writer.CloseBlock();
        }

        private static void WriteRoute(IndentedTextWriter writer, DispatcherPlan plan, DispatcherPlan.Route route, LimitsPlan.RouteLimits limits)
        {
            HandlerModel handler = route.Handler;
            DispatchMessageModel message = handler.Message;
            bool isRequest = handler.Kind == HandlerKind.Request;
            string variable = isRequest ? "request" : "message";
            string response = handler.ResponseTypeName ?? "";

            writer.WriteLine("/// <summary>" + See(message.TypeName) + " (opcode " + Number(message.Opcode) + ", " + DescribeAuthorization(handler) + "), handled by " + See(handler.HandlerTypeName) + ".</summary>");
            writer.WriteLine("private " + ValueTaskOfResult + " " + route.MethodName + "(" + plan.Session.TypeName + " session, global::System.ReadOnlySpan<byte> payload, global::System.Threading.CancellationToken cancellationToken)");
            writer.OpenBlock();
            writer.WriteLine("const ushort opcode = " + Number(message.Opcode) + ";");
            writer.WriteLine();
            bool deniedByDefault = EffectiveAuthorization.IsDeniedByDefault(handler.Message.Authorization, handler.Authorization);
            if (!deniedByDefault && !LimitEmitter.WriteRateStep(writer, route, limits))
            {
                writer.CloseBlock();
                return;
            }

            writer.WriteLine("// 3. Decode within the limits declared on " + message.Name + "; a malformed payload never reaches authorization or the handler.");
            writer.WriteLine("if (!" + message.TypeName + ".TryParse(payload, out " + message.TypeName + " " + variable + ", out " + Runtime + "ProtocolError protocolError))");
            writer.OpenBlock();
            writer.WriteLine("return Done(" + Result + ".Malformed(opcode, protocolError));");
            writer.CloseBlock();
            writer.WriteLine();

            if (deniedByDefault)
            {
                writer.WriteLine("// 4. Authorization: neither " + message.Name + " nor " + handler.HandlerName + " declares [Authorize] or [AllowAnonymous],");
                writer.WriteLine("//    so the message is denied to every session (fail-safe default) and the handler never runs.");
                writer.WriteLine("return Done(" + Result + ".Denied(" + Runtime + "DispatchStatus.Forbidden, opcode, " + ErrorResponse(isRequest, response, variable + ".RpcId", "Forbidden") + "));");
                writer.CloseBlock();
                return;
            }

            string rpcId = "null";
            if (isRequest)
            {
                writer.WriteLine("int rpcId = " + variable + ".RpcId;");
                rpcId = "rpcId";
            }

            LimitEmitter.WriteSlotDeclaration(writer, limits);
            writer.WriteLine("try");
            writer.OpenBlock();
            WriteAuthorization(writer, handler, isRequest, response, rpcId);
            writer.WriteLine("// 5. Validation of " + message.Name + ": " + DescribeValidation(message) + ".");
            writer.WriteLine(Runtime + "ValidationResult validation = " + variable + ".Validate();");
            writer.WriteLine("if (!validation.IsValid)");
            writer.OpenBlock();
            writer.WriteLine("return Done(" + Result + ".Invalid(opcode, validation, " + ErrorResponse(isRequest, response, rpcId, "ValidationFailed") + "));");
            writer.CloseBlock();
            writer.WriteLine();
            string? slot = LimitEmitter.WriteConcurrencyStep(writer, limits, isRequest, response, rpcId);
            writer.WriteLine(slot is null
                ? "// 6. Every check passed: the handler runs. A handler that completes synchronously costs no allocation here."
                : "// 6. Every check passed: the handler runs, holding the slot until it completes, throws or is canceled.");
            string call = route.FieldName + ".HandleAsync(session, " + variable + ", cancellationToken)";
            string slotArgument = slot is null ? "" : slot + ", ";
            writer.WriteLine(isRequest
                ? "return " + Steps + ".CompleteRequest(" + call + ", opcode, rpcId, " + slotArgument + "cancellationToken);"
                : "return " + Steps + ".CompleteMessage(" + call + ", opcode, " + slotArgument + "cancellationToken);");
            writer.CloseBlock();
            writer.WriteLine("catch (global::System.Exception exception)");
            writer.OpenBlock();
            writer.WriteLine(isRequest
                ? "// A throwing role check, validation hook or handler: a generic InternalError response; the exception goes to the host in the result."
                : "// A throwing role check, validation hook or handler: the exception goes to the host in the result.");
            LimitEmitter.WriteSlotRelease(writer, limits);
            writer.WriteLine(isRequest
                ? "return Done(" + Steps + ".RequestFailed<" + response + ">(exception, opcode, rpcId, cancellationToken));"
                : "return Done(" + Steps + ".MessageFailed(exception, opcode, cancellationToken));");
            writer.CloseBlock();
            writer.CloseBlock();
        }

        private static string DescribeAuthorization(HandlerModel handler) =>
            EffectiveAuthorization.Describe(handler.Message.Authorization, handler.Message.Name, handler.Authorization, handler.HandlerName);

        private static void WriteAuthorization(IndentedTextWriter writer, HandlerModel handler, bool isRequest, string response, string rpcId)
        {
            List<EquatableArray<string>> roleSets = EffectiveAuthorization.RoleSets(handler.Message.Authorization, handler.Authorization);
            if (!EffectiveAuthorization.RequiresAuthentication(handler.Message.Authorization, handler.Authorization))
            {
                writer.WriteLine("// 4. Authorization: " + DescribeAuthorization(handler) + ": any session, authenticated or not.");
                writer.WriteLine();
                return;
            }

            writer.WriteLine("// 4. Authorization: " + DescribeAuthorization(handler) + ": an authenticated session" + (roleSets.Count == 0 ? "." : ", in a listed role."));
            writer.WriteLine("if (!session.IsAuthenticated)");
            writer.OpenBlock();
            writer.WriteLine("return Done(" + Result + ".Denied(" + Runtime + "DispatchStatus.Unauthorized, opcode, " + ErrorResponse(isRequest, response, rpcId, "Unauthorized") + "));");
            writer.CloseBlock();
            writer.WriteLine();

            foreach (EquatableArray<string> roles in roleSets)
            {
                var checks = new List<string>();
                foreach (string role in roles)
                {
                    checks.Add("!session.IsInRole(" + Literal(role) + ")");
                }

                writer.WriteLine("if (" + string.Join(" && ", checks) + ")");
                writer.OpenBlock();
                writer.WriteLine("return Done(" + Result + ".Denied(" + Runtime + "DispatchStatus.Forbidden, opcode, " + ErrorResponse(isRequest, response, rpcId, "Forbidden") + "));");
                writer.CloseBlock();
                writer.WriteLine();
            }
        }

        private static string DescribeValidation(DispatchMessageModel message)
        {
            string members = string.Join(", ", message.ValidatedMembers);
            if (!message.HasValidationHook)
            {
                return message.ValidatedMembers.IsEmpty ? "no [Required], [MinLength], [Range] or OnValidate hook declared" : members;
            }

            return message.ValidatedMembers.IsEmpty ? "its OnValidate hook" : members + ", then its OnValidate hook";
        }

        private static string ErrorResponse(bool isRequest, string response, string rpcId, string code) =>
            isRequest
                ? Steps + ".ErrorResponse<" + response + ">(" + rpcId + ", " + Runtime + "ErrorCodes." + code + ")"
                : "null";
    }
}
