package io.groundswell.leadership;

/** Someone opted out of the leadership lists or back in; fired inside the transaction that did it. */
record ListingChanged(long personId) {}
