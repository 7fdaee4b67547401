using EtProtocolGen.Generator.Emit;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;
using EtProtocolGen.Generator.Proto;
using EtProtocolGen.Generator.Proto.Emit;
using EtProtocolGen.Generator.Proto.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EtProtocolGen.Generator
{
    /// <summary>
    /// Emits the serializer of every <c>[Message]</c> type: one <c>Namespace.Type.g.cs</c> per message with the
    /// members described in docs/generated-code.md; and, from the project's .proto files, the declaration and serializer of
    /// each of their messages. Reports no diagnostics: a message it cannot emit is skipped, and the analyzers (ETP0001-ETP0004,
    /// ETP03xx for .proto files) say why.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class MessageGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // 1. Every [Message] class, struct or record, turned into an equatable model (null: cannot be emitted).
            IncrementalValuesProvider<MessageModel> messages = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    AttributeNames.Message,
                    predicate: static (node, _) => node is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax,
                    transform: static (context, cancellationToken) => MessageParser.Parse(context, cancellationToken))
                .WithTrackingName(TrackingNames.MessageModels)
                .Where(static message => message is not null)
                .Select(static (message, _) => message!)
                .WithTrackingName(TrackingNames.EmittableMessages);

            // 2. The assembly's [ProtocolLimits], reduced to a small equatable value right away.
            IncrementalValueProvider<LimitsModel> limits = context.CompilationProvider
                .Select(static (compilation, cancellationToken) => LimitsParser.Parse(compilation.Assembly, cancellationToken))
                .WithTrackingName(TrackingNames.Limits);

            // 3. File names unique among all messages (case-insensitively, as AddSource compares them): from the names alone.
            IncrementalValueProvider<HintNames> hintNames = messages
                .Select(static (message, _) => (Key(message), message.HintName))
                .Collect()
                .Select(static (names, _) => HintNames.Build(names))
                .WithTrackingName(TrackingNames.HintNames);

            // 4. One source file per message, with the limits baked in.
            IncrementalValuesProvider<((MessageModel Message, LimitsModel Limits) Left, HintNames HintNames)> toEmit = messages
                .Combine(limits)
                .WithTrackingName(TrackingNames.MessagesWithLimits)
                .Combine(hintNames)
                .WithTrackingName(TrackingNames.MessagesToEmit);

            context.RegisterSourceOutput(toEmit, static (context, input) =>
            {
                MessageModel message = input.Left.Message;
                if (input.HintNames.Resolve(Key(message), message.HintName) is { } hintName)
                {
                    context.AddSource(hintName, MessageEmitter.Emit(message, input.Left.Limits, context.CancellationToken));
                }
            });

            // 5. The .proto files: each message becomes the partial class a user would write, with the same serializer; each
            //    enum a C# enum; each ET-dialect file its constants class. Problems are the .proto analyzer's to report.
            IncrementalValueProvider<ProtoProtocolModel> protocol = ProtoPipeline.Create(context);
            IncrementalValuesProvider<(ProtoMessageModel Message, LimitsModel Limits)> protoMessages = protocol
                .SelectMany(static (model, _) => model.Messages.AsSpan().ToArray())
                .Combine(limits)
                .WithTrackingName(TrackingNames.ProtoMessages);
            context.RegisterSourceOutput(protoMessages, static (context, pair) =>
                context.AddSource(pair.Message.HintName, ProtoMessageEmitter.Emit(pair.Message, pair.Limits, context.CancellationToken)));

            IncrementalValuesProvider<ProtoEnumModel> protoEnums = protocol
                .SelectMany(static (model, _) => model.Enums.AsSpan().ToArray())
                .WithTrackingName(TrackingNames.ProtoEnums);
            context.RegisterSourceOutput(protoEnums, static (context, model) => context.AddSource(model.HintName, ProtoEnumEmitter.Emit(model)));

            IncrementalValuesProvider<EtOpcodesModel> opcodes = protocol
                .SelectMany(static (model, _) => model.OpcodeClasses.AsSpan().ToArray())
                .WithTrackingName(TrackingNames.ProtoOpcodes);
            context.RegisterSourceOutput(opcodes, static (context, model) => context.AddSource(model.HintName, EtOpcodesEmitter.Emit(model)));
        }

        /// <summary>What tells two emitted types apart: namespace, containing types and name (a type <c>A.B</c> and a namespace <c>A.B</c> give different keys).</summary>
        private static string Key(MessageModel message)
        {
            var key = new System.Text.StringBuilder(message.Namespace ?? "").Append('/');
            foreach (ContainingTypeModel containing in message.ContainingTypes)
            {
                key.Append(containing.Name).Append('+');
            }

            return key.Append('/').Append(message.Name).ToString();
        }
    }
}
