package io.groundswell.trend;

import io.groundswell.identity.Caller;
import io.groundswell.identity.Roles;
import io.groundswell.person.GroupSizes;
import io.groundswell.person.Person;
import io.groundswell.system.Problem;
import io.groundswell.system.ProblemException;
import io.groundswell.trend.TrendReport.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Which slices of the analytics a caller may ask for. A department smaller than the privacy
 * threshold is refused to everyone, leaders too: a slice of a few people reads as what those few
 * wrote ({@link GroupSizes}). Leaders may otherwise filter as they like. Everyone else sees the
 * organisation as a whole and their own department: trends per department, compared side by side,
 * are a leader's tool.
 */
@ApplicationScoped
public class AnalyticsAccess {

    /** The problem type of a refused slice, so a page can show the reason instead of a role message. */
    public static final String PROBLEM = "privacy";

    /** What the 403 of an analytics endpoint means, for their OpenAPI documentation. */
    public static final String REFUSED_SLICES = "Employees who are not leaders see the whole organisation, and"
            + " their own department; another department or another person's posts answer 403 (problem type"
            + " /problems/privacy). A department with fewer than groundswell.privacy.min-group-size people"
            + " (5) answers 403 to everyone, leaders included.";

    private final GroupSizes groups;

    AnalyticsAccess(GroupSizes groups) {
        this.groups = groups;
    }

    /** Whether the caller sees people and per-department figures beside the trends. */
    public static boolean seesPeople(Caller caller) {
        return caller.hasRole(Roles.LEADER);
    }

    /** The filters themselves when the caller may use them; otherwise a 403 that says why. */
    @Transactional
    public Filters allowed(Filters filters, Caller caller) {
        String department = filters.department();
        if (!seesPeople(caller)) {
            if (filters.author() != null && !filters.author().equals(caller.personKey())) {
                throw refused("Trends of one person are shown only to leaders and to that person.");
            }
            if (department != null && !department.equals(ownDepartment(caller))) {
                throw refused("You see the trends of your own department; those of other departments are"
                        + " shown to leaders.");
            }
        }
        if (department != null && !groups.isLargeEnough(department)) {
            throw refused("Trends of a department are shown only when it has at least " + groups.minimum() + " people; "
                    + department + " has fewer.");
        }
        return filters;
    }

    private static String ownDepartment(Caller caller) {
        if (!caller.isPerson()) {
            return null;
        }
        Person person = Person.findById(caller.personId());
        return person == null ? null : person.department;
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(Problem.of(403, PROBLEM, "Not shown, to protect privacy", detail));
    }
}
