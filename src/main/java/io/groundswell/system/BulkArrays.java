package io.groundswell.system;

import com.fasterxml.jackson.databind.JsonNode;

/** What every bulk endpoint checks before it reads an item: a JSON array, within the item limit. */
public final class BulkArrays {

    /** The other way to send many items: one JSON object per line. */
    public static final String NDJSON = "application/x-ndjson";

    private BulkArrays() {}

    /**
     * The items of a bulk request, or a 400 when the body is not an array and a 413 when it holds
     * more than {@code maxItems}; {@code noun} names the items ("posts"), {@code whenTooMany}
     * tells the client what to do instead.
     */
    public static JsonNode require(JsonNode items, int maxItems, String noun, String whenTooMany) {
        if (!items.isArray()) {
            throw ProblemException.badRequest(
                    "Send a JSON array of " + noun + ", or NDJSON with Content-Type " + NDJSON + ".");
        }
        if (items.size() > maxItems) {
            throw ProblemException.tooLarge("A bulk request holds at most " + maxItems + " " + noun + "; this one has "
                    + items.size() + ". " + whenTooMany);
        }
        return items;
    }
}
