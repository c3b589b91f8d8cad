package io.groundswell.integration.imports;

import io.groundswell.integration.IntegrationsConfig;
import io.groundswell.system.ProblemException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * How far a file of an uploaded zip may expand: at most {@code max-entry-bytes}, and at most
 * {@code max-compression-ratio} times its compressed size once past a megabyte (XML compresses
 * about tenfold; a zip bomb a thousandfold). The sizes a zip declares are checked at submission,
 * and the bytes actually inflated while reading, since declared sizes can lie.
 */
record ZipEntryLimits(long maxEntryBytes, int maxRatio) {

    /** Small files may compress far better than large ones without being a bomb. */
    private static final long RATIO_FREE_BYTES = 1024 * 1024;

    static ZipEntryLimits of(IntegrationsConfig config) {
        return new ZipEntryLimits(
                config.imports().maxEntryBytes(), config.imports().maxCompressionRatio());
    }

    /** Refuses, with 400, an entry whose declared sizes break the limits. */
    void checkDeclared(ZipEntry entry) {
        long size = entry.getSize();
        if (size > limitFor(entry.getCompressedSize())) {
            throw ProblemException.badRequest(refusal(entry.getName()));
        }
    }

    /** The entry's bytes, cut off with an error where they break the limits. */
    InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
        return new Bounded(zip.getInputStream(entry), limitFor(entry.getCompressedSize()), refusal(entry.getName()));
    }

    long limitFor(long compressedBytes) {
        long byRatio = compressedBytes < 0 ? maxEntryBytes : Math.max(RATIO_FREE_BYTES, compressedBytes * maxRatio);
        return Math.min(maxEntryBytes, byRatio);
    }

    private String refusal(String name) {
        return name + " expands to more than " + maxEntryBytes + " bytes or more than " + maxRatio
                + " times its compressed size; a zip bomb is not imported";
    }

    /** Thrown when the inflated bytes of an entry pass its limit. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private final String refusal;
        private long read;

        Bounded(InputStream in, long limit, String refusal) {
            super(in);
            this.limit = limit;
            this.refusal = refusal;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long bytes) throws TooLarge {
            read += bytes;
            if (read > limit) {
                throw new TooLarge(refusal);
            }
        }
    }
}
