package io.clausewarden.addin.web;

import io.clausewarden.addin.AddinManifest;
import io.clausewarden.addin.AddinSettings;
import io.clausewarden.server.ServerPublicUrl;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** The Word add-in manifest for this server's public URL: what an administrator uploads or sideloads. */
@Controller("/addin")
@Secured(SecurityRule.IS_ANONYMOUS)
class AddinManifestController {
    private final ServerPublicUrl publicUrl;
    private final AddinSettings settings;

    AddinManifestController(ServerPublicUrl publicUrl, AddinSettings settings) {
        this.publicUrl = publicUrl;
        this.settings = settings;
    }

    @Get(value = "/manifest.xml", produces = MediaType.APPLICATION_XML)
    String manifest() {
        return new AddinManifest(publicUrl.get(), settings.fixedId()).xml();
    }
}
