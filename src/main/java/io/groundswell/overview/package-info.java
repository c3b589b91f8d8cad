/**
 * The dashboard's composed answers: trends with the people who lead them, put together above the
 * trend and leadership features so that neither calls the other.
 */
package io.groundswell.overview;
