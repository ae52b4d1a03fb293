namespace Campaigns.Web.Features.Cases.Photos;

/// <summary>The 8×8 inverse discrete cosine transform, done as rows then columns.</summary>
public static class InverseDct
{
    private static readonly float[] Cosines = Enumerable.Range(0, 64)
        .Select(i => (float)((i % 8 == 0 ? Math.Sqrt(0.5) : 1) * Math.Cos((2 * (i / 8) + 1) * (i % 8) * Math.PI / 16)))
        .ToArray();

    public static void Transform(int[] coefficients, byte[] plane, int stride, int left, int top)
    {
        Span<float> rows = stackalloc float[64];
        for (var v = 0; v < 8; v++)
        {
            for (var x = 0; x < 8; x++)
            {
                var sum = 0f;
                for (var u = 0; u < 8; u++)
                {
                    sum += Cosines[x * 8 + u] * coefficients[v * 8 + u];
                }
                rows[v * 8 + x] = sum / 2;
            }
        }
        for (var x = 0; x < 8; x++)
        {
            for (var y = 0; y < 8; y++)
            {
                var sum = 0f;
                for (var v = 0; v < 8; v++)
                {
                    sum += Cosines[y * 8 + v] * rows[v * 8 + x];
                }
                plane[(top + y) * stride + left + x] = (byte)Math.Clamp((int)MathF.Round(sum / 2 + 128), 0, 255);
            }
        }
    }
}
