// Diagrams of module 3.4, available to its lesson by name. See content/AUTHORING.md.
import { DiagramFrame } from "./diagram-frame";

/** A right-pointing arrow from (x1, y) to (x2, y), drawn with a line and a small head. */
function ArrowRight({ x1, x2, y }: { x1: number; x2: number; y: number }) {
  return (
    <g>
      <line x1={x1} y1={y} x2={x2 - 8} y2={y} className="d-stroke" strokeWidth={2} />
      <polygon points={`${x2},${y} ${x2 - 10},${y - 5} ${x2 - 10},${y + 5}`} className="d-text" />
    </g>
  );
}

type Verdict = "incident" | "expected" | "noise";

const VERDICT_CLASS: Record<Verdict, string> = {
  incident: "d-danger",
  expected: "d-ok",
  noise: "d-warn",
};

const DRIFT_ROWS: ReadonlyArray<{
  source: string;
  sourceDetail: string;
  field: string;
  fieldDetail: string;
  verdict: Verdict;
  verdictText: string;
  verdictDetail: string;
}> = [
  {
    source: "Manual edit",
    sourceDetail: "kubectl scale / edit / patch",
    field: "spec.replicas: 3 → 8",
    fieldDetail: "a field Git declares",
    verdict: "incident",
    verdictText: "Incident",
    verdictDetail: "revert, or codify in Git",
  },
  {
    source: "Another controller",
    sourceDetail: "HPA writes the scale",
    field: "spec.replicas: 3 → 7",
    fieldDetail: "Git and HPA both claim it",
    verdict: "expected",
    verdictText: "Expected",
    verdictDetail: "drop it from Git or ignore it",
  },
  {
    source: "Mutating webhook",
    sourceDetail: "injector, policy engine",
    field: "+ certs-init container",
    fieldDetail: "only the live object has it",
    verdict: "expected",
    verdictText: "Expected",
    verdictDetail: "ignore the injected paths",
  },
  {
    source: "API server",
    sourceDetail: "defaults, normalisation",
    field: "cpu: 1000m → 1",
    fieldDetail: "same value, new spelling",
    verdict: "noise",
    verdictText: "Not real drift",
    verdictDetail: "write the canonical form",
  },
];

function DriftSources() {
  const rowHeight = 78;
  const top = 52;
  return (
    <DiagramFrame
      title="Four sources of drift, and which of them are incidents"
      description={
        "Four rows, each showing who changed a live object, what changed, and the verdict. " +
        "Row one: a manual kubectl scale, edit or patch changes spec.replicas from 3 to 8, a field Git declares; " +
        "this is an incident, to be reverted or codified in Git. " +
        "Row two: a HorizontalPodAutoscaler changes spec.replicas from 3 to 7 while Git also declares it; " +
        "this is expected, and the fix is to stop declaring the field in Git or to ignore it. " +
        "Row three: a mutating admission webhook, such as an injector or a policy engine, adds a certs-init container that exists only on the live object; " +
        "this is expected, and the injected paths are ignored. " +
        "Row four: the API server rewrites cpu 1000m as 1, the same value spelt differently; " +
        "this is not real drift, and the fix is to write the canonical form in Git."
      }
    >
      <svg viewBox="0 0 800 380" role="presentation">
        <text x={20} y={28} className="d-text" fontSize={14} fontWeight={700}>
          Who changed it
        </text>
        <text x={290} y={28} className="d-text" fontSize={14} fontWeight={700}>
          What changed on the live object
        </text>
        <text x={560} y={28} className="d-text" fontSize={14} fontWeight={700}>
          Verdict
        </text>
        {DRIFT_ROWS.map((row, i) => {
          const y = top + i * rowHeight;
          const mid = y + 30;
          return (
            <g key={row.source}>
              <rect x={20} y={y} width={220} height={60} rx={8} className="d-fill d-stroke" strokeWidth={1.5} />
              <text x={34} y={y + 26} className="d-text" fontSize={15} fontWeight={600}>
                {row.source}
              </text>
              <text x={34} y={y + 47} className="d-muted" strokeWidth={0} fontSize={13}>
                {row.sourceDetail}
              </text>
              <ArrowRight x1={240} x2={286} y={mid} />
              <rect x={290} y={y} width={220} height={60} rx={8} className="d-fill d-stroke" strokeWidth={1.5} />
              <text x={304} y={y + 26} className="d-text" fontSize={14} fontFamily="monospace">
                {row.field}
              </text>
              <text x={304} y={y + 47} className="d-muted" strokeWidth={0} fontSize={13}>
                {row.fieldDetail}
              </text>
              <ArrowRight x1={510} x2={556} y={mid} />
              <circle cx={574} cy={y + 22} r={7} className={VERDICT_CLASS[row.verdict]} />
              <text x={588} y={y + 27} className="d-text" fontSize={15} fontWeight={700}>
                {row.verdictText}
              </text>
              <text x={566} y={y + 49} className="d-muted" strokeWidth={0} fontSize={13}>
                {row.verdictDetail}
              </text>
            </g>
          );
        })}
      </svg>
    </DiagramFrame>
  );
}

