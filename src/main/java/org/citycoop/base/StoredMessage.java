package org.citycoop.base;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citycoop.name.Name;

/**
 * The arguments of a {@link Message} kept in a row as JSON, each with its kind, so that a date, an amount
 * in yen, a name, a list or a nested message is worded in the reader's language when read back (DD035). Anything
 * else is kept as its English text.
 */
final class StoredMessage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredMessage() {
    }

    static String argumentsOf(Message message) {
        try {
            return JSON.writeValueAsString(arguments(message));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static Message read(String key, String arguments) {
        try {
            return message(key, JSON.readTree(arguments));
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("Unreadable arguments of " + key, corrupt);
        }
    }

    private static ArrayNode arguments(Message message) {
        ArrayNode stored = JSON.createArrayNode();
        message.args().forEach(arg -> stored.add(argument(arg)));
        return stored;
    }

    private static ObjectNode argument(Object arg) {
        ObjectNode stored = JSON.createObjectNode();
        if (arg instanceof Message message) {
            stored.put("key", message.key()).set("args", arguments(message));
        } else if (arg instanceof LocalDate date) {
            stored.put("date", date.toString());
        } else if (arg instanceof Message.Yen yen) {
            stored.put("yen", yen.amount());
        } else if (arg instanceof Name name) {
            stored.put("en", name.en()).put("ja", name.ja());
        } else if (arg instanceof Message.Items items) {
            stored.set("items", list(items.items()));
        } else if (arg instanceof Message.Sentences sentences) {
            stored.set("sentences", list(sentences.sentences()));
        } else if (arg instanceof Integer || arg instanceof Long) {
            stored.put("number", ((Number) arg).longValue());
        } else if (arg instanceof BigDecimal number) {
            stored.put("decimal", number.toPlainString());
        } else {
            stored.put("text", arg == null ? null : arg.toString());
        }
        return stored;
    }

    private static ArrayNode list(List<?> items) {
        ArrayNode stored = JSON.createArrayNode();
        items.forEach(item -> stored.add(argument(item)));
        return stored;
    }

    private static Message message(String key, JsonNode arguments) {
        return Message.of(key, values(arguments).toArray());
    }

    private static List<Object> values(JsonNode arguments) {
        List<Object> values = new ArrayList<>();
        arguments.forEach(arg -> values.add(value(arg)));
        return values;
    }

    private static Object value(JsonNode arg) {
        if (arg.has("key")) {
            return message(arg.get("key").asText(), arg.get("args"));
        }
        if (arg.has("items")) {
            return new Message.Items(values(arg.get("items")));
        }
        if (arg.has("sentences")) {
            return new Message.Sentences(values(arg.get("sentences")));
        }
        if (arg.has("date")) {
            return LocalDate.parse(arg.get("date").asText());
        }
        if (arg.has("yen")) {
            return new Message.Yen(arg.get("yen").asLong());
        }
        if (arg.has("en")) {
            return new Name(arg.get("en").textValue(), arg.get("ja").textValue());
        }
        if (arg.has("number")) {
            return arg.get("number").asLong();
        }
        if (arg.has("decimal")) {
            return new BigDecimal(arg.get("decimal").asText());
        }
        return arg.get("text").textValue();
    }
}
