package io.groundswell.trend;

import io.groundswell.audit.AuditKind;
import io.groundswell.audit.AuditLog;
import io.groundswell.system.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The organisation's stop list, editable by admins. Held in memory (it is small and read on
 * every trend computation) and reloaded whenever it changes.
 */
@ApplicationScoped
public class StopList {

    /** Fired after the stop list changed, so cached trends are dropped. */
    public record Changed() {}

    private final Event<Changed> changed;
    private final AuditLog audit;
    private volatile Set<String> words;

    StopList(Event<Changed> changed, AuditLog audit) {
        this.changed = changed;
        this.audit = audit;
    }

    /** Whether a term, or any word of a phrase, is on the list. */
    public boolean blocks(String term) {
        Set<String> current = current();
        if (current.isEmpty()) {
            return false;
        }
        if (current.contains(term)) {
            return true;
        }
        int space = term.indexOf(' ');
        return space > 0 && (current.contains(term.substring(0, space)) || current.contains(term.substring(space + 1)));
    }

    public List<String> list() {
        return List.copyOf(new TreeSet<>(current()));
    }

    @Transactional
    public List<String> replace(Collection<String> newWords, String by) {
        Set<String> normalized = normalize(newWords);
        Set<String> before = current();
        OrgStopWord.deleteAll();
        Instant now = Instant.now();
        for (String word : normalized) {
            OrgStopWord entry = new OrgStopWord();
            entry.word = word;
            entry.addedBy = by;
            entry.addedAt = now;
            entry.persist();
        }
        words = Set.copyOf(normalized);
        audit.record(AuditKind.STOP_WORDS_CHANGED, null, difference(before, normalized));
        changed.fire(new Changed());
        return List.copyOf(normalized);
    }

    /** What an edit added and removed, for the audit log (which cuts a long one short). */
    private static String difference(Set<String> before, Set<String> after) {
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(after);
        return "added " + added + "; removed " + removed;
    }

    private Set<String> current() {
        Set<String> loaded = words;
        if (loaded == null) {
            loaded = QuarkusTransaction.joiningExisting().call(() -> {
                Set<String> all = new TreeSet<>();
                OrgStopWord.<OrgStopWord>listAll().forEach(w -> all.add(w.word));
                return Set.copyOf(all);
            });
            words = loaded;
        }
        return loaded;
    }

    private static Set<String> normalize(Collection<String> newWords) {
        Set<String> normalized = new TreeSet<>();
        for (String word : newWords) {
            String clean = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
            if (clean.isEmpty() || clean.length() > 100 || clean.contains(" ")) {
                throw ProblemException.invalid("words", "each entry is one word of 1 to 100 characters");
            }
            normalized.add(clean);
        }
        return normalized;
    }
}
