package io.groundswell.post;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.groundswell.identity.Caller;
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
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Many posts at once: each item is parsed, validated and authorised on its own, so a bad item is
 * rejected with a reason while the good ones are stored in chunks that each commit together.
 */
@ApplicationScoped
public class BulkIngest {

    private static final Logger LOG = Logger.getLogger(BulkIngest.class);

    /** Posts per transaction: large enough to batch inserts, small enough to keep locks short. */
    static final int CHUNK = 250;

    /** Longest NDJSON line accepted; a post is at most ~1 MB of body plus its fields. */
    static final int MAX_LINE_BYTES = 2 * 1024 * 1024;

    private final ObjectMapper mapper;
    private final Validator validator;
    private final PostService posts;

    BulkIngest(ObjectMapper mapper, Validator validator, PostService posts) {
        this.mapper = mapper;
        this.validator = validator;
        this.posts = posts;
    }

    /** An item of a bulk request: either ready to store, or rejected with a reason. */
    private record Item(Integer line, String externalId, PostRequest prepared, String error) {}

    /** A JSON array of posts; one result per element, in order. */
    public List<BulkItemResult> ingestArray(JsonNode array, Caller caller) {
        List<Item> items = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            items.add(parse(null, node, caller));
        }
        List<BulkItemResult> results = new ArrayList<>(items.size());
        for (int from = 0; from < items.size(); from += CHUNK) {
            results.addAll(store(items.subList(from, Math.min(items.size(), from + CHUNK)), caller));
        }
        return results;
    }

    /**
     * Newline-delimited JSON, read as a stream: results are handed to {@code out} chunk by chunk,
     * each carrying its line number. Blank lines are skipped. Returns the number of items seen.
     */
    public int ingestNdjson(InputStream in, Caller caller, Consumer<BulkItemResult> out) throws IOException {
        int[] count = {0};
        ingestNdjsonChunks(in, caller, 0, results -> {
            count[0] += results.size();
            results.forEach(out);
        });
        return count[0];
    }

    /**
     * NDJSON for import jobs: lines up to {@code afterLine} (committed by an earlier run of the same
     * job) are skipped, and each chunk's results, with their line numbers, are handed to
     * {@code committed} once the chunk is stored, so a job can record how far it got.
     */
    public void ingestNdjsonChunks(
            InputStream in, Caller caller, int afterLine, Consumer<List<BulkItemResult>> committed) throws IOException {
        List<Item> chunk = new ArrayList<>(CHUNK);
        LineReader lines = new LineReader(in, MAX_LINE_BYTES);
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            Item item = line.number() <= afterLine ? null : parseLine(line, caller);
            if (item == null) {
                continue;
            }
            chunk.add(item);
            if (chunk.size() == CHUNK) {
                committed.accept(store(chunk, caller));
                chunk.clear();
            }
        }
        committed.accept(store(chunk, caller));
    }

    /** Parses one NDJSON line; null for a blank line. */
    private Item parseLine(LineReader.Line line, Caller caller) {
        if (line.tooLong()) {
            return new Item(line.number(), null, null, "line is longer than " + MAX_LINE_BYTES + " bytes");
        }
        String text;
        try {
            text = line.utf8();
        } catch (CharacterCodingException e) {
            return new Item(line.number(), null, null, "line is not valid UTF-8");
        }
        if (text.isBlank()) {
            return null;
        }
        try {
            return parse(line.number(), mapper.readTree(text), caller);
        } catch (JsonProcessingException e) {
            return new Item(line.number(), null, null, JsonProblems.describe(e).detail());
        }
    }

    private Item parse(Integer line, JsonNode node, Caller caller) {
        String externalId =
                node.path("externalId").isTextual() ? node.get("externalId").asText() : null;
        try {
            PostRequest request = mapper.treeToValue(node, PostRequest.class);
            if (request == null) {
                return new Item(line, externalId, null, "item must be a JSON object");
            }
            var violations = validator.validate(request);
            if (!violations.isEmpty()) {
                return new Item(line, externalId, null, describe(violations));
            }
            return new Item(line, externalId, posts.prepare(request, caller), null);
        } catch (JsonProcessingException e) {
            return new Item(line, externalId, null, JsonProblems.describe(e).detail());
        } catch (ProblemException e) {
            return new Item(line, externalId, null, e.problem().detail());
        }
    }

    private List<BulkItemResult> store(List<Item> items, Caller caller) {
        List<PostRequest> valid = items.stream()
                .filter(i -> i.prepared != null)
                .map(Item::prepared)
                .toList();
        List<BulkItemResult> stored;
        try {
            stored = posts.upsertAll(valid, caller);
        } catch (RuntimeException e) {
            if (!Conflicts.isStorageFailure(e)) {
                throw e;
            }
            LOG.warnf("A chunk of %d posts failed to store together (%s); storing them one by one", valid.size(), e);
            stored = valid.stream().map(one -> storeAlone(one, caller)).toList();
        }
        List<BulkItemResult> results = new ArrayList<>(items.size());
        int next = 0;
        for (Item item : items) {
            BulkItemResult result = item.prepared == null
                    ? BulkItemResult.rejected(null, item.externalId, item.error)
                    : stored.get(next++);
            results.add(item.line == null ? result : result.atLine(item.line));
        }
        return results;
    }

    private BulkItemResult storeAlone(PostRequest request, Caller caller) {
        try {
            return posts.upsertAll(List.of(request), caller).get(0);
        } catch (RuntimeException e) {
            if (!Conflicts.isStorageFailure(e)) {
                throw e;
            }
            return BulkItemResult.rejected(null, request.externalId(), "could not be stored");
        }
    }

    private static String describe(java.util.Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("; "));
    }
}
