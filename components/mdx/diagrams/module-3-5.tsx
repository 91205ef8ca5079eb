// Diagrams of module 3.5, available to its lesson by name. See content/AUTHORING.md.
import { DiagramFrame } from "./diagram-frame";

const FONT = 14;
const SMALL = 13;

/**
 * Text in a theme colour. `.d-muted`, `.d-ok` and `.d-danger` also set a stroke, so the
 * stroke width is zeroed to keep the glyphs crisp; accent text uses `.d-accent-fill`.
 */
function Label({
  x,
  y,
  children,
  tone = "d-muted",
  anchor = "middle",
  size = SMALL,
  weight,
}: {
  x: number;
  y: number;
  children: string;
  tone?: "d-text" | "d-muted" | "d-accent-fill" | "d-ok" | "d-danger";
  anchor?: "start" | "middle" | "end";
  size?: number;
  weight?: number;
}) {
  return (
    <text x={x} y={y} textAnchor={anchor} fontSize={size} fontWeight={weight} className={tone} strokeWidth={0}>
      {children}
    </text>
  );
}

/** A straight arrow from (x1, y1) to (x2, y2) with a filled triangular head at the end. */
function Arrow({
  x1,
  y1,
  x2,
  y2,
  dashed = false,
  tone = "d-stroke",
}: {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  dashed?: boolean;
  tone?: "d-stroke" | "d-accent" | "d-muted" | "d-danger";
}) {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const size = 9;
  const left = [x2 - size * Math.cos(angle - Math.PI / 7), y2 - size * Math.sin(angle - Math.PI / 7)];
  const right = [x2 - size * Math.cos(angle + Math.PI / 7), y2 - size * Math.sin(angle + Math.PI / 7)];
  // .d-stroke and .d-accent draw outlines only; pair each with the class that fills in the same colour.
  const headClass = tone === "d-stroke" ? "d-stroke d-text" : tone === "d-accent" ? "d-accent d-accent-fill" : tone;
  return (
    <g>
      <line
        x1={x1}
        y1={y1}
        x2={x2 - (size - 2) * Math.cos(angle)}
        y2={y2 - (size - 2) * Math.sin(angle)}
        className={tone}
        strokeWidth={2}
        strokeDasharray={dashed ? "6 5" : undefined}
        style={{ fill: "none" }}
      />
      <polygon points={`${x2},${y2} ${left[0]},${left[1]} ${right[0]},${right[1]}`} className={headClass} strokeWidth={2} />
    </g>
  );
}

/** A labelled box: a title line and optional smaller lines under it. */
function Box({
  x,
  y,
  width,
  height,
  title,
  lines = [],
  accent = false,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  lines?: string[];
  accent?: boolean;
}) {
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} rx={8} className="d-fill" />
      <rect x={x} y={y} width={width} height={height} rx={8} className={accent ? "d-accent" : "d-stroke"} strokeWidth={accent ? 3 : 2} style={{ fill: "none" }} />
      <Label x={x + width / 2} y={lines.length > 0 ? y + 22 : y + height / 2 + 5} tone="d-text" size={FONT} weight={600}>
        {title}
      </Label>
      {lines.map((line, index) => (
        <Label key={line} x={x + width / 2} y={y + 42 + index * 18}>
          {line}
        </Label>
      ))}
    </g>
  );
}

/** A dashed region (laptop, Git, cluster) with its label in the top-left corner. */
function Region({ x, y, width, height, label }: { x: number; y: number; width: number; height: number; label: string }) {
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} rx={12} className="d-stroke" strokeDasharray="4 4" strokeWidth={1.5} style={{ fill: "none" }} />
      <Label x={x + 12} y={y + 20} anchor="start" weight={600}>
        {label}
      </Label>
    </g>
  );
}

