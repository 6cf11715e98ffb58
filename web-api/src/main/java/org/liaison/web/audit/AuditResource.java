package org.liaison.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.liaison.audit.AuditChain;
import org.liaison.audit.AuditChainReport;
import org.liaison.kernel.Caller;

/** The check of the audit log's hash chains, for a data officer. */
@Path("audit/verification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject private AuditChain chain;
  @Inject private Caller caller;

  @GET
  public AuditChainReport verify() {
    return chain.verify(caller);
  }
}
