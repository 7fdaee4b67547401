using System.Buffers;
using AotConsumer;
using AotConsumer.Generated;
using EtProtocolGen;

// 1. Serializers: encode, decode and compare, under NativeAOT (no reflection, no IL emit).
var request = new C2G_EnterMap { RpcId = 11, MapId = 7, Name = "地图-7" };
var buffer = new ArrayBufferWriter<byte>();
request.WriteTo(buffer);
var decoded = C2G_EnterMap.Parse(buffer.WrittenSpan);
Check(decoded.RpcId == 11 && decoded.MapId == 7 && decoded.Name == "地图-7", "request round trip");
Check(!C2G_EnterMap.TryParse(new byte[] { 0x1A, 0xFF, 0xFF, 0xFF, 0xFF, 0x07 }, out _, out ProtocolError error) && error != ProtocolError.None, "hostile input refused");

// 2. Registry: decode by opcode without reflection.
Check(ProtocolRegistry.TryParse(C2G_EnterMap.Opcode, buffer.WrittenSpan, out IWireMessage? byOpcode, out _) && byOpcode is C2G_EnterMap, "registry decode by opcode");

// 3. Dispatch: a request reaches its handler, and its response round-trips.
var kick = new KickHandler();
var dispatcher = new OuterDispatcher(new DispatchLimiter(), new EnterMapHandler(), kick);
var session = new AnonymousSession();
DispatchResult result = await dispatcher.DispatchAsync(session, C2G_EnterMap.Opcode, buffer.WrittenSpan);
Check(result.IsHandled && result.Response is G2C_EnterMap, "request dispatched to its handler");
var responseBytes = new ArrayBufferWriter<byte>();
result.Response!.WriteTo(responseBytes);
var response = G2C_EnterMap.Parse(responseBytes.WrittenSpan);
Check(response.RpcId == 11 && response.Units.Count == 1 && response.Units[0].X == -3 && response.Stats[1] == long.MaxValue, "response round trip");

// 4. Deny by default still holds: a gm-only request from an anonymous session never reaches its handler.
var kickBytes = new ArrayBufferWriter<byte>();
new C2G_Kick { RpcId = 12, PlayerId = 1 }.WriteTo(kickBytes);
DispatchResult denied = await dispatcher.DispatchAsync(session, C2G_Kick.Opcode, kickBytes.WrittenSpan);
Check(!denied.IsHandled && kick.Calls == 0 && denied.Response is G2C_Kick { RpcId: 12 } refusal && refusal.Error == denied.ErrorCode, "gm request refused for an anonymous session");

// 5. Rate limits: [RateLimit(3, 60)] on C2G_EnterMap, spent by the request above and two more; the fourth is refused before it
//    is decoded and answered with the RpcId read from its payload (DispatchLimiter and ProtoPeek under NativeAOT).
for (int i = 0; i < 2; i++)
{
    Check((await dispatcher.DispatchAsync(session, C2G_EnterMap.Opcode, buffer.WrittenSpan)).IsHandled, "request within its rate limit");
}

DispatchResult limited = await dispatcher.DispatchAsync(session, C2G_EnterMap.Opcode, buffer.WrittenSpan);
Check(limited.Status == DispatchStatus.RateLimited && limited.Response is G2C_EnterMap { RpcId: 11, Error: ErrorCodes.RateLimited }, "request over its rate limit refused with its RpcId");

Console.WriteLine($"aot consumer ok: {buffer.WrittenCount}-byte request dispatched ({result.Status}), gm request {denied.Status} with error {denied.ErrorCode}, 4th request {limited.Status}");
return 0;

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine($"aot consumer FAILED: {what}");
        Environment.Exit(1);
    }
}
