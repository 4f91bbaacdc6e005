package org.citycoop.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client against the running application: anonymous, by HTTP Basic, or with a signed-in session. */
class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String basic;

    private WebClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static WebClient anonymous(int port) {
        return new WebClient(port);
    }

    static WebClient basic(int port, String username, String password) {
        WebClient client = new WebClient(port);
        client.basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client;
    }

    /** Signs in through the login form, as a browser does, and keeps the session cookie. */
    static WebClient signedIn(int port, String username, String password) {
        WebClient client = new WebClient(port);
        HttpResponse<String> login = client.submitLogin(username, password);
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + login.statusCode());
        }
        return client;
    }

    /**
     * Signed in through the login form and sending HTTP Basic as well: authorised on a path that
     * takes the session and on one that takes Basic alone.
     */
    static WebClient signedInWithBasic(int port, String username, String password) {
        WebClient client = signedIn(port, username, password);
        client.basic = basic(port, username, password).basic;
        return client;
    }

    /** Opens the login page and submits its form with the page's CSRF token; the answer as it comes. */
    HttpResponse<String> submitLogin(String username, String password) {
        return postForm("/login", "username=" + encode(username) + "&password=" + encode(password)
                + "&_csrf=" + encode(csrfTokenOf("/login")));
    }

    /** The CSRF token that the page at {@code path} carries in its meta tag. */
    String csrfTokenOf(String path) {
        Matcher token = CSRF.matcher(get(path).body());
        if (!token.find()) {
            throw new IllegalStateException("The page " + path + " carries no CSRF token");
        }
        return token.group(1);
    }

    /** Sends {@code name: value} with every further request, e.g. what a proxy in front adds. */
    WebClient withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The value of the cookie this client holds, if any. */
    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> postForm(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A body of unknown length (chunked, no Content-Length), as a client that streams a file sends it. */
    HttpResponse<String> postChunked(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    HttpResponse<String> putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A form with text fields and one file, as multipart/form-data (the engine REST's deployment upload). */
    HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileName, byte[] file) {
        String boundary = "citycoop-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(builder::header);
        if (basic != null) {
            builder.header("Authorization", basic);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
