namespace CastingAgency.Domain.Common;

/// <summary>The bounds of docs/api.md §3, shared by entities, validators and the EF configurations.</summary>
public static class Limits
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int UrlMaxLength = 2048;
    public const int PhoneMaxLength = 32;
    public const int EmailMaxLength = 254;
    public const int EnumMaxLength = 20;

    /// <summary>A token subject (<c>sub</c>): Auth0's are <c>provider|id</c>.</summary>
    public const int SubjectMaxLength = 255;

    /// <summary>An agency id: the token's organization claim (contract §13).</summary>
    public const int AgencyIdMaxLength = 64;
    public const int MinAge = 0;
    public const int MaxAge = 120;
    public const int MinHeight = 30;
    public const int MaxHeight = 300;
    public static readonly DateOnly MinReleaseDate = new(1888, 1, 1);
    public static readonly DateOnly MaxReleaseDate = new(2100, 12, 31);
}
