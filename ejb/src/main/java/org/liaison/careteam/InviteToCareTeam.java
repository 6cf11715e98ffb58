package org.liaison.careteam;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.liaison.directory.Profession;

/**
 * Command: invite somebody to a patient's team by e-mail. {@code professionalId} when he or she is
 * in the directory; otherwise name, profession and structure (of the directory) make the directory
 * entry created when the invitation is accepted.
 */
public record InviteToCareTeam(
    @NotNull CareTeamRole role,
    UUID professionalId,
    @NotBlank @Email @Size(max = 200) String email,
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @NotNull Profession profession,
    UUID structureId) {}
