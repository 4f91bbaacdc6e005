package org.citycoop.base;

import java.util.List;

/** A file refused as a whole: nothing of it was imported; every bad row is listed. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " problems in the imported file; nothing was imported");
        this.problems = List.copyOf(problems);
    }

    /** The file as a whole is refused: {@code key} and {@code args} say why. */
    public static ImportRejectedException ofFile(String key, Object... args) {
        return new ImportRejectedException(List.of(ImportProblem.of(1, "", key, args)));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
