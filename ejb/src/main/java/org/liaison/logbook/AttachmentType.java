package org.liaison.logbook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The kinds of files a logbook accepts — photos and PDF — recognised by their first bytes, never by
 * their name or the type the browser claims.
 */
enum AttachmentType {
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  WEBP("image/webp", null),
  HEIC("image/heic", null),
  PDF("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII));

  /** 10 MB: a phone photo, a scanned letter. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  private final String mediaType;
  private final byte[] magic;

  AttachmentType(String mediaType, byte[] magic) {
    this.mediaType = mediaType;
    this.magic = magic;
  }

  String mediaType() {
    return mediaType;
  }

  static Optional<AttachmentType> of(byte[] content) {
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

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
