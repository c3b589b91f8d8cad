package io.groundswell.person;

import io.groundswell.system.PrivacyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one privacy rule for figures per department: a department is shown, or may be filtered on,
 * only when it has at least the minimum group size of people in the organisation (the person table),
 * whoever asks. Counting the organisation, not the people behind one figure, means no figure ever
 * narrows a department down to a few named people.
 */
@ApplicationScoped
public class GroupSizes {

    private final PrivacyConfig privacy;

    GroupSizes(PrivacyConfig privacy) {
        this.privacy = privacy;
    }

    /** The fewest people a department must have to be shown. */
    public int minimum() {
        return privacy.effectiveMinGroupSize();
    }

    @Transactional
    public boolean isLargeEnough(String department) {
        return Person.hasAtLeast(department, minimum());
    }

    /** The departments among these that may be shown. */
    @Transactional
    public Set<String> largeEnough(Collection<String> departments) {
        List<String> named = departments.stream().filter(Objects::nonNull).toList();
        Set<String> large = new HashSet<>();
        Person.countByDepartment(named).forEach((department, people) -> {
            if (people >= minimum()) {
                large.add(department);
            }
        });
        return large;
    }
}
