using System.Globalization;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Common;
using Microsoft.OpenApi;
using CastingAgency.Domain.Enums;

namespace CastingAgency.WebApi.OpenApi;

/// <summary>
/// What the OpenAPI document needs to know about the wire that the C# types do not say: the domain enums
/// and their wire names, which string fields carry which enum, and the ranges of contract §2 and §4.
/// </summary>
internal static class WireContract
{
    /// <summary>Each domain enum (the component schema of its name) and its wire names, in declaration order.</summary>
    public static readonly IReadOnlyDictionary<Type, IReadOnlyList<string>> Enums = new Dictionary<Type, IReadOnlyList<string>>
    {
        [typeof(Gender)] = WireNames<Gender>.All,
        [typeof(RoleGender)] = WireNames<RoleGender>.All,
        [typeof(Ethnicity)] = WireNames<Ethnicity>.All,
        [typeof(HairColor)] = WireNames<HairColor>.All,
        [typeof(EyeColor)] = WireNames<EyeColor>.All,
        [typeof(BodyType)] = WireNames<BodyType>.All,
        [typeof(ShortlistStatus)] = WireNames<ShortlistStatus>.All,
        [typeof(AppointmentKind)] = WireNames<AppointmentKind>.All,
        [typeof(AppointmentStatus)] = WireNames<AppointmentStatus>.All,
    };

    /// <summary>
    /// The pipeline's enums (contract §10): <c>kind</c> of appointments, and <c>status</c>, which depends on whether
    /// the body or list (<paramref name="owner"/>: a schema name or a route) is a shortlist's or an appointment's.
    /// </summary>
    public static Type? PipelineEnumFor(string field, string owner) => field switch
    {
        "kind" when owner.Contains("ppointment", StringComparison.Ordinal) => typeof(AppointmentKind),
        "status" when owner.Contains("ppointment", StringComparison.Ordinal) => typeof(AppointmentStatus),
        "status" when owner.Contains("hortlist", StringComparison.Ordinal) => typeof(ShortlistStatus),
        _ => null,
    };

    /// <summary>The enum a snake_case field or query parameter carries; <c>gender</c> depends on the resource.</summary>
    public static Type? EnumFor(string field, bool isRole) => field switch
    {
        "gender" => isRole ? typeof(RoleGender) : typeof(Gender),
        "ethnicity" => typeof(Ethnicity),
        "hair_color" => typeof(HairColor),
        "eye_color" => typeof(EyeColor),
        "body_type" => typeof(BodyType),
        _ => null,
    };

    /// <summary>Inclusive integer ranges by field or query parameter name.</summary>
    public static (int Min, int? Max)? RangeFor(string field) => field switch
    {
        "age" or "min_age" or "max_age" => (Limits.MinAge, Limits.MaxAge),
        "height" or "min_height" or "max_height" => (Limits.MinHeight, Limits.MaxHeight),
        "page" => (1, null),
        "page_size" => (1, PageRequest.MaxPageSize),
        "id" or "movie_id" or "actor_id" => (1, null),
        _ => null,
    };

    /// <summary>Writes the field's <see cref="RangeFor"/> bounds, if it has any, into its schema.</summary>
    public static void ApplyRange(OpenApiSchema schema, string field)
    {
        if (RangeFor(field) is { } range)
        {
            schema.Minimum = range.Min.ToString(CultureInfo.InvariantCulture);
            schema.Maximum = range.Max?.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Maximum lengths of the string fields of the request bodies.</summary>
    public static int? MaxLengthFor(string field) => field switch
    {
        "title" or "name" or "company" or "location" => Limits.NameMaxLength,
        "description" => Limits.DescriptionMaxLength,
        "image_link" => Limits.UrlMaxLength,
        "phone" => Limits.PhoneMaxLength,
        "email" => Limits.EmailMaxLength,
        _ => null,
    };

    /// <summary>The fields a create command must carry (contract §2); on PATCH they may be absent but never null.</summary>
    public static readonly IReadOnlySet<string> RequiredFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "release_date", "name", "age", "gender", "movie_id", "min_age", "max_age",
    };
}
