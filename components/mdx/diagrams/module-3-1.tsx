// Diagrams of module 3.1, available to its lesson by name. See content/AUTHORING.md.
//
// Colour classes (app/globals.css): d-fill fills shapes; d-stroke and d-accent draw outlines and
// lines (they set fill: none); d-accent-fill and d-text fill arrowheads and text; d-muted text gets
// strokeWidth 0 because the class also sets a stroke; d-ok / d-danger colour <line> underlines.
import { DiagramFrame } from "./diagram-frame";

type Tone = "plain" | "accent";

const FONT = 14;
const TITLE_FONT = 15;

/** A straight arrow from (x1, y1) to (x2, y2) with a filled head; dashed for "reads". */
function Arrow({ x1, y1, x2, y2, tone = "plain", dashed = false }: { x1: number; y1: number; x2: number; y2: number; tone?: Tone; dashed?: boolean }) {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = 10;
  const spread = Math.PI / 7;
  const point = (a: number) => `${(x2 - head * Math.cos(a)).toFixed(1)},${(y2 - head * Math.sin(a)).toFixed(1)}`;
  // The line stops short of the tip so its square end does not poke through the head.
  const endX = x2 - (head - 2) * Math.cos(angle);
  const endY = y2 - (head - 2) * Math.sin(angle);
  return (
    <g>
      <line
        x1={x1}
        y1={y1}
        x2={endX}
        y2={endY}
        className={tone === "accent" ? "d-accent" : "d-stroke"}
        strokeWidth={2}
        strokeDasharray={dashed ? "6 5" : undefined}
      />
      <polygon points={`${x2},${y2} ${point(angle - spread)} ${point(angle + spread)}`} className={tone === "accent" ? "d-accent-fill" : "d-text"} />
    </g>
  );
}

/** A rounded box with one or two centred lines of text. */
function Box({ x, y, w, h, lines, tone = "plain" }: { x: number; y: number; w: number; h: number; lines: string[]; tone?: Tone }) {
  const lineHeight = 18;
  const firstY = y + h / 2 - ((lines.length - 1) * lineHeight) / 2 + 5;
  return (
    <g>
      {/* Fill and outline are separate shapes: the outline classes set fill: none. */}
      <rect x={x} y={y} width={w} height={h} rx={10} className="d-fill" />
      <rect x={x} y={y} width={w} height={h} rx={10} className={tone === "accent" ? "d-accent" : "d-stroke"} strokeWidth={2} />
      {lines.map((line, i) => (
        <text
          key={line}
          x={x + w / 2}
          y={firstY + i * lineHeight}
          textAnchor="middle"
          fontSize={i === 0 ? TITLE_FONT : FONT}
          fontWeight={i === 0 ? 600 : 400}
          className={i === 0 ? "d-text" : "d-muted"}
          strokeWidth={0}
        >
          {line}
        </text>
      ))}
    </g>
  );
}

/** A labelled boundary (a cluster, a panel) drawn as a dashed outline. */
function Boundary({ x, y, w, h, label }: { x: number; y: number; w: number; h: number; label: string }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={14} className="d-stroke" strokeWidth={1.5} strokeDasharray="8 6" />
      <text x={x + 14} y={y + 22} fontSize={FONT} fontWeight={600} className="d-muted" strokeWidth={0}>
        {label}
      </text>
    </g>
  );
}

function Label({ x, y, text, anchor = "middle" }: { x: number; y: number; text: string; anchor?: "start" | "middle" | "end" }) {
  return (
    <text x={x} y={y} textAnchor={anchor} fontSize={FONT} className="d-muted" strokeWidth={0}>
      {text}
    </text>
  );
}

