package org.crosscheck.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Addresses from metadata.csv as the reports may use them: only an absolute http or https URL becomes a link. */
public final class Links {
    private Links() {
    }

    /**
     * The URL when it is an absolute {@code http} or {@code https} address with a host and no white space or
     * control character; otherwise null ({@code javascript:}, {@code data:}, relative paths, garbage).
     */
    public static String http(String url) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return null;
            }
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty()) {
                return url;
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return null;
    }
}
