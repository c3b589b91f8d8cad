package io.groundswell.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without decoding it, so one line of invalid UTF-8 spoils only
 * itself, and an endless line is cut off at a limit instead of filling memory.
 */
final class LineReader {

    record Line(int number, byte[] bytes, boolean tooLong) {}

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private int lineNumber;

    LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        boolean tooLong = false;
        boolean sawAny = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return sawAny ? finish(line, tooLong) : null;
                }
            }
            sawAny = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int length = position - start;
            if (!tooLong && line.size() + length <= maxBytes) {
                line.write(buffer, start, length);
            } else {
                tooLong = true;
            }
            if (position < limit) {
                position++; // the newline
                return finish(line, tooLong);
            }
        }
    }

    private Line finish(ByteArrayOutputStream line, boolean tooLong) {
        lineNumber++;
        byte[] bytes = tooLong ? new byte[0] : line.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, length - 1);
        }
        return new Line(lineNumber, bytes, tooLong);
    }
}
