package io.groundswell.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON value of the right type that Groundswell still refuses; its message is shown as is. */
public class RefusedValue extends JsonMappingException {

    public RefusedValue(JsonParser parser, String message) {
        super(parser, message);
    }
}
