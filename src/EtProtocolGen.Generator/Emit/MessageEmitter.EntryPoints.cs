using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;

namespace EtProtocolGen.Generator.Emit
{
    internal static partial class MessageEmitter
    {
        private static void EmitOpcode(IndentedTextWriter writer, MessageModel message)
        {
            if (message.Opcode is not ushort opcode)
            {
                writer.WriteLine("// No opcode: a value used only inside other messages. Not in the registry, never dispatched, not an IWireMessage.");
                return;
            }

            writer.WriteLine("/// <summary>The opcode that identifies this message on the wire.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public const ushort Opcode = " + ValueCodec.Number(opcode) + ";");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc />");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("ushort global::EtProtocolGen.IWireMessage.MessageOpcode => Opcode;");
        }

        private static void EmitWriteTo(IndentedTextWriter writer, LimitsModel limits)
        {
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc />");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public void WriteTo(global::System.Buffers.IBufferWriter<byte> output)");
            writer.OpenBlock();
            writer.WriteLine("// No size pass when the bound fits the writer and " + DescribeMessageSizeLimit(limits) + "; else CalculateSize, which refuses a larger message.");
            writer.WriteLine("if (!" + ProtoWriter + ".TryGetBoundedSpan(output, this.CalculateSizeBound(), " + ValueCodec.Number(limits.EffectiveMaxMessageSize) + ", out global::System.Span<byte> span))");
            writer.OpenBlock();
            writer.WriteLine("span = " + ProtoWriter + ".GetExactSpan(output, this.CalculateSize());");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("var writer = new " + ProtoWriter + "(span);");
            writer.WriteLine("this.WriteFields(ref writer);");
            writer.WriteLine("output.Advance(writer.Position);");
            writer.CloseBlock();
        }

        private static void EmitTryWriteTo(IndentedTextWriter writer, LimitsModel limits)
        {
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc />");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public bool TryWriteTo(global::System.Span<byte> destination, out int bytesWritten)");
            writer.OpenBlock();
            writer.WriteLine("// No size pass when the bound fits the destination and " + DescribeMessageSizeLimit(limits) + "; else CalculateSize, which refuses a larger message.");
            writer.WriteLine("long bound = this.CalculateSizeBound();");
            writer.WriteLine("int size = bound <= destination.Length && bound <= " + ValueCodec.Number(limits.EffectiveMaxMessageSize) + " ? destination.Length : this.CalculateSize();");
            writer.WriteLine("if (size > destination.Length)");
            writer.OpenBlock();
            writer.WriteLine("bytesWritten = 0;");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("var writer = new " + ProtoWriter + "(destination.Slice(0, size));");
            writer.WriteLine("this.WriteFields(ref writer);");
            writer.WriteLine("bytesWritten = writer.Position;");
            writer.WriteLine("return true;");
            writer.CloseBlock();
        }

        private static void EmitParse(IndentedTextWriter writer, MessageModel message, LimitsModel limits)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// Decodes a message. Malformed or over-limit input throws <see cref=\"global::EtProtocolGen.ProtocolException\"/>.");
            writer.WriteLine("/// Declared validation is not run: call <see cref=\"Validate\"/>.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public static " + message.FullyQualifiedName + " Parse(global::System.ReadOnlySpan<byte> data)");
            writer.OpenBlock();
            EmitDecode(writer, message, limits, "var message");
            writer.WriteLine("reader.ThrowIfFailed();");
            writer.WriteLine("return message;");
            writer.CloseBlock();
        }

        /// <summary>
        /// The decoding Parse and TryParse share: a reader over the whole message (refusing it when over the size limit) and the
        /// message's ReadFrom, which records a failure in the reader instead of throwing.
        /// </summary>
        private static void EmitDecode(IndentedTextWriter writer, MessageModel message, LimitsModel limits, string target)
        {
            int maxDepth = message.MaxDepth > 0 ? message.MaxDepth : limits.EffectiveMaxDepth;
            writer.WriteLine("// Message size checked against " + DescribeMessageSizeLimit(limits) + " before anything is read;");
            writer.WriteLine("// nesting bounded to " + ValueCodec.Number(maxDepth) + " levels " + DescribeDepthSource(message, limits) + ".");
            writer.WriteLine("var reader = " + ProtoReader + ".ForMessage(data, " + ValueCodec.Number(limits.EffectiveMaxMessageSize) + ", " + ValueCodec.Number(maxDepth) + ");");
            writer.WriteLine(target + " = " + message.FullyQualifiedName + ".ReadFrom(ref reader);");
        }

        private static void EmitParseSequence(IndentedTextWriter writer, MessageModel message, LimitsModel limits)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>Decodes a message from a pipe's buffer; see <see cref=\"Parse(global::System.ReadOnlySpan{byte})\"/>.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public static " + message.FullyQualifiedName + " Parse(in global::System.Buffers.ReadOnlySequence<byte> data)");
            writer.OpenBlock();
            writer.WriteLine("// Message size checked against " + DescribeMessageSizeLimit(limits) + " before anything is copied.");
            writer.WriteLine(ProtoReader + ".CheckMessageSize(data.Length, " + ValueCodec.Number(limits.EffectiveMaxMessageSize) + ");");
            writer.WriteLine("if (data.IsSingleSegment)");
            writer.OpenBlock();
            writer.WriteLine("return " + message.FullyQualifiedName + ".Parse(data.First.Span);");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("// A contiguous pooled copy, cleared before it goes back to the pool: it may hold secrets.");
            writer.WriteLine("using (var copy = global::EtProtocolGen.Wire.PooledCopy.Of(in data))");
            writer.OpenBlock();
            writer.WriteLine("return " + message.FullyQualifiedName + ".Parse(copy.Span);");
            writer.CloseBlock();
            writer.CloseBlock();
        }

        private static void EmitTryParse(IndentedTextWriter writer, MessageModel message, LimitsModel limits)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>Decodes a message without throwing: <c>false</c> and the <paramref name=\"error\"/> for malformed or over-limit input.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public static bool TryParse(global::System.ReadOnlySpan<byte> data, out " + message.FullyQualifiedName + " message, out " + ProtocolError + " error)");
            writer.OpenBlock();
            EmitDecode(writer, message, limits, "message");
            writer.WriteLine("return reader.Succeeded(ref message, out error);");
            writer.CloseBlock();
        }

        private static string DescribeDepthSource(MessageModel message, LimitsModel limits) =>
            message.MaxDepth > 0 ? "([Message(MaxDepth)])"
            : limits.MaxDepth > 0 ? "([ProtocolLimits(MaxDepth)])"
            : "(ProtocolLimitsAttribute.DefaultMaxDepth)";
    }
}
