package org.liaison.careplan;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.liaison.careplan.CarePlanContent.Action;
import org.liaison.careplan.CarePlanContent.ActionStatus;
import org.liaison.careplan.CarePlanContent.Goal;
import org.liaison.careplan.CarePlanContent.ProblemDomain;
import org.liaison.coordinationfile.CoordinationFileView;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.CareClockProvider;

/**
 * The printable one-page synthesis of a care plan version, in French: who the patient is, who
 * follows him or her, the problems, goals and actions, the validation and the next review. Written
 * as strict XHTML so that the same document prints from the browser and renders to PDF.
 */
final class CarePlanSynthesis {

  private static final ZoneId PARIS = CareClockProvider.CARE_ZONE;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(PARIS);

  private static final Map<ProblemDomain, String> DOMAINS =
      Map.of(
          ProblemDomain.HEALTH, "Santé",
          ProblemDomain.AUTONOMY, "Autonomie",
          ProblemDomain.SOCIAL, "Social",
          ProblemDomain.HOUSING, "Logement",
          ProblemDomain.CAREGIVER, "Épuisement de l'aidant",
          ProblemDomain.OTHER, "Autre");

  private static final Map<ActionStatus, String> STATUSES =
      Map.of(
          ActionStatus.PLANNED, "Prévue",
          ActionStatus.IN_PROGRESS, "En cours",
          ActionStatus.DONE, "Réalisée",
          ActionStatus.CANCELLED, "Annulée");

  static {
    // openhtmltopdf writes to stderr by default; through java.util.logging the server's log
    // configuration decides what is kept.
    com.openhtmltopdf.util.XRLog.setLoggerImpl(new PdfLog());
  }

  private CarePlanSynthesis() {}

  static String html(
      CoordinationFileView file, CarePlanVersion version, LocalDate nextReview, Instant now) {
    var content = version.content();
    var out = new StringBuilder(8192);
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\"><head>")
        .append("<meta charset=\"UTF-8\"/>")
        .append("<title>Synthèse du PPS — ")
        .append(esc(patient(file)))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>");
    out.append("<h1>Plan personnalisé de santé — synthèse</h1>");
    out.append("<p class=\"who\"><strong>")
        .append(esc(patient(file)))
        .append("</strong>, né(e) le ")
        .append(file.birthDate().format(DAY));
    if (file.ins() != null) {
      out.append(" · INS ").append(esc(file.ins()));
    }
    out.append("<br/>")
        .append(esc(file.address().line()))
        .append(", ")
        .append(esc(file.address().postalCode()))
        .append(" ")
        .append(esc(file.address().city()))
        .append("</p>");
    out.append("<p>Médecin traitant : ")
        .append(esc(name(file.gp())))
        .append(" · Gestionnaire de cas : ")
        .append(esc(name(file.caseManager())))
        .append("</p>");
    out.append("<p class=\"state\">Version ").append(version.number()).append(" — ");
    if (version.isDraft()) {
      out.append("<strong>brouillon non validé</strong>");
    } else {
      out.append("validée par ")
          .append(esc(version.validatedByName()))
          .append(" le ")
          .append(MOMENT.format(version.validatedAt()))
          .append(" · empreinte SHA-256 ")
          .append(version.contentHash(), 0, 16)
          .append("…");
    }
    if (nextReview != null) {
      out.append(" · prochain bilan le ").append(nextReview.format(DAY));
    }
    out.append("</p>");

    out.append("<h2>Problèmes et besoins</h2>");
    if (content.problems().isEmpty()) {
      out.append("<p class=\"none\">Aucun problème noté.</p>");
    } else {
      out.append("<table><tr><th>Domaine</th><th>Problème ou besoin</th><th>Objectifs</th></tr>");
      for (var problem : content.problems()) {
        out.append("<tr><td>")
            .append(esc(DOMAINS.get(problem.domain())))
            .append("</td><td>")
            .append(esc(problem.description()))
            .append("</td><td>")
            .append(goals(content.goals(), problem.id()))
            .append("</td></tr>");
      }
      out.append("</table>");
    }
    var general = goals(content.goals(), null);
    if (!general.isEmpty()) {
      out.append("<h2>Objectifs généraux</h2>").append(general);
    }

    out.append("<h2>Actions</h2>");
    if (content.actions().isEmpty()) {
      out.append("<p class=\"none\">Aucune action prévue.</p>");
    } else {
      out.append("<table><tr><th>Action</th><th>Qui</th><th>Échéance</th><th>État</th></tr>");
      for (var action : content.actions()) {
        out.append("<tr><td>")
            .append(esc(action.description()))
            .append(lastComment(action))
            .append("</td><td>")
            .append(esc(action.assignee() == null ? "—" : action.assignee().name()))
            .append("</td><td>")
            .append(action.dueOn() == null ? "—" : action.dueOn().format(DAY))
            .append("</td><td>")
            .append(esc(STATUSES.get(action.status())))
            .append("</td></tr>");
      }
      out.append("</table>");
    }
    out.append("<p class=\"foot\">Document confidentiel contenant des données de santé, réservé à")
        .append(" l'équipe de prise en charge. Édité par Liaison le ")
        .append(MOMENT.format(now))
        .append(".</p></body></html>");
    return out.toString();
  }

  /** Renders the XHTML synthesis to PDF (A4). */
  static byte[] pdf(String xhtml) {
    var out = new ByteArrayOutputStream();
    try {
      var builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String goals(List<Goal> goals, UUID problemId) {
    var text = new StringBuilder();
    for (var goal : goals) {
      if (Objects.equals(goal.problemId(), problemId)) {
        text.append("<div>• ").append(esc(goal.description())).append("</div>");
      }
    }
    return text.toString();
  }

  private static String lastComment(Action action) {
    if (action.comments().isEmpty()) {
      return "";
    }
    var last = action.comments().get(action.comments().size() - 1);
    return "<div class=\"comment\">« "
        + esc(last.text())
        + " » — "
        + esc(last.authorName())
        + ", "
        + MOMENT.format(last.at())
        + "</div>";
  }

  private static String patient(CoordinationFileView file) {
    return file.lastName().toUpperCase() + " " + file.firstName();
  }

  private static String name(ProfessionalView professional) {
    return professional == null ? "—" : professional.displayName();
  }

  /** Escapes text for XHTML. */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    var out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static final String STYLE =
      """
      @page { size: A4; margin: 14mm 14mm 12mm 14mm; }
      body { font-family: sans-serif; font-size: 9pt; color: #111; }
      h1 { font-size: 14pt; margin: 0 0 4pt 0; }
      h2 { font-size: 10.5pt; margin: 8pt 0 3pt 0; border-bottom: 1px solid #888; }
      p { margin: 2pt 0; }
      .who { font-size: 10pt; }
      .state { margin-top: 4pt; }
      table { width: 100%; border-collapse: collapse; }
      th, td { border: 1px solid #aaa; padding: 2pt 3pt; text-align: left; vertical-align: top; }
      th { background: #eee; }
      .comment { color: #444; font-style: italic; }
      .none { color: #555; }
      .foot { margin-top: 8pt; font-size: 7.5pt; color: #555; }
      """;
}
