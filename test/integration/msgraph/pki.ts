// A throwaway RSA key pair and a self-signed X.509 certificate for 127.0.0.1, made with node:crypto at test
// time (node:crypto signs but cannot write certificates, so the DER is assembled here). The same certificate
// serves the loopback token endpoint over https and is the app's client certificate.
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";

const length = (n: number): Buffer => {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
};
const tlv = (tag: number, ...parts: Buffer[]): Buffer => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
};
const seq = (...parts: Buffer[]) => tlv(0x30, ...parts);
const integer = (bytes: Buffer) => tlv(0x02, bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
const oid = (dotted: string): Buffer => {
  const [a, b, ...rest] = dotted.split(".").map(Number) as [number, number, ...number[]];
  const bytes = [40 * a + b];
  for (const part of rest) {
    const chunk = [part & 0x7f];
    for (let v = part >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
};
const utcTime = (d: Date) => tlv(0x17, Buffer.from(`${d.toISOString().replace(/[-:T]/g, "").slice(2, 14)}Z`));
const TRUE = tlv(0x01, Buffer.from([0xff]));

export interface TestPki {
  /** PEM certificate. */
  certPem: string;
  /** PEM PKCS#8 private key. */
  keyPem: string;
  publicKey: KeyObject;
}

export function makeTestPki(commonName = "backup-graphql test"): TestPki {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const sha256WithRsa = seq(oid("1.2.840.113549.1.1.11"), tlv(0x05));
  const name = seq(tlv(0x31, seq(oid("2.5.4.3"), tlv(0x0c, Buffer.from(commonName)))));
  const now = Date.now();
  const serial = randomBytes(8);
  serial[0] = serial[0]! & 0x7f;
  const extensions = tlv(
    0xa3,
    seq(
      seq(oid("2.5.29.19"), TRUE, tlv(0x04, seq(TRUE))), // basicConstraints: CA, so a client may trust it as its own root
      seq(
        oid("2.5.29.17"),
        tlv(0x04, seq(tlv(0x87, Buffer.from([127, 0, 0, 1])), tlv(0x82, Buffer.from("localhost")))),
      ),
    ),
  );
  const tbs = seq(
    tlv(0xa0, integer(Buffer.from([2]))),
    integer(serial),
    sha256WithRsa,
    name,
    seq(utcTime(new Date(now - 86_400_000)), utcTime(new Date(now + 86_400_000))),
    name,
    publicKey.export({ type: "spki", format: "der" }),
    extensions,
  );
  const der = seq(tbs, sha256WithRsa, tlv(0x03, Buffer.from([0]), sign("sha256", tbs, privateKey)));
  const lines = der
    .toString("base64")
    .match(/.{1,64}/g)!
    .join("\n");
  return {
    certPem: `-----BEGIN CERTIFICATE-----\n${lines}\n-----END CERTIFICATE-----\n`,
    keyPem: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
    publicKey,
  };
}
