package org.citycoop.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client against the running application: anonymous, by HTTP Basic, or with a signed-in session. */
class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String basic;

    private WebClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
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
        Matcher token = CSRF.matcher(client.get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("The login page carries no CSRF token");
        }
        HttpResponse<String> login = client.postForm("/login", "username=" + encode(username) + "&password="
                + encode(password) + "&_csrf=" + encode(token.group(1)));
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
