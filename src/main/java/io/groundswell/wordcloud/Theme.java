package io.groundswell.wordcloud;

/** The page's colour scheme a cloud is drawn for: dark text on light, or light text on dark. */
public enum Theme {
    LIGHT,
    DARK;

    static Theme parse(String value) {
        return "dark".equalsIgnoreCase(value) ? DARK : LIGHT;
    }
}
