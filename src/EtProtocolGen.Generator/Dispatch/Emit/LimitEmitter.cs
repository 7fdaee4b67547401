using System.Collections.Generic;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Dispatch.Planning;
using EtProtocolGen.Generator.Helpers;
using static EtProtocolGen.Generator.Dispatch.Emit.GeneratedCode;

namespace EtProtocolGen.Generator.Dispatch.Emit
{
    /// <summary>
    /// Writes a dispatcher's rate and concurrency limits from its <see cref="LimitsPlan"/>: the static rule fields, the check
    /// before decoding (step 2), the slot before the handler (step 6) and the public <c>RateLimited</c> refusal. Every comment
    /// is written from the same <see cref="RateLimitModel"/> or <see cref="ConcurrencyLimitModel"/> as the code under it.
    /// </summary>
    internal static class LimitEmitter
    {
        public const string LimiterField = "_limiter";
        public const string LimiterParameter = "limiter";
        public const string SlotVariable = "slot";

        private const string Limiter = Runtime + "IDispatchLimiter";
        private const string Result = Runtime + "DispatchResult";
        private const string Steps = Runtime + "DispatchSteps";

        /// <summary>The constructor parameter that comes first when the dispatcher checks limits.</summary>
        public static string ConstructorParameter => Limiter + " " + LimiterParameter;

        /// <summary>The limiter field and one static field per rule, each under the declaration it enforces.</summary>
        public static void WriteFields(IndentedTextWriter writer, LimitsPlan limits)
        {
            if (!limits.UsesLimiter)
            {
                return;
            }

            writer.WriteLine("private readonly " + Limiter + " " + LimiterField + ";");
            writer.WriteLine();
            writer.WriteLine("// Limits, one rule per declaration; the limiter keeps one budget per rule and partition.");
            foreach (LimitsPlan.RuleField field in limits.Fields)
            {
                if (field.Rate is RateLimitModel rate)
                {
                    writer.WriteLine("// " + rate.Describe() + ": " + rate.Effect() + ".");
                    writer.WriteLine("private static readonly " + Runtime + "RateLimitRule " + field.Name + " = new " + Runtime + "RateLimitRule("
                        + Number(rate.Permits) + ", " + Number(rate.PerSeconds) + ", " + Partitions(rate.Partitions) + ", " + Literal(rate.Describe()) + ");");
                }
                else if (field.Concurrency is ConcurrencyLimitModel concurrency)
                {
                    writer.WriteLine("// " + concurrency.Describe() + ": " + concurrency.Effect() + ".");
                    writer.WriteLine("private static readonly " + Runtime + "ConcurrencyLimitRule " + field.Name + " = new " + Runtime + "ConcurrencyLimitRule("
                        + Number(concurrency.Limit) + ", " + Partitions(concurrency.Partitions) + ", " + Literal(concurrency.Describe()) + ");");
                }
            }
        }

        /// <summary>The constructor's null check and assignment of the limiter.</summary>
        public static void WriteConstructorBody(IndentedTextWriter writer, LimitsPlan limits)
        {
            if (!limits.UsesLimiter)
            {
                return;
            }

            writer.WriteLine("if (" + LimiterParameter + " is null)");
            writer.OpenBlock();
            writer.WriteLine("throw new global::System.ArgumentNullException(nameof(" + LimiterParameter + "));");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine(LimiterField + " = " + LimiterParameter + ";");
        }

