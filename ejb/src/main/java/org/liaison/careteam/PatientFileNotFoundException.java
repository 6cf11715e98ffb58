package org.liaison.careteam;

import java.util.UUID;
import org.liaison.kernel.NotFoundException;

/** No such file, or not one the caller may see: both answer the same, so nothing leaks. */
public class PatientFileNotFoundException extends NotFoundException {

  public PatientFileNotFoundException(UUID fileId) {
    super("No coordination file " + fileId + " among your patients.");
  }
}
