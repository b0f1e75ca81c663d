package org.nkgraph.doc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** The one normal form of article text, and the content hash that identifies an article. */
public final class TextNormalizer {

    private TextNormalizer() {}

    /** Drops a byte-order mark, turns CRLF and CR into LF, composes to NFC and trims trailing space. */
    public static String normalize(String raw) {
        String s = raw;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        return s.strip();
    }

    /**
     * The first 128 bits of the SHA-256 of the text with all runs of white space folded to one space, as hex:
     * the same article re-wrapped or re-indented keeps its identity.
     */
    public static String contentHash(String text) {
        String folded = text.strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
