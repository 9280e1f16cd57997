using Microsoft.AspNetCore.Http;

namespace Connectors.Host.Api;

/// <summary>The API's errors as RFC 7807 problem details (<c>application/problem+json</c>), each saying what is wrong and what to do.</summary>
internal static class ApiProblems
{
    public static IResult Unauthorized(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: "Not authenticated");

    public static IResult NotFound(string detail, string? knownName = null, IEnumerable<string>? known = null) =>
        Results.Problem(
            detail: detail,
            statusCode: StatusCodes.Status404NotFound,
            title: "Not found",
            extensions: knownName is null || known is null ? null : new Dictionary<string, object?> { [knownName] = known.ToList() });

    public static IResult Conflict(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Not possible in the run's state");

    public static IResult Invalid(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Configuration is not valid");

    public static IResult BadRequest(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
}