function SealedSecretsFlow() {
  return (
    <DiagramFrame
      title="Sealed Secrets: seal with the public certificate, unseal only in the cluster"
      description="On your laptop, kubeseal encrypts a plain Secret manifest with the controller's public certificate, fetched once with kubeseal --fetch-cert, and writes a SealedSecret. Only the SealedSecret is committed to Git. In the cluster, the GitOps agent applies the SealedSecret; the Sealed Secrets controller, which keeps its private keys in Secrets labelled sealedsecrets.bitnami.com/sealed-secrets-key in kube-system, decrypts it and creates an ordinary Secret with the same name and namespace, which the pods read. With the default strict scope the name and namespace are bound into the ciphertext, so a renamed or moved SealedSecret, or a cluster whose keys were lost, fails with no key could decrypt secret."
    >
      <svg viewBox="0 0 760 370" role="presentation">
        <Region x={10} y={10} width={200} height={250} label="Your laptop" />
        <Region x={230} y={10} width={150} height={250} label="Git" />
        <Region x={400} y={10} width={350} height={250} label="Cluster" />

        <Box x={30} y={42} width={160} height={62} title="Secret (plain)" lines={["never committed"]} />
        <Box x={30} y={176} width={160} height={62} title="kubeseal" lines={["--cert pub-cert.pem"]} accent />
        <Arrow x1={110} y1={104} x2={110} y2={176} />

        <Box x={245} y={110} width={120} height={80} title="SealedSecret" lines={["ciphertext", "safe to share"]} />
        <Arrow x1={190} y1={207} x2={245} y2={160} />

        <Box x={420} y={42} width={150} height={62} title="GitOps agent" lines={["applies manifests"]} />
        <Arrow x1={365} y1={140} x2={420} y2={82} />

        <Box x={420} y={166} width={150} height={80} title="controller" lines={["private keys in", "kube-system"]} accent />
        <Arrow x1={495} y1={104} x2={495} y2={166} />

        <Box x={596} y={166} width={140} height={80} title="Secret" lines={["same name and", "namespace"]} />
        <Arrow x1={570} y1={206} x2={596} y2={206} tone="d-accent" />
        <Box x={596} y={42} width={140} height={62} title="Pods" lines={["read the Secret"]} />
        <Arrow x1={666} y1={166} x2={666} y2={104} />

        <polyline points="495,246 495,282 110,282" className="d-muted" strokeWidth={2} strokeDasharray="6 5" style={{ fill: "none" }} />
        <Arrow x1={110} y1={282} x2={110} y2={238} dashed tone="d-muted" />
        <Label x={300} y={300}>
          kubeseal --fetch-cert: only the public certificate leaves the cluster
        </Label>

        <rect x={10} y={314} width={740} height={46} rx={8} className="d-fill" />
        <rect x={10} y={314} width={740} height={46} rx={8} className="d-warn" strokeWidth={2} style={{ fill: "none" }} />
        <Label x={380} y={334} tone="d-text">
          strict scope (default): namespace/name are bound into the ciphertext.
        </Label>
        <Label x={380} y={352} tone="d-danger">
          {'Rename it, move it, or lose the keys: "no key could decrypt secret"'}
        </Label>
      </svg>
    </DiagramFrame>
  );
}

function SopsEnvelope() {
  const fileLines: { text: string; indent?: number; tone?: "d-accent-fill" | "d-muted" }[] = [
    { text: "apiVersion: v1" },
    { text: "kind: Secret" },
    { text: "metadata:" },
    { text: "name: db-credentials", indent: 1 },
    { text: "stringData:" },
    { text: "username: ENC[AES256_GCM,…]", indent: 1, tone: "d-accent-fill" },
    { text: "password: ENC[AES256_GCM,…]", indent: 1, tone: "d-accent-fill" },
    { text: "sops:", tone: "d-muted" },
    { text: "age: data key, per recipient", indent: 1, tone: "d-muted" },
    { text: "mac: ENC[AES256_GCM,…]", indent: 1, tone: "d-muted" },
  ];
  return (
    <DiagramFrame
      title="SOPS: one data key for the values, wrapped once for each recipient"
      description="On the left, a Secret encrypted with SOPS as it sits in Git: apiVersion, kind, metadata and the key names under stringData are readable, while the values of username and password are ENC[AES256_GCM,…] strings. At the bottom of the file, the sops metadata block holds the data key encrypted for each recipient and a MAC over the values. On the right, a single random 256-bit data key encrypts every value with AES-256-GCM; the same data key is encrypted separately to each recipient: the cluster's age key, the platform team's age key, and a cloud KMS key kept for emergencies. Those encrypted copies are stored in the sops block, and any one recipient can recover the data key and read the file."
    >
      <svg viewBox="0 0 760 330" role="presentation">
        <Region x={10} y={10} width={360} height={310} label="secret.sops.yaml, as committed" />
        {fileLines.map((line, index) => (
          <text
            key={line.text}
            x={30 + (line.indent ?? 0) * 18}
            y={52 + index * 26}
            fontSize={FONT}
            fontFamily="ui-monospace, monospace"
            className={line.tone ?? "d-text"}
            strokeWidth={0}
          >
            {line.text}
          </text>
        ))}

        <Box x={430} y={30} width={230} height={64} title="data key" lines={["random, 256 bit, one per file"]} accent />
        <Arrow x1={430} y1={70} x2={292} y2={186} tone="d-accent" />
        <Label x={395} y={146} anchor="start" tone="d-accent-fill">
          AES-256-GCM
        </Label>

        <Arrow x1={545} y1={94} x2={459} y2={190} />
        <Arrow x1={545} y1={94} x2={576} y2={190} />
        <Arrow x1={545} y1={94} x2={690} y2={190} />
        <Box x={400} y={190} width={118} height={62} title="age" lines={["cluster key"]} />
        <Box x={524} y={190} width={104} height={62} title="age" lines={["team key"]} />
        <Box x={634} y={190} width={112} height={62} title="cloud KMS" lines={["break-glass"]} />

        <Arrow x1={420} y1={270} x2={330} y2={262} dashed tone="d-muted" />
        <Label x={575} y={276}>
          each: the data key, encrypted to it,
        </Label>
        <Label x={575} y={294}>
          stored in the sops: block
        </Label>
        <Label x={575} y={314} tone="d-ok">
          any one recipient can open the file
        </Label>
      </svg>
    </DiagramFrame>
  );
}

