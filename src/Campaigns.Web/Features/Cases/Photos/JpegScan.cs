namespace Campaigns.Web.Features.Cases.Photos;

/// <summary>Decodes one baseline scan: Huffman-coded blocks, dequantised and inverse-transformed into component planes.</summary>
public sealed class JpegScan(JpegDecoder frame, byte[] data, int start)
{
    private static readonly int[] ZigZag =
    [
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
    ];

    private readonly JpegBits _bits = new(data, start);
    private readonly int[] _coefficients = new int[64];

    /// <summary>Returns where the data after the scan begins.</summary>
    public int Decode(IReadOnlyList<JpegComponent> scan)
    {
        foreach (var component in scan)
        {
            component.Predictor = 0;
        }
        var single = scan.Count == 1;
        var mcusWide = single ? (Ceil(frame.Width * scan[0].H, frame.MaxH) + 7) / 8 : scan[0].BlocksWide / scan[0].H;
        var mcusHigh = single ? (Ceil(frame.Height * scan[0].V, frame.MaxV) + 7) / 8 : scan[0].BlocksHigh / scan[0].V;
        var total = mcusWide * mcusHigh;
        for (var mcu = 0; mcu < total; mcu++)
        {
            if (frame.RestartInterval > 0 && mcu > 0 && mcu % frame.RestartInterval == 0)
            {
                _bits.Restart();
                foreach (var component in scan)
                {
                    component.Predictor = 0;
                }
            }
            int row = mcu / mcusWide, column = mcu % mcusWide;
            foreach (var component in scan)
            {
                var (h, v) = single ? (1, 1) : (component.H, component.V);
                for (var by = 0; by < v; by++)
                {
                    for (var bx = 0; bx < h; bx++)
                    {
                        DecodeBlock(component, column * h + bx, row * v + by);
                    }
                }
            }
        }
        return _bits.Position;
    }

    private void DecodeBlock(JpegComponent component, int blockX, int blockY)
    {
        Array.Clear(_coefficients);
        var quant = frame.Quant(component.QuantTable);
        var size = frame.Dc(component.DcTable).Decode(_bits);
        component.Predictor += _bits.Receive(size);
        _coefficients[0] = component.Predictor * quant[0];
        var ac = frame.Ac(component.AcTable);
        for (var k = 1; k < 64;)
        {
            var symbol = ac.Decode(_bits);
            int run = symbol >> 4, bits = symbol & 15;
            if (bits == 0)
            {
                if (run != 15)
                {
                    break;
                }
                k += 16;
                continue;
            }
            k += run;
            if (k > 63)
            {
                throw JpegDecoder.Damaged();
            }
            _coefficients[ZigZag[k]] = _bits.Receive(bits) * quant[k];
            k++;
        }
        if (blockX < component.BlocksWide && blockY < component.BlocksHigh)
        {
            InverseDct.Transform(_coefficients, component.Plane, component.BlocksWide * 8, blockX * 8, blockY * 8);
        }
    }

    private static int Ceil(int a, int b) => (a + b - 1) / b;
}
