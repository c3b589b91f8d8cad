package io.groundswell.person;

/**
 * The directory renamed, moved or anonymised a person; fired inside the transaction that did it.
 * What shows people by name or department (the search index, leader lists, trend caches) observes
 * it, so the change shows at once; the person package knows none of them.
 */
public record PersonChanged(long personId) {}
