// Certificates made with the openssl CLI for TLS monitor tests: a root CA, an intermediate, and leaves with chosen
// names and validity (openssl ca takes absolute start and end dates, so expired and about-to-expire are real).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface Leaf {
  key: string;
  cert: string;
}

const CA_CONFIG = `
[ ca ]
default_ca = test_ca
[ test_ca ]
database = index.txt
serial = serial
new_certs_dir = .
default_md = sha256
policy = any
copy_extensions = copy
unique_subject = no
[ any ]
commonName = supplied
[ v3_ca ]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
[ v3_leaf ]
basicConstraints = CA:false
`;

const asn1 = (date: Date) => `${date.toISOString().replace(/[-:T]/g, "").slice(0, 14)}Z`;

export class TestCertificates {
  readonly dir = mkdtempSync(path.join(tmpdir(), "beacon-tls-"));
  private readonly file = (name: string) => path.join(this.dir, name);

  constructor() {
    writeFileSync(this.file("ca.cnf"), CA_CONFIG);
    writeFileSync(this.file("index.txt"), "");
    writeFileSync(this.file("serial"), "1000\n");
    this.openssl(
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      "root.key",
      "-out",
      "root.crt",
      "-days",
      "3650",
      "-subj",
      "/CN=Beacon Test Root",
    );
    this.openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "int.key", "-out", "int.csr", "-subj", "/CN=Beacon Test Intermediate");
    this.sign("root", "int", new Date(Date.now() - 86_400_000), new Date(Date.now() + 3650 * 86_400_000), "v3_ca");
  }

  get root(): string {
    return readFileSync(this.file("root.crt"), "utf8");
  }

  get intermediate(): string {
    return readFileSync(this.file("int.crt"), "utf8");
  }

  /** A leaf for `dnsName`, signed by the intermediate, valid from `notBefore` to `notAfter`. */
  leaf(name: string, dnsName: string, notBefore: Date, notAfter: Date): Leaf {
    this.openssl(
      "req",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.csr`,
      "-subj",
      `/CN=${dnsName}`,
      "-addext",
      `subjectAltName=DNS:${dnsName}`,
    );
    this.sign("int", name, notBefore, notAfter, "v3_leaf");
    return { key: readFileSync(this.file(`${name}.key`), "utf8"), cert: readFileSync(this.file(`${name}.crt`), "utf8") };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private sign(issuer: string, subject: string, notBefore: Date, notAfter: Date, extensions: string) {
    this.openssl(
      "ca",
      "-batch",
      "-config",
      "ca.cnf",
      "-notext",
      "-extensions",
      extensions,
      "-keyfile",
      `${issuer}.key`,
      "-cert",
      `${issuer}.crt`,
      "-startdate",
      asn1(notBefore),
      "-enddate",
      asn1(notAfter),
      "-in",
      `${subject}.csr`,
      "-out",
      `${subject}.crt`,
    );
  }

  private openssl(...args: string[]) {
    execFileSync("openssl", args, { cwd: this.dir, stdio: "pipe" });
  }
}
