package org.liaison.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /api; everything else is the single-page application. */
@ApplicationPath("/api")
public class LiaisonApplication extends Application {}
