/**
 * Who leads what: the people their peers recognise on each topic, catalysts trusted across
 * departments, and the privacy rules (own ratings, opting out, group thresholds) that make a
 * dashboard of people safe.
 */
package io.groundswell.leadership;
