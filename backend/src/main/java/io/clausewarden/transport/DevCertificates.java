package io.clausewarden.transport;

import io.clausewarden.support.OwnerOnlyFiles;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * A development certificate authority for the zero-setup default, so that browsers, Word and curl can
 * trust one CA file across restarts. Production deployments bring their own key store instead.
 *
 * <p>What a copied file can be used for is kept small. Clients trust a root whose private key is
 * discarded once it has signed one issuing CA; both are name-constrained to the loopback names the
 * development server answers on, so a certificate for any other host is invalid. Constraints in an
 * intermediate are enforced by every verifier (Java's too), not only by those that read them in a
 * trusted root. The issuing CA may not sign further CAs, and its key lives in {@code keys/}, apart
 * from anything TLS serves. Server certificates are short-lived and are issued in memory by
 * {@link DevServerCertificates}; none is written to disk.
 */
public final class DevCertificates {
    public static final String TRUST_STORE = "truststore.p12";
    public static final String CA_PEM = "ca.pem";
    public static final String PASSWORD_FILE = "keystore.password";
    static final String CA_KEY_STORE = "dev-ca.p12";
    static final String CA_PASSWORD_FILE = "dev-ca.password";
    /** Written by earlier versions: it held the CA's private key beside the server's, so it is removed. */
    static final String LEGACY_SERVER_KEY_STORE = "server.p12";
    static final String CA_ALIAS = "ca";

    static final Duration CA_VALIDITY = Duration.ofDays(730);
    /** A CA this close to its end is replaced at start-up rather than left to expire while running. */
    static final Duration CA_RENEWAL = Duration.ofDays(30);
    static final String[] DNS_NAMES = {"localhost"};
    static final String[] IP_NAMES = {"127.0.0.1", "::1"};

    private static final SecureRandom RANDOM = new SecureRandom();

    private DevCertificates() {
    }

    /**
     * What exists after {@link #ensure}: the CA to trust (PEM and PKCS#12 trust store with its
     * password), the CA's own key store, and whether this start created a new CA.
     */
    public record Material(Path caPem, Path trustStore, String trustStorePassword, Path caKeyStore,
                           Path caPasswordFile, boolean newAuthority) {
    }

    /**
     * The issuing CA's certificate and private key, for signing server certificates, and the root that
     * clients trust. Both carry the name constraints; the root's own key no longer exists.
     */
    record Authority(X509Certificate certificate, PrivateKey key, X509Certificate root) {
    }

    /**
     * Makes sure a valid development CA exists: {@code tls/} gets what clients trust, {@code keys/} the
     * CA's key. A CA from an earlier version (no name constraints, key in the server key store) or one
     * near its end is replaced.
     */
    public static Material ensure(Path tlsDir, Path keysDir) {
        Path caPem = tlsDir.resolve(CA_PEM);
        Path trustStore = tlsDir.resolve(TRUST_STORE);
        Path passwordFile = tlsDir.resolve(PASSWORD_FILE);
        Path caKeyStore = keysDir.resolve(CA_KEY_STORE);
        Path caPasswordFile = keysDir.resolve(CA_PASSWORD_FILE);
        try {
            Files.deleteIfExists(tlsDir.resolve(LEGACY_SERVER_KEY_STORE));
            boolean renew = !Files.exists(caKeyStore) || !Files.exists(caPasswordFile) || !Files.exists(passwordFile)
                    || !Files.exists(trustStore) || !Files.exists(caPem) || nearEnd(load(caKeyStore, caPasswordFile));
            if (renew) {
                generate(caPem, trustStore, passwordFile, caKeyStore, caPasswordFile);
            }
            return new Material(caPem, trustStore, read(passwordFile), caKeyStore, caPasswordFile, renew);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the development certificate authority in " + tlsDir, e);
        }
    }

    static Authority load(Path caKeyStore, Path caPasswordFile) throws IOException, GeneralSecurityException {
        char[] password = read(caPasswordFile).toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(caKeyStore)) {
            store.load(in, password);
        }
        Certificate[] chain = store.getCertificateChain(CA_ALIAS);
        return new Authority((X509Certificate) chain[0], (PrivateKey) store.getKey(CA_ALIAS, password),
                (X509Certificate) chain[chain.length - 1]);
    }

    /** A fresh key pair and a server certificate for the loopback names, valid for {@code validity}, in a key store. */
    static KeyStore issueServerKeyStore(Authority ca, Duration validity, char[] password) throws IOException, GeneralSecurityException {
        KeyPair serverKeys = newKeyPair();
        X509Certificate server = serverCertificate(ca, serverKeys.getPublic(), validity, DNS_NAMES, IP_NAMES);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", serverKeys.getPrivate(), password, new Certificate[] {server, ca.certificate(), ca.root()});
        return store;
    }

    /** A server certificate signed by the CA for exactly the given names (any names: specs use it to probe the constraints). */
    static X509Certificate serverCertificate(Authority ca, PublicKey subjectKey, Duration validity, String[] dnsNames,
                                             String[] ipAddresses) throws IOException, GeneralSecurityException {
        X509v3CertificateBuilder builder = builder(new X500Name("CN=" + (dnsNames.length > 0 ? dnsNames[0] : ipAddresses[0])
                + ",O=Clausewarden"), X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()),
                subjectKey, validity);
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey));
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                extensions.createAuthorityKeyIdentifier(ca.certificate().getPublicKey()));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        GeneralName[] names = new GeneralName[dnsNames.length + ipAddresses.length];
        for (int i = 0; i < dnsNames.length; i++) {
            names[i] = new GeneralName(GeneralName.dNSName, dnsNames[i]);
        }
        for (int i = 0; i < ipAddresses.length; i++) {
            names[dnsNames.length + i] = new GeneralName(GeneralName.iPAddress, ipAddresses[i]);
        }
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
        return sign(builder, ca.key());
    }

    private static boolean nearEnd(Authority ca) {
        return ca.certificate().getNotAfter().toInstant().isBefore(Instant.now().plus(CA_RENEWAL))
                || ca.certificate().getExtensionValue(Extension.nameConstraints.getId()) == null
                || ca.certificate().equals(ca.root());
    }

    private static void generate(Path caPem, Path trustStore, Path passwordFile, Path caKeyStore, Path caPasswordFile)
            throws IOException, GeneralSecurityException {
        long serial = Instant.now().getEpochSecond();
        KeyPair rootKeys = newKeyPair();
        X500Name rootName = new X500Name("CN=Clausewarden Development Root " + serial + ",O=Clausewarden");
        X509Certificate root = sign(authorityBuilder(rootName, rootName, rootKeys.getPublic(), rootKeys.getPublic(), 1),
                rootKeys.getPrivate());

        KeyPair issuingKeys = newKeyPair();
        X500Name issuingName = new X500Name("CN=Clausewarden Development CA " + serial + ",O=Clausewarden");
        X509Certificate issuing = sign(authorityBuilder(issuingName, rootName, issuingKeys.getPublic(), rootKeys.getPublic(), 0),
                rootKeys.getPrivate());
        // The root's private key is dropped here: it has signed the one issuing CA it ever will.

        String caPassword = randomPassword();
        KeyStore caStore = KeyStore.getInstance("PKCS12");
        caStore.load(null, null);
        caStore.setKeyEntry(CA_ALIAS, issuingKeys.getPrivate(), caPassword.toCharArray(), new Certificate[] {issuing, root});
        OwnerOnlyFiles.write(caPasswordFile, caPassword.getBytes(StandardCharsets.US_ASCII));
        store(caStore, caKeyStore, caPassword.toCharArray());

        String trustPassword = randomPassword();
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("clausewarden-dev-root", root);
        OwnerOnlyFiles.write(passwordFile, trustPassword.getBytes(StandardCharsets.US_ASCII));
        store(trust, trustStore, trustPassword.toCharArray());
        OwnerOnlyFiles.write(caPem, pem(root).getBytes(StandardCharsets.US_ASCII));
    }

    private static X509v3CertificateBuilder authorityBuilder(X500Name subject, X500Name issuer, PublicKey subjectKey,
                                                             PublicKey issuerKey, int pathLength)
            throws IOException, GeneralSecurityException {
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = builder(subject, issuer, subjectKey, CA_VALIDITY);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(pathLength));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey));
        builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuerKey));
        builder.addExtension(Extension.nameConstraints, true, loopbackOnly());
        return builder;
    }

    /** Permitted subtrees: localhost, 127.0.0.0/8 and ::1; nothing else may be certified by this CA. */
    private static NameConstraints loopbackOnly() {
        GeneralSubtree[] permitted = {
            new GeneralSubtree(new GeneralName(GeneralName.dNSName, "localhost")),
            new GeneralSubtree(new GeneralName(GeneralName.iPAddress, new DEROctetString(new byte[] {127, 0, 0, 0, (byte) 255, 0, 0, 0}))),
            new GeneralSubtree(new GeneralName(GeneralName.iPAddress, new DEROctetString(ipv6LoopbackWithMask())))
        };
        return new NameConstraints(permitted, null);
    }

    private static byte[] ipv6LoopbackWithMask() {
        byte[] addressAndMask = new byte[32];
        addressAndMask[15] = 1;
        for (int i = 16; i < 32; i++) {
            addressAndMask[i] = (byte) 0xFF;
        }
        return addressAndMask;
    }

    private static X509v3CertificateBuilder builder(X500Name subject, X500Name issuer, PublicKey subjectKey, Duration validity) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, RANDOM), Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(validity)), subject, subjectKey);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) throws GeneralSecurityException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot sign the certificate", e);
        }
    }

    static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static void store(KeyStore keyStore, Path path, char[] password) throws IOException, GeneralSecurityException {
        try (OutputStream out = OwnerOnlyFiles.newOutputStream(path)) {
            keyStore.store(out, password);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII).trim();
    }

    private static String pem(X509Certificate certificate) throws GeneralSecurityException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }

    /** A random password for a key store (URL-safe, 192 bits). */
    public static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
