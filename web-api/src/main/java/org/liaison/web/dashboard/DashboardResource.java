package org.liaison.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.liaison.coordinationfile.ReferralOrigin;
import org.liaison.dashboard.DashboardFilter;
import org.liaison.dashboard.DashboardHomeView;
import org.liaison.dashboard.DashboardService;
import org.liaison.dashboard.DashboardView;
import org.liaison.dashboard.DrillView;
import org.liaison.dashboard.ExportFile;
import org.liaison.dashboard.Period;
import org.liaison.kernel.Caller;
import org.liaison.kernel.InvalidInputException;
import org.liaison.web.RequestParams;

/** The activity dashboards: a structure's, the region's, the files behind a figure, exports. */
@Path("dashboards")
@RequestScoped
public class DashboardResource {

  @Inject private DashboardService dashboards;
  @Inject private Caller caller;
  @Context private HttpHeaders headers;

  @QueryParam("from")
  private String from;

  @QueryParam("to")
  private String to;

  @QueryParam("area")
  private String area;

  @QueryParam("caseManager")
  private String caseManager;

  @QueryParam("origin")
  private String origin;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public DashboardHomeView home() {
    return dashboards.home(caller);
  }

  @GET
  @Path("structures/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public DashboardView structure(@PathParam("id") String id) {
    return dashboards.structure(caller, RequestParams.id("id", id), filter(), locale());
  }

  @GET
  @Path("region")
  @Produces(MediaType.APPLICATION_JSON)
  public DashboardView region() {
    return dashboards.region(caller, filter(), locale());
  }

  @GET
  @Path("structures/{id}/files")
  @Produces(MediaType.APPLICATION_JSON)
  public DrillView files(
      @PathParam("id") String id,
      @QueryParam("table") String table,
      @QueryParam("row") String row,
      @QueryParam("column") String column) {
    return dashboards.files(
        caller, RequestParams.id("id", id), filter(), table, row, column, locale());
  }

  @GET
  @Path("structures/{id}/export")
  public Response export(
      @PathParam("id") String id,
      @QueryParam("format") String format,
      @QueryParam("table") String table) {
    var structure = RequestParams.id("id", id);
    return download(dashboards.export(caller, structure, filter(), format, table, locale()));
  }

  @GET
  @Path("region/export")
  public Response exportRegion(
      @QueryParam("format") String format, @QueryParam("table") String table) {
    return download(dashboards.export(caller, null, filter(), format, table, locale()));
  }

  private static Response download(ExportFile file) {
    var encoded = URLEncoder.encode(file.filename(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(file.content(), file.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + file.filename() + "\"; filename*=UTF-8''" + encoded)
        .build();
  }

  private DashboardFilter filter() {
    var start = RequestParams.optionalDate("from", from);
    var end = RequestParams.optionalDate("to", to);
    if ((start == null) != (end == null)) {
      throw new InvalidInputException(start == null ? "from" : "to", "give both dates or none");
    }
    UUID manager = RequestParams.optionalId("caseManager", caseManager);
    return new DashboardFilter(
        start == null ? null : new Period(start, end),
        RequestParams.optionalText("area", area, 100),
        manager,
        RequestParams.optionalEnum("origin", origin, ReferralOrigin.class));
  }

  private Locale locale() {
    return headers.getAcceptableLanguages().stream()
        .filter(l -> "fr".equals(l.getLanguage()) || "en".equals(l.getLanguage()))
        .findFirst()
        .orElse(Locale.FRENCH);
  }
}