function ReconcileLoop() {
  return (
    <DiagramFrame
      title="The reconciliation loop"
      description="A GitOps agent runs a loop of four steps drawn as a cycle. Step 1, observe desired: it pulls the desired state from the Git repository on the left and renders it into manifests. Step 2, observe live: it reads the live state from the cluster on the right, which it watches. Step 3, diff: it compares desired with live. Step 4, act: it applies the changes to the cluster, prunes what Git no longer declares and reports a status. Then the loop repeats, started again by a timer, a webhook or a watch event."
    >
      <svg viewBox="0 0 840 340" role="presentation">
        <Box x={10} y={130} w={130} h={80} lines={["Git", "desired state"]} />
        <Box x={690} y={120} w={140} h={100} lines={["Cluster", "live state"]} />

        <Box x={185} y={143} w={170} h={54} lines={["1. Observe desired", "fetch and render"]} tone="accent" />
        <Box x={335} y={23} w={170} h={54} lines={["2. Observe live", "read the API"]} tone="accent" />
        <Box x={485} y={143} w={170} h={54} lines={["3. Diff", "desired vs live"]} tone="accent" />
        <Box x={335} y={263} w={170} h={54} lines={["4. Act", "apply, prune, report"]} tone="accent" />

        <Arrow x1={300} y1={141} x2={345} y2={80} tone="accent" />
        <Arrow x1={495} y1={80} x2={540} y2={141} tone="accent" />
        <Arrow x1={540} y1={199} x2={495} y2={260} tone="accent" />
        <Arrow x1={345} y1={260} x2={300} y2={199} tone="accent" />

        <text x={420} y={165} textAnchor="middle" fontSize={TITLE_FONT} fontWeight={600} className="d-text">
          GitOps agent
        </text>
        <text x={420} y={185} textAnchor="middle" fontSize={FONT} className="d-muted" strokeWidth={0}>
          repeat forever
        </text>

        <Arrow x1={140} y1={170} x2={183} y2={170} dashed />
        <Label x={162} y={160} text="pull" />
        <Arrow x1={708} y1={118} x2={507} y2={52} dashed />
        <Label x={625} y={62} text="watch" />
        <Arrow x1={507} y1={290} x2={708} y2={222} />
        <Label x={630} y={286} text="apply" />

        <Label x={75} y={236} text="timer or webhook" />
        <Label x={760} y={246} text="watch events" />
      </svg>
    </DiagramFrame>
  );
}

function PushVsPull() {
  return (
    <DiagramFrame
      title="Push versus pull delivery"
      description="Two panels. On the left, push: a developer commits to Git, a CI pipeline outside the cluster holds the cluster credentials and runs kubectl apply or helm upgrade into the cluster, so the connection goes inward. Drift in the cluster goes unseen until the next deploy silently overwrites it. On the right, pull: the developer commits to Git, and a GitOps agent inside the cluster fetches from Git over an outbound, read-only connection, then applies and watches the workloads next to it. The credentials stay in the cluster, and drift is seen and reverted or flagged."
    >
      <svg viewBox="0 0 780 400" role="presentation">
        <text x={190} y={24} textAnchor="middle" fontSize={TITLE_FONT} fontWeight={600} className="d-text">
          Push: the pipeline deploys
        </text>
        <text x={590} y={24} textAnchor="middle" fontSize={TITLE_FONT} fontWeight={600} className="d-text">
          Pull: the cluster fetches
        </text>
        <line x1={390} y1={10} x2={390} y2={390} className="d-stroke" strokeWidth={1} strokeDasharray="3 5" />

        {/* Push */}
        <Box x={110} y={40} w={160} h={44} lines={["Developer"]} />
        <Arrow x1={190} y1={84} x2={190} y2={106} />
        <Box x={110} y={108} w={160} h={44} lines={["Git"]} />
        <Arrow x1={190} y1={152} x2={190} y2={174} />
        <Box x={90} y={176} w={200} h={60} lines={["CI pipeline", "holds cluster credentials"]} tone="accent" />
        <Boundary x={40} y={266} w={300} h={84} label="Cluster" />
        <Box x={120} y={292} w={140} h={44} lines={["Workloads"]} />
        <Arrow x1={190} y1={236} x2={190} y2={290} tone="accent" />
        <Label x={200} y={258} text="kubectl apply" anchor="start" />
        <Label x={190} y={372} text="drift: unseen until overwritten" />
        <line x1={80} y1={380} x2={300} y2={380} className="d-danger" strokeWidth={3} />

        {/* Pull */}
        <Box x={510} y={40} w={160} h={44} lines={["Developer"]} />
        <Arrow x1={590} y1={84} x2={590} y2={106} />
        <Box x={510} y={108} w={160} h={44} lines={["Git"]} />
        <Boundary x={420} y={176} w={340} h={174} label="Cluster" />
        <Box x={490} y={206} w={200} h={60} lines={["GitOps agent", "holds credentials locally"]} tone="accent" />
        <Box x={520} y={296} w={140} h={44} lines={["Workloads"]} />
        <Arrow x1={590} y1={204} x2={590} y2={154} tone="accent" dashed />
        <Label x={600} y={170} text="fetch (outbound)" anchor="start" />
        <Arrow x1={590} y1={266} x2={590} y2={294} tone="accent" />
        <Label x={600} y={286} text="apply + watch" anchor="start" />
        <Label x={590} y={372} text="drift: seen, reverted or flagged" />
        <line x1={480} y1={380} x2={700} y2={380} className="d-ok" strokeWidth={3} />
      </svg>
    </DiagramFrame>
  );
}

