using System.Text.RegularExpressions;

namespace CastingAgency.UnitTests.Architecture;

/// <summary>
/// The application layer says what is read, never how (ADR-013): no comment or identifier in src/Application names a
/// database product, a query plan, an index or a statement shape. That belongs to the query services in
/// src/Infrastructure, beside the indexes and migrations it relies on.
/// </summary>
public sealed partial class ApplicationVocabularyTests
{
    [Test]
    public void ShouldNameNoDatabaseProductPlanIndexOrStatementInTheApplicationLayer()
    {
        var root = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CastingAgency.sln")))
        {
            root = root.Parent;
        }

        var application = Path.Combine(root?.FullName ?? throw new DirectoryNotFoundException("CastingAgency.sln"), "src", "Application");
        var separator = Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(application, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}") && !f.Contains($"{separator}bin{separator}"))
            .ToList();
        var offenders = files.SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => Offends(l.line))
            .Select(l => $"{Path.GetRelativePath(application, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.That(files, Is.Not.Empty);
        Assert.That(offenders, Is.Empty);
    }

    [TestCase("/// PostgreSQL keeps a generic plan for it.")]
    [TestCase("// Postgres, Npgsql, SQLite, SQL Server")]
    [TestCase("// the SqlServer provider")]
    [TestCase("/// One statement: an index-only read.")]
    [TestCase("// the UNION ALL of the parts")]
    [TestCase("internal const int IndexSeekCost = 3;")]
    [TestCase("private static bool MergePlan() => true;")]
    public void ShouldCatchEveryForbiddenWord(string line) => Assert.That(Offends(line), Is.True);

    [TestCase("public bool? UnionMember { get; init; }")]
    [TestCase("var dot = propertyName.LastIndexOf('.');")]
    [TestCase("// Planned appointments; a union member")]
    public void ShouldLetOrdinaryWordsPass(string line) => Assert.That(Offends(line), Is.False);

    /// <summary>Whether the line (identifiers split at their humps: <c>IndexSeek</c> is "Index Seek") names a forbidden thing.</summary>
    private static bool Offends(string line)
    {
        var words = Humps().Replace(line.Replace("IndexOf", "Position", StringComparison.Ordinal), " ");
        return Forbidden().IsMatch(words) || UpperUnion().IsMatch(words);
    }

    [GeneratedRegex(@"(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex Humps();

    [GeneratedRegex(@"postgres|npgsql|sqlite|\bsql ?server\b|\bplans?\b|\bind(ex|exes|exed|ices)\b|\bstatements?\b|\bseeks?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"\bUNION\b")]
    private static partial Regex UpperUnion();
}
