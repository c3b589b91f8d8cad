package io.groundswell.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where a generated administrator password is handed over: a file in the data directory that only
 * the account running Groundswell may read, rather than a log line that log collectors copy around.
 */
final class AdminPasswordFile {

    static final String NAME = "admin-password.txt";

    private AdminPasswordFile() {}

    /** Writes the password to a new file readable by its owner only, replacing an older one. */
    static Path write(Path dataDir, String password) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(NAME);
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // Created with its permissions, so that no one can open it in between.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
        return file;
    }
}
