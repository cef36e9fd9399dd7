package org.newsgraph.document;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a reader, each kept in memory only up to a byte limit: a longer line is read to its end and
 * counted but not kept, so a JSON Lines file with one enormous line costs time linear in its size and
 * memory bounded by the limit. Line ends are {@code \n}, {@code \r\n} and {@code \r}, as for BufferedReader.
 */
final class BoundedLines {

    private final Reader in;
    private final long maxBytes;
    private final StringBuilder line = new StringBuilder();
    private long bytes;
    private int pushedBack = -1;

    BoundedLines(Reader in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Reads the next line; false at the end of the input. */
    boolean next() throws IOException {
        line.setLength(0);
        bytes = 0;
        int c = read();
        if (c < 0) {
            return false;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            char ch = (char) c;
            // UTF-8 length: a surrogate pair is 4 bytes, 2 for each half
            bytes += ch < 0x80 ? 1 : ch < 0x800 || Character.isSurrogate(ch) ? 2 : 3;
            if (bytes <= maxBytes) {
                line.append(ch);
            }
            c = read();
        }
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                pushedBack = after;
            }
        }
        return true;
    }

    /** The line just read, without its end; only meaningful when {@link #bytes()} is within the limit. */
    String line() {
        return line.toString();
    }

    /** The UTF-8 size of the line just read. */
    long bytes() {
        return bytes;
    }

    private int read() throws IOException {
        if (pushedBack != -1) {
            int c = pushedBack;
            pushedBack = -1;
            return c;
        }
        return in.read();
    }
}
