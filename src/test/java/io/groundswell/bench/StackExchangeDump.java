package io.groundswell.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Stack Exchange dump folder of ../shared/data for the evaluations: the ground truth
 * (tags per post and month, answer scores per user and tag) and the zip to upload.
 */
final class StackExchangeDump {

    /**
     * A post of the dump: its month, owner, score, type, the tags it carries and its title (answers
     * inherit both, the title as "Re: …", as the importer stores them) and HTML body.
     */
    record Row(
            long id,
            boolean question,
            long parentId,
            YearMonth month,
            String owner,
            int score,
            List<String> tags,
            String title,
            String body) {}

    final Path folder;
    final List<Row> rows = new ArrayList<>();

    StackExchangeDump(Path folder) throws IOException, XMLStreamException {
        this.folder = folder;
        Map<Long, Row> questions = new HashMap<>();
        List<Row> raw = new ArrayList<>();
        try (InputStream in = Files.newInputStream(folder.resolve("Posts.xml"))) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("row")) {
                    String type = xml.getAttributeValue(null, "PostTypeId");
                    if (!"1".equals(type) && !"2".equals(type)) {
                        continue;
                    }
                    long id = Long.parseLong(xml.getAttributeValue(null, "Id"));
                    String parent = xml.getAttributeValue(null, "ParentId");
                    List<String> tags = parseTags(xml.getAttributeValue(null, "Tags"));
                    Row row = new Row(
                            id,
                            "1".equals(type),
                            parent == null ? -1 : Long.parseLong(parent),
                            YearMonth.from(LocalDateTime.parse(xml.getAttributeValue(null, "CreationDate"))),
                            xml.getAttributeValue(null, "OwnerUserId"),
                            Integer.parseInt(xml.getAttributeValue(null, "Score")),
                            tags,
                            xml.getAttributeValue(null, "Title"),
                            xml.getAttributeValue(null, "Body"));
                    if (row.question()) {
                        questions.put(id, row);
                    }
                    raw.add(row);
                }
            }
        }
        for (Row row : raw) {
            Row question = questions.get(row.parentId());
            rows.add(
                    row.question()
                            ? row
                            : new Row(
                                    row.id(),
                                    false,
                                    row.parentId(),
                                    row.month(),
                                    row.owner(),
                                    row.score(),
                                    question == null ? List.of() : question.tags(),
                                    "Re: " + (question == null ? "question " + row.parentId() : question.title()),
                                    row.body()));
        }
    }

    static List<String> parseTags(String tags) {
        List<String> parsed = new ArrayList<>();
        if (tags == null) {
            return parsed;
        }
        for (String tag : tags.split("[<>|]")) {
            if (!tag.isBlank()) {
                parsed.add(tag);
            }
        }
        return parsed;
    }

    /** Posts.xml, Users.xml and Votes.xml in one zip, as the import endpoint takes them. */
    Path zip() throws IOException {
        Path zip = Files.createTempFile("se-", ".zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream entries = new ZipOutputStream(out)) {
            for (String name : List.of("Users.xml", "Posts.xml", "Votes.xml")) {
                entries.putNextEntry(new ZipEntry(name));
                Files.copy(folder.resolve(name), entries);
                entries.closeEntry();
            }
        }
        return zip;
    }
}
