/**
 * Names of organisations, places and people in English and Japanese (DD029). A module of its own that
 * depends on no other: {@code security}'s signed-in user carries names, and {@code base} depends on
 * {@code security}.
 */
package org.citycoop.name;
