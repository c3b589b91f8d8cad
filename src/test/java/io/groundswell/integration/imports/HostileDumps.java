package io.groundswell.integration.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Stack Exchange zips built to hurt: a giant attribute, and files that inflate a thousandfold. */
public final class HostileDumps {

    private static final byte[] HEAD =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<posts>\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL = "</posts>\n".getBytes(StandardCharsets.UTF_8);

    private HostileDumps() {}

    /**
     * One question whose Body holds {@code chars} random letters, written as it is zipped: random,
     * so the zip is not itself a bomb, and the test never holds the attribute as a string.
     */
    public static byte[] hugeBody(int chars) {
        return zip(Deflater.BEST_SPEED, out -> {
            out.write(HEAD);
            out.write("  <row Id=\"1\" PostTypeId=\"1\" Title=\"Huge\" Body=\"".getBytes(StandardCharsets.UTF_8));
            Random random = new Random(42);
            byte[] letters = new byte[64 * 1024];
            for (int written = 0; written < chars; written += letters.length) {
                for (int i = 0; i < letters.length; i++) {
                    letters[i] = (byte) ('a' + random.nextInt(16));
                }
                out.write(letters, 0, Math.min(letters.length, chars - written));
            }
            out.write("\" />\n".getBytes(StandardCharsets.UTF_8));
            out.write(TAIL);
        });
    }

    /** Posts.xml of {@code bytes} bytes of identical tag-wiki rows, which deflate about a thousandfold. */
    public static byte[] bomb(long bytes) {
        return zip(Deflater.DEFAULT_COMPRESSION, out -> {
            out.write(HEAD);
            byte[] rows = "  <row Id=\"5\" PostTypeId=\"4\" Body=\"\" />\n"
                    .repeat(1000)
                    .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < bytes; written += rows.length) {
                out.write(rows);
            }
            out.write(TAIL);
        });
    }

    /**
     * The zip with the uncompressed sizes its central directory declares set to 1000 bytes, as a
     * crafted zip may: only counting the inflated bytes finds the bomb.
     */
    public static byte[] understated(byte[] zip) {
        byte[] lying = Arrays.copyOf(zip, zip.length);
        ByteBuffer buffer = ByteBuffer.wrap(lying).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= lying.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                buffer.putInt(i + 24, 1000);
            }
        }
        return lying;
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] zip(int level, Writer posts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(level);
            zip.putNextEntry(new ZipEntry("Posts.xml"));
            posts.write(zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
