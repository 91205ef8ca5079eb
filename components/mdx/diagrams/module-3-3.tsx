// Diagrams of module 3.3, available to its lesson by name. See content/AUTHORING.md.
import { DiagramFrame } from "./diagram-frame";

const FONT = 14;
const SMALL = 13;

/** A rounded box with a bold first line and optional further lines, centred horizontally. */
function Box({
  x,
  y,
  width,
  height,
  lines,
  accent = false,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: readonly string[];
  accent?: boolean;
}) {
  const centre = x + width / 2;
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} rx={8} className={accent ? "d-accent-fill d-accent" : "d-fill d-stroke"} strokeWidth={1.5} />
      {lines.map((line, index) => (
        <text
          key={line}
          x={centre}
          y={y + 22 + index * 19}
          textAnchor="middle"
          fontSize={index === 0 ? FONT : SMALL}
          fontWeight={index === 0 ? 600 : 400}
          className={index === 0 ? "d-text" : "d-muted"}
        >
          {line}
        </text>
      ))}
    </g>
  );
}

type Tone = "d-stroke" | "d-accent" | "d-danger";
type Point = readonly [number, number];

/**
 * An arrow along the points given, drawn with lines only (its head is a chevron), so it needs
 * no fill colour and reads the same whatever the theme classes set.
 */
function Arrow({
  points,
  dashed = false,
  tone = "d-stroke",
}: {
  points: readonly Point[];
  dashed?: boolean;
  tone?: Tone;
}) {
  const segments: Array<readonly [Point, Point]> = [];
  points.forEach((end, index) => {
    const start = points[index - 1];
    if (start) segments.push([start, end]);
  });
  const last = segments.at(-1);
  if (!last) return null;
  const [from, to] = last;
  const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
  const size = 9;
  const wing = (side: number) => [to[0] - size * Math.cos(angle + side * (Math.PI / 7)), to[1] - size * Math.sin(angle + side * (Math.PI / 7))] as const;
  const [leftX, leftY] = wing(-1);
  const [rightX, rightY] = wing(1);
  return (
    <g className={tone} strokeWidth={1.5} strokeLinecap="round">
      {segments.map(([start, end]) => (
        <line key={`${start[0]},${start[1]}`} x1={start[0]} y1={start[1]} x2={end[0]} y2={end[1]} className={tone} strokeDasharray={dashed ? "5 4" : undefined} />
      ))}
      <line x1={leftX} y1={leftY} x2={to[0]} y2={to[1]} className={tone} />
      <line x1={rightX} y1={rightY} x2={to[0]} y2={to[1]} className={tone} />
    </g>
  );
}

function BaseAndOverlays() {
  const overlays = [
    { x: 20, name: "overlays/dev", lines: ["newTag: 1.6.1", "replicas: 1", "LOG_LEVEL=debug"], cluster: "dev cluster" },
    { x: 260, name: "overlays/staging", lines: ["newTag: 1.6.0", "replicas: 2", "namespace: shop-staging"], cluster: "staging cluster" },
    { x: 500, name: "overlays/prod", lines: ["newTag: 1.5.2", "replicas: 6", "limits patch, LOG_LEVEL=warn"], cluster: "prod cluster" },
  ] as const;
  return (
    <DiagramFrame
      title="One base, one overlay per environment"
      description="A single branch holds a base directory with the Deployment, the Service and a generated ConfigMap. Three overlays, dev, staging and prod, each list the base as a resource and change only what differs: dev runs image tag 1.6.1 with 1 replica and debug logging, staging runs 1.6.0 with 2 replicas in its own namespace, and prod runs 1.5.2 with 6 replicas, larger limits and warn logging. Each overlay is rendered with kustomize and synced by the agent to its own cluster."
    >
      <svg viewBox="0 0 720 380" role="presentation">
        <Box x={220} y={16} width={280} height={100} lines={["base/", "deployment.yaml, service.yaml", "configMapGenerator: shop-config", "image: shop:1.4.0"]} accent />
        {overlays.map((overlay) => (
          <g key={overlay.name}>
            <Arrow points={[[360, 116], [overlay.x + 100, 176]]} />
            <Box x={overlay.x} y={178} width={200} height={100} lines={[overlay.name, ...overlay.lines]} />
            <Arrow points={[[overlay.x + 100, 278], [overlay.x + 100, 318]]} tone="d-accent" />
            <Box x={overlay.x + 30} y={320} width={140} height={40} lines={[overlay.cluster]} />
          </g>
        ))}
        <text x={360} y={150} textAnchor="middle" fontSize={SMALL} className="d-muted">
          resources: ../../base
        </text>
        <text x={612} y={303} fontSize={SMALL} className="d-muted">
          kustomize build
        </text>
      </svg>
    </DiagramFrame>
  );
}

