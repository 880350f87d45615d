package io.clausewarden.server;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

/**
 * {@code clausewarden.public-url} (environment {@code CLAUSEWARDEN_PUBLIC_URL}): where users reach this
 * server. Blank means {@code https://localhost:<the HTTPS port>}. An invalid value stops the server at
 * start-up, naming the setting.
 */
@Context
@Singleton
public class ServerPublicUrl {
    static final String PROPERTY = "clausewarden.public-url";
    static final String VARIABLE = "CLAUSEWARDEN_PUBLIC_URL";

    private final PublicUrl configured;
    private final BeanProvider<EmbeddedServer> server;

    ServerPublicUrl(Settings settings, BeanProvider<EmbeddedServer> server) {
        this.configured = parse(settings.getPublicUrl());
        this.server = server;
    }

    /** The configured URL, or the loopback default once the server knows its port. */
    public PublicUrl get() {
        return configured != null ? configured : PublicUrl.localhost(server.get().getPort());
    }

    private static PublicUrl parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new PublicUrl(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(PROPERTY + " (environment variable " + VARIABLE + ") " + e.getMessage());
        }
    }

    @ConfigurationProperties("clausewarden")
    static class Settings {
        private String publicUrl;

        public String getPublicUrl() {
            return publicUrl;
        }

        public void setPublicUrl(String publicUrl) {
            this.publicUrl = publicUrl;
        }
    }
}
