/** Posts from intranet forums, wikis and blogs: ingest (single and bulk), read and delete. */
package io.groundswell.post;
