package io.groundswell.integration.imports;

import io.groundswell.integration.IncomingText;
import io.groundswell.integration.IntegrationsConfig;
import io.groundswell.integration.imports.ImportJobView.LineError;
import io.groundswell.integration.imports.StackExchangeStore.Question;
import io.groundswell.post.BulkItemResult;
import io.groundswell.post.PostRequest;
import io.groundswell.post.PostService;
import io.groundswell.rating.RatingImport;
import io.groundswell.rating.RatingService;
import io.groundswell.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;

/**
 * Imports a Stack Exchange dump from a spooled zip, opening its entries in the order the import
 * needs whatever their order in the zip: Posts.xml (questions before the answers that take their
 * title and tags), then Users.xml (names of the authors now stored), then Votes.xml (ratings of
 * the posts now stored). Rows are read and stored in chunks; what a chunk needs from earlier ones
 * is looked up in the database, so memory stays constant. Every step is an upsert with keys taken
 * from the dump, so a job resumed after a restart simply runs again from the start.
 */
@ApplicationScoped
class StackExchangeImport {

    private static final int CHUNK = 250;
    private static final List<String> FILES = List.of("Posts.xml", "Users.xml", "Votes.xml");

    private final PostService posts;
    private final RatingService ratings;
    private final StackExchangeStore store;
    private final ImportProgress progress;
    private final Validator validator;
    private final ZipEntryLimits limits;
    private final int maxAttributeChars;

    StackExchangeImport(
            PostService posts,
            RatingService ratings,
            StackExchangeStore store,
            ImportProgress progress,
            Validator validator,
            IntegrationsConfig config) {
        this.posts = posts;
        this.ratings = ratings;
        this.store = store;
        this.progress = progress;
        this.validator = validator;
        this.limits = ZipEntryLimits.of(config);
        this.maxAttributeChars = config.imports().maxAttributeChars();
    }

    /**
     * Refuses an upload that is not a zip with a Posts.xml, or whose files declare they expand
     * past the limits, before a job is created for it.
     */
    void check(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (entry(file, "Posts.xml") == null) {
                throw ProblemException.badRequest("The zip holds no Posts.xml; send a Stack Exchange dump.");
            }
            for (String name : FILES) {
                ZipEntry entry = entry(file, name);
                if (entry != null) {
                    limits.checkDeclared(entry);
                }
            }
        } catch (ZipException e) {
            throw ProblemException.badRequest("The body is not a zip file; send Posts.xml, Users.xml and Votes.xml"
                    + " zipped, with Content-Type application/zip.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void run(JobRun run) throws IOException, XMLStreamException {
        progress.reset(run.id());
        try (ZipFile zip = new ZipFile(run.spool().toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            for (String name : FILES) {
                entries.add(entry(zip, name));
            }
            long total = 0;
            for (ZipEntry entry : entries) {
                total += count(zip, entry);
            }
            progress.total(run.id(), total);
            long[] done = {0};
            each(zip, entries.get(0), run, done, rows -> storePosts(rows, run));
            each(zip, entries.get(1), run, done, rows -> storeNames(rows, run));
            each(zip, entries.get(2), run, done, rows -> storeVotes(rows, run));
        }
    }

    /** What one chunk stored: posts, ratings, and the rows it skipped (by index in the chunk) with the reason. */
    private record Outcome(long posts, long ratings, Map<Integer, String> errors) {}

    private interface ChunkStore {
        Outcome store(List<XmlRows.Row> rows);
    }

    private void each(ZipFile zip, ZipEntry entry, JobRun run, long[] done, ChunkStore chunks)
            throws IOException, XMLStreamException {
        if (entry == null) {
            return;
        }
        String file = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
        List<XmlRows.Row> chunk = new ArrayList<>(CHUNK);
        try (XmlRows rows = rows(zip, entry)) {
            for (XmlRows.Row row = rows.next(); row != null; row = rows.next()) {
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    record(run, done, file, chunk, chunks.store(chunk));
                    chunk.clear();
                    run.stopIfAsked();
                }
            }
            if (!chunk.isEmpty()) {
                record(run, done, file, chunk, chunks.store(chunk));
            }
        }
    }

    /** Errors are numbered by their row's position in the whole job, unique across the three files. */
    private void record(JobRun run, long[] done, String file, List<XmlRows.Row> chunk, Outcome outcome) {
        List<LineError> errors = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            String error = outcome.errors().get(i);
            if (error != null) {
                XmlRows.Row row = chunk.get(i);
                errors.add(new LineError(
                        done[0] + i + 1, file + " line " + row.line() + " (Id " + row.get("Id") + "): " + error));
            }
        }
        done[0] += chunk.size();
        progress.chunk(run.id(), done[0], outcome.posts(), outcome.ratings(), errors);
    }

