using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using EtProtocolGen.ProtoOptions;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace EtProtocolGen.Tool.ExportTests.Infrastructure
{
    /// <summary>
    /// Google.Protobuf messages of an exported protocol filled with random values a client may send: fields set or left out
    /// at random, collections up to their (etp.max_length), numbers across their whole range except where the C# field is
    /// narrower (read from our message's property), enums among their values, strings with non-ASCII characters. Nothing is
    /// checked here that Validate() checks: the decoder does not run it.
    /// <para>
    /// Where protobuf leaves the encoder a choice, Google.Protobuf and we choose differently: Google writes an empty nested
    /// message that is set and leaves out a map entry's default key or value, we write a non-null message field of a class
    /// even when empty (it is never absent in C#), leave out an all-default struct and write both halves of a map entry. A
    /// <c>canonical</c> generator avoids those cases (nested messages never empty, message fields C# never leaves null
    /// always set, map keys and values never their default), so both libraries must write the same bytes.
    /// </para>
    /// </summary>
    internal sealed class GoogleMessages
    {
        private const string Characters = "aZ09 _-éü中文Ωж€";

        private readonly Random random;
        private readonly Assembly ours;
        private readonly bool canonical;
        private readonly NullabilityInfoContext nullability = new();

        public GoogleMessages(Random random, Assembly ours, bool canonical)
        {
            this.random = random;
            this.ours = ours;
            this.canonical = canonical;
        }

        public Google.Protobuf.IMessage Create(Google.Protobuf.Reflection.MessageDescriptor descriptor, int depth = 0)
        {
            var message = (Google.Protobuf.IMessage)Activator.CreateInstance(descriptor.ClrType)!;
            Type? oursType = OursType(descriptor);
            IList<FieldDescriptor> fields = descriptor.Fields.InFieldNumberOrder();
            int forced = canonical && fields.Count > 0 ? random.Next(fields.Count) : -1;
            for (int index = 0; index < fields.Count; index++)
            {
                FieldDescriptor field = fields[index];
                PropertyInfo? member = oursType?.GetProperty(field.Name);
                Type? property = member?.PropertyType;
                bool neverNull = canonical && field.FieldType == FieldType.Message && !field.IsRepeated && member is not null && !property!.IsValueType
                    && nullability.Create(member).WriteState == NullabilityState.NotNull;

                // Messages stop at a depth that every limit admits; a third of the fields stay absent (a canonical message
                // has one field it always sets, so that it is not empty, and message fields C# never leaves null).
                bool set = neverNull || index == forced || random.Next(3) != 0;
                if (!set || (field.FieldType == FieldType.Message && !field.IsMap && depth >= 3 && !neverNull))
                {
                    continue;
                }

                int count = Math.Min(Bound(field), 4);
                if (field.IsMap)
                {
                    var map = (IDictionary)field.Accessor.GetValue(message);
                    FieldDescriptor key = field.MessageType.FindFieldByNumber(1);
                    FieldDescriptor value = field.MessageType.FindFieldByNumber(2);
                    Type[] arguments = property?.GetGenericArguments() ?? Type.EmptyTypes;
                    for (int i = random.Next(1, count + 1); i > 0; i--)
                    {
                        object k = Value(key, arguments.ElementAtOrDefault(0), depth, nonDefault: canonical);
                        if (!map.Contains(k))
                        {
                            map.Add(k, Value(value, arguments.ElementAtOrDefault(1), depth, nonDefault: canonical));
                        }
                    }
                }
                else if (field.IsRepeated)
                {
                    var list = (IList)field.Accessor.GetValue(message);
                    Type? element = property is null ? null : property.IsArray ? property.GetElementType() : property.GetGenericArguments().FirstOrDefault();
                    for (int i = random.Next(1, count + 1); i > 0; i--)
                    {
                        list.Add(Value(field, element, depth, nonDefault: false));
                    }
                }
                else
                {
                    // The one field a canonical message always sets must not be its default (which is not written).
                    field.Accessor.SetValue(message, Value(field, property, depth, nonDefault: index == forced && !field.HasPresence));
                }
            }

            return message;
        }

        /// <summary>Our C# message of the same name (csharp_namespace and name are the C# type's).</summary>
        public Type? OursType(Google.Protobuf.Reflection.MessageDescriptor descriptor) =>
            ours.GetType(descriptor.File.GetOptions().CsharpNamespace + "." + descriptor.Name);

        private static int Bound(FieldDescriptor field)
        {
            int declared = field.GetOptions()?.GetExtension(EtprotocolgenExtensions.MaxLength) ?? 0;
            return declared > 0 ? declared : int.MaxValue;
        }

        /// <summary>A value of <paramref name="field"/>'s type; with <paramref name="nonDefault"/>, never the one protobuf leaves out.</summary>
        private object Value(FieldDescriptor field, Type? csharp, int depth, bool nonDefault)
        {
            for (int attempt = 0; ; attempt++)
            {
                object value = AnyValue(field, csharp, depth);
                if (!nonDefault || !IsDefault(value))
                {
                    return value;
                }

                if (attempt == 100)
                {
                    throw new InvalidOperationException("no value of " + field.FullName + " other than its default");
                }
            }
        }

        private static bool IsDefault(object value) => value switch
        {
            Google.Protobuf.IMessage message => message.CalculateSize() == 0,
            ByteString bytes => bytes.IsEmpty,
            string text => text.Length == 0,
            Enum item => Convert.ToInt32(item, System.Globalization.CultureInfo.InvariantCulture) == 0,
            _ => value.Equals(Activator.CreateInstance(value.GetType())),
        };

        private object AnyValue(FieldDescriptor field, Type? csharp, int depth)
        {
            Type? narrow = csharp is null ? null : Nullable.GetUnderlyingType(csharp) ?? csharp;
            switch (field.FieldType)
            {
                case FieldType.Bool:
                    return random.Next(2) == 1;
                case FieldType.Int32:
                case FieldType.SInt32:
                case FieldType.SFixed32:
                    return narrow == typeof(sbyte) ? random.Next(sbyte.MinValue, sbyte.MaxValue + 1)
                        : narrow == typeof(short) ? random.Next(short.MinValue, short.MaxValue + 1)
                        : (int)Number(32, signed: true);
                case FieldType.UInt32:
                case FieldType.Fixed32:
                    return narrow == typeof(byte) ? (uint)random.Next(0, 256)
                        : narrow == typeof(ushort) ? (uint)random.Next(0, 65536)
                        : (uint)Number(32, signed: false);
                case FieldType.Int64:
                case FieldType.SInt64:
                case FieldType.SFixed64:
                    return Number(64, signed: true);
                case FieldType.UInt64:
                case FieldType.Fixed64:
                    return (ulong)Number(64, signed: false);
                case FieldType.Float:
                    return (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 8)));
                case FieldType.Double:
                    return (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-6, 16));
                case FieldType.String:
                    return new string(Enumerable.Range(0, random.Next(1, Math.Min(Bound(field), 12) + 1)).Select(_ => Characters[random.Next(Characters.Length)]).ToArray());
                case FieldType.Bytes:
                    var bytes = new byte[random.Next(1, Math.Min(Bound(field), 12) + 1)];
                    random.NextBytes(bytes);
                    return ByteString.CopyFrom(bytes);
                case FieldType.Enum:
                    IList<EnumValueDescriptor> values = field.EnumType.Values;
                    return Enum.ToObject(field.EnumType.ClrType, values[random.Next(values.Count)].Number);
                default:
                    return Create(field.MessageType, depth + 1);
            }
        }

        /// <summary>
        /// The message as the other library's choices leave it: a nested message that is empty counts as absent (Google writes
        /// one that is set, we leave out an all-default struct and always write a C# class field's message).
        /// </summary>
        public static Google.Protobuf.IMessage Normalized(Google.Protobuf.IMessage message)
        {
            Google.Protobuf.IMessage copy = message.Descriptor.Parser.ParseFrom(message.ToByteArray());
            Normalize(copy);
            return copy;
        }

        private static void Normalize(Google.Protobuf.IMessage message)
        {
            foreach (FieldDescriptor field in message.Descriptor.Fields.InFieldNumberOrder())
            {
                if (field.FieldType != FieldType.Message)
                {
                    continue;
                }

                object value = field.Accessor.GetValue(message);
                if (field.IsMap)
                {
                    foreach (object? item in ((IDictionary)value).Values)
                    {
                        if (item is Google.Protobuf.IMessage nested)
                        {
                            Normalize(nested);
                        }
                    }
                }
                else if (field.IsRepeated)
                {
                    foreach (Google.Protobuf.IMessage item in (IList)value)
                    {
                        Normalize(item);
                    }
                }
                else if (value is Google.Protobuf.IMessage nested)
                {
                    Normalize(nested);
                    if (nested.CalculateSize() == 0)
                    {
                        field.Accessor.Clear(message);
                    }
                }
            }
        }

        /// <summary>Small, large and extreme numbers alike: 0, 1, the limits, and random ones of every length.</summary>
        private long Number(int bits, bool signed)
        {
            long max = bits == 64 ? long.MaxValue : signed ? int.MaxValue : uint.MaxValue;
            long min = signed ? (bits == 64 ? long.MinValue : int.MinValue) : 0;
            switch (random.Next(6))
            {
                case 0: return min;
                case 1: return max;
                case 2: return signed ? -1 : 1;
                default:
                    int length = random.Next(1, bits);
                    long value = random.NextInt64() & ((1L << Math.Min(length, 62)) - 1);
                    if (!signed && bits == 64 && random.Next(4) == 0)
                    {
                        value = (long)((ulong)value | (1UL << 63));
                    }

                    return signed && random.Next(2) == 0 ? -value : value;
            }
        }
    }
}
