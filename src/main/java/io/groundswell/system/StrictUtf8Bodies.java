package io.groundswell.system;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON bodies must be well-formed UTF-8. Jackson's fast decoder accepts overlong forms (C0 AF for
 * "/") and encoded surrogates, so text that other layers read differently would be stored; Java's
 * own decoder refuses them. Bodies are bounded by groundswell.limits.max-body-bytes before they
 * get here, so reading one whole is safe; NDJSON is checked line by line where it is read.
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isJson(context.getMediaType())) {
            byte[] body = context.getInputStream().readAllBytes();
            if (!isUtf8(body)) {
                throw new ProblemException(Problem.of(
                        400,
                        "malformed-json",
                        "Malformed JSON",
                        "The body is not valid UTF-8 (RFC 8259 requires it)."));
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    /**
     * Checks without decoding the body into a second copy: ASCII (most JSON) by a byte scan, the
     * rest through a small reused buffer, so a 16 MB bulk body costs no 32 MB of chars.
     */
    static boolean isUtf8(byte[] body) {
        int firstNonAscii = 0;
        while (firstNonAscii < body.length && body[firstNonAscii] >= 0) {
            firstNonAscii++;
        }
        if (firstNonAscii == body.length) {
            return true;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, firstNonAscii, body.length - firstNonAscii);
        CharBuffer out = CharBuffer.allocate(4096);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        return !result.isError();
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }
}
