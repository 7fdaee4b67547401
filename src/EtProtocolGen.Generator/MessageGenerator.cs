using EtProtocolGen.Generator.Emit;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EtProtocolGen.Generator
{
    /// <summary>
    /// Emits the serializer of every <c>[Message]</c> type: one <c>Namespace.Type.g.cs</c> per message with the
    /// members described in docs/generated-code.md. Reports no diagnostics: a message it cannot emit is skipped,
    /// and the analyzers (ETP0001-ETP0004) say why.
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

            // 3. One source file per message, with the limits baked in.
            IncrementalValuesProvider<(MessageModel Message, LimitsModel Limits)> toEmit = messages
                .Combine(limits)
                .WithTrackingName(TrackingNames.MessagesWithLimits);

            context.RegisterSourceOutput(toEmit, static (context, pair) =>
                context.AddSource(pair.Message.HintName, MessageEmitter.Emit(pair.Message, pair.Limits, context.CancellationToken)));
        }
    }
}
