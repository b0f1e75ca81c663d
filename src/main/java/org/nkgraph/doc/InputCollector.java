package org.nkgraph.doc;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Lists the input files under the roots the user named; see {@link SourceFileLoader#collect(List)}. */
final class InputCollector {

    List<Path> collect(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            List<Path> found = Files.isDirectory(root) ? walk(root) : List.of(root);
            for (Path file : found) {
                if (seen.add(file.toAbsolutePath().normalize())) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    /**
     * The folder's files, sorted, hidden ones left out. Files of an unknown kind are kept, to be rejected with a
     * message: a build never passes over a file silently.
     */
    private List<Path> walk(Path root) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!isHidden(file) && !attrs.isDirectory()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!isHidden(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputRejectedException(root.toString(), "cannot read folder: " + e.getMessage());
        }
        found.sort(null);
        return found;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
