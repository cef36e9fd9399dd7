package org.newsgraph.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text, strictly: UTF-8 (a byte-order mark is dropped), or UTF-16 when a UTF-16 byte-order mark
 * says so. Binary data and text in another encoding are refused with a reason instead of being
 * decoded into replacement characters that would end up in the graph.
 */
final class TextDecoder {

    private TextDecoder() {
    }

    static ArticleReader.Decoded decode(byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (hasNul(bytes)) {
            return problem("binary data, not text");
        }
        String text;
        try {
            text = strict(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return problem("not valid " + charset.name() + " text (another encoding? convert it to UTF-8)");
        }
        if (text.isBlank()) {
            return problem("empty: no text");
        }
        if (controlShare(text) > 0.05) {
            return problem("binary data, not text");
        }
        return new ArticleReader.Decoded(text, null);
    }

    private static ArticleReader.Decoded problem(String reason) {
        return new ArticleReader.Decoded(null, reason);
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Share of control characters other than line breaks and tabs: high in binary, near zero in prose. */
    private static double controlShare(CharSequence text) {
        CharBuffer chars = CharBuffer.wrap(text);
        int control = 0;
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return (double) control / text.length();
    }
}
