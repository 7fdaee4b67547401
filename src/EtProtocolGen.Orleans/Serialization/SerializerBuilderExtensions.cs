using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Serializers;

namespace EtProtocolGen.Orleans.Serialization;

/// <summary>Registers the codec for generated messages on Orleans' serializer.</summary>
public static class SerializerBuilderExtensions
{
    // One instance, so a second registry's call finds the codec already registered.
    private static readonly ServiceDescriptor CodecDescriptor = ServiceDescriptor.Singleton<ProtocolMessageCodec, ProtocolMessageCodec>();

    /// <summary>
    /// Serializes and copies every message of a generated registry with <see cref="ProtocolMessageCodec"/>: protobuf bytes
    /// on the wire, decoded within each message's declared limits on arrival. Call once per registry (for example
    /// <c>serializer.AddEtProtocolGen(ProtocolRegistry.Messages)</c> for each protocol assembly).
    /// </summary>
    /// <param name="builder">Orleans' serializer builder (<c>siloBuilder.Services.AddSerializer(...)</c> or <c>ConfigureServices</c>).</param>
    /// <param name="messages">The generated <c>ProtocolRegistry.Messages</c> of a protocol assembly.</param>
    /// <param name="configure">Adjusts the codec's limits; applies to every registry.</param>
    public static ISerializerBuilder AddEtProtocolGen(this ISerializerBuilder builder, IReadOnlyList<MessageDescriptor> messages, Action<ProtocolCodecOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(messages);
        IServiceCollection services = builder.Services;
        services.AddSingleton(new ProtocolMessageRegistration(messages));
        services.AddOptions<ProtocolCodecOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton<ProtocolMessageTypes>();
        if (!services.Contains(CodecDescriptor))
        {
            services.Add(CodecDescriptor);
            services.AddSingleton<IGeneralizedCodec>(static provider => provider.GetRequiredService<ProtocolMessageCodec>());
            services.AddSingleton<IGeneralizedCopier>(static provider => provider.GetRequiredService<ProtocolMessageCodec>());
            services.AddSingleton<ITypeFilter>(static provider => provider.GetRequiredService<ProtocolMessageCodec>());
            builder.Configure(options => options.WellKnownTypeAliases[ProtocolMessageCodec.WellKnownAlias] = typeof(ProtocolMessageCodec));
        }

        return builder;
    }
}
