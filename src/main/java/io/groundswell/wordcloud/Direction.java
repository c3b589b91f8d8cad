package io.groundswell.wordcloud;

/** Which way a word's weight moved against its baseline; it decides the word's colour. */
public enum Direction {
    RISING,
    FALLING,
    STEADY
}
