package org.citycoop.base;

/** An entry of a reference list (theme, cooperation type, ...): stable code and display name. */
public record ReferenceItem(String code, String name) {
}
