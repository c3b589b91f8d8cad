package io.groundswell.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Values every JSON body is checked for, whatever record they land in: text without NUL
 * characters (PostgreSQL cannot store them and no intranet sends them) and instants between the
 * years 0001 and 9999. Wraps whichever deserializer Jackson picked, so formats stay as they were.
 */
final class CheckedValues extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(
            DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        if (type == String.class) {
            return new Checked(deserializer, CheckedValues::text);
        }
        if (type == Instant.class) {
            return new Checked(deserializer, CheckedValues::instant);
        }
        return deserializer;
    }

    private static String text(Object value) {
        return value instanceof String text && text.indexOf('\u0000') >= 0
                ? "must not contain NUL characters (\\u0000)"
                : null;
    }

    private static String instant(Object value) {
        return value instanceof Instant instant && !InstantBounds.within(instant) ? InstantBounds.MESSAGE : null;
    }

    /** Says what is wrong with a value, or null when nothing is. */
    private interface Check {
        String problem(Object value);
    }

    private static final class Checked extends DelegatingDeserializer {

        private final transient Check check;

        Checked(JsonDeserializer<?> delegate, Check check) {
            super(delegate);
            this.check = check;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate, check);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = _delegatee.deserialize(parser, context);
            String problem = check.problem(value);
            if (problem != null) {
                throw new RefusedValue(parser, problem);
            }
            return value;
        }
    }
}
