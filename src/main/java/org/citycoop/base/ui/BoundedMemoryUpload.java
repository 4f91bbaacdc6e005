package org.citycoop.base.ui;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload kept in memory, at most {@code maxBytes} of it. The browser field's limit only helps
 * honest users: a client that posts to the upload address itself is cut off at the limit and
 * answered 413, so an endless body never fills the server's memory (Vaadin's in-memory handler
 * buffers the whole body before anyone can look at its size). {@code received} and {@code refused}
 * (with the file's name) run in the UI's lock.
 */
public final class BoundedMemoryUpload implements UploadHandler {

    private final int maxBytes;
    private final SerializableBiConsumer<String, byte[]> received;
    private final SerializableConsumer<String> refused;

    public BoundedMemoryUpload(int maxBytes, SerializableBiConsumer<String, byte[]> received, SerializableConsumer<String> refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        byte[] content = null;
        if (event.getFileSize() <= maxBytes) {
            try (InputStream body = event.getInputStream()) {
                content = body.readNBytes(maxBytes + 1);
            }
        }
        if (content == null || content.length > maxBytes) {
            event.getUI().access(() -> refused.accept(fileName));
            event.getResponse().sendError(HttpStatusCode.REQUEST_ENTITY_TOO_LARGE.getCode(), "The file is larger than the limit");
            return;
        }
        byte[] accepted = content;
        event.getUI().access(() -> received.accept(fileName, accepted));
    }
}
