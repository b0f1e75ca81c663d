package org.nkgraph.doc;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The byte-level checks of an input file: not UTF-16, not binary, valid UTF-8. */
final class ContentChecks {

    /**
     * Above this share of control characters (other than tab, line feed, carriage return, form feed and vertical
     * tab) a file is binary: text has almost none, while compressed or encoded data has about one byte in eight.
     */
    static final double MAX_CONTROL_SHARE = 0.05;

    private ContentChecks() {}

    /** The bytes decoded as UTF-8, after the checks. */
    static String decode(byte[] bytes, String display) {
        rejectUtf16(bytes, display);
        rejectBinary(bytes, display);
        validateUtf8(bytes, display);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void rejectUtf16(byte[] bytes, String display) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            throw new InputRejectedException(display, String.format(
                    "UTF-16 text (byte-order mark %02X %02X); save it as UTF-8", bytes[0], bytes[1]));
        }
    }

    private static void rejectBinary(byte[] bytes, String display) {
        long controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new InputRejectedException(display, lineOf(bytes, i),
                        "binary file (NUL byte at byte offset " + i + ")");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B || b == 0x7F) {
                controls++;
            }
        }
        if (controls > MAX_CONTROL_SHARE * bytes.length) {
            throw new InputRejectedException(display, String.format(
                    "binary file (%d of %d bytes are control characters)", controls, bytes.length));
        }
    }

    /** Decodes with REPORT so that the first malformed sequence is found with its byte offset. */
    private static void validateUtf8(byte[] bytes, String display) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int offset = in.position();
                throw new InputRejectedException(display, lineOf(bytes, offset), String.format(
                        "not valid UTF-8: byte 0x%02X at byte offset %d", bytes[offset] & 0xFF, offset));
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        CoderResult flushed = decoder.flush(out);
        if (flushed.isError()) {
            throw new InputRejectedException(display, "not valid UTF-8: the file ends inside a character");
        }
    }

    /** The 1-based line of a byte offset. */
    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
