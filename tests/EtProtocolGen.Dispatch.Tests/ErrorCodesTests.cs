namespace EtProtocolGen.Dispatch.Tests
{
    /// <summary>Which codes a client counts as the server's refusals: the reserved range, less a handler's failure and an unavailable forwarding target.</summary>
    public sealed class ErrorCodesTests
    {
        [Theory]
        [InlineData(ErrorCodes.Success, false)]
        [InlineData(ErrorCodes.FirstReserved - 1, false)]
        [InlineData(ErrorCodes.InternalError, false)]
        [InlineData(ErrorCodes.UnknownOpcode, true)]
        [InlineData(ErrorCodes.Unauthorized, true)]
        [InlineData(ErrorCodes.RateLimited, true)]
        [InlineData(ErrorCodes.Unavailable, false)]
        [InlineData(ErrorCodes.LastReserved, true)]
        [InlineData(ErrorCodes.LastReserved + 1, false)]
        [InlineData(110001, false)]
        public void A_code_is_a_refusal_exactly_inside_the_reserved_range_but_for_InternalError_and_Unavailable(int code, bool refusal)
        {
            Assert.Equal(refusal, ErrorCodes.IsRefusal(code));
        }
    }
}
