/** The audit log: who did what to accounts, keys and the index, and when, from which address. */
package io.groundswell.audit;
