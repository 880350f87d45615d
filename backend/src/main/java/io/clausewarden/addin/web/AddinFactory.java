package io.clausewarden.addin.web;

import io.clausewarden.addin.AddinSettings;
import io.clausewarden.addin.OfficeJs;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;

/** Checks the add-in settings when the server starts, so a wrong value stops it with the setting's name. */
@Factory
class AddinFactory {
    @Context
    OfficeJs officeJs(AddinSettings settings) {
        settings.fixedId();
        return settings.officeJs();
    }
}
