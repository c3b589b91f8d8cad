package io.groundswell.identity;

import io.groundswell.person.Person;
import io.groundswell.system.PrivacyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** How the signed-in caller is named and placed: read at every call, as posts may rename people. */
@ApplicationScoped
class Profiles {

    /**
     * A person's name and department as the directory holds them now, and whether they may see
     * their department's trends: the rule the analytics enforce (trend.AnalyticsAccess), told in
     * advance so that a page does not ask for what it would be refused.
     */
    record Profile(String displayName, String department, boolean departmentTrends) {}

    private static final Profile NONE = new Profile(null, null, false);

    private final PrivacyConfig privacy;

    Profiles(PrivacyConfig privacy) {
        this.privacy = privacy;
    }

    @Transactional
    Profile of(Caller caller) {
        if (!caller.isPerson()) {
            return NONE;
        }
        Person person = Person.findById(caller.personId());
        if (person == null) {
            return NONE;
        }
        // Leaders too: AnalyticsAccess refuses a department below the minimum group size to everyone.
        boolean departmentTrends =
                person.department != null && Person.hasAtLeast(person.department, privacy.effectiveMinGroupSize());
        return new Profile(person.displayName, person.department, departmentTrends);
    }
}
