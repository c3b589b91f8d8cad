package io.groundswell.identity;

/**
 * Who may sign in changed, fired inside the transaction that changed it: verified credentials of that
 * user or API key are forgotten once it commits. Exactly one of the two names is set.
 */
record CredentialsChanged(String username, String apiKeyId) {

    static CredentialsChanged ofUser(String username) {
        return new CredentialsChanged(username, null);
    }

    static CredentialsChanged ofApiKey(String keyId) {
        return new CredentialsChanged(null, keyId);
    }
}
