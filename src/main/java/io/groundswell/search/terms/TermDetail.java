package io.groundswell.search.terms;

import java.util.List;
import java.util.Map;

/**
 * What the trend scorer needs to know about one candidate term within a slice.
 *
 * @param docs posts containing the term
 * @param weight their summed rating weight, counting at most a few posts per author so that one
 *     prolific person cannot inflate a term
 * @param authors distinct authors of those posts
 * @param daily posts per day of the window, oldest day first
 * @param bestPostIds the best-rated posts containing the term, best first
 * @param postsByAuthor posts per author key (only filled for single-term requests)
 * @param peopleByDepartment distinct authors per department (only filled for single-term requests)
 */
public record TermDetail(
        String term,
        int docs,
        double weight,
        int authors,
        int[] daily,
        List<Long> bestPostIds,
        Map<String, Integer> postsByAuthor,
        Map<String, Integer> peopleByDepartment) {}