function PromotionFlow() {
  return (
    <DiagramFrame
      title="Promotion is a Git change"
      description="Top row: CI builds and pushes an immutable tag, 1.6.0, to the registry. Flux's ImageRepository scans the registry, the ImagePolicy selects 1.6.0 from the range greater than or equal to 1.0.0 and less than 2.0.0, and the ImageUpdateAutomation commits the new tag to the staging overlay, which the staging cluster then syncs. Bottom row: after staging has soaked, a pull request copies the same tag into the prod overlay; review and CI checks run; the merge to main is synced by the production cluster, where a canary rolls it out. A dashed arrow from production back to main shows the rollback: git revert of the promotion commit."
    >
      <svg viewBox="0 0 760 330" role="presentation">
        <Box x={10} y={20} width={160} height={72} lines={["CI build", "pushes shop:1.6.0"]} />
        <Arrow points={[[170, 56], [200, 56]]} />
        <Box x={202} y={20} width={160} height={72} lines={["Registry", "tags are immutable"]} />
        <Arrow points={[[362, 56], [392, 56]]} />
        <Box x={394} y={20} width={170} height={72} lines={["Flux image automation", "policy picks 1.6.0", "commits to staging"]} accent />
        <Arrow points={[[564, 56], [594, 56]]} />
        <Box x={596} y={20} width={154} height={72} lines={["staging cluster", "syncs overlay"]} />

        <Arrow points={[[673, 92], [673, 130], [90, 130], [90, 184]]} />
        <text x={380} y={150} textAnchor="middle" fontSize={SMALL} className="d-muted">
          after the staging soak: copy the same tag to overlays/prod
        </text>

        <Box x={10} y={186} width={160} height={72} lines={["Pull request", "one-line diff", "in overlays/prod"]} accent />
        <Arrow points={[[170, 222], [200, 222]]} />
        <Box x={202} y={186} width={160} height={72} lines={["Review + CI", "render, validate,", "tag ran in staging"]} />
        <Arrow points={[[362, 222], [392, 222]]} />
        <Box x={394} y={186} width={170} height={72} lines={["Merge to main", "the promotion commit"]} />
        <Arrow points={[[564, 222], [594, 222]]} />
        <Box x={596} y={186} width={154} height={72} lines={["prod cluster", "syncs, canary", "rolls it out"]} />

        <Arrow points={[[673, 258], [673, 300], [479, 300], [479, 260]]} tone="d-danger" dashed />
        <text x={576} y={320} textAnchor="middle" fontSize={SMALL} className="d-danger">
          rollback: git revert
        </text>
      </svg>
    </DiagramFrame>
  );
}

function CanarySteps() {
  const chartTop = 50;
  const chartBottom = 230;
  const chartHeight = chartBottom - chartTop;
  const columnWidth = 84;
  const left = 60;
  const steps = [
    { label: ["setWeight", "10"], weight: 10, note: "1 + 9 pods" },
    { label: ["pause {}", "promote"], weight: 10, note: "holds" },
    { label: ["setWeight", "30"], weight: 30, note: "3 + 7 pods" },
    { label: ["pause", "10m"], weight: 30, note: "waits 10m" },
    { label: ["analysis", "success rate"], weight: 30, note: "checks", analysis: true },
    { label: ["setWeight", "60"], weight: 60, note: "6 + 4 pods" },
    { label: ["pause", "10m"], weight: 60, note: "waits 10m" },
    { label: ["done", "stable"], weight: 100, note: "10 pods" },
  ] as const;
  return (
    <DiagramFrame
      title="A canary walks its steps"
      description="A bar chart of the canary's share of a 10-replica Rollout without a traffic router, one column per step. setWeight 10 gives 1 canary pod and 9 stable pods; a pause with no duration holds at 10 percent until someone runs kubectl argo rollouts promote; setWeight 30 gives 3 canary and 7 stable pods; a 10-minute pause holds; an analysis step checks the success rate and, if it fails, aborts the rollout, sending all traffic back to the stable version and leaving the Rollout Degraded until Git changes; setWeight 60 gives 6 and 4 pods; a final 10-minute pause holds; then the canary becomes the stable version with all 10 pods."
    >
      <svg viewBox="0 0 760 330" role="presentation">
        <line x1={left} y1={chartBottom} x2={left + columnWidth * steps.length} y2={chartBottom} className="d-stroke" strokeWidth={1.5} />
        <line x1={left} y1={chartTop} x2={left} y2={chartBottom} className="d-stroke" strokeWidth={1.5} />
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <text x={left - 8} y={chartBottom - (tick / 100) * chartHeight + 5} textAnchor="end" fontSize={SMALL} className="d-muted">
              {`${tick}%`}
            </text>
            <line
              x1={left}
              y1={chartBottom - (tick / 100) * chartHeight}
              x2={left + columnWidth * steps.length}
              y2={chartBottom - (tick / 100) * chartHeight}
              className="d-muted"
              strokeWidth={0.5}
              strokeDasharray="2 4"
            />
          </g>
        ))}
        <text x={left} y={24} fontSize={SMALL} className="d-muted">
          bars: canary share of 10 replicas; labels: canary + stable pods (no traffic router)
        </text>
        {steps.map((step, index) => {
          const x = left + index * columnWidth;
          const barHeight = (step.weight / 100) * chartHeight;
          const isAnalysis = "analysis" in step;
          return (
            <g key={`${step.label[0]}-${index}`}>
              <rect
                x={x + 14}
                y={chartBottom - barHeight}
                width={columnWidth - 28}
                height={barHeight}
                className={isAnalysis ? "d-warn" : "d-accent-fill d-accent"}
                strokeWidth={1}
              />
              <text x={x + columnWidth / 2} y={chartBottom - barHeight - 8} textAnchor="middle" fontSize={SMALL} className="d-text">
                {step.note}
              </text>
              <text x={x + columnWidth / 2} y={chartBottom + 22} textAnchor="middle" fontSize={SMALL} fontWeight={600} className="d-text">
                {step.label[0]}
              </text>
              <text x={x + columnWidth / 2} y={chartBottom + 40} textAnchor="middle" fontSize={SMALL} className="d-muted">
                {step.label[1]}
              </text>
            </g>
          );
        })}
        <Arrow points={[[left + 4.5 * columnWidth, chartBottom + 50], [left + 4.5 * columnWidth, chartBottom + 74]]} tone="d-danger" />
        <text x={left + 4.5 * columnWidth} y={chartBottom + 92} textAnchor="middle" fontSize={SMALL} className="d-danger">
          fails: abort, 0% canary, Rollout Degraded until Git changes
        </text>
      </svg>
    </DiagramFrame>
  );
}

export const diagrams = { BaseAndOverlays, PromotionFlow, CanarySteps };
