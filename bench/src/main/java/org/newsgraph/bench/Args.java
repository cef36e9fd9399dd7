package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.List;

/** A minimal {@code --name value} / {@code --flag} parser for the bench commands. */
final class Args {

    private final List<String> args;

    Args(String[] args) {
        this.args = List.of(args);
    }

    boolean has(String name) {
        return args.contains(name);
    }

    String get(String name, String def) {
        int i = args.lastIndexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : def;
    }

    List<String> getAll(String name) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals(name)) {
                out.add(args.get(i + 1));
            }
        }
        return out;
    }

    int getInt(String name, int def) {
        return Integer.parseInt(get(name, Integer.toString(def)));
    }

    long getLong(String name, long def) {
        return Long.parseLong(get(name, Long.toString(def)));
    }

    /** A comma-separated list of integers, such as {@code 1000,5000,10000}. */
    List<Integer> getInts(String name, String def) {
        List<Integer> out = new ArrayList<>();
        for (String s : get(name, def).split(",")) {
            if (!s.isBlank()) {
                out.add(Integer.parseInt(s.strip()));
            }
        }
        return out;
    }
}
