using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EtProtocolGen.Demo.Attacks;

namespace EtProtocolGen.Demo;

/// <summary>Prints the attack outcomes as a Markdown table (readable in a terminal, pasteable into an issue).</summary>
internal static class ResultTable
{
    public static void Write(TextWriter output, IReadOnlyList<AttackOutcome> outcomes)
    {
        string[] headers = { "attempt", "what was sent", "what the server did (observed)", "refused?", "player login", "player p99" };
        List<string[]> rows = outcomes.Select(static outcome => new[]
        {
            outcome.Attempt,
            outcome.Sent,
            outcome.ServerDid,
            outcome.Refused ? "yes" : "NO",
            outcome.Player?.LoginText ?? "-",
            outcome.Player?.P99Text ?? "-",
        }).ToList();
        int[] widths = headers.Select((header, column) => Math.Max(header.Length, rows.Count == 0 ? 0 : rows.Max(row => row[column].Length))).ToArray();

        WriteRow(output, headers, widths);
        output.WriteLine("|" + string.Join("|", widths.Select(static width => new string('-', width + 2))) + "|");
        foreach (string[] row in rows)
        {
            WriteRow(output, row, widths);
        }
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths) =>
        output.WriteLine("| " + string.Join(" | ", cells.Select((cell, column) => cell.PadRight(widths[column]))) + " |");
}
