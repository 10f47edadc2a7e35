package org.schoolhub.service.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of {@code ops}: a task, then {@code --name value} options, the flags
 * {@code --yes} and {@code --dry-run}, and the task's own words (a file to import).
 */
record OpsOptions(String task, Map<String, String> values, boolean yes, boolean dryRun, List<String> arguments) {

    private static final Set<String> WITH_VALUE = Set.of("url", "user", "label", "snapshot", "reason",
            "projection", "after", "limit", "retry", "evict", "letter");

    static OpsOptions parse(String[] args) {
        List<String> words = new ArrayList<>(List.of(args));
        if (words.isEmpty() || words.get(0).startsWith("--")) {
            throw new IllegalArgumentException("a task is missing");
        }
        String task = words.remove(0);
        Map<String, String> values = new HashMap<>();
        boolean yes = false;
        boolean dryRun = false;
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String name = word.startsWith("--") ? word.substring(2) : "";
            if (name.equals("yes")) {
                yes = true;
            } else if (name.equals("dry-run")) {
                dryRun = true;
            } else if (!word.startsWith("--")) {
                arguments.add(word);
            } else if (name.contains("=") && WITH_VALUE.contains(name.substring(0, name.indexOf('=')))) {
                values.put(name.substring(0, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
            } else if (WITH_VALUE.contains(name) && i + 1 < words.size()) {
                values.put(name, words.get(++i));
            } else {
                throw new IllegalArgumentException("unknown or incomplete option: " + word);
            }
        }
        return new OpsOptions(task, Map.copyOf(values), yes, dryRun, List.copyOf(arguments));
    }

    /** The one word the task takes, e.g. the file of import-stage0. */
    String argument(String what) {
        if (arguments.size() != 1) {
            throw new IllegalArgumentException(task + " takes one " + what);
        }
        return arguments.get(0);
    }

    String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required for " + task);
        }
        return value;
    }
}
