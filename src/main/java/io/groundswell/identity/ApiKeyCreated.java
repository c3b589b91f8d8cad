package io.groundswell.identity;

import java.util.List;

/** The answer to creating an API key: the only time the key itself is shown. */
public record ApiKeyCreated(String id, String key, String name, List<String> scopes, List<String> sources) {}
