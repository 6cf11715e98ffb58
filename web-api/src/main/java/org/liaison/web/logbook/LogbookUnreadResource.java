package org.liaison.web.logbook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.liaison.kernel.Caller;
import org.liaison.logbook.LogbookService;

/** "Mes patients": per file, how many logbook entries the caller has not read yet. */
@Path("logbook/unread")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LogbookUnreadResource {

  @Inject private LogbookService logbook;
  @Inject private Caller caller;

  /** {@code {fileId: count}}, only files with unread entries. */
  @GET
  public Map<UUID, Long> unreadByFile() {
    return logbook.unreadByFile(caller);
  }
}
