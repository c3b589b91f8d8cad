package io.groundswell.leadership;

import io.groundswell.person.GroupSizes;
import io.groundswell.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the leadership lists may say about people: their names, whether they opted out, and their
 * department only when it is large enough. A department's size is the number of people in the
 * organisation who belong to it (the person table), not the number who happen to appear in a
 * list, so a list never narrows a department down to a few named people.
 */
@ApplicationScoped
class Members {

    /** A person as lists show them. */
    record Member(String key, String displayName, String department, boolean optedOut) {}

    private final GroupSizes groups;

    Members(GroupSizes groups) {
        this.groups = groups;
    }

    /** The people with these keys; unknown keys are left out. */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<String, Member> byKey(Collection<String> keys) {
        Map<String, Member> members = new HashMap<>();
        for (Person person : Person.findByKeys(keys)) {
            members.put(person.key, new Member(person.key, person.displayName, person.department, person.optedOut));
        }
        return members;
    }

    /** The departments among these that have at least the privacy threshold of people. */
    @Transactional(Transactional.TxType.MANDATORY)
    Set<String> largeDepartments(Collection<String> departments) {
        return groups.largeEnough(departments);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    boolean isLargeDepartment(String department) {
        return largeDepartments(List.of(department)).contains(department);
    }

    /** The fewest distinct people any figure per department may stand for. */
    int threshold() {
        return groups.minimum();
    }
}
