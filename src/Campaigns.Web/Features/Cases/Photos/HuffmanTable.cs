namespace Campaigns.Web.Features.Cases.Photos;

/// <summary>A JPEG Huffman table in canonical form: for each code length, the largest code and where its symbols start.</summary>
public sealed class HuffmanTable
{
    private readonly int[] _maxCode = new int[18];
    private readonly int[] _offset = new int[17];
    private readonly byte[] _symbols;

    public HuffmanTable(byte[] counts, byte[] symbols)
    {
        _symbols = symbols;
        var code = 0;
        var k = 0;
        for (var length = 1; length <= 16; length++)
        {
            _offset[length] = k - code;
            code += counts[length - 1];
            k += counts[length - 1];
            _maxCode[length] = counts[length - 1] > 0 ? code - 1 : -1;
            code <<= 1;
        }
        _maxCode[17] = int.MaxValue;
    }

    public int Decode(JpegBits bits)
    {
        var code = 0;
        for (var length = 1; length <= 16; length++)
        {
            code = code << 1 | bits.Bit();
            if (code <= _maxCode[length])
            {
                var index = code + _offset[length];
                return index >= 0 && index < _symbols.Length ? _symbols[index] : throw JpegDecoder.Damaged();
            }
        }
        throw JpegDecoder.Damaged();
    }
}

/// <summary>Reads the entropy-coded bits of a scan, undoing byte stuffing and stopping at the next marker.</summary>
public sealed class JpegBits(byte[] data, int start)
{
    private int _at = start;
    private int _buffer;
    private int _count;

    public int Position => _at;

    public int Bit()
    {
        if (_count == 0)
        {
            _buffer = NextByte();
            _count = 8;
        }
        _count--;
        return _buffer >> _count & 1;
    }

    public int Bits(int n)
    {
        var value = 0;
        for (var i = 0; i < n; i++)
        {
            value = value << 1 | Bit();
        }
        return value;
    }

    /// <summary>A coefficient of <paramref name="size"/> bits, negative when its first bit is 0.</summary>
    public int Receive(int size)
    {
        if (size == 0)
        {
            return 0;
        }
        var value = Bits(size);
        return value < 1 << (size - 1) ? value - (1 << size) + 1 : value;
    }

    /// <summary>Skips to just after the restart marker that must follow, and starts a fresh byte.</summary>
    public void Restart()
    {
        _count = 0;
        while (_at + 1 < data.Length && !(data[_at] == 0xFF && data[_at + 1] is >= 0xD0 and <= 0xD7))
        {
            _at++;
        }
        _at = Math.Min(_at + 2, data.Length);
    }

    private int NextByte()
    {
        if (_at >= data.Length)
        {
            throw JpegDecoder.Damaged();
        }
        var b = data[_at];
        if (b != 0xFF)
        {
            _at++;
            return b;
        }
        var next = _at + 1 < data.Length ? data[_at + 1] : 0xD9;
        if (next == 0x00)
        {
            _at += 2;
            return 0xFF;
        }
        // A marker ends the scan; a few padding bits may be read past the last code, as decoders do.
        return 0;
    }
}
