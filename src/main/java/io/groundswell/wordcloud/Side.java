package io.groundswell.wordcloud;

/** The half of a comparison a word belongs to: left is e.g. this window, right the previous one. */
public enum Side {
    LEFT,
    RIGHT
}
