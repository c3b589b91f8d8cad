package io.groundswell.search.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.groundswell.post.Post;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Threads shared by terms, as stories read them from the index, without Quarkus. */
class TermOverlapTest extends TermIndexTest {

    private void add(long id, String thread, String text, int day) throws IOException {
        Post post = post(id, "author-" + id, text, day);
        post.thread = thread;
        index.add(post);
    }

    @Test
    void shouldCountThreadsOncePerTermAndPairAcrossSegmentsAndWindow() throws IOException {
        add(1, "solar-thread", "Solar roof for the depot", 2);
        add(2, "solar-thread", "Panels ordered", 3);
        index.refresh(); // the thread's next reply lands in another segment
        add(3, "solar-thread", "Solar panels arrive Monday", 4);
        add(4, null, "Solar panels in the car park", 5);
        add(5, null, "Solar eclipse viewing", 6);
        add(6, null, "Kubernetes upgrade", 7);
        add(7, null, "Solar panels last year", -40);
        index.refresh();

        TermOverlap overlap = statistics.overlap(MARCH, List.of("solar", "panels", "kubernetes", "absent"));

        // solar: the thread, post 4, post 5; panels: the thread, post 4; shared: the thread, post 4.
        assertThat(overlap.threads()).containsExactly(3, 2, 1, 0);
        assertThat(overlap.shared()[0][1]).isEqualTo(2);
        assertThat(overlap.shared()[1][0]).isEqualTo(2);
        assertThat(overlap.shared()[0][2]).isZero();
        assertThat(overlap.similarity(0, 1)).isEqualTo(2.0 / 3);
        assertThat(overlap.similarity(0, 2)).isZero();
        assertThat(overlap.similarity(3, 3)).isZero();
        assertThat(overlap.allThreads()).isEqualTo(4); // the thread, posts 4, 5 and 6
        assertThat(overlap.lift(0, 1)).isEqualTo(2.0 * 4 / (3 * 2));
    }

    @Test
    void shouldRefuseMoreTermsThanOnePassCanCompare() {
        List<String> tooMany = Collections.nCopies(TermOverlap.MAX_TERMS + 1, "word");
        assertThatIllegalArgumentException().isThrownBy(() -> statistics.overlap(MARCH, tooMany));
    }

    @Test
    void shouldGiveVariantsOfOneWordOneKeyAndKeepLookAlikesApart() {
        assertThat(TermVariants.key("urls")).isEqualTo(TermVariants.key("url"));
        assertThat(TermVariants.key("editing")).isEqualTo(TermVariants.key("edit"));
        assertThat(TermVariants.key("two-factor login")).isEqualTo(TermVariants.key("two factor logins"));
        assertThat(TermVariants.key("university")).isNotEqualTo(TermVariants.key("universe"));
        assertThat(TermVariants.key("policy")).isNotEqualTo(TermVariants.key("police"));
    }
}
