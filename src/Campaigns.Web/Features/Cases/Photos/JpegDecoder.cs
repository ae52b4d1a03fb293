using System.Buffers.Binary;

namespace Campaigns.Web.Features.Cases.Photos;

public sealed class JpegComponent(int id, int h, int v, int quantTable)
{
    public int Id { get; } = id;
    public int H { get; } = h;
    public int V { get; } = v;
    public int QuantTable { get; } = quantTable;
    public int BlocksWide { get; set; }
    public int BlocksHigh { get; set; }
    public byte[] Plane { get; set; } = [];
    public int DcTable { get; set; }
    public int AcTable { get; set; }
    public int Predictor { get; set; }
}

/// <summary>Reads baseline (sequential) JPEG files, the kind cameras and phones write, into RGB.</summary>
public sealed class JpegDecoder
{
    private readonly int[][] _quant = new int[4][];
    private readonly HuffmanTable?[] _dc = new HuffmanTable?[4];
    private readonly HuffmanTable?[] _ac = new HuffmanTable?[4];
    private readonly List<JpegComponent> _components = [];
    private int _width;
    private int _height;
    private int _restartInterval;
    private int _orientation = 1;

    public static bool IsJpeg(ReadOnlySpan<byte> data) => data.Length > 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    public static RgbImage Decode(byte[] data, int maxPixels) => new JpegDecoder().Read(data, maxPixels);

    private RgbImage Read(byte[] data, int maxPixels)
    {
        var at = 2;
        var scanned = false;
        while (at + 4 <= data.Length)
        {
            if (data[at] != 0xFF)
            {
                at++;
                continue;
            }
            var marker = data[at + 1];
            if (marker is 0xFF or 0x00 or >= 0xD0 and <= 0xD7)
            {
                at++;
                continue;
            }
            if (marker == 0xD9)
            {
                break;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at + 2));
            if (length < 2 || at + 2 + length > data.Length)
            {
                throw Damaged();
            }
            var body = data.AsSpan(at + 4, length - 2);
            at += 2 + length;
            switch (marker)
            {
                case 0xDB: ReadQuantTables(body); break;
                case 0xC4: ReadHuffmanTables(body); break;
                case 0xC0 or 0xC1: ReadFrame(body, maxPixels); break;
                case 0xC2 or 0xC3 or >= 0xC5 and <= 0xCF when marker != 0xC8 && marker != 0xCC:
                    throw new UnreadableImageException("This JPEG is saved in progressive or another uncommon mode that cannot be read here; save it as a standard JPEG or as PNG.");
                case 0xDD: _restartInterval = BinaryPrimitives.ReadUInt16BigEndian(body); break;
                case 0xE1: _orientation = ExifOrientation.Read(body) ?? _orientation; break;
                case 0xDA:
                    at = new JpegScan(this, data, at).Decode(ReadScanHeader(body));
                    scanned = true;
                    break;
            }
        }
        if (!scanned)
        {
            throw new UnreadableImageException("The JPEG file has no image data.");
        }
        return ExifOrientation.Apply(JpegColour.ToRgb(_components, _width, _height), _orientation);
    }

    internal int[] Quant(int table) => _quant[table] ?? throw Damaged();
    internal HuffmanTable Dc(int table) => _dc[table] ?? throw Damaged();
    internal HuffmanTable Ac(int table) => _ac[table] ?? throw Damaged();
    internal int RestartInterval => _restartInterval;
    internal IReadOnlyList<JpegComponent> Components => _components;
    internal int MaxH => _components.Max(c => c.H);
    internal int MaxV => _components.Max(c => c.V);
    internal int Width => _width;
    internal int Height => _height;

    internal static UnreadableImageException Damaged() => new("The JPEG file is damaged.");

    private void ReadQuantTables(ReadOnlySpan<byte> body)
    {
        while (body.Length > 0)
        {
            var wide = body[0] >> 4 != 0;
            var table = new int[64];
            for (var i = 0; i < 64; i++)
            {
                table[i] = wide ? BinaryPrimitives.ReadUInt16BigEndian(body[(1 + 2 * i)..]) : body[1 + i];
            }
            _quant[body[0] & 3] = table;
            body = body[(wide ? 129 : 65)..];
        }
    }

    private void ReadHuffmanTables(ReadOnlySpan<byte> body)
    {
        while (body.Length > 17)
        {
            var counts = body.Slice(1, 16).ToArray();
            var total = counts.Sum(c => (int)c);
            var table = new HuffmanTable(counts, body.Slice(17, total).ToArray());
            if (body[0] >> 4 == 0)
            {
                _dc[body[0] & 3] = table;
            }
            else
            {
                _ac[body[0] & 3] = table;
            }
            body = body[(17 + total)..];
        }
    }

    private void ReadFrame(ReadOnlySpan<byte> body, int maxPixels)
    {
        _height = BinaryPrimitives.ReadUInt16BigEndian(body[1..]);
        _width = BinaryPrimitives.ReadUInt16BigEndian(body[3..]);
        var count = body[5];
        if (body[0] != 8 || _width == 0 || _height == 0 || count is not (1 or 3))
        {
            throw new UnreadableImageException("This JPEG uses a colour format that cannot be read here; save it as a standard RGB JPEG or as PNG.");
        }
        if ((long)_width * _height > maxPixels)
        {
            throw new UnreadableImageException($"The photo has too many pixels; use one of at most {maxPixels / 1_000_000} megapixels.");
        }
        for (var i = 0; i < count; i++)
        {
            var c = body.Slice(6 + i * 3, 3);
            _components.Add(new JpegComponent(c[0], Math.Max(1, c[1] >> 4), Math.Max(1, c[1] & 15), c[2] & 3));
        }
        var mcusWide = (_width + 8 * MaxH - 1) / (8 * MaxH);
        var mcusHigh = (_height + 8 * MaxV - 1) / (8 * MaxV);
        foreach (var component in _components)
        {
            component.BlocksWide = mcusWide * component.H;
            component.BlocksHigh = mcusHigh * component.V;
            component.Plane = new byte[component.BlocksWide * 8 * component.BlocksHigh * 8];
        }
    }

    private List<JpegComponent> ReadScanHeader(ReadOnlySpan<byte> body)
    {
        var scan = new List<JpegComponent>();
        for (var i = 0; i < body[0]; i++)
        {
            var id = body[1 + i * 2];
            var component = _components.FirstOrDefault(c => c.Id == id) ?? throw Damaged();
            component.DcTable = body[2 + i * 2] >> 4 & 3;
            component.AcTable = body[2 + i * 2] & 3;
            scan.Add(component);
        }
        return scan;
    }
}
