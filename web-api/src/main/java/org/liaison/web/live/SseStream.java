package org.liaison.web.live;

import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.liaison.notification.LiveSubscriber;

/** One browser's SSE stream, as the live hub of the domain sees it. */
final class SseStream implements LiveSubscriber {

  private final SseEventSink sink;
  private final Sse sse;
  private volatile Runnable onClose;

  SseStream(SseEventSink sink, Sse sse, Runnable onClose) {
    this.sink = sink;
    this.sse = sse;
    this.onClose = onClose;
  }

  void onClose(Runnable action) {
    this.onClose = action;
  }

  @Override
  public synchronized boolean send(String event, String data) {
    if (sink.isClosed()) {
      return false;
    }
    return write(sse.newEventBuilder().name(event).data(data).build());
  }

  @Override
  public synchronized boolean ping() {
    if (sink.isClosed()) {
      return false;
    }
    return write(sse.newEventBuilder().comment("keep-alive").build());
  }

  private boolean write(jakarta.ws.rs.sse.OutboundSseEvent event) {
    try {
      sink.send(event)
          .whenComplete(
              (ok, error) -> {
                if (error != null) {
                  close();
                }
              });
      return true;
    } catch (RuntimeException e) {
      close();
      return false;
    }
  }

  private void close() {
    try {
      sink.close();
    } catch (RuntimeException ignored) {
      // already closed
    }
    onClose.run();
  }
}
