namespace EtProtocolGen.Sample.Protocol
{
    /// <summary>
    /// Game-logic error codes the sample's handlers put in <see cref="IResponse.Error"/>. ET reserves 110000 and above for
    /// game logic; EtProtocolGen's refusal codes (<see cref="ErrorCodes"/>, 90000 – 90099) never collide with them.
    /// </summary>
    public static class GameErrors
    {
        /// <summary>The account does not exist or the password is wrong (one code for both, so accounts cannot be probed).</summary>
        public const int AccountOrPasswordWrong = 110001;

        /// <summary>The gate key is unknown, already used or expired.</summary>
        public const int GateKeyInvalid = 110002;

        /// <summary>The request needs the player to have entered a map first.</summary>
        public const int NotInMap = 110003;

        /// <summary>The GM command is not one the server knows.</summary>
        public const int UnknownGmCommand = 110004;

        /// <summary>The session already logged in to the gate.</summary>
        public const int AlreadyLoggedIn = 110005;

        /// <summary>The gate holds as many unused login keys as it keeps; try again shortly.</summary>
        public const int GateBusy = 110006;

        /// <summary>Too many failed logins for this account or from this address lately; try again later. No password was checked.</summary>
        public const int LoginThrottled = 110007;

        /// <summary>The bag is full: it holds as many items as one <see cref="M2C_Inventory"/> may carry.</summary>
        public const int BagFull = 110008;
    }
}
