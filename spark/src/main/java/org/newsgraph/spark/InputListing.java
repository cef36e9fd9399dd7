package org.newsgraph.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsgraph.document.ArticleReader;
import org.newsgraph.document.Rejected;

/**
 * The driver's listing of the inputs on any Hadoop file system, with the rules of {@link ArticleReader}: a
 * folder contributes its article files (recursively, in name order, hidden files and other kinds passed over);
 * a file named alone is always read, so that a wrong kind is reported; a missing path is rejected.
 */
final class InputListing {

    /** The files to read and the inputs that could not be listed. */
    record Listing(List<InputFile> files, List<Rejected> rejected) {
    }

    private InputListing() {
    }

    static Listing of(List<String> inputs, Configuration hadoop) {
        List<InputFile> files = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(hadoop);
                if (!fs.exists(path)) {
                    rejected.add(new Rejected(input, "no such file or folder"));
                    continue;
                }
                for (FileStatus f : filesAt(fs, path)) {
                    files.add(new InputFile(f.getPath().toString(), f.getLen(), files.size()));
                }
            } catch (IOException | IllegalArgumentException e) {
                rejected.add(new Rejected(input, "cannot list: " + e.getMessage()));
            }
        }
        return new Listing(files, rejected);
    }

    private static List<FileStatus> filesAt(FileSystem fs, Path path) throws IOException {
        FileStatus status = fs.getFileStatus(path);
        if (!status.isDirectory()) {
            return List.of(status);
        }
        List<FileStatus> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (ArticleReader.isArticleFile(f.getPath().getName())) {
                found.add(f);
            }
        }
        found.sort(Comparator.comparing(f -> f.getPath().toString()));
        return found;
    }
}
