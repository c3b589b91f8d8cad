/** Search: a Lucene index derived from the database, kept near-real-time from a queue, and the search API. */
package io.groundswell.search;
