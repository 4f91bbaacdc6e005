package org.citycoop.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Vaadin Flow's UIDL messages as the browser's client reads and writes them, for the simulation:
 * a server response ({@code for(;;);[{changes, execute, syncId, clientId}]}) is searched for what
 * the browser would answer or click, never for hard-coded node ids. Captured from a real session
 * in headless Chromium (src/docs/benchmarks.md, "Screens under load").
 */
final class Uidl {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "for(;;);";
    /** What Vaadin.Flow.getBrowserDetailsParameters() answers in a 1280 × 720 window in Tokyo. */
    private static final Map<String, String> BROWSER_DETAILS = Map.ofEntries(Map.entry("v-sh", "720"),
            Map.entry("v-sw", "1280"), Map.entry("v-wh", "720"), Map.entry("v-ww", "1280"), Map.entry("v-bh", "720"),
            Map.entry("v-bw", "1280"), Map.entry("v-tzo", "-540"), Map.entry("v-dstd", "0"), Map.entry("v-rtzo", "-540"),
            Map.entry("v-dston", "false"), Map.entry("v-tzid", "Asia/Tokyo"), Map.entry("v-td", "false"),
            Map.entry("v-pr", "1"), Map.entry("v-np", "Linux x86_64"));

    private final JsonNode message;

    private Uidl(JsonNode message) {
        this.message = message;
    }

    /** A UIDL response body. */
    static Uidl of(String body) {
        try {
            return new Uidl(JSON.readTree(body.startsWith(PREFIX) ? body.substring(PREFIX.length()) : body).get(0));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a UIDL response: " + body.substring(0, Math.min(body.length(), 200)), e);
        }
    }

    /**
     * The browser's answers to a freshly shown view: each grid's confirmation of the rows it
     * received ({@code confirmUpdate}) and the browser details the server asked for (a return
     * channel), as an RPC array; "[]" when nothing is asked.
     */
    static String answersTo(String body) {
        ArrayNode rpc = JSON.createArrayNode();
        for (JsonNode call : Uidl.of(body).message.path("execute")) {
            String script = call.get(call.size() - 1).asText();
            if (script.equals("return $0.$connector.confirm($1)")) {
                ObjectNode confirm = rpc.addObject().put("type", "publishedEventHandler").put("node", call.get(0).get(1).asInt())
                        .put("templateEventMethodName", "confirmUpdate").put("promise", 0);
                confirm.putArray("templateEventMethodArgs").add(call.get(1).asInt());
            } else if (script.contains("getBrowserDetailsParameters()")) {
                // the first argument is the return channel [2, node, channel] that resolves the promise
                JsonNode channel = call.get(0);
                ObjectNode answer = rpc.addObject().put("type", "channel").put("node", channel.get(1).asInt())
                        .put("channel", channel.get(2).asInt());
                ObjectNode details = answer.putArray("args").addObject();
                browserDetails().forEach(details::put);
            }
        }
        return rpc.toString();
    }

    private static Map<String, String> browserDetails() {
        Map<String, String> details = new HashMap<>(BROWSER_DETAILS);
        details.put("v-curdate", String.valueOf(System.currentTimeMillis()));
        details.put("v-wn", "ROOT-" + Math.random());
        return details;
    }

    /** The node of the button showing {@code text}: the element whose child is the text node, or empty. */
    static Optional<Integer> buttonNode(String body, String text) {
        JsonNode changes = Uidl.of(body).message.path("changes");
        Map<Integer, Integer> parents = new HashMap<>();
        Map<Integer, String> tags = new HashMap<>();
        Integer textNode = null;
        for (JsonNode change : changes) {
            int node = change.path("node").asInt();
            if ("text".equals(change.path("key").asText()) && text.equals(change.path("value").asText())) {
                textNode = node;
            } else if ("tag".equals(change.path("key").asText())) {
                tags.put(node, change.path("value").asText());
            } else if ("splice".equals(change.path("type").asText())) {
                change.path("addNodes").forEach(child -> parents.put(child.asInt(), node));
            }
        }
        return Optional.ofNullable(textNode).map(parents::get).filter(node -> "vaadin-button".equals(tags.get(node)));
    }

    /** A UIDL request: the RPC calls with the security key and the sync and client ids the last response gave. */
    static String request(String csrfToken, String rpc, int syncId, int clientId) {
        return "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":" + rpc + ",\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
    }

    /** The router's navigation event, as the client sends it for a link or a page load. */
    static String navigation(String route, String trigger) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        ObjectNode data = event.putObject("data").put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", trigger);
        data.putObject("historyState").put("idx", 0);
        return JSON.createArrayNode().add(event).toString();
    }

    /** A mouse click on a node, with the event details the browser sends. */
    static String click(int node) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", "click");
        event.putObject("data").put("event.shiftKey", false).put("event.metaKey", false).put("event.detail", 1)
                .put("event.ctrlKey", false).put("event.clientX", 323).put("event.clientY", 556)
                .put("event.altKey", false).put("event.button", 0).put("event.screenY", 653).put("event.screenX", 333);
        return JSON.createArrayNode().add(event).toString();
    }
}