        /// <summary>
        /// Step 2, before decoding. Returns false when the route refuses everything (a declared limit cannot be enforced): the
        /// method then ends here.
        /// </summary>
        public static bool WriteRateStep(IndentedTextWriter writer, DispatcherPlan.Route route, LimitsPlan.RouteLimits limits)
        {
            HandlerModel handler = route.Handler;
            bool isRequest = handler.Kind == HandlerKind.Request;
            if (limits.Problem is not null)
            {
                writer.WriteLine("// 2. Rate limits: " + limits.Problem + " (analyzer ETP0110).");
                writer.WriteLine("//    A limit that cannot be enforced refuses every message, before anything is decoded.");
                writer.WriteLine("return Done(" + RefusedBeforeDecoding(handler) + ");");
                return false;
            }

            if (limits.Rates.Count == 0)
            {
                writer.WriteLine("// 2. Rate limits: none declared on " + handler.Message.Name + " or " + handler.HandlerName + " (" + limits.WhyNoAnonymousDefault + ").");
                writer.WriteLine();
                return true;
            }

            writer.WriteLine("// 2. Rate limits, before anything is decoded; " + (isRequest
                ? "a refused request is answered with ErrorCodes.RateLimited and the RpcId read from the payload:"
                : "a refused message is dropped:"));
            for (int i = 0; i < limits.Rates.Count; i++)
            {
                RateLimitModel rate = limits.Rates[i].Rate!;
                writer.WriteLine("//    " + rate.Describe() + ": " + rate.Effect() + (i == limits.Rates.Count - 1 ? "." : ";"));
            }

            for (int i = 0; i < limits.Rates.Count; i++)
            {
                string check = "!" + LimiterField + ".TryAcquire(" + limits.Rates[i].Name + ", session)";
                if (i == 0)
                {
                    writer.WriteLine("if (" + check + (limits.Rates.Count == 1 ? ")" : ""));
                }
                else
                {
                    writer.Indent();
                    writer.WriteLine("|| " + check + (i == limits.Rates.Count - 1 ? ")" : ""));
                    writer.Unindent();
                }
            }

            writer.OpenBlock();
            writer.WriteLine("return Done(" + RefusedBeforeDecoding(handler) + ");");
            writer.CloseBlock();
            writer.WriteLine();
            return true;
        }

        /// <summary>Declares the slot before the route's try block, when the route takes one.</summary>
        public static void WriteSlotDeclaration(IndentedTextWriter writer, LimitsPlan.RouteLimits limits)
        {
            if (limits.Concurrency.Count != 0)
            {
                writer.WriteLine("global::System.IDisposable? " + SlotVariable + " = null;");
            }
        }

        /// <summary>Step 6 before the handler: take every slot or refuse. Returns the slot expression for the handler call, or null.</summary>
        public static string? WriteConcurrencyStep(IndentedTextWriter writer, LimitsPlan.RouteLimits limits, bool isRequest, string response, string rpcId)
        {
            if (limits.Concurrency.Count == 0)
            {
                return null;
            }

            string refusal = "return Done(" + Result + ".RateLimited(opcode, "
                + (isRequest ? Steps + ".ErrorResponse<" + response + ">(" + rpcId + ", " + Runtime + "ErrorCodes.RateLimited)" : "null") + "));";
            writer.WriteLine("// 6. Concurrency: a slot of every limit below is held while the handler runs and given back when it completes, throws or");
            writer.WriteLine("//    is canceled; with no free slot the " + (isRequest ? "request is refused with ErrorCodes.RateLimited" : "message is refused") + ", never queued:");
            for (int i = 0; i < limits.Concurrency.Count; i++)
            {
                ConcurrencyLimitModel concurrency = limits.Concurrency[i].Concurrency!;
                writer.WriteLine("//    " + concurrency.Describe() + ": " + concurrency.Effect() + (i == limits.Concurrency.Count - 1 ? "." : ";"));
            }

            writer.WriteLine(SlotVariable + " = " + LimiterField + ".TryEnter(" + limits.Concurrency[0].Name + ", session);");
            writer.WriteLine("if (" + SlotVariable + " is null)");
            writer.OpenBlock();
            writer.WriteLine(refusal);
            writer.CloseBlock();
            writer.WriteLine();
            for (int i = 1; i < limits.Concurrency.Count; i++)
            {
                string next = SlotVariable + Number(i + 1);
                writer.WriteLine("global::System.IDisposable? " + next + " = " + LimiterField + ".TryEnter(" + limits.Concurrency[i].Name + ", session);");
                writer.WriteLine("if (" + next + " is null)");
                writer.OpenBlock();
                writer.WriteLine(SlotVariable + ".Dispose();");
                writer.WriteLine(refusal);
                writer.CloseBlock();
                writer.WriteLine();
                writer.WriteLine(SlotVariable + " = " + Steps + ".BothSlots(" + SlotVariable + ", " + next + ");");
                writer.WriteLine();
            }

            return SlotVariable;
        }

