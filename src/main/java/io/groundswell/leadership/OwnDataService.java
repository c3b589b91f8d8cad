package io.groundswell.leadership;

import io.groundswell.identity.Caller;
import io.groundswell.leadership.OwnRatings.OwnRating;
import io.groundswell.person.Person;
import io.groundswell.rating.Rating;
import io.groundswell.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * What only the person themself may see or change: the ratings they gave, and whether they are
 * listed in who-leads-what at all. Opting out removes them from every list that names people;
 * their ratings of others still count, unnamed, like everyone's.
 */
@ApplicationScoped
public class OwnDataService {

    /** Whether a person appears in lists of people. */
    public record Listing(boolean listed) {}

    private final Event<ListingChanged> listingChanged;

    OwnDataService(Event<ListingChanged> listingChanged) {
        this.listingChanged = listingChanged;
    }

    /**
     * The ratings a person gave. Anyone asking for another person's ratings, leaders and admins
     * included, is told there is nothing to see.
     */
    @Transactional
    public OwnRatings ratingsOf(String personKey, Caller caller, int limit, int offset) {
        if (!PersonAccess.isSelf(caller, personKey)) {
            throw ProblemException.notFound("No ratings of " + personKey + " to show you.");
        }
        long total = Rating.count("rater.id", caller.personId());
        List<OwnRating> page = Rating.findGivenBy(caller.personId(), offset, limit).stream()
                .map(r -> new OwnRating(r.postId(), r.title(), r.url(), r.stars(), r.updatedAt()))
                .toList();
        return new OwnRatings(personKey, total, page);
    }

    @Transactional
    public OwnRatings ownRatings(Caller caller, int limit, int offset) {
        PersonAccess.requirePerson(caller);
        return ratingsOf(caller.personKey(), caller, limit, offset);
    }

    /** The caller's ratings of these posts; posts they have not rated (or that are gone) are absent. */
    @Transactional
    public OwnRatings ownRatingsOf(Caller caller, Collection<Long> postIds) {
        PersonAccess.requirePerson(caller);
        List<OwnRating> found = Rating.findGivenBy(caller.personId(), postIds).stream()
                .map(r -> new OwnRating(r.postId(), r.title(), r.url(), r.stars(), r.updatedAt()))
                .toList();
        return new OwnRatings(caller.personKey(), found.size(), found);
    }

    @Transactional
    public Listing listing(Caller caller) {
        return new Listing(!self(caller).optedOut);
    }

    @Transactional
    public Listing setListed(Caller caller, boolean listed) {
        Person person = self(caller);
        person.optedOut = !listed;
        listingChanged.fire(new ListingChanged(person.id));
        return new Listing(listed);
    }

    private static Person self(Caller caller) {
        PersonAccess.requirePerson(caller);
        Person person = Person.findById(caller.personId());
        if (person == null) {
            throw ProblemException.notFound("You are not known as a person here.");
        }
        return person;
    }
}
