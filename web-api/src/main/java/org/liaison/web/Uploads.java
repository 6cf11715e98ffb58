package org.liaison.web;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.liaison.kernel.BusinessException;
import org.liaison.kernel.FileType;
import org.liaison.kernel.ProblemKind;

/** Uploaded files read with a bound, and files sent back for saving. */
public final class Uploads {

  /** One byte more than the domain accepts is enough to refuse: never read further. */
  private static final int READ_LIMIT = FileType.MAX_BYTES + 1;

  private Uploads() {}

  public static byte[] read(InputStream body) throws IOException {
    var content = body.readNBytes(READ_LIMIT);
    if (content.length == READ_LIMIT) {
      throw new BusinessException(
          ProblemKind.TOO_LARGE,
          "attachment-too-large",
          "A joined file is at most " + FileType.MAX_BYTES / (1024 * 1024) + " MB.",
          List.of());
    }
    return content;
  }

  /** The bytes with the type found in them, to save (never to run in the page). */
  public static Response download(String name, String mediaType, byte[] content) {
    var encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(content, mediaType)
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
