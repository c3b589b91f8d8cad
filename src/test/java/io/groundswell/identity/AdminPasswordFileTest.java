package io.groundswell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated administrator password is written where only its owner can read it. */
class AdminPasswordFileTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldWriteThePasswordReadableByItsOwnerOnly() throws IOException {
        Path file = AdminPasswordFile.write(dataDir.resolve("new"), "generated-secret-1");

        assertThat(file).hasContent("generated-secret-1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void shouldReplaceTheFileOfAnEarlierStartEvenIfOthersCouldReadIt() throws IOException {
        Path old = dataDir.resolve(AdminPasswordFile.NAME);
        Files.writeString(old, "old one");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));

        Path file = AdminPasswordFile.write(dataDir, "generated-secret-2");

        assertThat(file).hasContent("generated-secret-2");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }
}
