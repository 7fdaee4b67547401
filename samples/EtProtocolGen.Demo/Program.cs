using System.Buffers;
using EtProtocolGen;
using EtProtocolGen.Demo;

// Encode and decode a few ET-style messages, then feed the decoders hostile bytes.
Console.WriteLine("EtProtocolGen demo: generated serializers");
Console.WriteLine();

Show(new C2G_Login { RpcId = 1, Account = "ann", Password = "hunter2" }, static bytes => C2G_Login.Parse(bytes));
Show(new G2C_Login { RpcId = 1, PlayerId = 10_001, GateKey = "a1b2c3" }, static bytes => G2C_Login.Parse(bytes));
Show(
    new M2C_PathfindingResult
    {
        UnitId = 7,
        Points = { new Vector3Info { X = 1, Y = 0, Z = 2.5f }, new Vector3Info { X = 3, Y = 0, Z = -1 } },
    },
    static bytes => M2C_PathfindingResult.Parse(bytes));
Show(new C2M_Chat { Text = "你好, world", Channel = -2, Mentions = { [42] = 1001 } }, static bytes => C2M_Chat.Parse(bytes));

Console.WriteLine("Hostile input (every case is refused with a ProtocolError, nothing else):");
Attack("truncated string", new byte[] { 0x12, 0x05, (byte)'a' });
Attack("2 GB length prefix", new byte[] { 0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0x07 });
Attack("Account over [MaxLength(32)]", Login(new string('x', 33)));
Attack("invalid UTF-8", new byte[] { 0x12, 0x02, 0xC3, 0x28 });
Attack("group wire type 3", new byte[] { 0x0B });
Attack("field number 0", new byte[] { 0x00, 0x01 });
Attack("11-byte varint", new byte[] { 0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 });
return 0;

static void Show<T>(T message, Func<byte[], T> parse)
    where T : IWireMessage
{
    var output = new ArrayBufferWriter<byte>();
    message.WriteTo(output);
    byte[] bytes = output.WrittenSpan.ToArray();
    Console.WriteLine($"{typeof(T).Name} (opcode {message.MessageOpcode}, {bytes.Length} bytes)");
    Console.WriteLine($"  bytes:   {Convert.ToHexString(bytes)}");
    Console.WriteLine($"  decoded: {parse(bytes)}");
    Console.WriteLine();
}

static byte[] Login(string account)
{
    var output = new ArrayBufferWriter<byte>();
    new C2G_Login { Account = account }.WriteTo(output);
    return output.WrittenSpan.ToArray();
}

static void Attack(string name, byte[] payload)
{
    bool accepted = C2G_Login.TryParse(payload, out _, out ProtocolError error);
    Console.WriteLine($"  {name,-30} {(accepted ? "ACCEPTED" : "refused: " + error)}");
    if (accepted)
    {
        throw new InvalidOperationException("hostile input was accepted: " + name);
    }
}
