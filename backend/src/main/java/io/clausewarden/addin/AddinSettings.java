package io.clausewarden.addin;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code clausewarden.addin.*}: {@code office-js-url} ({@code CLAUSEWARDEN_ADDIN_OFFICE_JS_URL}), where the pane
 * loads Office.js from (blank: Microsoft's CDN); {@code id} ({@code CLAUSEWARDEN_ADDIN_ID}), a manifest Id to
 * keep when the server moves to a new public URL (blank: derived from the public URL).
 */
@ConfigurationProperties("clausewarden.addin")
public class AddinSettings {
    private String officeJsUrl;
    private String id;

    /** @throws ConfigurationException naming the setting when it is invalid */
    public OfficeJs officeJs() {
        try {
            return OfficeJs.of(officeJsUrl);
        } catch (IllegalArgumentException e) {
            throw invalid("office-js-url", e.getMessage());
        }
    }

    /** @throws ConfigurationException naming the setting when it is not a GUID */
    public Optional<UUID> fixedId() {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            throw invalid("id", "must be a GUID such as 0f3e5c1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b");
        }
    }

    private static ConfigurationException invalid(String key, String what) {
        String variable = ("CLAUSEWARDEN_ADDIN_" + key).toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return new ConfigurationException("clausewarden.addin." + key + " (environment variable " + variable + ") " + what);
    }

    public String getOfficeJsUrl() {
        return officeJsUrl;
    }

    public void setOfficeJsUrl(String officeJsUrl) {
        this.officeJsUrl = officeJsUrl;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
