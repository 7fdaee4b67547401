using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.Generator.Tests.Infrastructure;

/// <summary>
/// Edits a project's files the way someone types in an editor, one keystroke per step: an action (type a snippet, backspace,
/// rename an identifier, change a number, paste a declaration copied from elsewhere, copy a file into another namespace,
/// delete a line, undo a file) is chosen at random and played out as the sequence of texts the editor would hold after each
/// key. Every choice comes from one <see cref="Random"/>, so a seed replays the same edits. What counts as a token, a
/// declaration or a namespace comes from the files' <see cref="EditedLanguage"/>: C#, or .proto.
/// </summary>
internal sealed class KeystrokeEditor
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789";

    private readonly Random _random;
    private readonly EditedLanguage _language;
    private readonly string[] _originals;
    private readonly string[] _current;
    private readonly int[] _actionsSinceRevert;
    private readonly Queue<(int File, string Text)> _keystrokes = new();
    private string _action = "";
    private int _actionLength;

    /// <param name="random">The source of every choice.</param>
    /// <param name="files">The project's files; the last slot may start empty and receive copied files.</param>
    /// <param name="language">What the files are written in (C# when not given): its tokens, snippets and declarations.</param>
    public KeystrokeEditor(Random random, IReadOnlyList<(string Path, string Text)> files, EditedLanguage? language = null)
    {
        _random = random;
        _language = language ?? EditedLanguage.CSharp;
        Paths = files.Select(file => file.Path).ToArray();
        _originals = files.Select(file => file.Text).ToArray();
        _current = (string[])_originals.Clone();
        _actionsSinceRevert = new int[_originals.Length];
    }

    public IReadOnlyList<string> Paths { get; }

    public IReadOnlyList<string> Current => _current;

    /// <summary>The last keystroke finished its action: the editor pauses here, as someone does after typing a word.</summary>
    public bool ActionComplete => _keystrokes.Count == 0;

    /// <summary>The current action and how far into it the last keystroke was, for failure messages.</summary>
    public string Describe(int file) => _action + " (keystroke " + (_actionLength - _keystrokes.Count) + " of " + _actionLength + ") in " + Paths[file];

    /// <summary>Applies the next keystroke; returns the file it changed.</summary>
    public int Next()
    {
        while (_keystrokes.Count == 0)
        {
            PlanAction();
        }

        (int file, string text) = _keystrokes.Dequeue();
        _current[file] = text;
        return file;
    }

    private void PlanAction()
    {
        int file = _random.Next(_current.Length);
        string text = _current[file];
        if (++_actionsSinceRevert[file] > 12 || _random.Next(25) == 0)
        {
            _actionsSinceRevert[file] = 0;
            Plan("undo every change to the file", file, _originals[file]);
            return;
        }

        List<EditToken> tokens = _language.Tokens(text).ToList();
        if (tokens.Count == 0)
        {
            CopyFile(file);
            return;
        }

        switch (_random.Next(100))
        {
            case < 30:
                TypeAt(file, text, PositionNear(tokens), _language.Snippets[_random.Next(_language.Snippets.Count)], "type");
                break;
            case < 42:
                Backspace(file, text, Pick(tokens).End, 1 + _random.Next(8));
                break;
            case < 50:
            {
                EditToken token = Pick(tokens);
                Plan("delete '" + token.Text + "'", file, text.Remove(token.Start, token.Text.Length));
                break;
            }

            case < 60:
                RenameIdentifier(file, text, tokens);
                break;
            case < 68:
                Typo(file, text, tokens);
                break;
            case < 76:
                ChangeNumber(file, text, tokens);
                break;
            case < 86:
                PasteDeclaration(file, text, tokens);
                break;
            case < 90:
                CopyFile(file);
                break;
            default:
                DeleteOrDuplicateLine(file, text);
                break;
        }
    }

    private void TypeAt(int file, string text, int position, string typed, string verb)
    {
        var states = new List<string>(typed.Length);
        for (int length = 1; length <= typed.Length; length++)
        {
            states.Add(text.Insert(position, typed.Substring(0, length)));
        }

        Plan(verb + " \"" + typed + "\" at " + Where(text, position), file, states.ToArray());
    }

    private void Backspace(int file, string text, int end, int count)
    {
        count = Math.Min(count, end);
        var states = new List<string>(count);
        for (int removed = 1; removed <= count; removed++)
        {
            states.Add(text.Remove(end - removed, removed));
        }

        Plan("backspace " + count + " characters before " + Where(text, end), file, states.ToArray());
    }

    /// <summary>Replaces an identifier with another one of the project, deleting it at once and typing the new name: types get each other's names.</summary>
    private void RenameIdentifier(int file, string text, List<EditToken> tokens)
    {
        List<EditToken> identifiers = tokens.Where(token => token.Kind == EditTokenKind.Identifier).ToList();
        string[] names = _current.SelectMany(source => Regex.Matches(source, @"\b[A-Z][A-Za-z0-9_]{2,}\b").Select(match => match.Value)).Distinct().OrderBy(name => name, StringComparer.Ordinal).ToArray();
        if (identifiers.Count == 0 || names.Length == 0)
        {
            return;
        }

        EditToken target = Pick(identifiers);
        TypeAt(file, text.Remove(target.Start, target.Text.Length), target.Start, names[_random.Next(names.Length)], "rename '" + target.Text + "' to");
    }

    private void Typo(int file, string text, List<EditToken> tokens)
    {
        List<EditToken> identifiers = tokens.Where(token => token.Kind == EditTokenKind.Identifier).ToList();
        if (identifiers.Count == 0)
        {
            return;
        }

        EditToken target = Pick(identifiers);
        int at = target.Start + _random.Next(target.Text.Length + 1);
        TypeAt(file, text, at, Letters[_random.Next(Letters.Length)].ToString(), "typo");
    }

    /// <summary>Retypes a number as another number of the project: opcodes and field numbers collide this way.</summary>
    private void ChangeNumber(int file, string text, List<EditToken> tokens)
    {
        List<EditToken> numbers = tokens.Where(token => token.Kind == EditTokenKind.Number).ToList();
        string[] all = _current.SelectMany(source => Regex.Matches(source, @"\b\d+\b").Select(match => match.Value)).Distinct().OrderBy(value => value, StringComparer.Ordinal).ToArray();
        if (numbers.Count == 0 || all.Length == 0)
        {
            return;
        }

        EditToken target = Pick(numbers);
        TypeAt(file, text.Remove(target.Start, target.Text.Length), target.Start, all[_random.Next(all.Length)], "retype " + target.Text + " as");
    }

    /// <summary>Pastes a type declaration copied from any file of the project, as a whole, before a member or type of this file.</summary>
    private void PasteDeclaration(int file, string text, List<EditToken> tokens)
    {
        List<(string Name, string Text)> declarations = _current.SelectMany(_language.Declarations).ToList();
        if (declarations.Count == 0)
        {
            return;
        }

        (string name, string block) = declarations[_random.Next(declarations.Count)];
        int position = LineStart(text, Pick(tokens).Start);
        Plan("paste the declaration of '" + name + "' at " + Where(text, position), file, text.Insert(position, block));
    }

    /// <summary>Copies another file into this slot with every namespace renamed, as when a file is copied into another folder.</summary>
    private void CopyFile(int file)
    {
        int source = _random.Next(_originals.Length);
        string suffix = _random.Next(2) == 0 ? "Copy" : "Gate";
        Plan("replace the file by a copy of " + Paths[source] + " in namespace *." + suffix, file, _language.MoveToNamespace(_current[source], suffix));
    }

    private void DeleteOrDuplicateLine(int file, string text)
    {
        TextLineCollection lines = SourceText.From(text).Lines;
        TextLine line = lines[_random.Next(lines.Count)];
        string content = text.Substring(line.Start, line.EndIncludingLineBreak - line.Start);
        if (_random.Next(2) == 0)
        {
            Plan("delete line " + (line.LineNumber + 1) + " '" + content.Trim() + "'", file, text.Remove(line.Start, content.Length));
        }
        else
        {
            Plan("duplicate line " + (line.LineNumber + 1) + " '" + content.Trim() + "'", file, text.Insert(line.Start, content));
        }
    }

    private int PositionNear(List<EditToken> tokens)
    {
        EditToken token = Pick(tokens);
        return _random.Next(2) == 0 ? token.Start : token.End;
    }

    private EditToken Pick(List<EditToken> tokens) => tokens[_random.Next(tokens.Count)];

    private static int LineStart(string text, int position)
    {
        int start = text.LastIndexOf('\n', Math.Max(0, position - 1));
        return start < 0 ? 0 : start + 1;
    }

    private static string Where(string text, int position)
    {
        LinePosition line = SourceText.From(text).Lines.GetLinePosition(position);
        return (line.Line + 1) + ":" + (line.Character + 1);
    }

    private void Plan(string action, int file, params string[] states)
    {
        _action = action;
        _actionLength = states.Length;
        foreach (string state in states)
        {
            _keystrokes.Enqueue((file, state));
        }
    }
}
