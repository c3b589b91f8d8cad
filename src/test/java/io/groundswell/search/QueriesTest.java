package io.groundswell.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

class QueriesTest {

    private final Analyzer analyzer = StemmedFields.perField(new TextAnalyzer());

    @Test
    void shouldKeepOnlyTheWordsOfBrokenSyntax() {
        assertThat(Queries.plainWords("title:(")).isEqualTo("title");
        assertThat(Queries.plainWords("budget AND (rollout OR")).isEqualTo("budget rollout");
        assertThat(Queries.plainWords("\"quarterly  meeting")).isEqualTo("quarterly meeting");
        assertThat(Queries.plainWords("ANDROID or NOTES")).isEqualTo("ANDROID or NOTES");
        assertThat(Queries.plainWords("((( ]")).isEmpty();
    }

    @Test
    void shouldSearchWordsExactAndStemmedButWildcardsExactOnly() {
        assertThat(fields("meetings")).contains("title", "body", "stemmed_english", "stemmed_french");
        assertThat(terms("meetings")).contains(new Term("stemmed_english", "meet"), new Term("body", "meetings"));
        Queries.TextQuery wildcard = Queries.text("meet*", analyzer);
        assertThat(wildcard.query().toString()).doesNotContain("stemmed_");
        assertThat(wildcard.notice()).isNull();
    }

    @Test
    void shouldLeaveTheStemmedFieldsOutOfAQueryThatWouldPassTheClauseLimit() {
        assertThat(fields("word ".repeat(150))).containsOnly("title", "body");
        assertThat(fields("word ".repeat(20))).contains("stemmed_english");
    }

    @Test
    void shouldReplaceAWordWhereverItStandsAloneInAnyCase() {
        assertThat(Spelling.replaceWord("Kubernets and kubernets-ops, notkubernets", "kubernets", "kubernetes"))
                .isEqualTo("kubernetes and kubernetes-ops, notkubernets");
    }

    private Set<String> fields(String text) {
        Set<String> fields = new HashSet<>();
        terms(text).forEach(term -> fields.add(term.field()));
        return fields;
    }

    private Set<Term> terms(String text) {
        Set<Term> terms = new HashSet<>();
        Queries.text(text, analyzer).query().visit(QueryVisitor.termCollector(terms));
        return terms;
    }
}
