package io.groundswell.system;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;

/**
 * What a request line and its Content-Type must look like before routing; each check answers
 * with the reason for a 400, or null when the request is fine.
 */
final class RequestShape {

    private RequestShape() {}

    static String pathProblem(String rawPath) {
        if (rawPath == null) {
            return null;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.indexOf(';') >= 0 || lower.contains("%3b")) {
            return "Paths do not take ;parameters.";
        }
        if (lower.indexOf('\\') >= 0 || lower.contains("%5c") || lower.contains("%2f")) {
            return "Paths may not hold backslashes or encoded slashes.";
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "Paths may not hold control characters.";
            }
        }
        if (lower.contains("%00") || lower.contains("%7f") || hasEncodedControl(lower)) {
            return "Paths may not hold control characters.";
        }
        for (String segment : lower.split("/", -1)) {
            String decoded = segment.replace("%2e", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return "Paths may not hold . or .. segments.";
            }
        }
        return null;
    }

    /** %01 to %1f. */
    private static boolean hasEncodedControl(String lower) {
        for (int i = lower.indexOf('%'); i >= 0 && i + 2 < lower.length(); i = lower.indexOf('%', i + 1)) {
            if ((lower.charAt(i + 1) == '0' || lower.charAt(i + 1) == '1') && isHex(lower.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    /**
     * A Content-Type is type/subtype with optional parameters; a charset must be one Java knows.
     * Lenient beyond that: the REST layer decides whether it accepts the type.
     */
    static String contentTypeProblem(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (int i = 0; i < contentType.length(); i++) {
            char c = contentType.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return "The Content-Type holds control characters.";
            }
        }
        String[] parts = contentType.split(";", -1);
        String type = parts[0].trim();
        int slash = type.indexOf('/');
        if (slash <= 0 || slash == type.length() - 1 || type.indexOf('/', slash + 1) >= 0 || !isToken(type, slash)) {
            return "The Content-Type is not a media type such as application/json.";
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            if (equals <= 0) {
                return "The Content-Type has a parameter without a value.";
            }
            String name = parameter.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String value = unquote(parameter.substring(equals + 1).trim());
            if (name.equals("charset") && !knownCharset(value)) {
                return "The Content-Type names a charset this server does not know; send UTF-8.";
            }
        }
        return null;
    }

    private static boolean isToken(String type, int slash) {
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            boolean ok = i == slash || (c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    private static boolean knownCharset(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
