package io.clausewarden.transport;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * The development CA's files (set by the embedded defaults) and the lifetime of the server
 * certificates it issues.
 */
@ConfigurationProperties("clausewarden.tls")
public class DevTlsSettings {
    @NotBlank
    private String caKeyStore;
    @NotBlank
    private String caPasswordFile;
    @NotNull
    private Duration serverCertificateValidity = Duration.ofDays(7);
    /** Reissue when less than this share (percent) of the lifetime is left. */
    @Min(1)
    @Max(90)
    private int renewalPercent = 50;

    public String getCaKeyStore() {
        return caKeyStore;
    }

    public void setCaKeyStore(String caKeyStore) {
        this.caKeyStore = caKeyStore;
    }

    public String getCaPasswordFile() {
        return caPasswordFile;
    }

    public void setCaPasswordFile(String caPasswordFile) {
        this.caPasswordFile = caPasswordFile;
    }

    public Duration getServerCertificateValidity() {
        return serverCertificateValidity;
    }

    public void setServerCertificateValidity(Duration serverCertificateValidity) {
        this.serverCertificateValidity = serverCertificateValidity;
    }

    public int getRenewalPercent() {
        return renewalPercent;
    }

    public void setRenewalPercent(int renewalPercent) {
        this.renewalPercent = renewalPercent;
    }
}
