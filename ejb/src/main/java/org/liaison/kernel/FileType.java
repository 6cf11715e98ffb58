package org.liaison.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The kinds of files people may join to what they write (logbook entries, messages) — photos and
 * PDF — recognised by their first bytes, never by their name or the type the browser claims.
 */
public enum FileType {
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  WEBP("image/webp", null),
  HEIC("image/heic", null),
  PDF("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII));

  /** 10 MB: a phone photo, a scanned letter. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private final String mediaType;
  private final byte[] magic;

  FileType(String mediaType, byte[] magic) {
    this.mediaType = mediaType;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  public static Optional<FileType> of(byte[] content) {
    for (var type : values()) {
      if (type.magic != null && startsWith(content, 0, type.magic)) {
        return Optional.of(type);
      }
    }
    if (startsWith(content, 0, ascii("RIFF")) && startsWith(content, 8, ascii("WEBP"))) {
      return Optional.of(WEBP);
    }
    if (startsWith(content, 4, ascii("ftyp"))
        && (startsWith(content, 8, ascii("heic")) || startsWith(content, 8, ascii("mif1")))) {
      return Optional.of(HEIC);
    }
    return Optional.empty();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
    return content.length >= offset + prefix.length
        && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Checks an upload: not empty, not over {@link #MAX_BYTES}, a photo or a PDF by its content; each
   * refusal is a problem the client can show.
   */
  public static FileType check(byte[] content) {
    if (content.length == 0) {
      throw new InvalidInputException("body", "the file is empty");
    }
    if (content.length > MAX_BYTES) {
      throw new BusinessException(
          ProblemKind.TOO_LARGE,
          "attachment-too-large",
          "A joined file is at most " + MAX_BYTES / (1024 * 1024) + " MB.",
          java.util.List.of());
    }
    return of(content)
        .orElseThrow(
            () ->
                new BusinessException(
                    ProblemKind.UNSUPPORTED_TYPE,
                    "attachment-type-refused",
                    "Only photos (JPEG, PNG, WebP, HEIC) and PDF documents are accepted; this"
                        + " file is none of them, whatever its name says.",
                    java.util.List.of()));
  }

  /** A file name safe to store and to offer for saving. */
  public static String safeName(String name) {
    var base = name == null ? "" : name.replaceAll("[\\p{Cntrl}/\\\\\"<>:|?*]", "_").strip();
    if (base.isEmpty()) {
      base = "piece-jointe";
    }
    return base.length() > 200 ? base.substring(0, 200) : base;
  }
}
