package org.liaison.web.coordinationfile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditFilter;
import org.liaison.audit.AuditRecordView;
import org.liaison.careteam.EmergencyAccessView;
import org.liaison.coordinationfile.AccessLogFacets;
import org.liaison.coordinationfile.AccessLogGroupView;
import org.liaison.coordinationfile.AccessLogService;
import org.liaison.kernel.Caller;
import org.liaison.kernel.Page;
import org.liaison.kernel.SpreadsheetText;
import org.liaison.web.RequestParams;

/** A patient's access log, filtered, as JSON pages or as a CSV export. */
@Path("patients/{fileId}/access-log")
@RequestScoped
public class AccessLogResource {

  @Inject private AccessLogService log;
  @Inject private Caller caller;

  @PathParam("fileId")
  private String fileId;

  @QueryParam("actor")
  private String actor;

  @QueryParam("person")
  private String person;

  @QueryParam("action")
  private String action;

  @QueryParam("resource")
  private String resource;

  @QueryParam("from")
  private String from;

  @QueryParam("to")
  private String to;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Page<AuditRecordView> page(
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    return log.page(caller, file(), filter(), RequestParams.page(page, size));
  }

  /** The log by person, action and part of the file per hour (docs/api/access-log.md). */
  @GET
  @Path("grouped")
  @Produces(MediaType.APPLICATION_JSON)
  public Page<AccessLogGroupView> grouped(
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    return log.groups(caller, file(), filter(), RequestParams.page(page, size));
  }

  @GET
  @Path("facets")
  @Produces(MediaType.APPLICATION_JSON)
  public AccessLogFacets facets() {
    return log.facets(caller, file());
  }

  @GET
  @Path("emergency-accesses")
  @Produces(MediaType.APPLICATION_JSON)
  public List<EmergencyAccessView> emergencyAccesses() {
    return log.emergencyAccesses(caller, file());
  }

  @GET
  @Path("export")
  @Produces("text/csv")
  public Response export() {
    var id = file();
    var csv = AccessLogCsv.of(log.export(caller, id, filter()));
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"journal-acces-" + id + ".csv\"")
        .build();
  }

  private java.util.UUID file() {
    return RequestParams.id("fileId", fileId);
  }

  private AuditFilter filter() {
    return new AuditFilter(
        RequestParams.optionalText("actor", actor, 100),
        RequestParams.optionalId("person", person),
        RequestParams.optionalEnum("action", action, AuditAction.class),
        RequestParams.optionalText("resource", resource, 100),
        RequestParams.optionalInstant("from", from, false),
        RequestParams.optionalInstant("to", to, true));
  }

  /** RFC 4180 CSV, with a BOM so that spreadsheets read it as UTF-8. */
  static final class AccessLogCsv {
    private AccessLogCsv() {}

    static String of(List<AuditRecordView> records) {
      var out =
          new StringBuilder(
              "\uFEFFid,occurredAt,actorUsername,actorId,action,resource,detail,emergency\r\n");
      for (var r : records) {
        out.append(r.id())
            .append(',')
            .append(r.occurredAt())
            .append(',')
            .append(cell(r.actorUsername()))
            .append(',')
            .append(r.actorId())
            .append(',')
            .append(r.action())
            .append(',')
            .append(cell(r.resource()))
            .append(',')
            .append(cell(r.detail()))
            .append(',')
            .append(r.emergency())
            .append("\r\n");
      }
      return out.toString();
    }

    /** Quoted when needed; never a formula (SpreadsheetText). */
    static String cell(String value) {
      if (value == null) {
        return "";
      }
      var v = SpreadsheetText.defused(value);
      if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
        v = '"' + v.replace("\"", "\"\"") + '"';
      }
      return v;
    }
  }
}
