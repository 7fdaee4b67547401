using System;
using System.Globalization;

namespace EtProtocolGen.Sample.Client;

/// <summary>A request was answered with an error code (a game error, or one of EtProtocolGen's <see cref="ErrorCodes"/> refusals).</summary>
public sealed class GameRequestException : Exception
{
    /// <summary>Creates the exception for <paramref name="request"/> answered with <paramref name="errorCode"/>.</summary>
    public GameRequestException(string request, int errorCode)
        : base(request + " failed with error " + errorCode.ToString(CultureInfo.InvariantCulture) + ".")
    {
        Request = request;
        ErrorCode = errorCode;
    }

    /// <summary>The request's message type.</summary>
    public string Request { get; }

    /// <summary>The response's error code.</summary>
    public int ErrorCode { get; }
}
