package io.groundswell.demo;

/**
 * Someone in the synthetic organisation.
 *
 * @param key a directory-style username, unique, usable as a login name
 * @param quality the latent quality of their writing, 1 to 5: readers rate their posts around it
 * @param activity how much they write relative to others (a long tail: a few write a lot)
 */
public record SyntheticPerson(String key, String displayName, String department, double quality, double activity) {}
