package io.groundswell.rating;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.groundswell.identity.Caller;
import io.groundswell.person.PersonDirectory.PersonRef;
import io.groundswell.system.JsonProblems;
import io.groundswell.system.LineReader;
import io.groundswell.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Many on-behalf ratings at once: each item is parsed and validated on its own, so a bad item is
 * rejected with a reason naming its field while the good ones are stored, a chunk per transaction.
 */
@ApplicationScoped
public class RatingBulk {

    /** Ratings per transaction: a request's worth at the default limit, in two short locks at most. */
    static final int CHUNK = 500;

    /** Longest NDJSON line accepted; a rating is a few hundred bytes. */
    static final int MAX_LINE_BYTES = 16 * 1024;

    private final ObjectMapper mapper;
    private final Validator validator;
    private final RatingService ratings;

    RatingBulk(ObjectMapper mapper, Validator validator, RatingService ratings) {
        this.mapper = mapper;
        this.validator = validator;
        this.ratings = ratings;
    }

    /** An item: ready to store, or rejected with a reason. */
    private record Item(int index, Integer line, BulkRatingRequest request, String error) {}

    /** A JSON array of ratings; one result per element, in order. */
    public List<RatingItemResult> rateArray(JsonNode array, Caller caller) {
        caller.requireScope(Caller.SCOPE_RATE);
        List<Item> items = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            items.add(parse(items.size(), null, node));
        }
        return store(items, caller);
    }

    /**
     * NDJSON, one rating per line, blank lines skipped; results carry their line numbers. More than
     * {@code maxItems} ratings are refused whole, before any is stored.
     */
    public List<RatingItemResult> rateNdjson(InputStream in, int maxItems, Caller caller) throws IOException {
        caller.requireScope(Caller.SCOPE_RATE);
        List<Item> items = new ArrayList<>();
        LineReader lines = new LineReader(in, MAX_LINE_BYTES);
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            Item item = parseLine(items.size(), line);
            if (item != null && items.size() == maxItems) {
                throw ProblemException.tooLarge(
                        "A bulk request holds at most " + maxItems + " ratings; split it into several.");
            }
            if (item != null) {
                items.add(item);
            }
        }
        return store(items, caller);
    }

    /** Parses one NDJSON line; null for a blank line. */
    private Item parseLine(int index, LineReader.Line line) {
        if (line.tooLong()) {
            return new Item(index, line.number(), null, "line is longer than " + MAX_LINE_BYTES + " bytes");
        }
        String text;
        try {
            text = line.utf8();
        } catch (CharacterCodingException e) {
            return new Item(index, line.number(), null, "line is not valid UTF-8");
        }
        if (text.isBlank()) {
            return null;
        }
        try {
            return parse(index, line.number(), mapper.readTree(text));
        } catch (JsonProcessingException e) {
            return new Item(index, line.number(), null, JsonProblems.describe(e).detail());
        }
    }

    private Item parse(int index, Integer line, JsonNode node) {
        try {
            BulkRatingRequest request = node.isObject() ? mapper.treeToValue(node, BulkRatingRequest.class) : null;
            if (request == null) {
                return new Item(index, line, null, "item must be a JSON object");
            }
            Set<ConstraintViolation<BulkRatingRequest>> violations = validator.validate(request);
            return violations.isEmpty()
                    ? new Item(index, line, request, null)
                    : new Item(index, line, request, describe(violations));
        } catch (JsonProcessingException e) {
            return new Item(index, line, null, JsonProblems.describe(e).detail());
        }
    }

    private List<RatingItemResult> store(List<Item> items, Caller caller) {
        List<RatingItemResult> results = new ArrayList<>(items.size());
        for (int from = 0; from < items.size(); from += CHUNK) {
            results.addAll(storeChunk(items.subList(from, Math.min(items.size(), from + CHUNK)), caller));
        }
        return results;
    }

    private List<RatingItemResult> storeChunk(List<Item> items, Caller caller) {
        List<RatingImport> valid = items.stream()
                .filter(item -> item.error == null)
                .map(item -> toImport(item.request))
                .toList();
        List<RatingBatch.Outcome> outcomes = valid.isEmpty() ? List.of() : ratings.rateAllOnBehalf(valid, caller);
        List<RatingItemResult> results = new ArrayList<>(items.size());
        int next = 0;
        for (Item item : items) {
            RatingBatch.Outcome outcome =
                    item.error == null ? outcomes.get(next++) : RatingBatch.Outcome.rejected(item.error);
            BulkRatingRequest request = item.request;
            results.add(new RatingItemResult(
                    item.index,
                    item.line,
                    request == null ? null : request.postId(),
                    request == null ? null : request.raterId(),
                    outcome.status(),
                    outcome.error()));
        }
        return results;
    }

    private static RatingImport toImport(BulkRatingRequest request) {
        return new RatingImport(
                request.postId(),
                new PersonRef(request.raterId(), request.displayName(), request.department()),
                request.stars(),
                request.ratedAt());
    }

    private static String describe(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("; "));
    }
}
