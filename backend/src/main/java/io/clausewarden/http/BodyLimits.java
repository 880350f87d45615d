package io.clausewarden.http;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;

import java.util.Locale;

/**
 * {@code clausewarden.limits.*-bytes}: how many bytes a request body may carry, by its content type. Counted
 * as the bytes arrive (chunked or not) by {@link BodyLimitHandler}; the defaults are here and nowhere else.
 */
@ConfigurationProperties("clausewarden.limits")
public class BodyLimits {
    static final String PREFIX = "clausewarden.limits.";

    /** One limit: what it covers, the property that sets it and its value. */
    public record Limit(String bodies, String property, long bytes, String advice) {
        String detail() {
            return bodies + " may not exceed " + property + " (" + bytes + " bytes)" + advice;
        }
    }

    private long jsonBodyBytes = 2L * 1024 * 1024;
    private long yamlBodyBytes = 1024L * 1024;
    private long uploadBytes = 25L * 1024 * 1024;

    /** The limit for a body of this Content-Type (null or unknown types get the JSON limit). */
    public Limit forContentType(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        type = (parameters < 0 ? type : type.substring(0, parameters)).trim();
        if (type.startsWith("multipart/")) {
            return new Limit("Uploads", PREFIX + "upload-bytes", positive("upload-bytes", uploadBytes), ".");
        }
        if (type.endsWith("/yaml") || type.endsWith("/x-yaml") || type.endsWith("+yaml")) {
            return new Limit("YAML request bodies", PREFIX + "yaml-body-bytes", positive("yaml-body-bytes", yamlBodyBytes), ".");
        }
        return new Limit("JSON and other request bodies", PREFIX + "json-body-bytes",
                positive("json-body-bytes", jsonBodyBytes), "; upload large documents as a file.");
    }

    /** The largest of the limits: the server-wide maximum must be at least this. */
    long largest() {
        return Math.max(positive("upload-bytes", uploadBytes),
                Math.max(positive("json-body-bytes", jsonBodyBytes), positive("yaml-body-bytes", yamlBodyBytes)));
    }

    private static long positive(String key, long value) {
        if (value <= 0) {
            String property = PREFIX + key;
            throw new ConfigurationException(property + " (environment variable "
                    + property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + ") must be a positive number");
        }
        return value;
    }

    public long getJsonBodyBytes() {
        return jsonBodyBytes;
    }

    public void setJsonBodyBytes(long jsonBodyBytes) {
        this.jsonBodyBytes = jsonBodyBytes;
    }

    public long getYamlBodyBytes() {
        return yamlBodyBytes;
    }

    public void setYamlBodyBytes(long yamlBodyBytes) {
        this.yamlBodyBytes = yamlBodyBytes;
    }

    public long getUploadBytes() {
        return uploadBytes;
    }

    public void setUploadBytes(long uploadBytes) {
        this.uploadBytes = uploadBytes;
    }
}
