package io.groundswell.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into lines without decoding it, so one line of invalid UTF-8 spoils only
 * itself, and an endless line is cut off at a limit instead of filling memory. Used by every
 * endpoint that reads NDJSON.
 */
public final class LineReader {

    /** One line's bytes, numbered from 1; empty and flagged when it was longer than the limit. */
    public record Line(int number, byte[] bytes, boolean tooLong) {

        /** The line as text, or an exception when it is not valid UTF-8 (never replaced silently). */
        public String utf8() throws CharacterCodingException {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private int lineNumber;

    public LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
    public Line next() throws IOException {
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
