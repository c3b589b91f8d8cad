package io.groundswell.architecture.violations.post;

import com.kennycason.kumo.WordFrequency;
import org.apache.lucene.document.Document;

/** A feature that reaches past the search and word-cloud wrappers into their libraries. */
public class PostWithLucene {

    public Document document() {
        return new Document();
    }

    public WordFrequency frequency() {
        return new WordFrequency("word", 1);
    }
}
