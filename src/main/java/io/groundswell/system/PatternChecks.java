package io.groundswell.system;

/**
 * The validation group of {@code @Pattern} constraints. A request record names it after itself
 * in its {@code @GroupSequence}, so its patterns run only once its length limits passed and no
 * regular expression ever reads an over-long value.
 */
public interface PatternChecks {}
