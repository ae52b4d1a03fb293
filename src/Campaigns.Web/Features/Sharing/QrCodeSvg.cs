using System.Text;
using QRCoder;

namespace Campaigns.Web.Features.Sharing;

/// <summary>
/// A QR code as one SVG path, black on white with the standard quiet zone. It scales to any poster size, and has
/// no style attributes or scripts, so it shows under the site's CSP and in any editor.
/// </summary>
public static class QrCodeSvg
{
    public const string ContentType = "image/svg+xml";

    public static string Render(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (matrix[y][x])
                {
                    path.Append('M').Append(x).Append(' ').Append(y).Append("h1v1h-1z");
                }
            }
        }
        return $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="{size * 8}" height="{size * 8}" shape-rendering="crispEdges"><title>{System.Security.SecurityElement.Escape(text)}</title><rect width="{size}" height="{size}" fill="#fff"/><path d="{path}" fill="#000"/></svg>""";
    }
}
