package org.plenary.devidp;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The dev issuer's RSA key, kept in the data directory so tokens survive a restart of the server.
 */
final class SigningKey {

  private final RSAPrivateCrtKey privateKey;
  private final RSAPublicKey publicKey;
  private final String keyId;

  private SigningKey(RSAPrivateCrtKey privateKey, RSAPublicKey publicKey) throws GeneralSecurityException {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    byte[] thumbprint = MessageDigest.getInstance("SHA-256").digest(publicKey.getModulus().toByteArray());
    this.keyId = Base64.getUrlEncoder().withoutPadding().encodeToString(thumbprint).substring(0, 16);
  }

  /** Loads the key from {@code file}, creating it on first use. Blocking. */
  static SigningKey loadOrCreate(Path file) throws IOException, GeneralSecurityException {
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    RSAPrivateCrtKey privateKey;
    if (Files.exists(file)) {
      String pem = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    } else {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      privateKey = (RSAPrivateCrtKey) pair.getPrivate();
      Files.createDirectories(file.getParent());
      Files.writeString(file, pem(privateKey));
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
        new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
    return new SigningKey(privateKey, publicKey);
  }

  String keyId() {
    return keyId;
  }

  String privateKeyPem() {
    return pem(privateKey);
  }

  JsonObject publicJwk() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return new JsonObject()
        .put("kty", "RSA")
        .put("use", "sig")
        .put("alg", "RS256")
        .put("kid", keyId)
        .put("n", b64.encodeToString(unsigned(publicKey.getModulus().toByteArray())))
        .put("e", b64.encodeToString(unsigned(publicKey.getPublicExponent().toByteArray())));
  }

  private static String pem(RSAPrivateCrtKey key) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }

  /** JWK integers are unsigned big-endian; BigInteger adds a sign byte when the top bit is set. */
  private static byte[] unsigned(byte[] bytes) {
    return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }
}
