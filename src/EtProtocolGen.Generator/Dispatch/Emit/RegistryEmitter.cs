using System;
using System.Collections.Generic;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Helpers;
using static EtProtocolGen.Generator.Dispatch.Emit.GeneratedCode;

namespace EtProtocolGen.Generator.Dispatch.Emit
{
    /// <summary>Writes <c>ProtocolRegistry</c>: every [Message] type of the assembly by opcode and by type, and decoding by opcode.</summary>
    internal static class RegistryEmitter
    {
        public const string ClassName = "ProtocolRegistry";

        /// <param name="messages">The assembly's messages, sorted by opcode.</param>
        /// <param name="generatedNamespace">The namespace to emit into.</param>
        public static string Emit(IReadOnlyList<DispatchMessageModel> messages, string generatedNamespace)
        {
            IndentedTextWriter writer = Begin(generatedNamespace);
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// Every [Message] type of this assembly: opcode to type, type to opcode, request to response type, scope and direction,");
            writer.WriteLine("/// and decoding by opcode without reflection.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine(RuntimeContract.GeneratedCodeAttribute);
            writer.WriteLine("public static class " + ClassName);
            writer.OpenBlock();

            foreach (DispatchMessageModel message in messages)
            {
                writer.WriteLine("private static readonly " + Runtime + "MessageDescriptor " + Field(message) + " = new " + Runtime + "MessageDescriptor(" + Number(message.Opcode) + ", typeof(" + message.TypeName + "), "
                    + Scope(message.Scope) + ", " + Direction(message.Direction) + ", " + (message.ResponseTypeName is null ? "null" : "typeof(" + message.ResponseTypeName + ")") + ", "
                    + Bool(message.IsRequest) + ", " + Bool(message.IsResponse) + ", " + TryParseMethod(message) + ");");
            }

            writer.WriteLine();
            writer.WriteLine("private static readonly global::System.Collections.Generic.Dictionary<global::System.Type, " + Runtime + "MessageDescriptor> ByType = CreateByType();");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Every message of this assembly, by ascending opcode.</summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + Runtime + "MessageDescriptor> Messages { get; } = global::System.Array.AsReadOnly(new " + Runtime + "MessageDescriptor[]");
            writer.OpenBlock();
            foreach (DispatchMessageModel message in messages)
            {
                writer.WriteLine(Field(message) + ",");
            }

            writer.CloseBlock(");");
            writer.WriteLine();

            writer.WriteLine("/// <summary>The message with <paramref name=\"opcode\"/>, or null when this assembly declares none.</summary>");
            writer.WriteLine("public static " + Runtime + "MessageDescriptor? Find(ushort opcode)");
            writer.OpenBlock();
            WriteOpcodeSwitch(writer, messages, message => "return " + Field(message) + ";", "return null;");
            writer.CloseBlock();
            writer.WriteLine();

            writer.WriteLine("/// <summary>The descriptor of <paramref name=\"messageType\"/>, or null when it is not a message of this assembly.</summary>");
            writer.WriteLine("public static " + Runtime + "MessageDescriptor? Find(global::System.Type messageType)");
            writer.OpenBlock();
            writer.WriteLine("if (messageType is null)");
            writer.OpenBlock();
            writer.WriteLine("throw new global::System.ArgumentNullException(nameof(messageType));");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return ByType.TryGetValue(messageType, out " + Runtime + "MessageDescriptor? descriptor) ? descriptor : null;");
            writer.CloseBlock();
            writer.WriteLine();

            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// Decodes the message with <paramref name=\"opcode\"/> within its declared limits. Never throws for bad input: returns false with");
            writer.WriteLine("/// the <paramref name=\"error\"/> of a malformed payload, or with <see cref=\"" + Runtime + "ProtocolError.None\"/> for an unknown opcode.");
            writer.WriteLine("/// Does not validate or authorize: dispatchers do that.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("public static bool TryParse(ushort opcode, global::System.ReadOnlySpan<byte> payload, out " + Runtime + "IWireMessage? message, out " + Runtime + "ProtocolError error)");
            writer.OpenBlock();
            WriteOpcodeSwitch(
                writer,
                messages,
                message => "return " + TryParseMethod(message) + "(payload, out message, out error);",
                "message = null;",
                "error = " + Runtime + "ProtocolError.None;",
                "return false;");
            writer.CloseBlock();
            writer.WriteLine();

            // One decoder per message, shared by TryParse(opcode, ...) and the message's descriptor.
            foreach (DispatchMessageModel message in messages)
            {
                writer.WriteLine("private static bool " + TryParseMethod(message) + "(global::System.ReadOnlySpan<byte> payload, out " + Runtime + "IWireMessage? message, out " + Runtime + "ProtocolError error)");
                writer.OpenBlock();
                writer.WriteLine("bool decoded = " + message.TypeName + ".TryParse(payload, out " + message.TypeName + " decodedMessage, out error);");
                writer.WriteLine("message = decoded ? (" + Runtime + "IWireMessage)decodedMessage : null;");
                writer.WriteLine("return decoded;");
                writer.CloseBlock();
                writer.WriteLine();
            }

            writer.WriteLine("private static global::System.Collections.Generic.Dictionary<global::System.Type, " + Runtime + "MessageDescriptor> CreateByType()");
            writer.OpenBlock();
            writer.WriteLine("var byType = new global::System.Collections.Generic.Dictionary<global::System.Type, " + Runtime + "MessageDescriptor>(" + messages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ");");
            foreach (DispatchMessageModel message in messages)
            {
                writer.WriteLine("byType.Add(" + Field(message) + ".MessageType, " + Field(message) + ");");
            }

            writer.WriteLine("return byType;");
            writer.CloseBlock();
            writer.CloseBlock();
            return End(writer);
        }

        private static string Field(DispatchMessageModel message) => "Message" + Number(message.Opcode);

        private static string TryParseMethod(DispatchMessageModel message) => "TryParse" + Number(message.Opcode);

        private static string Bool(bool value) => value ? "true" : "false";

        /// <summary>
        /// <c>switch (opcode)</c> with one case per message (<paramref name="caseStatement"/>) and the
        /// <paramref name="defaultStatements"/> for an opcode this assembly does not declare.
        /// </summary>
        private static void WriteOpcodeSwitch(
            IndentedTextWriter writer,
            IReadOnlyList<DispatchMessageModel> messages,
            Func<DispatchMessageModel, string> caseStatement,
            params string[] defaultStatements)
        {
            writer.WriteLine("switch (opcode)");
            writer.OpenBlock();
            foreach (DispatchMessageModel message in messages)
            {
                writer.WriteLine("case " + Number(message.Opcode) + ":");
                writer.Indent();
                writer.WriteLine(caseStatement(message));
                writer.Unindent();
            }

            writer.WriteLine("default:");
            writer.Indent();
            foreach (string statement in defaultStatements)
            {
                writer.WriteLine(statement);
            }

            writer.Unindent();
            writer.CloseBlock();
        }
    }
}