const DIFF_ROWS: ReadonlyArray<{
  field: string;
  git: string;
  lastApplied: string;
  live: string;
  result: string;
  drift: boolean;
}> = [
  { field: "spec.replicas", git: "3", lastApplied: "3", live: "5", result: "OutOfSync: Git declares it, live changed", drift: true },
  { field: "image tag", git: "2.4.1", lastApplied: "2.4.1", live: "2.4.1", result: "Synced: all three agree", drift: false },
  { field: "init container", git: "—", lastApplied: "—", live: "certs-init", result: "Ignored: only live has it", drift: false },
  { field: "annotation team", git: "—", lastApplied: "payments", live: "payments", result: "OutOfSync: removed from Git, still live", drift: true },
];

function ThreeWayDiff() {
  const cols = [
    { x: 225, label: "Git (desired)" },
    { x: 345, label: "last-applied" },
    { x: 465, label: "Live" },
  ];
  const top = 74;
  const rowHeight = 62;
  return (
    <DiagramFrame
      title="Argo CD's default three-way diff"
      description={
        "A table comparing four fields across three states: the manifest in Git, the last-applied-configuration annotation, and the live object, with Argo CD's verdict. " +
        "spec.replicas is 3 in Git and in last-applied but 5 live: OutOfSync, because Git declares the field and the live value changed. " +
        "The image tag is 2.4.1 in all three: Synced. " +
        "A certs-init init container, added by a webhook, exists only on the live object: it is ignored, because a field only the live object has is not drift. " +
        "A team annotation is missing from Git but still present in last-applied and live: OutOfSync, because it was removed from Git and a sync would delete it."
      }
    >
      <svg viewBox="0 0 860 340" role="presentation">
        <text x={20} y={40} className="d-text" fontSize={14} fontWeight={700}>
          Field
        </text>
        {cols.map((c) => (
          <g key={c.label}>
            <rect x={c.x - 54} y={20} width={108} height={32} rx={6} className="d-fill d-stroke" strokeWidth={2} />
            <text x={c.x} y={41} textAnchor="middle" className="d-text" fontSize={14} fontWeight={700}>
              {c.label}
            </text>
          </g>
        ))}
        <text x={540} y={40} className="d-text" fontSize={14} fontWeight={700}>
          Argo CD says
        </text>
        {DIFF_ROWS.map((row, i) => {
          const y = top + i * rowHeight;
          const values = [row.git, row.lastApplied, row.live];
          return (
            <g key={row.field}>
              <rect x={12} y={y} width={836} height={50} rx={6} className="d-fill d-stroke" strokeWidth={1} />
              <text x={20} y={y + 30} className="d-text" fontSize={13} fontFamily="monospace">
                {row.field}
              </text>
              {values.map((v, j) => (
                <text
                  key={cols[j].label}
                  x={cols[j].x}
                  y={y + 30}
                  textAnchor="middle"
                  className={v === "—" ? "d-muted" : "d-text"}
                  strokeWidth={0}
                  fontSize={14}
                  fontFamily="monospace"
                >
                  {v}
                </text>
              ))}
              <circle cx={548} cy={y + 25} r={6} className={row.drift ? "d-danger" : "d-ok"} />
              <text x={560} y={y + 30} className="d-text" fontSize={13}>
                {row.result}
              </text>
            </g>
          );
        })}
        <text x={20} y={330} className="d-muted" strokeWidth={0} fontSize={13}>
          Only fields Git declares, now or at the last apply, can make an application OutOfSync.
        </text>
      </svg>
    </DiagramFrame>
  );
}

type Tone = "d-danger" | "d-warn" | "d-ok" | "d-accent-fill";

