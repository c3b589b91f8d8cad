/**
 * Word clouds: lays out weighted, trend-coloured words with Kumo, records where each one landed so a
 * page can make it clickable, renders a PNG, and caches both by their inputs. Kumo stays inside.
 */
package io.groundswell.wordcloud;