function GitOpsWithCi() {
  return (
    <DiagramFrame
      title="GitOps alongside CI"
      description="The top row is continuous integration: a commit to the application repository starts the CI pipeline, which builds, tests and pushes an image to the image registry. CI then opens a pull request against the config repository to bump the image tag; people review and merge it. The bottom row is GitOps delivery: the GitOps agent inside the cluster pulls the merged desired state from the config repository, and the cluster pulls the new image from the registry. Nothing outside the cluster holds cluster credentials."
    >
      <svg viewBox="0 0 780 310" role="presentation">
        <Label x={20} y={24} text="Continuous integration" anchor="start" />
        <Box x={20} y={40} w={130} h={60} lines={["App repo", "source code"]} />
        <Box x={230} y={40} w={190} h={60} lines={["CI pipeline", "build · test · push"]} tone="accent" />
        <Box x={570} y={40} w={190} h={60} lines={["Image registry", "shop:1.8.3"]} />
        <Arrow x1={150} y1={70} x2={228} y2={70} />
        <Label x={190} y={62} text="commit" />
        <Arrow x1={420} y1={70} x2={568} y2={70} />
        <Label x={494} y={62} text="push image" />

        <Label x={20} y={170} text="GitOps delivery" anchor="start" />
        <Box x={230} y={200} w={190} h={60} lines={["Config repo", "desired state"]} />
        <Arrow x1={325} y1={100} x2={325} y2={198} tone="accent" dashed />
        <Label x={337} y={145} text="pull request:" anchor="start" />
        <Label x={337} y={163} text="bump image tag" anchor="start" />
        <Label x={325} y={284} text="review, then merge" />

        <Boundary x={470} y={150} w={300} h={150} label="Cluster" />
        <Box x={530} y={200} w={200} h={60} lines={["GitOps agent", "Argo CD or Flux"]} tone="accent" />
        <Arrow x1={422} y1={230} x2={528} y2={230} dashed />
        <Label x={446} y={222} text="pull" />
        <Arrow x1={665} y1={100} x2={665} y2={198} dashed />
        <Label x={675} y={125} text="pull image" anchor="start" />

        <Label x={20} y={215} text="No cluster" anchor="start" />
        <Label x={20} y={233} text="credentials" anchor="start" />
        <Label x={20} y={251} text="in CI" anchor="start" />
      </svg>
    </DiagramFrame>
  );
}

export const diagrams = { ReconcileLoop, PushVsPull, GitOpsWithCi };