const LANES: ReadonlyArray<{
  label: string;
  sub: string;
  steps: ReadonlyArray<{ lines: readonly [string, string]; tone: Tone }>;
}> = [
  {
    label: "Argo CD",
    sub: "automated + selfHeal",
    steps: [
      { lines: ["kubectl scale", "replicas → 8"], tone: "d-danger" },
      { lines: ["OutOfSync", "within seconds"], tone: "d-warn" },
      { lines: ["self-heal", "delay"], tone: "d-accent-fill" },
      { lines: ["sync: back to 3", "Synced"], tone: "d-ok" },
    ],
  },
  {
    label: "Argo CD",
    sub: "automated, no selfHeal",
    steps: [
      { lines: ["kubectl scale", "replicas → 8"], tone: "d-danger" },
      { lines: ["OutOfSync", "within seconds"], tone: "d-warn" },
      { lines: ["notification", "to a human"], tone: "d-accent-fill" },
      { lines: ["stays at 8", "until acted on"], tone: "d-warn" },
    ],
  },
  {
    label: "Flux",
    sub: "Kustomization",
    steps: [
      { lines: ["kubectl scale", "replicas → 8"], tone: "d-danger" },
      { lines: ["no status", "change yet"], tone: "d-warn" },
      { lines: ["next interval", "(or reconcile)"], tone: "d-accent-fill" },
      { lines: ["apply: back to 3", "event emitted"], tone: "d-ok" },
    ],
  },
];

function SelfHealTimeline() {
  const laneTop = 40;
  const laneHeight = 92;
  const boxWidth = 128;
  const stepX = [240, 400, 560, 720];
  return (
    <DiagramFrame
      title="What happens after a manual kubectl scale"
      description={
        "Three lanes, each starting with someone running kubectl scale to set replicas to 8 where Git says 3. " +
        "Lane one, Argo CD with automated sync and selfHeal: the application turns OutOfSync within seconds, Argo CD waits out the self-heal delay, " +
        "then syncs replicas back to 3 and is Synced again. " +
        "Lane two, Argo CD with automated sync but no selfHeal: the application turns OutOfSync, a notification goes to a human, " +
        "and replicas stay at 8 until someone syncs or changes Git. " +
        "Lane three, a Flux Kustomization: nothing changes in its status at first; at the next reconcile interval, or on flux reconcile, " +
        "kustomize-controller re-applies the manifest, replicas go back to 3, and it emits an event naming the corrected object."
      }
    >
      <svg viewBox="0 0 800 340" role="presentation">
        <text x={176} y={20} className="d-muted" strokeWidth={0} fontSize={13}>
          time
        </text>
        <ArrowRight x1={176} x2={790} y={28} />
        {LANES.map((lane, i) => {
          const y = laneTop + i * laneHeight;
          return (
            <g key={`${lane.label}-${lane.sub}`}>
              <rect x={8} y={y + 8} width={160} height={64} rx={8} className="d-fill d-stroke" strokeWidth={1.5} />
              <rect x={8} y={y + 8} width={8} height={64} rx={4} className="d-accent-fill" />
              <text x={88} y={y + 35} textAnchor="middle" className="d-text" fontSize={15} fontWeight={700}>
                {lane.label}
              </text>
              <text x={88} y={y + 56} textAnchor="middle" className="d-text" fontSize={13}>
                {lane.sub}
              </text>
              {lane.steps.map((step, j) => (
                <g key={`${step.lines[0]}-${step.lines[1]}`}>
                  {j > 0 && <ArrowRight x1={stepX[j - 1] + boxWidth / 2} x2={stepX[j] - boxWidth / 2} y={y + 40} />}
                  <rect
                    x={stepX[j] - boxWidth / 2}
                    y={y + 12}
                    width={boxWidth}
                    height={56}
                    rx={8}
                    className="d-fill d-stroke"
                    strokeWidth={1.5}
                  />
                  <circle cx={stepX[j] - boxWidth / 2 + 12} cy={y + 24} r={5} className={step.tone} />
                  <text x={stepX[j] + 4} y={y + 36} textAnchor="middle" className="d-text" fontSize={13}>
                    {step.lines[0]}
                  </text>
                  <text x={stepX[j] + 4} y={y + 55} textAnchor="middle" className="d-text" fontSize={13}>
                    {step.lines[1]}
                  </text>
                </g>
              ))}
            </g>
          );
        })}
        <text x={8} y={326} className="d-muted" strokeWidth={0} fontSize={13}>
          Argo CD notices live changes through its watch; Flux looks again at the next interval or on flux reconcile.
        </text>
      </svg>
    </DiagramFrame>
  );
}

export const diagrams = { DriftSources, ThreeWayDiff, SelfHealTimeline };
