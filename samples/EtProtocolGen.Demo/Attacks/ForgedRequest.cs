using System;
using System.Buffers;
using EtProtocolGen.Wire;

namespace EtProtocolGen.Demo.Attacks;

/// <summary>
/// A real request with an extra field the attacker made up appended to its encoding (field 100, the string "gm"): the
/// "role claim" a naive server might read. The server's decoder skips unknown fields, and roles come from the session.
/// </summary>
internal sealed class ForgedRequest<TRequest> : IRequest, IWireMessage
    where TRequest : IRequest, IWireMessage
{
    /// <summary>Field 100, wire type 2 (length-delimited), length 2, "gm".</summary>
    internal static readonly byte[] RoleClaim = { 0xA2, 0x06, 0x02, (byte)'g', (byte)'m' };

    private readonly TRequest _request;

    public ForgedRequest(TRequest request) => _request = request;

    public int RpcId
    {
        get => _request.RpcId;
        set => _request.RpcId = value;
    }

    public ushort MessageOpcode => _request.MessageOpcode;

    public int CalculateSize() => _request.CalculateSize() + RoleClaim.Length;

    public void WriteTo(IBufferWriter<byte> output)
    {
        int size = CalculateSize();
        var writer = new ProtoWriter(output.GetSpan(size));
        WriteFields(ref writer);
        output.Advance(size);
    }

    public bool TryWriteTo(Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = CalculateSize();
        if (destination.Length < bytesWritten)
        {
            bytesWritten = 0;
            return false;
        }

        var writer = new ProtoWriter(destination);
        WriteFields(ref writer);
        return true;
    }

    public void WriteFields(ref ProtoWriter writer)
    {
        _request.WriteFields(ref writer);
        foreach (byte value in RoleClaim)
        {
            writer.WriteRawByte(value);
        }
    }
}
