package org.liaison.directory;

import org.liaison.kernel.ForbiddenException;

/** A valid login that no directory entry answers to: such a user sees no patient data. */
public class NotAProfessionalException extends ForbiddenException {

  public NotAProfessionalException(String username) {
    super(
        "not-a-professional",
        "The account '" + username + "' is not linked to a professional of the directory.");
  }
}
