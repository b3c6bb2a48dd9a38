package org.duoorm.servers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Explodes a WAR into a directory. */
final class Unzip {
    private Unzip() {
    }

    static void into(Path archive, Path directory) throws IOException {
        try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                Path target = directory.resolve(e.getName()).normalize();
                if (!target.startsWith(directory)) {
                    throw new IOException("entry outside the archive's directory: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
    }
}
