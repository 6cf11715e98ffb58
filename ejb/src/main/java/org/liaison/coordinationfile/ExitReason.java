package org.liaison.coordinationfile;

/**
 * Why a person left case management (motif de sortie), from the list the activity reports use;
 * {@link #OTHER} is explained in the free-text reason of the step.
 */
public enum ExitReason {
  NURSING_HOME,
  GOALS_MET,
  STABLE_WITH_SUPPORT,
  REFUSAL,
  MOVED_AWAY,
  LONG_HOSPITAL_STAY,
  OTHER
}
