package io.groundswell.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;

/** Turns Jackson's exceptions into messages about the request, not about Java types. */
public final class JsonProblems {
    private JsonProblems() {}

    public static Problem describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return Problem.of(
                    400, "malformed-json", "Malformed JSON", "The JSON document is nested too deeply or too long.");
        }
        if (e instanceof JsonParseException parse) {
            var location = parse.getLocation();
            String where =
                    location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            return Problem.of(
                    400,
                    "malformed-json",
                    "Malformed JSON",
                    "The body is not valid JSON" + where + ": " + brief(parse));
        }
        if (e instanceof JsonMappingException mapping) {
            String field = pathOf(mapping);
            String message = expectation(mapping);
            return new Problem(
                    "/problems/validation",
                    "Invalid input",
                    400,
                    field + ": " + message,
                    List.of(new Problem.FieldError(field, message)));
        }
        return Problem.of(400, "malformed-json", "Malformed JSON", "The body is not valid JSON.");
    }

    private static String brief(JsonParseException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "unexpected input";
        }
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        return first.length() > 160 ? first.substring(0, 160) : first;
    }

    private static String expectation(JsonMappingException e) {
        if (e instanceof RefusedValue refused) {
            return refused.getOriginalMessage();
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException cause) {
            return cause.getMessage();
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
            return "expected " + kindOf(target);
        }
        return "has the wrong shape";
    }

    private static String kindOf(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "a string";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time such as 2026-01-31T09:00:00Z";
        }
        return "an object";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
