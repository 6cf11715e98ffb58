package org.liaison.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.liaison.web.JacksonConfig;

/**
 * Error page of the container (web.xml): errors raised before JAX-RS runs, such as the 401 of a
 * missing, expired, forged or wrong-audience bearer token, also answer in problem JSON.
 */
@WebServlet(name = "problem-error", urlPatterns = "/problem-error")
public class ProblemErrorServlet extends HttpServlet {

  private final ObjectMapper json = new JacksonConfig().getContext(Object.class);

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // Reached directly, not as an error page: there is nothing here.
    var status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s ? s : 404;
    var detail =
        switch (status) {
          case 401 -> "A valid access token is required: log in again.";
          case 403 -> "You are not allowed to do this.";
          case 404 -> "Nothing here.";
          default -> status >= 500 ? "Something went wrong on our side." : null;
        };
    var problem =
        ProblemResponses.forStatus(status, detail)
            .at((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
