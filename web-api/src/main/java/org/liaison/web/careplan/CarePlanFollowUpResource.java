package org.liaison.web.careplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.liaison.careplan.CarePlanService;
import org.liaison.careplan.FollowUpItem;
import org.liaison.kernel.Caller;

/** What is overdue in the care plans of the caller's patients, for the case manager. */
@Path("care-plans/follow-up")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CarePlanFollowUpResource {

  @Inject private CarePlanService plans;
  @Inject private Caller caller;

  @GET
  public List<FollowUpItem> followUp() {
    return plans.followUp(caller);
  }
}
