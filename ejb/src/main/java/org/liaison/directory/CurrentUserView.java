package org.liaison.directory;

import java.util.Set;

/** Who is logged in: the directory entry behind the login and the realm roles. */
public record CurrentUserView(String username, ProfessionalView professional, Set<String> roles) {}
