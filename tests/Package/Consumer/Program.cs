using System.Buffers;
using Consumer;
using EtProtocolGen;

var request = new C2G_Login { RpcId = 7, Account = "ann", Password = "hunter2" };
var buffer = new ArrayBufferWriter<byte>();
request.WriteTo(buffer);
var decoded = C2G_Login.Parse(buffer.WrittenSpan);
if (decoded.RpcId != 7 || decoded.Account != "ann" || decoded.Password != "hunter2")
{
    Console.Error.WriteLine("round trip failed");
    return 1;
}

if (decoded.ToString().Contains("hunter2"))
{
    Console.Error.WriteLine("ToString leaked a [Sensitive] field");
    return 1;
}

var response = new G2C_Login { RpcId = 7, PlayerId = 42, Servers = { 1, 2, 3 } };
Span<byte> span = stackalloc byte[response.CalculateSize()];
if (!response.TryWriteTo(span, out int written) || G2C_Login.Parse(span[..written]).Servers.Count != 3)
{
    Console.Error.WriteLine("span round trip failed");
    return 1;
}

if (G2C_Login.TryParse(new byte[] { 0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x07 }, out _, out ProtocolError error) || error == ProtocolError.None)
{
    Console.Error.WriteLine("hostile input was accepted");
    return 1;
}

// A message of Proto/ChatMessage_C_20000.proto, generated through the package's <EtProtocol> item.
var say = new ET.C2G_Say { Text = "hello" };
var sayBuffer = new ArrayBufferWriter<byte>();
say.WriteTo(sayBuffer);
if (ET.C2G_Say.Opcode != 20001 || ET.C2G_Say.Parse(sayBuffer.WrittenSpan).Text != "hello")
{
    Console.Error.WriteLine(".proto message round trip failed");
    return 1;
}

Console.WriteLine($"consumer ok: {buffer.WrittenCount} bytes, {decoded}, hostile input refused with {error}");
return 0;
