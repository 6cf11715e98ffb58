package org.liaison.web.live;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.liaison.directory.DirectoryService;
import org.liaison.kernel.Caller;
import org.liaison.notification.LiveHub;

/**
 * The caller's live stream (server-sent events): new logbook entries in his or her patients' files
 * and the unread notification count, as they happen. Ids and counts only; the browser then reads
 * what changed through the usual, audited API.
 */
@Path("live")
@RequestScoped
public class LiveResource {

  @Inject private LiveHub hub;
  @Inject private DirectoryService directory;
  @Inject private Caller caller;

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void stream(@Context SseEventSink sink, @Context Sse sse) {
    var professionalId = directory.professionalOf(caller).id();
    var stream = new SseStream(sink, sse, () -> {});
    hub.subscribe(professionalId, stream);
    stream.onClose(() -> hub.unsubscribe(professionalId, stream));
    stream.ping();
  }
}
