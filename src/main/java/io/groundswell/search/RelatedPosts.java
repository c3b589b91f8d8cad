package io.groundswell.search;

import java.util.List;

/** The posts most like post {@code id}, most alike first; {@code hits} show the opening of each. */
public record RelatedPosts(long id, List<SearchHit> hits) {}