function ExternalSecretsFlow() {
  return (
    <DiagramFrame
      title="External Secrets Operator: Git holds a reference, the store holds the secret"
      description="Git holds only two small manifests: a SecretStore, which says how to reach and authenticate to an external secret store, and an ExternalSecret, which names the remote key to fetch, the target Secret and a refreshInterval such as 1h. In the cluster, the External Secrets Operator reads both, authenticates to the external store (for example AWS Secrets Manager or HashiCorp Vault), fetches the value and writes an ordinary Kubernetes Secret that it owns when creationPolicy is Owner. It repeats the fetch every refreshInterval and reports Ready=True with reason SecretSynced on the ExternalSecret. The secret value itself never enters Git."
    >
      <svg viewBox="0 0 760 320" role="presentation">
        <Region x={10} y={10} width={190} height={240} label="Git (no secret values)" />
        <Region x={220} y={10} width={340} height={240} label="Cluster" />
        <Region x={580} y={10} width={170} height={240} label="External store" />

        <Box x={28} y={44} width={154} height={80} title="SecretStore" lines={["where and how", "to authenticate"]} />
        <Box x={28} y={150} width={154} height={80} title="ExternalSecret" lines={["which key, which", "Secret, how often"]} />

        <Box x={240} y={96} width={170} height={80} title="ESO controller" lines={["every refreshInterval", "(e.g. 1h)"]} accent />
        <Arrow x1={182} y1={84} x2={240} y2={122} />
        <Arrow x1={182} y1={190} x2={240} y2={150} />

        <Box x={598} y={96} width={134} height={80} title="Vault / cloud" lines={["secret manager", "holds the value"]} />
        <Arrow x1={410} y1={122} x2={598} y2={122} />
        <Label x={504} y={112}>
          authenticate, fetch
        </Label>
        <Arrow x1={598} y1={152} x2={410} y2={152} tone="d-accent" />
        <Label x={504} y={172} tone="d-accent-fill">
          value
        </Label>

        <Box x={410} y={196} width={140} height={48} title="Secret" />
        <Arrow x1={325} y1={176} x2={410} y2={218} tone="d-accent" />
        <Label x={318} y={232}>
          creationPolicy: Owner
        </Label>

        <rect x={10} y={264} width={740} height={46} rx={8} className="d-fill" />
        <rect x={10} y={264} width={740} height={46} rx={8} className="d-ok" strokeWidth={2} style={{ fill: "none" }} />
        <Label x={380} y={284} tone="d-text">
          status: Ready=True, reason SecretSynced. Rotate in the store; the next refresh picks it up.
        </Label>
        <Label x={380} y={302}>
          Need it now? Annotate the ExternalSecret with force-sync.
        </Label>
      </svg>
    </DiagramFrame>
  );
}

export const diagrams = { SealedSecretsFlow, SopsEnvelope, ExternalSecretsFlow };
