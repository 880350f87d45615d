package io.clausewarden.playbook.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Publishes the JSON Schema every imported playbook is validated against, for editors and CI of firms. */
@Controller("/api/v1/schemas")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class PlaybookSchemaController {
    private final String schema = read();

    @Get(value = "/playbook.json", produces = "application/schema+json")
    public HttpResponse<String> playbook() {
        return HttpResponse.ok(schema).contentType(MediaType.of("application/schema+json"));
    }

    private static String read() {
        try (InputStream in = PlaybookSchemaController.class.getResourceAsStream("/playbooks/playbook.schema.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
