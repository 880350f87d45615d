package io.clausewarden.addin.web;

import io.clausewarden.addin.AddinSettings;
import io.clausewarden.addin.OfficeJs;
import io.clausewarden.addin.TaskpanePage;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;

/**
 * Checks the add-in settings and prepares the pane's page when the server starts, so a wrong value (or a page
 * the configured Office.js cannot be applied to) stops it with the setting's name.
 */
@Factory
class AddinFactory {
    @Context
    OfficeJs officeJs(AddinSettings settings) {
        settings.fixedId();
        return settings.officeJs();
    }

    @Context
    TaskpanePage taskpanePage(OfficeJs officeJs) {
        return TaskpanePage.load(officeJs);
    }
}