        /// <summary>The catch block's line that gives a taken slot back.</summary>
        public static void WriteSlotRelease(IndentedTextWriter writer, LimitsPlan.RouteLimits limits)
        {
            if (limits.Concurrency.Count != 0)
            {
                writer.WriteLine("// A slot taken before the handler threw goes back (giving it back twice is harmless).");
                writer.WriteLine(SlotVariable + "?.Dispose();");
            }
        }

        /// <summary>
        /// The public static refusal for a message refused before decoding, also by a transport's own rate limit: a request's
        /// error response carries the RpcId read from the payload with the request's generated field number.
        /// </summary>
        public static void WriteRateLimited(IndentedTextWriter writer, DispatcherPlan plan)
        {
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// The result for a message refused by a rate limit before it was decoded (a declared [RateLimit], or a transport's own");
            writer.WriteLine("/// per-connection bucket): a request this dispatcher routes is answered with ErrorCodes.RateLimited and the RpcId read from");
            writer.WriteLine("/// <paramref name=\"payload\"/> without decoding it; a one-way message, a payload whose top level is malformed and an opcode");
            writer.WriteLine("/// this dispatcher does not route get no response. Never throws; allocates only the error response.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("/// <param name=\"opcode\">The opcode from the frame.</param>");
            writer.WriteLine("/// <param name=\"payload\">The encoded message (without the opcode).</param>");
            writer.WriteLine("public static " + Result + " RateLimited(ushort opcode, global::System.ReadOnlySpan<byte> payload)");
            writer.OpenBlock();
            writer.WriteLine("switch (opcode)");
            writer.OpenBlock();
            foreach (DispatcherPlan.Route route in plan.Routes)
            {
                if (route.Handler.Kind != HandlerKind.Request)
                {
                    continue;
                }

                writer.WriteLine("case " + Number(route.Handler.Message.Opcode) + ": // " + route.Handler.Message.Name);
                writer.Indent();
                writer.WriteLine("return " + RefusedBeforeDecoding(route.Handler) + ";");
                writer.Unindent();
            }

            writer.WriteLine("default:");
            writer.Indent();
            writer.WriteLine("return " + Result + ".RateLimited(opcode, null);");
            writer.Unindent();
            writer.CloseBlock();
            writer.CloseBlock();
        }

        /// <summary>The refusal of an undecoded message: for a request, its error response with the RpcId read from the payload.</summary>
        private static string RefusedBeforeDecoding(HandlerModel handler)
        {
            if (handler.Kind != HandlerKind.Request)
            {
                return Result + ".RateLimited(opcode, null)";
            }

            RpcIdFieldModel? field = handler.Message.RpcIdField;
            return field is null
                ? Result + ".RateLimited(opcode, " + Steps + ".ErrorResponse<" + handler.ResponseTypeName + ">(0, " + Runtime + "ErrorCodes.RateLimited))"
                : Steps + ".RateLimited<" + handler.ResponseTypeName + ">(opcode, payload, " + field.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + ", " + Runtime + "FieldEncoding." + field.Encoding + ")";
        }

        private static string Partitions(int partitions)
        {
            var names = new List<string>(4);
            foreach (string name in LimitRules.Names(partitions).Split(new[] { " | " }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                names.Add(Runtime + "RateLimitPartition." + name);
            }

            return string.Join(" | ", names);
        }

        private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
