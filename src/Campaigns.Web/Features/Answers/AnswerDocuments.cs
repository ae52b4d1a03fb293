using System.Text;
using Campaigns.Web.Features.Cases.Photos;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Campaigns.Web.Features.Answers;

public sealed record CheckedDocument(byte[] Content, string ContentType);

public sealed record DocumentOutcome(CheckedDocument? Document, string? Error);

/// <summary>
/// Accepts a reply as a PDF or as an image, judged by its content, never by its name or declared type. Images are
/// decoded and written anew as JPEG, so only pixels are kept (no EXIF or GPS position); a PDF is kept as it came and
/// is only ever served as a download.
/// </summary>
public class AnswerDocuments(IOptions<AnswersOptions> options, IStringLocalizer<SharedResource> l)
{
    public const string Field = "document";
    public const string Pdf = "application/pdf";
    private static readonly SKEncodedImageFormat[] Images = [SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Png, SKEncodedImageFormat.Webp];
    private static readonly byte[] PdfHeader = Encoding.ASCII.GetBytes("%PDF-");
    private static readonly byte[] PdfEnd = Encoding.ASCII.GetBytes("%%EOF");

    public string TooLarge => l["The document is too large: at most {0} MB.", options.Value.MaxDocumentBytes / (1024 * 1024)];

    public DocumentOutcome Check(byte[] upload)
    {
        var limits = options.Value;
        if (upload.Length > limits.MaxDocumentBytes)
        {
            return new DocumentOutcome(null, TooLarge);
        }
        if (upload.AsSpan().StartsWith(PdfHeader))
        {
            // A whole PDF ends with %%EOF (give or take trailing whitespace); one cut off in transfer does not.
            return upload.AsSpan(Math.Max(0, upload.Length - 1024)).IndexOf(PdfEnd) >= 0
                ? new DocumentOutcome(new CheckedDocument(upload, Pdf), null)
                : Refused(l["The PDF is cut short or damaged."]);
        }
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || !Images.Contains(codec.EncodedFormat))
        {
            return Refused(l["The document must be a PDF or a JPEG, PNG or WebP image."]);
        }
        if ((long)codec.Info.Width * codec.Info.Height > limits.MaxImagePixels)
        {
            return Refused(l["The image has too many pixels; use one of at most {0} megapixels.", limits.MaxImagePixels / 1_000_000]);
        }
        return PhotoRendition.Render(codec, limits.ImageLongSide) is { } image
            ? new DocumentOutcome(new CheckedDocument(image.Content, image.ContentType), null)
            : Refused(l["The image is cut short or damaged."]);
    }

    public static string FileName(DateOnly receivedOn, string contentType) =>
        $"answer-{receivedOn:yyyy-MM-dd}{(contentType == Pdf ? ".pdf" : ".jpg")}";

    private static DocumentOutcome Refused(string message) => new(null, message);
}
