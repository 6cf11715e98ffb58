package org.liaison.forms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Command: a form's title, description and (draft) definition, as its designer saves them. */
public record FormCommand(
    @NotBlank @Size(max = 200) String title,
    @Size(max = 1000) String description,
    @NotNull @Valid FormDefinition definition) {}
