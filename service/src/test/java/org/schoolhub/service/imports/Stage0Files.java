package org.schoolhub.service.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Stage-0 files for the tests: the sample, and files made by the generator of ../shared/stage0
 * when python3 (with its crypt module) can run it, else the copy made with the same arguments and
 * kept among the test resources (the generator is deterministic for a seed).
 */
final class Stage0Files {

    private Stage0Files() {
    }

    static byte[] sample() {
        return resource("stage0/stage0-sample.sqlite");
    }

    /** {@code make_stage0_db.py --families 120 --seed 11}: every irregularity the generator makes. */
    static byte[] generated() {
        Path generator = generator();
        if (generator != null) {
            try {
                Path out = Files.createTempFile("stage0-generated-", ".sqlite");
                Files.delete(out);
                Process run = new ProcessBuilder("python3", generator.toString(), out.toString(), "--families", "120",
                        "--seed", "11").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (run.waitFor(120, TimeUnit.SECONDS) && run.exitValue() == 0 && Files.size(out) > 0) {
                    byte[] bytes = Files.readAllBytes(out);
                    Files.delete(out);
                    return bytes;
                }
            } catch (IOException e) {
                // no python3 here: the kept copy does
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return resource("stage0/generated-120-seed-11.sqlite");
    }

    private static Path generator() {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("stage0").resolve("make_stage0_db.py");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Stage0Files.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
