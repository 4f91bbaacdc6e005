package org.citycoop.base;

/** One reason a row of an imported file was refused: the file's line (the header is line 1), the column, what is wrong. */
public record ImportProblem(int line, String column, String reason) {
}
