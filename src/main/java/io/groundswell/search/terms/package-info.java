/** Term statistics: the analytics read model that counts words, phrases and their posts per slice of the search index. */
package io.groundswell.search.terms;
