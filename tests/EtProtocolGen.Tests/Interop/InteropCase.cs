using System;
using System.Linq;
using CsCheck;
using EtProtocolGen.Tests.Infrastructure;
using Google.Protobuf;
using Xunit;

namespace EtProtocolGen.Tests.Interop;

/// <summary>The interop properties of one test message, whatever its type.</summary>
public interface IInteropCase
{
    void OursParseInGoogleProtobuf();

    void GoogleProtobufsParseInOurs();

    void OursEncodeExactlyAsGoogleProtobuf();

    void OursParseInProtobufNet();

    void ProtobufNetsParseInOurs();

    void OursRoundTrip();
}

/// <summary>
/// Random messages of our type <typeparamref name="TOurs"/> compared with Google.Protobuf's <typeparamref name="TGoogle"/>
/// and protobuf-net's <typeparamref name="TNet"/>, all through the Google projection whose Equals is field by field.
/// </summary>
internal sealed class InteropCase<TOurs, TGoogle, TNet> : IInteropCase
    where TOurs : IWireMessage
    where TGoogle : IMessage<TGoogle>
{
    private readonly Gen<TOurs> _gen;
    private readonly MessageApi<TOurs> _api;
    private readonly MessageParser<TGoogle> _googleParser;
    private readonly Func<TOurs, TGoogle> _toGoogle;
    private readonly Func<TNet, TGoogle> _netToGoogle;
    private readonly Func<TOurs, TNet> _toNet;
    private readonly Func<TGoogle, TGoogle> _canonical;

    public InteropCase(
        Gen<TOurs> gen,
        MessageApi<TOurs> api,
        MessageParser<TGoogle> googleParser,
        Func<TOurs, TGoogle> toGoogle,
        Func<TNet, TGoogle> netToGoogle,
        Func<TOurs, TNet> toNet,
        Func<TGoogle, TGoogle>? canonical = null)
    {
        _gen = gen;
        _api = api;
        _googleParser = googleParser;
        _toGoogle = toGoogle;
        _netToGoogle = netToGoogle;
        _toNet = toNet;
        _canonical = canonical ?? (g => g);
    }

    public void OursParseInGoogleProtobuf() => Property.Check(_gen, message =>
    {
        TGoogle parsed = _googleParser.ParseFrom(Encoded.Bytes(message));
        Assert.Equal(_toGoogle(message), _canonical(parsed));
    }, Property.InteropIterations);

    public void GoogleProtobufsParseInOurs() => Property.Check(_gen, message =>
    {
        TGoogle expected = _toGoogle(message);
        TOurs parsed = _api.Accepts(expected.ToByteArray());
        Assert.Equal(expected, _toGoogle(parsed));
    }, Property.InteropIterations);

    public void OursEncodeExactlyAsGoogleProtobuf() => Property.Check(_gen, message =>
        Assert.Equal(Convert.ToHexString(_toGoogle(message).ToByteArray()), Convert.ToHexString(Encoded.Bytes(message))),
        Property.InteropIterations);

    public void OursParseInProtobufNet() => Property.Check(_gen, message =>
    {
        TNet parsed = Projections.FromProtobufNetBytes<TNet>(Encoded.Bytes(message));
        Assert.Equal(_toGoogle(message), _netToGoogle(parsed));
    }, Property.InteropIterations);

    public void ProtobufNetsParseInOurs() => Property.Check(_gen, message =>
    {
        byte[] bytes = Projections.ToProtobufNetBytes(_toNet(message));
        Assert.Equal(_toGoogle(message), _toGoogle(_api.Accepts(bytes)));
    }, Property.InteropIterations);

    public void OursRoundTrip() => Property.Check(_gen, message =>
    {
        byte[] bytes = Encoded.Bytes(message);
        TOurs parsed = _api.Accepts(bytes);
        Assert.Equal(_toGoogle(message), _toGoogle(parsed));
        Assert.Equal(bytes, Encoded.Bytes(parsed));

        if (bytes.Length > 0)
        {
            Assert.False(message.TryWriteTo(new byte[bytes.Length - 1], out int written));
            Assert.Equal(0, written);
        }
    }, Property.InteropIterations);
}
