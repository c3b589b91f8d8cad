/** The benchmark harness: measured figures and ratios against raw Lucene and PostgreSQL, one run. */
package io.groundswell.bench;
