using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using EtProtocolGen.CodeFixes;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.ExceptionTextInResponseAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class ExceptionTextInResponseAnalyzerTests
    {
        private const string Response = """
            using EtProtocolGen;

            [Message(2)]
            public partial class M2C_Buy : IResponse
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2)] public int Error { get; set; }
                [Field(3)] public string Message { get; set; } = "";
                [Field(4)] public string Detail { get; set; } = "";
            }
            """;

        [Fact]
        public Task Exception_message_stack_trace_and_formatted_exceptions_written_into_a_response_are_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using System;

                public static class Shop
                {
                    public static M2C_Buy Fail(Exception ex, M2C_Buy response)
                    {
                        response.Message = {|ETP0108:ex.Message|};
                        response.Detail = {|ETP0108:ex.StackTrace ?? ""|};
                        return new M2C_Buy { Message = {|ETP0108:ex.ToString()|}, Detail = {|ETP0108:$"failed: {ex}"|} };
                    }

                    public static void Concatenated(InvalidOperationException ex, EtProtocolGen.IResponse response) =>
                        response.Message = {|ETP0108:"failed: " + ex|};
                }
                """,
                Response);

        [Fact]
        public Task The_message_names_the_text_the_member_and_the_response() =>
            Verifier.DiagnosticsAsync(
                new[]
                {
                    """
                    using System;

                    public static class Shop
                    {
                        public static void Fail(Exception ex, M2C_Buy response) => response.Message = ex.Message;
                    }
                    """,
                    Response,
                },
                Verifier.Diagnostic(DiagnosticDescriptors.ExceptionTextInResponse)
                    .WithSpan(5, 83, 5, 93)
                    .WithArguments("ex.Message", "Message", "M2C_Buy"));

        [Fact]
        public Task Fixed_text_error_codes_and_exception_text_kept_out_of_responses_are_not_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using System;
                using EtProtocolGen;

                public sealed class LogEntry
                {
                    public string Message { get; set; } = "";
                }

                public static class Shop
                {
                    public static void Fail(Exception ex, M2C_Buy response, LogEntry log)
                    {
                        response.Error = ErrorCodes.InternalError;
                        response.Message = "purchase failed";
                        response.Detail = ex.GetType() == typeof(TimeoutException) ? "timeout" : "";
                        log.Message = ex.ToString();
                    }
                }
                """,
                Response);

        [Fact]
        public Task The_fix_sends_an_error_code_and_blanks_the_text_in_statements_and_initializers() =>
            Verifier.FixAsync<ReplaceExceptionTextCodeFix>(
                new[]
                {
                    """
                    using System;
                    using EtProtocolGen;

                    public static class Shop
                    {
                        public static M2C_Buy Fail(Exception ex, M2C_Buy response)
                        {
                            response.Message = {|ETP0108:ex.Message|};
                            return response;
                        }

                        public static M2C_Buy Create(Exception ex) => new M2C_Buy { RpcId = 1, Message = {|ETP0108:ex.ToString()|} };

                        public static M2C_Buy Coded(Exception ex) => new M2C_Buy { Error = 7, Message = {|ETP0108:ex.Message|} };
                    }
                    """,
                    Response,
                },
                new[]
                {
                    """
                    using System;
                    using EtProtocolGen;

                    public static class Shop
                    {
                        public static M2C_Buy Fail(Exception ex, M2C_Buy response)
                        {
                            response.Error = ErrorCodes.InternalError;
                            response.Message = "";
                            return response;
                        }

                        public static M2C_Buy Create(Exception ex) => new M2C_Buy { RpcId = 1, Error = ErrorCodes.InternalError, Message = "" };

                        public static M2C_Buy Coded(Exception ex) => new M2C_Buy { Error = 7, Message = "" };
                    }
                    """,
                    Response,
                },
                ReplaceExceptionTextCodeFix.EquivalenceKey);
    }
}
