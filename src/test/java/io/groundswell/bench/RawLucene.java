package io.groundswell.bench;

import io.groundswell.post.BodyFormat;
import io.groundswell.post.PlainText;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The reference point "what the hardware can do": a bare Lucene IndexWriter and IndexSearcher on
 * the same posts, in-process, with no database, no HTTP and no analytics fields.
 */
final class RawLucene implements AutoCloseable {

    private final FSDirectory directory;
    private final IndexWriter writer;
    private DirectoryReader reader;

    RawLucene(Path dir) throws IOException {
        directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(64);
        writer = new IndexWriter(directory, config);
    }

    void add(Map<String, Object> post) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("id", (String) post.get("externalId"), Field.Store.YES));
        doc.add(new TextField("title", (String) post.get("title"), Field.Store.NO));
        BodyFormat format = BodyFormat.fromWire((String) post.get("bodyFormat"));
        doc.add(new TextField("body", PlainText.of((String) post.get("body"), format), Field.Store.NO));
        long created = Instant.parse((String) post.get("createdAt")).toEpochMilli();
        doc.add(new LongPoint("created", created));
        doc.add(new NumericDocValuesField("created", created));
        doc.add(new StringField("source", (String) post.get("source"), Field.Store.NO));
        writer.addDocument(doc);
    }

    /** Commits and opens a searcher: the "searchable" point of the raw reference. */
    void commit() throws IOException {
        writer.commit();
        reader = DirectoryReader.open(writer);
    }

    /** Two terms and a source filter: the same shape as the API's benchmark query. */
    long search(String first, String second, String source) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(anyField(first), BooleanClause.Occur.MUST);
        query.add(anyField(second), BooleanClause.Occur.MUST);
        query.add(new TermQuery(new Term("source", source)), BooleanClause.Occur.FILTER);
        return new IndexSearcher(reader).search(query.build(), 20).totalHits.value;
    }

    private static BooleanQuery anyField(String word) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("title", word)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("body", word)), BooleanClause.Occur.SHOULD)
                .build();
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        writer.close();
        directory.close();
    }
}
