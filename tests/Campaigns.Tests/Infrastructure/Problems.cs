using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Campaigns.Tests.Infrastructure;

/// <summary>Assertions on RFC 9457 problem responses.</summary>
public static class Problems
{
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>Asserts a 400 whose <c>errors</c> name <paramref name="field"/>, and returns that field's messages.</summary>
    public static async Task<string[]> AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for '{field}' in {errors}");
        return messages.EnumerateArray().Select(m => m.GetString()!).ToArray();
    }

}
