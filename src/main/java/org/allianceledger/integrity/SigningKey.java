package org.allianceledger.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
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
import java.util.Set;

/**
 * The Ed25519 key that signs export bundles and checkpoints: read from its file (never one that
 * others than its owner may read), or made and written (owner-only) on first use. Its public half travels in every bundle; its fingerprint is what an outsider
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
        return Files.exists(file) ? load(file) : create(file);
    }

    /** @throws IllegalStateException when the file is missing, is no key pair, or others than its owner may read it */
    static SigningKey load(Path file) {
        try {
            refuseIfOthersMayRead(file);
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            String[] pems = Files.readString(file).split("(?=-----BEGIN )");
            PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(unpem(pems[0])));
            PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(unpem(pems[1])));
            return new SigningKey(new KeyPair(publicKey, privateKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("The signing key " + file + " is not an Ed25519 key pair this ledger wrote", e);
        }
    }

    /**
     * A key that the file's group or anyone else may read may have been copied: whoever holds it can
     * sign a rewritten history as the ledger. Where the file system has no POSIX permissions, nothing is checked.
     */
    static void refuseIfOthersMayRead(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
            throw new IllegalStateException("The signing key " + file + " may be read by its group or others ("
                    + PosixFilePermissions.toString(permissions) + "): the ledger refuses to sign with it. Make it readable by its owner "
                    + "alone (chmod 600 " + file + ") and consider whether it was copied; if it may have been, replace the key "
                    + "(see ledger.integrity.previous-signing-key-file).");
        }
    }

    private static SigningKey create(Path file) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Files.createDirectories(file.toAbsolutePath().getParent());
            // Owner-only from its creation, not after: never readable by others for a moment.
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, pem(PRIVATE_PEM, pair.getPrivate().getEncoded()) + pem(PUBLIC_PEM, pair.getPublic().getEncoded()));
            return new SigningKey(pair);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot make an Ed25519 key", e);
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
