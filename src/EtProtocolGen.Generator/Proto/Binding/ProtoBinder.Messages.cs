using System.Collections.Generic;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;
using EtProtocolGen.Generator.Proto.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>A message's kind, opcode, scope, response type and interfaces, from ET's comments or proto3's options.</summary>
    internal sealed partial class ProtoBinder
    {
        private void BindMessage(BoundMessage message, bool defaultInner, int ordinal)
        {
            ProtoTypeEntry entry = message.Entry;
            ProtoFileContext file = entry.File;
            ProtoMessageSyntax syntax = message.Syntax;
            var optionProblems = new List<ProtoProblem>();
            message.Settings = ProtoOptionReader.ReadMessage(syntax, optionProblems);
            foreach (ProtoProblem problem in optionProblems)
            {
                message.Report(problem);
            }

            string? responseName = null;
            SourceSpan responseSpan = default;
            if (file.IsEt)
            {
                BindEtKind(message, ordinal);
                foreach (ProtoComment comment in syntax.LeadingComments)
                {
                    if (ProtoDocumentation.IsResponseType(comment))
                    {
                        string[] words = comment.Text.Split(new[] { ' ', '\t' }, System.StringSplitOptions.RemoveEmptyEntries);
                        responseName = words.Length > 1 ? words[1] : null;
                        responseSpan = comment.Span;
                    }
                }
            }
            else
            {
                BindProto3Kind(message, defaultInner);
                responseName = message.Settings.ResponseType;
                responseSpan = message.Settings.ResponseTypeSpan;
            }

            message.Documentation = ProtoDocumentation.OfType(syntax.LeadingComments, syntax.NameSpan.StartLine, file.IsEt);
            if (responseName is not null)
            {
                BindResponseType(message, responseName, responseSpan);
            }

            if (message.IsInner && message.Settings.Direction != WireDirection.None)
            {
                message.Report(ProtoProblem.Of(ProtoProblemKind.InvalidOption, message.Settings.DirectionSpan, "(etp.direction)", "an inner message travels between servers only; remove it or make the message outer"));
            }

            BindFields(message);
            CheckReservedRanges(message);
            CheckKindShape(message);
        }

        /// <summary>ET: the opcode from the file name and position, the side from C/S, the kind from <c>// IInterface</c>.</summary>
        private void BindEtKind(BoundMessage message, int ordinal)
        {
            ProtoFileContext file = message.Entry.File;
            ProtoMessageSettings settings = message.Settings;
            if (settings.Opcode is not null || settings.Kind is not null || settings.IsInner is not null || settings.ResponseType is not null)
            {
                message.Report(ProtoProblem.Of(ProtoProblemKind.InvalidOption, message.Syntax.NameSpan, "(etp.opcode), (etp.kind), (etp.scope) or (etp.response_type)", "ET's dialect takes them from the file name, the position, '// IInterface' and '// ResponseType X'; write a proto3 file to set them"));
            }

            message.IsInner = file.EtName.IsServerOnly;
            string? interfaceName = EtInterfaceName(message.Syntax);
            if (interfaceName is null)
            {
                message.Kind = ProtoMessageKind.Value;
                return;
            }

            int opcode = file.EtName.Start + ordinal;
            if (opcode > ushort.MaxValue)
            {
                message.Report(ProtoProblem.Of(ProtoProblemKind.EtFileName, message.Syntax.NameSpan, System.IO.Path.GetFileName(file.Syntax.Path), "message '" + message.Syntax.Name + "' would get opcode " + opcode.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", past 65535"));
                return;
            }

            message.Opcode = (ushort)opcode;
            ProtoExternalType? declared = FindExternal(interfaceName, file, ProtoExternalKind.Interface);
            if (declared is not null)
            {
                message.Interfaces.Add(declared.TypeName);
            }

            if (EtInterfaces.TryMap(interfaceName, out ProtoMessageKind kind))
            {
                message.Kind = kind;
            }
            else if (declared is not null)
            {
                message.Kind = declared.IsRequest ? ProtoMessageKind.Request : declared.IsResponse ? ProtoMessageKind.Response : ProtoMessageKind.Message;
            }
            else
            {
                message.Kind = ProtoMessageKind.Message;
                message.Report(ProtoProblem.Of(ProtoProblemKind.UnknownEtInterface, message.Syntax.HeaderComment!.Span, interfaceName, "it is generated as a one-way message (IMessage); declare the interface in C# to keep it as a marker"));
            }

            message.Interfaces.Insert(0, EtInterfaces.RuntimeInterface(message.Kind)!);
        }

        /// <summary>proto3: <c>(etp.opcode)</c>, <c>(etp.kind)</c> (a request when it has a response type), <c>(etp.scope)</c>.</summary>
        private static void BindProto3Kind(BoundMessage message, bool defaultInner)
        {
            ProtoMessageSettings settings = message.Settings;
            message.IsInner = settings.IsInner ?? defaultInner;
            message.Opcode = settings.Opcode is int opcode ? (ushort)opcode : null;
            message.Kind = settings.Kind
                ?? (settings.ResponseType is not null ? ProtoMessageKind.Request : message.Opcode is not null ? ProtoMessageKind.Message : ProtoMessageKind.Value);
            if (message.Kind != ProtoMessageKind.Value && message.Opcode is null)
            {
                message.Report(ProtoProblem.Of(ProtoProblemKind.MessageKind, settings.Kind is null ? settings.ResponseTypeSpan : settings.KindSpan, message.Syntax.Name, "a " + Describe(message.Kind) + " needs an opcode: add option (etp.opcode) = <number>;"));
                return;
            }

            if (EtInterfaces.RuntimeInterface(message.Kind) is { } runtimeInterface)
            {
                message.Interfaces.Add(runtimeInterface);
            }
        }

        private void BindResponseType(BoundMessage message, string name, SourceSpan span)
        {
            if (!EtInterfaces.IsRequest(message.Kind))
            {
                message.Report(ProtoProblem.Of(ProtoProblemKind.MessageKind, span, message.Syntax.Name, "only a request has a response type; it is a " + Describe(message.Kind)));
                return;
            }

            ProtoFileContext file = message.Entry.File;
            if (_catalog.Resolve(name, file, message.Entry.Parent) is { IsEnum: false } response)
            {
                message.ResponseTypeName = response.TypeName;
                message.ResponseEntry = response;
                message.Dependencies.Add((response, span));
            }
            else if (FindExternal(name, file, ProtoExternalKind.Message) is { } external)
            {
                message.ResponseTypeName = external.TypeName;
                message.ResponseExternal = external;
            }
            else
            {
                message.Report(ProtoProblem.Of(ProtoProblemKind.UnknownType, span, name, "no message of this name in the project's .proto files or C#"));
            }
        }

        /// <summary>The fields the runtime interface of a request or response reads: RpcId, and Error and Message for a response.</summary>
        private static void CheckKindShape(BoundMessage message)
        {
            bool isRequest = EtInterfaces.IsRequest(message.Kind);
            bool isResponse = message.Kind == ProtoMessageKind.Response;
            if (!isRequest && !isResponse)
            {
                return;
            }

            var missing = new List<string>();
            if (!HasField(message, "RpcId", FieldValueKind.Int32))
            {
                missing.Add("int32 RpcId");
            }

            if (isResponse && !HasField(message, "Error", FieldValueKind.Int32))
            {
                missing.Add("int32 Error");
            }

            if (isResponse && !HasField(message, "Message", FieldValueKind.String))
            {
                missing.Add("string Message");
            }

            if (missing.Count > 0)
            {
                string field = message.Entry.File.IsEt ? string.Join(", ", missing) : string.Join(", ", missing).Replace("RpcId", "rpc_id").Replace("Error", "error").Replace("Message", "message");
                message.Report(ProtoProblem.Of(ProtoProblemKind.MessageKind, message.Syntax.NameSpan, message.Syntax.Name, "a " + Describe(message.Kind) + " needs the field" + (missing.Count > 1 ? "s " : " ") + field));
            }
        }

        private static bool HasField(BoundMessage message, string name, FieldValueKind kind)
        {
            foreach (BoundField field in message.Fields)
            {
                if (field.Name == name && field.Shape == FieldShape.Single && field.Value.Kind == kind)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Describe(ProtoMessageKind kind) => kind switch
        {
            ProtoMessageKind.Request => "request",
            ProtoMessageKind.Response => "response",
            ProtoMessageKind.LocationMessage => "location message",
            ProtoMessageKind.LocationRequest => "location request",
            ProtoMessageKind.Message => "one-way message",
            _ => "value without an opcode",
        };

        /// <summary>A C# type of <paramref name="kind"/> that <paramref name="reference"/> names from <paramref name="file"/>, or null.</summary>
        private ProtoExternalType? FindExternal(string reference, ProtoFileContext file, ProtoExternalKind kind)
        {
            foreach (string candidate in ProtoCatalog.CSharpCandidates(reference, file, null))
            {
                if (_externals.Find(candidate) is { } found && found.Kind == kind)
                {
                    return found;
                }
            }

            return null;
        }
    }
}
