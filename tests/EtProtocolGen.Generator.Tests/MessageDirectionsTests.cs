using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Tests;

/// <summary>The one direction rule the generator's registry and the analyzers share (<see cref="MessageDirections"/>).</summary>
public sealed class MessageDirectionsTests
{
    [Theory]
    [InlineData("C2G_Login", MessageDirection.ClientToServer)]
    [InlineData("C2R_Login", MessageDirection.ClientToServer)]
    [InlineData("C2M_Move", MessageDirection.ClientToServer)]
    [InlineData("C2C_SendChat", MessageDirection.ClientToServer)]
    [InlineData("C2Room_ChangeSceneFinish", MessageDirection.ClientToServer)]
    [InlineData("G2C_Login", MessageDirection.ServerToClient)]
    [InlineData("M2C_CreateUnits", MessageDirection.ServerToClient)]
    [InlineData("R2C_Login", MessageDirection.ServerToClient)]
    [InlineData("Room2C_Start", MessageDirection.ServerToClient)]
    [InlineData("G2M_Enter", MessageDirection.None)]
    [InlineData("Match2G_NotifyMatchSuccess", MessageDirection.None)]
    [InlineData("LoginResult", MessageDirection.None)]
    [InlineData("C_Login", MessageDirection.None)]
    [InlineData("2C_Login", MessageDirection.None)]
    [InlineData("C2_Login", MessageDirection.None)]
    [InlineData("C2G2M_Login", MessageDirection.None)]
    [InlineData("C3G_Login", MessageDirection.None)]
    [InlineData("Cx2G_Login", MessageDirection.None)]
    [InlineData("G2Cx_Login", MessageDirection.None)]
    [InlineData("c2g_login", MessageDirection.None)]
    [InlineData("_", MessageDirection.None)]
    [InlineData("", MessageDirection.None)]
    public void An_ET_style_name_says_the_direction_when_one_side_is_the_client(string name, MessageDirection expected) =>
        Assert.Equal((int)expected, (int)MessageDirections.FromName(name));

    [Fact]
    public void Inner_scope_then_the_declaration_then_the_name_then_the_kind_decide()
    {
        Assert.Equal(new MessageDirectionModel(WireDirection.None, DirectionSource.Inner),
            MessageDirections.Resolve(isInner: true, WireDirection.ClientToServer, "C2G_Login", isResponse: false, isValueOnly: false));
        Assert.Equal(new MessageDirectionModel(WireDirection.Both, DirectionSource.Declared),
            MessageDirections.Resolve(isInner: false, WireDirection.Both, "G2C_Login", isResponse: true, isValueOnly: false));
        Assert.Equal(new MessageDirectionModel(WireDirection.ClientToServer, DirectionSource.Name),
            MessageDirections.Resolve(isInner: false, WireDirection.None, "C2G_LoginAck", isResponse: true, isValueOnly: false));
        Assert.Equal(new MessageDirectionModel(WireDirection.ServerToClient, DirectionSource.Response),
            MessageDirections.Resolve(isInner: false, WireDirection.None, "LoginResult", isResponse: true, isValueOnly: false));
        Assert.Equal(new MessageDirectionModel(WireDirection.None, DirectionSource.Containers),
            MessageDirections.Resolve(isInner: false, WireDirection.None, "UnitInfo", isResponse: false, isValueOnly: true));
        Assert.Equal(new MessageDirectionModel(WireDirection.Both, DirectionSource.Unknown),
            MessageDirections.Resolve(isInner: false, WireDirection.None, "Chat", isResponse: false, isValueOnly: false));
    }

    [Fact]
    public void Undefined_bits_of_a_declared_direction_are_ignored()
    {
        Assert.Equal(new MessageDirectionModel(WireDirection.ServerToClient, DirectionSource.Declared),
            MessageDirections.Resolve(isInner: false, (WireDirection)6, "Chat", isResponse: false, isValueOnly: false));
        Assert.Equal(new MessageDirectionModel(WireDirection.Both, DirectionSource.Unknown),
            MessageDirections.Resolve(isInner: false, (WireDirection)8, "Chat", isResponse: false, isValueOnly: false));
    }

    [Fact]
    public void A_value_takes_its_carriers_directions_and_travels_between_servers_when_only_inner_messages_carry_it()
    {
        Assert.Equal(new MessageDirectionModel(WireDirection.ServerToClient, DirectionSource.Containers), MessageDirections.Inherit(WireDirection.ServerToClient, carriedByInner: true));
        Assert.Equal(new MessageDirectionModel(WireDirection.None, DirectionSource.Containers), MessageDirections.Inherit(WireDirection.None, carriedByInner: true));
        Assert.Equal(new MessageDirectionModel(WireDirection.Both, DirectionSource.Unknown), MessageDirections.Inherit(WireDirection.None, carriedByInner: false));
    }

    [Fact]
    public void A_declaration_conflicts_with_a_name_that_says_the_other_way_and_with_inner_scope()
    {
        Assert.NotNull(MessageDirections.FindConflict(isInner: false, WireDirection.ServerToClient, "C2G_Login"));
        Assert.NotNull(MessageDirections.FindConflict(isInner: true, WireDirection.Both, "G2M_Enter"));
        Assert.Null(MessageDirections.FindConflict(isInner: false, WireDirection.Both, "C2G_Login"));
        Assert.Null(MessageDirections.FindConflict(isInner: false, WireDirection.ServerToClient, "Announcement"));
        Assert.Null(MessageDirections.FindConflict(isInner: true, WireDirection.None, "G2M_Enter"));
    }

    [Fact]
    public void A_response_must_travel_back_the_way_its_request_came()
    {
        Assert.Null(MessageDirections.FindResponseConflict(WireDirection.ClientToServer, "R", WireDirection.ServerToClient));
        Assert.Null(MessageDirections.FindResponseConflict(WireDirection.ServerToClient, "R", WireDirection.Both));
        Assert.Null(MessageDirections.FindResponseConflict(WireDirection.Both, "R", WireDirection.ClientToServer));
        Assert.NotNull(MessageDirections.FindResponseConflict(WireDirection.ClientToServer, "R", WireDirection.ClientToServer));
        Assert.NotNull(MessageDirections.FindResponseConflict(WireDirection.ServerToClient, "R", WireDirection.ServerToClient));
    }
}
