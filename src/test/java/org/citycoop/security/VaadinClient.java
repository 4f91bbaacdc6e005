package org.citycoop.security;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens Vaadin routes over plain HTTP the way Flow's client in the browser does: it asks for a new
 * UI ({@code v-r=init}), then sends the navigation event and returns the server's answer (the
 * UIDL, JSON). The answer holds everything the server sends the browser for that screen — every
 * text, attribute and download address — so a test can tell exactly what an actor was shown,
 * an order of magnitude faster than a browser.
 */
final class VaadinClient {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern DOWNLOAD = Pattern.compile("VAADIN/dynamic/resource/[^\"]+");
    private static final Pattern UPLOAD_TARGET = Pattern.compile("\"key\":\"target\",\"feat\":3,\"value\":\\{\"uri\":\"(VAADIN/dynamic/resource/[^\"]+)\"");

    private final WebClient http;

    private VaadinClient(WebClient http) {
        this.http = http;
    }

    /** A session of {@code username} (password {@code demo}), signed in through the login form. */
    static VaadinClient signedIn(int port, String username) {
        return new VaadinClient(WebClient.signedIn(port, username, "demo"));
    }

    /** The server's answer to navigating to {@code route} in a new UI of this session. */
    String open(String route) {
        return openWithToken(route, UnaryOperator.identity());
    }

    /**
     * As {@link #open}, with the CSRF token of the UI ({@code Vaadin-Security-Key}) replaced as
     * {@code forge} says: what a forged cross-site request would send.
     */
    String openWithToken(String route, UnaryOperator<String> forge) {
        HttpResponse<String> init = http.get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=");
        if (init.statusCode() != 200) {
            throw new IllegalStateException("No UI for " + route + ": " + init.statusCode());
        }
        String event = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"",\
                "appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(forge.apply(find(SECURITY_KEY, init.body())), route);
        HttpResponse<String> answer = http.postJson("/?v-r=uidl&v-uiId=" + find(UI_ID, init.body()), event);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Navigation to " + route + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    /**
     * The address of the download link (a Vaadin download handler) whose text is {@code label}, in
     * an answer of {@link #open}: the link's text node comes just before the link's address.
     */
    static String downloadLabelled(String answer, String label) {
        int text = answer.indexOf("\"value\":\"" + label + "\"}");
        Matcher link = DOWNLOAD.matcher(answer);
        if (text < 0 || !link.find(text)) {
            throw new IllegalStateException("No download link " + label + " in the answer");
        }
        return "/" + link.group();
    }

    /** The address an upload field of an answer of {@link #open} sends its file to (the first, if there are several). */
    static String uploadTarget(String answer) {
        return "/" + find(UPLOAD_TARGET, answer);
    }

    /**
     * A file posted in this session straight to an upload address, as a client that skips the browser
     * field may, streamed without a length: the server cannot tell its size before reading it.
     */
    HttpResponse<String> upload(String target, byte[] content) {
        return http.postChunked(target, "application/octet-stream", content);
    }

    /** A plain request in this session, e.g. for a download. */
    HttpResponse<String> get(String path) {
        return http.get(path);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("The answer carries no " + pattern.pattern());
        }
        return matcher.group(1);
    }
}
