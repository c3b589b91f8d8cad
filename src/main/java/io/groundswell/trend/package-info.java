/** Trends: the words and phrases rising against their baseline, weighted by how people rated the posts. */
package io.groundswell.trend;
