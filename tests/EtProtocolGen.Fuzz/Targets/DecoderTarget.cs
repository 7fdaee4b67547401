using System;
using System.Buffers;
using System.Collections.Generic;
using EtProtocolGen.Fuzz.Properties;

namespace EtProtocolGen.Fuzz.Targets
{
    /// <summary>
    /// Fuzzes the generated decoder of one message type. On every input:
    /// <list type="number">
    /// <item><c>TryParse</c> returns (never throws) and its result and error agree;</item>
    /// <item><c>Parse</c> over a span and over a multi-segment sequence throw nothing but <see cref="ProtocolException"/>, with
    /// the error <c>TryParse</c> reported, and accept exactly what <c>TryParse</c> accepts;</item>
    /// <item>decoding allocates within <see cref="AllocationBudget"/>;</item>
    /// <item>a decoded message re-encodes to bytes that decode again, and re-encoding that gives the same bytes
    /// (encode(decode(encode(decode(x)))) == encode(decode(x))), with <c>CalculateSize</c> and <c>TryWriteTo</c> agreeing with
    /// <c>WriteTo</c>; the generated types have no equality of their own, so equal canonical encodings is the equality.</item>
    /// </list>
    /// </summary>
    public sealed class DecoderTarget<T> : IFuzzTarget
        where T : class, IWireMessage
    {
        private readonly MessageCodec<T> _codec;
        private readonly Func<IEnumerable<KeyValuePair<string, byte[]>>> _seeds;

        public DecoderTarget(string name, MessageCodec<T> codec, Func<IEnumerable<KeyValuePair<string, byte[]>>> seeds)
        {
            Name = name;
            _codec = codec;
            _seeds = seeds;
        }

        public string Name { get; }

        public IEnumerable<KeyValuePair<string, byte[]>> Seeds() => _seeds();

        public void Run(ReadOnlySpan<byte> input)
        {
            byte[] data = input.ToArray();

            bool accepted = false;
            T? message = null;
            ProtocolError error = ProtocolError.None;
            long allocated;
            try
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                accepted = _codec.TryParse(data, out message, out error);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
            catch (Exception exception)
            {
                throw Violation("try-parse-never-throws", "TryParse threw " + exception.GetType().Name, exception);
            }

            AllocationBudget.Check(Name, "TryParse", data.Length, allocated);
            if (accepted && (message is null || error != ProtocolError.None))
            {
                throw Violation("try-parse-consistent", "TryParse returned true with message " + (message is null ? "null" : "set") + " and error " + error);
            }

            if (!accepted && error == ProtocolError.None)
            {
                throw Violation("try-parse-consistent", "TryParse returned false without an error");
            }

            byte[]? canonical = accepted ? Encode(message!, "first re-encode") : null;
            CheckParseAgrees("Parse(span)", () => _codec.Parse(data), canonical, error);
            ReadOnlySequence<byte> segmented = WireBytes.Segmented(data, data.Length == 0 ? 0 : data[0]);
            CheckParseAgrees("Parse(sequence)", () => _codec.ParseSequence(segmented), canonical, error);

            if (canonical is not null)
            {
                CheckRoundTrip(canonical);
                _ = message!.ToString();
            }
        }

        private void CheckParseAgrees(string entryPoint, Func<T> parse, byte[]? canonical, ProtocolError expectedError)
        {
            T parsed;
            try
            {
                parsed = parse();
            }
            catch (ProtocolException exception)
            {
                if (canonical is not null)
                {
                    throw Violation("parse-agrees-with-try-parse", entryPoint + " refused (" + exception.Error + ") what TryParse accepted", exception);
                }

                if (exception.Error != expectedError)
                {
                    throw Violation("parse-agrees-with-try-parse", entryPoint + " reported " + exception.Error + ", TryParse " + expectedError, exception);
                }

                return;
            }
            catch (Exception exception)
            {
                throw Violation("only-protocol-exception", entryPoint + " threw " + exception.GetType().Name, exception);
            }

            if (canonical is null)
            {
                throw Violation("parse-agrees-with-try-parse", entryPoint + " accepted what TryParse refused (" + expectedError + ")");
            }

            byte[] encoded = Encode(parsed, entryPoint + " re-encode");
            if (!encoded.AsSpan().SequenceEqual(canonical))
            {
                throw Violation("parse-agrees-with-try-parse", entryPoint + " decoded a different message than TryParse");
            }
        }

        private void CheckRoundTrip(byte[] canonical)
        {
            T again;
            try
            {
                again = _codec.Parse(canonical);
            }
            catch (Exception exception)
            {
                throw Violation("round-trip", "the re-encoding of a decoded message does not decode (" + Describe(exception) + ")", exception);
            }

            byte[] encodedAgain = Encode(again, "second re-encode");
            if (!encodedAgain.AsSpan().SequenceEqual(canonical))
            {
                throw Violation(
                    "round-trip",
                    "encode(decode(encode(decode(x)))) differs from encode(decode(x)): "
                    + Convert.ToHexString(encodedAgain) + " vs " + Convert.ToHexString(canonical));
            }
        }

        private byte[] Encode(T message, string step)
        {
            byte[] encoded;
            int size;
            try
            {
                size = message.CalculateSize();
                encoded = WireBytes.Encode(message);
            }
            catch (Exception exception)
            {
                throw Violation("encodes", step + " threw " + exception.GetType().Name, exception);
            }

            if (size != encoded.Length)
            {
                throw Violation("encodes", step + ": CalculateSize " + size + " but WriteTo wrote " + encoded.Length);
            }

            var exact = new byte[size];
            if (!message.TryWriteTo(exact, out int written) || written != size || !exact.AsSpan().SequenceEqual(encoded))
            {
                throw Violation("encodes", step + ": TryWriteTo into an exact buffer differs from WriteTo");
            }

            if (size > 0 && message.TryWriteTo(new byte[size - 1], out _))
            {
                throw Violation("encodes", step + ": TryWriteTo succeeded into a buffer one byte short");
            }

            return encoded;
        }

        private static string Describe(Exception exception) =>
            exception is ProtocolException protocol ? protocol.Error.ToString() : exception.GetType().Name;

        private PropertyViolationException Violation(string property, string detail, Exception? inner = null) =>
            new PropertyViolationException(Name, property, detail, inner);
    }
}
