package org.allianceledger.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's side of SCRAM-SHA-256 (RFC 5802 with RFC 7677), the mechanism MongoDB's drivers,
 * {@code mongosh} and pymongo speak, for one user whose password is fixed when the store starts.
 * Only the derived keys are kept, not the password. No channel binding: the store listens on
 * loopback only.
 */
final class ScramSha256Server {

    /** MongoDB's own default for SCRAM-SHA-256; drivers refuse fewer than 4096. */
    private static final int ITERATIONS = 15_000;
    private static final String GS2_HEADER = "n,,";
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Decoder BASE64_DECODER = Base64.getDecoder();

    private final SecureRandom random;
    private final String username;
    private final byte[] salt;
    private final byte[] storedKey;
    private final byte[] serverKey;

    ScramSha256Server(String username, String password, SecureRandom random) {
        this.random = random;
        this.username = username;
        this.salt = new byte[16];
        random.nextBytes(salt);
        byte[] saltedPassword = saltedPassword(password, salt);
        this.storedKey = sha256(hmac(saltedPassword, "Client Key"));
        this.serverKey = hmac(saltedPassword, "Server Key");
    }

    /** Answers the client's first message; the exchange then waits for the client's proof. */
    Exchange start(byte[] clientFirstMessage) {
        String clientFirst = new String(clientFirstMessage, StandardCharsets.UTF_8);
        if (!clientFirst.startsWith(GS2_HEADER)) {
            throw new AuthenticationFailure("channel binding and authorisation identities are not offered");
        }
        String clientFirstBare = clientFirst.substring(GS2_HEADER.length());
        Map<String, String> attributes = attributes(clientFirstBare);
        String user = unescape(attributes.get("n"));
        String clientNonce = attributes.get("r");
        if (!username.equals(user) || clientNonce == null || clientNonce.isEmpty()) {
            throw new AuthenticationFailure("unknown user or no nonce");
        }
        byte[] serverNonce = new byte[24];
        random.nextBytes(serverNonce);
        String nonce = clientNonce + BASE64.encodeToString(serverNonce);
        String serverFirst = "r=" + nonce + ",s=" + BASE64.encodeToString(salt) + ",i=" + ITERATIONS;
        return new Exchange(clientFirstBare, serverFirst, nonce);
    }

    /** One client's conversation after the server's first message. */
    final class Exchange {

        private final String clientFirstBare;
        private final String serverFirst;
        private final String nonce;

        private Exchange(String clientFirstBare, String serverFirst, String nonce) {
            this.clientFirstBare = clientFirstBare;
            this.serverFirst = serverFirst;
            this.nonce = nonce;
        }

        byte[] serverFirstMessage() {
            return serverFirst.getBytes(StandardCharsets.UTF_8);
        }

        /** Checks the client's proof; the answer proves to the client that the server knows the password too. */
        byte[] finish(byte[] clientFinalMessage) {
            String clientFinal = new String(clientFinalMessage, StandardCharsets.UTF_8);
            int proofAt = clientFinal.lastIndexOf(",p=");
            if (proofAt < 0) {
                throw new AuthenticationFailure("no proof");
            }
            String withoutProof = clientFinal.substring(0, proofAt);
            Map<String, String> attributes = attributes(withoutProof);
            if (!BASE64.encodeToString(GS2_HEADER.getBytes(StandardCharsets.UTF_8)).equals(attributes.get("c"))
                    || !nonce.equals(attributes.get("r"))) {
                throw new AuthenticationFailure("channel binding or nonce does not match");
            }
            byte[] proof = decode(clientFinal.substring(proofAt + 3));
            String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
            byte[] clientSignature = hmac(storedKey, authMessage);
            if (proof.length != clientSignature.length) {
                throw new AuthenticationFailure("malformed proof");
            }
            byte[] clientKey = new byte[proof.length];
            for (int i = 0; i < proof.length; i++) {
                clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
            }
            if (!MessageDigest.isEqual(storedKey, sha256(clientKey))) {
                throw new AuthenticationFailure("wrong password");
            }
            return ("v=" + BASE64.encodeToString(hmac(serverKey, authMessage))).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Why an exchange failed; the client is told only that it failed. */
    static final class AuthenticationFailure extends RuntimeException {
        AuthenticationFailure(String reason) {
            super(reason);
        }
    }

    private static Map<String, String> attributes(String message) {
        Map<String, String> attributes = new HashMap<>();
        for (String part : message.split(",")) {
            if (part.length() >= 2 && part.charAt(1) == '=') {
                attributes.putIfAbsent(part.substring(0, 1), part.substring(2));
            }
        }
        return attributes;
    }

    /** RFC 5802 escapes ',' and '=' in a user name. */
    private static String unescape(String name) {
        return name == null ? null : name.replace("=2C", ",").replace("=3D", "=");
    }

    private static byte[] decode(String base64) {
        try {
            return BASE64_DECODER.decode(base64);
        } catch (IllegalArgumentException e) {
            throw new AuthenticationFailure("malformed proof");
        }
    }

    /** The password is the store's own random secret in base64url, so SASLprep leaves it as it is. */
    private static byte[] saltedPassword(String password, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17 runtime", e);
        }
    }
}
