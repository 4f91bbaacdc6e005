package org.citycoop.accessibility;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Route;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The closed network of a municipal office, in the browser: every request to a host other than the
 * application's own (localhost) is aborted and recorded, so that a test can list what a screen would
 * have fetched from elsewhere.
 */
final class OffsiteRequests {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final List<String> recorded = new ArrayList<>();
    private final List<BrowserContext> closed = new ArrayList<>();

    /** Blocks and records the context's requests to other hosts, from its next request on. */
    void closeNetworkOf(BrowserContext context) {
        context.route("**/*", this::handle);
        closed.add(context);
    }

    /** Lets the contexts go before the browser closes them (closing one that still routes fails in Playwright 1.55). */
    void release() {
        closed.forEach(BrowserContext::unrouteAll);
        closed.clear();
    }

    private void handle(Route route) {
        String url = route.request().url();
        if (isLocal(url)) {
            route.resume();
        } else {
            synchronized (recorded) {
                recorded.add(url + " (" + route.request().resourceType() + ", asked by " + route.request().frame().url() + ")");
            }
            route.abort("blockedbyclient");
        }
    }

    private static boolean isLocal(String url) {
        String host = URI.create(url).getHost();
        return host == null || LOCAL_HOSTS.contains(host);
    }

    List<String> recorded() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    void forget() {
        synchronized (recorded) {
            recorded.clear();
        }
    }
}
