using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.Generator.Tests.Infrastructure;

/// <summary>A .proto file handed to the generators as an AdditionalFile, as the package's &lt;EtProtocol&gt; items are.</summary>
public sealed class ProtoFile : AdditionalText
{
    private readonly SourceText _text;

    public ProtoFile(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