    private Outcome storePosts(List<XmlRows.Row> rows, JobRun run) {
        Map<String, Question> questions = new HashMap<>();
        Set<String> parents = new HashSet<>();
        for (XmlRows.Row row : rows) {
            if (StackExchangeRows.QUESTION.equals(row.get("PostTypeId"))) {
                questions.put(
                        row.get("Id"),
                        new Question(
                                StackExchangeRows.post(row, null, run.source(), null)
                                        .title(),
                                StackExchangeRows.tags(row.get("Tags"))));
            } else if (StackExchangeRows.ANSWER.equals(row.get("PostTypeId")) && row.get("ParentId") != null) {
                parents.add(row.get("ParentId"));
            }
        }
        parents.removeAll(questions.keySet());
        questions.putAll(store.questions(run.source(), parents));
        Map<Integer, String> errors = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        List<PostRequest> prepared = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            XmlRows.Row row = rows.get(i);
            if (!StackExchangeRows.isQuestionOrAnswer(row)) {
                continue;
            }
            PostRequest request =
                    StackExchangeRows.post(row, questions.get(row.get("ParentId")), run.source(), run.siteUrl());
            Set<ConstraintViolation<PostRequest>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                ConstraintViolation<PostRequest> first = violations.iterator().next();
                errors.put(i, first.getPropertyPath() + ": " + first.getMessage());
                continue;
            }
            try {
                prepared.add(posts.prepare(request, run.caller()));
                order.add(i);
            } catch (ProblemException e) {
                errors.put(i, e.problem().detail());
            }
        }
        List<BulkItemResult> results = posts.upsertAll(prepared, run.caller());
        long stored = 0;
        for (int i = 0; i < results.size(); i++) {
            if (BulkItemResult.REJECTED.equals(results.get(i).status())) {
                errors.put(order.get(i), results.get(i).error());
            } else {
                stored++;
            }
        }
        return new Outcome(stored, 0, errors);
    }

    private Outcome storeNames(List<XmlRows.Row> rows, JobRun run) {
        Map<String, String> names = new HashMap<>();
        for (XmlRows.Row row : rows) {
            String name = row.get("DisplayName");
            if (row.get("Id") != null && name != null && !name.isBlank()) {
                names.put(StackExchangeRows.userKey(run.source(), row.get("Id")), IncomingText.cut(name.strip(), 200));
            }
        }
        store.name(names);
        return new Outcome(0, 0, Map.of());
    }

    private Outcome storeVotes(List<XmlRows.Row> rows, JobRun run) {
        Set<String> postIds = new HashSet<>();
        rows.stream()
                .filter(vote -> StackExchangeRows.stars(vote) > 0 && vote.get("PostId") != null)
                .forEach(vote -> postIds.add(vote.get("PostId")));
        Map<String, Long> ids = store.postIds(run.source(), postIds);
        List<RatingImport> imports = new ArrayList<>();
        for (XmlRows.Row vote : rows) {
            Long postId = ids.get(vote.get("PostId"));
            int stars = StackExchangeRows.stars(vote);
            // Votes on posts not imported (tag wikis, deleted posts) have nothing to rate.
            if (postId != null && stars > 0 && vote.get("Id") != null) {
                // Votes are dated by the day; the rating service moves a day before its post to the post.
                imports.add(new RatingImport(
                        postId,
                        StackExchangeRows.voter(vote, run.source()),
                        stars,
                        StackExchangeRows.date(vote.get("CreationDate"))));
            }
        }
        long stored = imports.isEmpty() ? 0 : ratings.importRatings(imports);
        return new Outcome(0, stored, Map.of());
    }

    private XmlRows rows(ZipFile zip, ZipEntry entry) throws IOException, XMLStreamException {
        String file = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
        return new XmlRows(limits.open(zip, entry), maxAttributeChars, file);
    }

    private long count(ZipFile zip, ZipEntry entry) throws IOException, XMLStreamException {
        if (entry == null) {
            return 0;
        }
        long rows = 0;
        try (XmlRows reader = rows(zip, entry)) {
            while (reader.next() != null) {
                rows++;
            }
        }
        return rows;
    }

    /** The entry with this file name, at the top of the zip or in a folder, in any letter case. */
    private static ZipEntry entry(ZipFile zip, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return zip.stream()
                .filter(e -> !e.isDirectory())
                .filter(e -> {
                    String entryName = e.getName().toLowerCase(Locale.ROOT);
                    return entryName.equals(wanted) || entryName.endsWith("/" + wanted);
                })
                .findFirst()
                .orElse(null);
    }
}
