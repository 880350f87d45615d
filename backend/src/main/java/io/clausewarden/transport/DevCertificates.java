package io.clausewarden.transport;

import io.clausewarden.support.OwnerOnlyFiles;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * A development certificate authority and a server certificate it signs, kept in the data directory
 * so that browsers and curl can trust one CA file across restarts. Production deployments bring
 * their own key store instead.
 */
public final class DevCertificates {
    public static final String SERVER_KEY_STORE = "server.p12";
    public static final String TRUST_STORE = "truststore.p12";
    public static final String CA_PEM = "ca.pem";
    public static final String PASSWORD_FILE = "keystore.password";

    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration SERVER_VALIDITY = Duration.ofDays(825);
    private static final SecureRandom RANDOM = new SecureRandom();

    private DevCertificates() {
    }

    /** Material that exists after {@link #ensure(Path)}: paths and the key-store password. */
    public record Material(Path serverKeyStore, Path trustStore, Path caPem, String password) {
    }

    public static Material ensure(Path tlsDir) {
        Path keyStore = tlsDir.resolve(SERVER_KEY_STORE);
        Path trustStore = tlsDir.resolve(TRUST_STORE);
        Path caPem = tlsDir.resolve(CA_PEM);
        Path passwordFile = tlsDir.resolve(PASSWORD_FILE);
        try {
            if (!Files.exists(keyStore) || !Files.exists(passwordFile)) {
                generate(keyStore, trustStore, caPem, passwordFile);
            }
            String password = Files.readString(passwordFile, StandardCharsets.US_ASCII).trim();
            return new Material(keyStore, trustStore, caPem, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the development certificates in " + tlsDir, e);
        }
    }

    private static void generate(Path keyStore, Path trustStore, Path caPem, Path passwordFile)
            throws IOException, GeneralSecurityException {
        KeyPair caKeys = newKeyPair();
        X500Name caName = new X500Name("CN=Clausewarden Development CA,O=Clausewarden");
        X509Certificate ca = sign(caName, caName, caKeys.getPublic(), caKeys, CA_VALIDITY, true);

        KeyPair serverKeys = newKeyPair();
        X509Certificate server = sign(new X500Name("CN=localhost,O=Clausewarden"), caName,
                serverKeys.getPublic(), caKeys, SERVER_VALIDITY, false);

        String password = randomPassword();
        char[] pw = password.toCharArray();

        KeyStore serverStore = KeyStore.getInstance("PKCS12");
        serverStore.load(null, null);
        serverStore.setKeyEntry("server", serverKeys.getPrivate(), pw, new Certificate[] {server, ca});
        serverStore.setKeyEntry("ca", caKeys.getPrivate(), pw, new Certificate[] {ca});
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("clausewarden-dev-ca", ca);

        OwnerOnlyFiles.write(passwordFile, password.getBytes(StandardCharsets.US_ASCII));
        store(serverStore, keyStore, pw);
        store(trust, trustStore, pw);
        OwnerOnlyFiles.write(caPem, pem(ca).getBytes(StandardCharsets.US_ASCII));
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X500Name subject, X500Name issuer, java.security.PublicKey subjectKey,
                                        KeyPair issuerKeys, Duration validity, boolean isCa)
            throws IOException, GeneralSecurityException {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                new BigInteger(127, RANDOM), Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(validity)), subject, subjectKey);
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey));
        if (isCa) {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.iPAddress, "::1")
            }));
        }
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot sign the certificate", e);
        }
    }

    private static void store(KeyStore keyStore, Path path, char[] password) throws IOException, GeneralSecurityException {
        try (OutputStream out = OwnerOnlyFiles.newOutputStream(path)) {
            keyStore.store(out, password);
        }
    }

    private static String pem(X509Certificate certificate) throws GeneralSecurityException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
