package org.crosscheck.eval;

import java.util.Arrays;

/**
 * The maximum-weight one-to-one assignment of rows to columns (Hungarian method, Kuhn-Munkres in the O(n^3)
 * shortest-augmenting-path form), which CEAF needs to align key and response entities.
 */
final class Assignment {
    private Assignment() {
    }

    /** The largest sum of weights of a matching of rows to distinct columns (rectangular allowed, weights >= 0). */
    static double maximum(double[][] weight) {
        int rows = weight.length;
        int cols = rows == 0 ? 0 : weight[0].length;
        int n = Math.max(rows, cols);
        if (n == 0) {
            return 0;
        }
        double max = 0;
        for (double[] row : weight) {
            for (double w : row) {
                max = Math.max(max, w);
            }
        }
        // Minimise cost = max - weight over a square matrix padded with zero-weight cells.
        double[][] cost = new double[n + 1][n + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                double w = i <= rows && j <= cols ? weight[i - 1][j - 1] : 0;
                cost[i][j] = max - w;
            }
        }
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] match = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            match[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = match[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = cost[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[match[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (match[j0] != 0);
            do {
                int j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        double total = 0;
        for (int j = 1; j <= n; j++) {
            int i = match[j];
            if (i >= 1 && i <= rows && j <= cols) {
                total += weight[i - 1][j - 1];
            }
        }
        return total;
    }
}
