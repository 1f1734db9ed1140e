package aurum.labels.news;

/**
 * How far apart two colours look, with normal colour vision and with each dichromacy simulated
 * (Machado, Oliveira and Fernandes 2009, severity 1, applied to linear sRGB): CIE 1976 ΔE in CIELAB
 * (D65). A ΔE of about 2 is just noticeable; label colours should be far apart, above 15.
 */
final class ColourVision {

    /** Normal vision, protanopia, deuteranopia, tritanopia. */
    enum Vision {
        NORMAL(null),
        PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
            {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 0.968881}}),
        TRITANOPIA(new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
            {0.004733, 0.691367, 0.303900}});

        private final double[][] matrix;

        Vision(double[][] matrix) {
            this.matrix = matrix;
        }
    }

    private ColourVision() {
    }

    /** ΔE between two {@code #RRGGBB} colours as seen with {@code vision}. */
    static double distance(String a, String b, Vision vision) {
        double[] x = lab(a, vision);
        double[] y = lab(b, vision);
        return Math.sqrt(sq(x[0] - y[0]) + sq(x[1] - y[1]) + sq(x[2] - y[2]));
    }

    private static double[] lab(String hex, Vision vision) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            rgb[i] = linear(Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0);
        }
        if (vision.matrix != null) {
            double[] seen = new double[3];
            for (int i = 0; i < 3; i++) {
                double v = 0;
                for (int j = 0; j < 3; j++) {
                    v += vision.matrix[i][j] * rgb[j];
                }
                seen[i] = Math.min(1, Math.max(0, v));
            }
            rgb = seen;
        }
        double x = 0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2];
        double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
        double z = 0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2];
        double fx = f(x / 0.95047);
        double fy = f(y);
        double fz = f(z / 1.08883);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double sq(double v) {
        return v * v;
    }
}
