package org.citycoop.base;

import java.util.List;

/** A file refused as a whole: nothing of it was imported; every bad row is listed. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " problems in the imported file; nothing was imported");
        this.problems = List.copyOf(problems);
    }

    public static ImportRejectedException ofFile(String reason) {
        return new ImportRejectedException(List.of(new ImportProblem(1, "", reason)));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
