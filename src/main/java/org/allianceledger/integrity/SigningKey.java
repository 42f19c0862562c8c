package org.allianceledger.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;

/**
 * The Ed25519 key that signs export bundles: read from its file, or made and written (owner-only)
 * on first use. Its public half travels in every bundle; its fingerprint is what an outsider
 * compares with the one the ledger publishes.
 */
public final class SigningKey {

    static final String ALGORITHM = "Ed25519";
    private static final String PUBLIC_PEM = "PUBLIC KEY";
    private static final String PRIVATE_PEM = "PRIVATE KEY";

    private final KeyPair pair;

    private SigningKey(KeyPair pair) {
        this.pair = pair;
    }

    static SigningKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
                String[] pems = Files.readString(file).split("(?=-----BEGIN )");
                PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(unpem(pems[0])));
                PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(unpem(pems[1])));
                return new SigningKey(new KeyPair(publicKey, privateKey));
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, pem(PRIVATE_PEM, pair.getPrivate().getEncoded()) + pem(PUBLIC_PEM, pair.getPublic().getEncoded()));
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return new SigningKey(pair);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the signing key " + file, e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("The signing key " + file + " is not an Ed25519 key pair this ledger wrote", e);
        }
    }

    byte[] sign(byte[] content) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(pair.getPrivate());
            signer.update(content);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing failed", e);
        }
    }

    public String publicKeyPem() {
        return pem(PUBLIC_PEM, pair.getPublic().getEncoded());
    }

    public String fingerprint() {
        return fingerprint(pair.getPublic());
    }

    static String fingerprint(PublicKey key) {
        return "SHA256:" + ChainedEvent.sha256(Base64.getEncoder().encodeToString(key.getEncoded()));
    }

    /**
     * The hex digits of a fingerprint as a person gives it: with or without {@code SHA256:}, in either case.
     *
     * @throws IllegalArgumentException when it is not 64 hex digits
     */
    static String fingerprintHex(String fingerprint) {
        String hex = fingerprint.strip().replaceFirst("(?i)^SHA256:", "").toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a key fingerprint is SHA256: and 64 hex digits, not " + fingerprint);
        }
        return hex;
    }

    static PublicKey readPublicKey(String pem) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(unpem(pem)));
    }

    static boolean verify(PublicKey key, byte[] content, byte[] signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(ALGORITHM);
        verifier.initVerify(key);
        verifier.update(content);
        return verifier.verify(signature);
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] unpem(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").trim());
    }
}
