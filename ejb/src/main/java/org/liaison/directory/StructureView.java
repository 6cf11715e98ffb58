package org.liaison.directory;

import java.util.UUID;

/** A structure as other contexts and the API see it. */
public record StructureView(UUID id, String name, StructureType type, String commune) {

  static StructureView of(Structure s) {
    return new StructureView(s.id(), s.name(), s.type(), s.commune());
  }
}
