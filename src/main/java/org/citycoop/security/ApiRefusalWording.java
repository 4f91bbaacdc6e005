package org.citycoop.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Words the /api chain's refusals (401, 403, 429) in the caller's language (DD035). The chain lives in
 * {@code security}, which may not depend on {@code base}, where messages are rendered; the module that
 * words the API's other problems implements this, so one bundle reader and one choice of language serve all.
 */
public interface ApiRefusalWording {

    /** The text of the screens' bundle {@code key} with {@code args}, in the language of the request's caller. */
    String word(HttpServletRequest request, String key, Object... args);
}
