/**
 * Demo mode: a deterministic synthetic organisation (people, departments, posts in several
 * languages, ratings, trending topics) and the seeder that loads it into an empty database.
 */
package io.groundswell.demo;
