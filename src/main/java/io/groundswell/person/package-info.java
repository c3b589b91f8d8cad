/** People: the authors and raters behind posts, identified by a stable key from the intranet. */
package io.groundswell.person;
