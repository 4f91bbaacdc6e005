package org.citycoop.peerlearning.ui;

import java.util.Arrays;
import java.util.List;

/** Project codes as an administrator types them into a record's form: "KIT-2025-003, YOK-2024-001", commas or spaces between. */
final class ProjectCodes {

    private ProjectCodes() {
    }

    static List<String> of(String typed) {
        return Arrays.stream(typed.split("[,\\s]+")).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }

    static String typed(List<String> codes) {
        return String.join(", ", codes);
    }
}
