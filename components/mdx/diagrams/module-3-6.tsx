// Diagrams of module 3.6, available to its lesson by name. See content/AUTHORING.md.
import { DiagramFrame } from "./diagram-frame";

type Tone = "plain" | "accent" | "ok" | "warn" | "muted";

/** A straight arrow from (x1, y1) to (x2, y2) with a filled head at the end. */
function Arrow({ x1, y1, x2, y2, tone = "plain", dashed = false }: { x1: number; y1: number; x2: number; y2: number; tone?: Tone; dashed?: boolean }) {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const size = 9;
  const baseX = x2 - size * Math.cos(angle);
  const baseY = y2 - size * Math.sin(angle);
  const spread = size * 0.55;
  const left = `${baseX + spread * Math.sin(angle)},${baseY - spread * Math.cos(angle)}`;
  const right = `${baseX - spread * Math.sin(angle)},${baseY + spread * Math.cos(angle)}`;
  const lineClass = { plain: "d-stroke", accent: "d-accent", ok: "d-ok", warn: "d-warn", muted: "d-muted" }[tone];
  const headClass = { plain: "d-text", accent: "d-accent-fill", ok: "d-ok", warn: "d-warn", muted: "d-muted" }[tone];
  return (
    <g>
      <line x1={x1} y1={y1} x2={baseX} y2={baseY} className={lineClass} strokeWidth={2} strokeDasharray={dashed ? "6 4" : undefined} />
      <polygon points={`${x2},${y2} ${left} ${right}`} className={headClass} />
    </g>
  );
}

/** A labelled box; `accent` draws an accent border over the neutral fill. */
function Box({ x, y, width, height, lines, accent = false, bold = false }: { x: number; y: number; width: number; height: number; lines: string[]; accent?: boolean; bold?: boolean }) {
  const lineHeight = 17;
  const firstY = y + height / 2 - ((lines.length - 1) * lineHeight) / 2 + 5;
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} rx={8} className="d-stroke d-fill" strokeWidth={1.5} />
      {accent ? <rect x={x} y={y} width={width} height={height} rx={8} className="d-accent" strokeWidth={2.5} /> : null}
      {lines.map((line, index) => (
        <text key={line} x={x + width / 2} y={firstY + index * lineHeight} textAnchor="middle" fontSize={index === 0 ? 15 : 13} fontWeight={bold && index === 0 ? 700 : 400} className={index === 0 ? "d-text" : "d-muted"} strokeWidth={0}>
          {line}
        </text>
      ))}
    </g>
  );
}

function HubVsAgent() {
  const spokes = [40, 150, 260];
  const agents = [420, 530, 640];
  return (
    <DiagramFrame
      title="Hub-and-spoke versus an agent per cluster"
      description="Two architectures side by side. On the left, hub-and-spoke: one Argo CD hub in a management cluster reads the fleet repository in Git and pushes changes to three spoke clusters through their Kubernetes API servers. The hub stores a credential for every spoke, so the hub is both the single view of the fleet and the single point whose compromise or outage affects every cluster. On the right, an agent per cluster: each of three clusters runs its own Flux or Argo CD, and each pulls its own path from the same Git repository. No component holds credentials to other clusters and a failure stays in one cluster, but there is no built-in view of the whole fleet."
    >
      <svg viewBox="0 0 760 400" role="presentation">
        <text x={190} y={24} textAnchor="middle" fontSize={16} fontWeight={700} className="d-text">
          Hub-and-spoke
        </text>
        <text x={570} y={24} textAnchor="middle" fontSize={16} fontWeight={700} className="d-text">
          Agent per cluster
        </text>
        <line x1={380} y1={14} x2={380} y2={390} className="d-muted" strokeWidth={1} strokeDasharray="4 6" />

        {/* Left: hub and spoke */}
        <Box x={120} y={40} width={140} height={46} lines={["Git", "fleet repository"]} />
        <Arrow x1={190} y1={86} x2={190} y2={128} />
        <text x={200} y={112} fontSize={13} className="d-muted" strokeWidth={0}>
          pull
        </text>
        <Box x={95} y={130} width={190} height={62} lines={["Argo CD hub", "management cluster"]} accent bold />
        <g>
          <rect x={66} y={204} width={248} height={26} rx={6} className="d-warn" opacity={0.18} />
          <text x={190} y={222} textAnchor="middle" fontSize={13} className="d-text">
            holds credentials for every spoke
          </text>
        </g>
        {spokes.map((x) => (
          <Arrow key={`push-${x}`} x1={190} y1={232} x2={x + 50} y2={296} tone="accent" />
        ))}
        <text x={272} y={256} fontSize={13} className="d-muted" strokeWidth={0}>
          push via
        </text>
        <text x={272} y={272} fontSize={13} className="d-muted" strokeWidth={0}>
          API server
        </text>
        {spokes.map((x, index) => (
          <Box key={`spoke-${x}`} x={x} y={298} width={100} height={52} lines={[`spoke ${index + 1}`, "no agent"]} />
        ))}
        <text x={190} y={378} textAnchor="middle" fontSize={13} className="d-text">
          One fleet view; hub down freezes all delivery
        </text>

        {/* Right: agent per cluster */}
        <Box x={500} y={40} width={140} height={46} lines={["Git", "fleet repository"]} />
        {agents.map((x) => (
          <Arrow key={`pull-${x}`} x1={x + 50} y1={226} x2={570} y2={90} tone="ok" />
        ))}
        <text x={655} y={140} fontSize={13} className="d-muted" strokeWidth={0}>
          each pulls
        </text>
        <text x={655} y={157} fontSize={13} className="d-muted" strokeWidth={0}>
          its own path
        </text>
        {agents.map((x, index) => (
          <g key={`agent-${x}`}>
            <rect x={x} y={228} width={100} height={122} rx={8} className="d-stroke d-fill" strokeWidth={1.5} />
            <text x={x + 50} y={250} textAnchor="middle" fontSize={15} className="d-text">
              {`cluster ${index + 1}`}
            </text>
            <Box x={x + 10} y={262} width={80} height={44} lines={["agent", "Flux"]} accent />
            <text x={x + 50} y={332} textAnchor="middle" fontSize={13} className="d-muted" strokeWidth={0}>
              own creds
            </text>
          </g>
        ))}
        <text x={570} y={378} textAnchor="middle" fontSize={13} className="d-text">
          No central credentials; fleet view needs aggregation
        </text>
      </svg>
    </DiagramFrame>
  );
}

function MatrixGenerator() {
  const directories = ["cert-manager", "ingress-nginx", "monitoring"];
  const clusters = ["eu-1", "us-1", "stg-eu"];
  const gridX = 230;
  const gridY = 112;
  const cellWidth = 172;
  const cellHeight = 50;
  return (
    <DiagramFrame
      title="A matrix generator: git directories × clusters"
      description="A grid showing how the matrix generator combines its two child generators. The first child, a git directory generator, produces three parameter sets, one per add-on directory: cert-manager, ingress-nginx and monitoring. The second child, a cluster generator with a label selector, produces three parameter sets, one per selected cluster: eu-1, us-1 and stg-eu. The matrix produces every combination, so the nine cells of the grid are nine Applications, each named after its add-on and its cluster, for example cert-manager-eu-1. Each Application's template can use the directory's path parameters and the cluster's server and labels."
    >
      <svg viewBox="0 0 760 344" role="presentation">
        <text x={gridX + (cellWidth * 3) / 2} y={26} textAnchor="middle" fontSize={15} fontWeight={700} className="d-text">
          child 2: cluster generator (selector: managed=true)
        </text>
        <text x={110} y={26} textAnchor="middle" fontSize={15} fontWeight={700} className="d-text">
          child 1: git directories
        </text>
        <text x={110} y={46} textAnchor="middle" fontSize={13} className="d-muted" strokeWidth={0}>
          infrastructure/addons/*
        </text>

        {clusters.map((cluster, column) => (
          <Box key={cluster} x={gridX + column * cellWidth + 6} y={48} width={cellWidth - 12} height={50} lines={[cluster, "name, server, labels"]} accent />
        ))}
        {directories.map((directory, row) => (
          <Box key={directory} x={10} y={gridY + row * (cellHeight + 12)} width={200} height={cellHeight} lines={[directory, "path.path, path.basename"]} accent />
        ))}

        {directories.map((directory, row) =>
          clusters.map((cluster, column) => {
            const x = gridX + column * cellWidth + 6;
            const y = gridY + row * (cellHeight + 12);
            return (
              <g key={`${directory}-${cluster}`}>
                <rect x={x} y={y} width={cellWidth - 12} height={cellHeight} rx={6} className="d-stroke d-fill" strokeWidth={1} />
                <text x={x + (cellWidth - 12) / 2} y={y + 22} textAnchor="middle" fontSize={13} className="d-text">
                  {`${directory}-${cluster}`}
                </text>
                <text x={x + (cellWidth - 12) / 2} y={y + 40} textAnchor="middle" fontSize={13} className="d-muted" strokeWidth={0}>
                  Application
                </text>
              </g>
            );
          }),
        )}
        <text x={380} y={312} textAnchor="middle" fontSize={14} className="d-text">
          3 directories × 3 clusters = 9 Applications
        </text>
        <text x={380} y={332} textAnchor="middle" fontSize={13} className="d-muted" strokeWidth={0}>
          a new cluster adds a column; a new directory adds a row
        </text>
      </svg>
    </DiagramFrame>
  );
}

function FleetWaves() {
  const waves = [
    { x: 125, width: 145, title: "Wave 0: canary", detail: "1 cluster", clusters: 1, done: 1, syncing: 0, perRow: 1 },
    { x: 345, width: 165, title: "Wave 1: EU", detail: "maxUpdate: 2", clusters: 4, done: 2, syncing: 2, perRow: 4 },
    { x: 585, width: 165, title: "Wave 2: the rest", detail: "maxUpdate: 25%", clusters: 8, done: 0, syncing: 0, perRow: 4 },
  ];
  return (
    <DiagramFrame
      title="Rolling a change across the fleet in waves"
      description="A commit to the fleet repository flows left to right through three waves of clusters. Wave 0 is one canary cluster; it has synced and is healthy. Only then does wave 1 start: the four EU clusters, at most two at a time, with two already healthy and two syncing. Wave 2, the remaining eight clusters, waits until every wave 1 cluster is healthy, and will then sync a quarter of its clusters at a time. Between waves the gate is health: a failure stops the rollout while most of the fleet still runs the previous version."
    >
      <svg viewBox="0 0 760 300" role="presentation">
        <Box x={10} y={100} width={90} height={60} lines={["commit", "to Git"]} accent bold />
        {waves.map((wave, index) => {
          const rows = Math.ceil(wave.clusters / wave.perRow);
          const square = 26;
          const gap = 10;
          const gridWidth = wave.perRow * square + (wave.perRow - 1) * gap;
          const startX = wave.x + (wave.width - gridWidth) / 2;
          const startY = 130 - (rows * square + (rows - 1) * gap) / 2 + 8;
          const previousEnd = index === 0 ? 100 : waves[index - 1].x + waves[index - 1].width;
          return (
            <g key={wave.title}>
              <Arrow x1={previousEnd + 4} y1={130} x2={wave.x - 4} y2={130} tone={index === 2 ? "muted" : "accent"} dashed={index === 2} />
              {index > 0 ? (
                <text x={(previousEnd + wave.x) / 2} y={118} textAnchor="middle" fontSize={13} className="d-muted" strokeWidth={0}>
                  Healthy?
                </text>
              ) : null}
              <rect x={wave.x} y={40} width={wave.width} height={190} rx={10} className="d-stroke d-fill" strokeWidth={1.5} />
              <text x={wave.x + wave.width / 2} y={64} textAnchor="middle" fontSize={15} fontWeight={700} className="d-text">
                {wave.title}
              </text>
              <text x={wave.x + wave.width / 2} y={84} textAnchor="middle" fontSize={13} className="d-muted" strokeWidth={0}>
                {wave.detail}
              </text>
              {Array.from({ length: wave.clusters }, (_, n) => {
                const column = n % wave.perRow;
                const row = Math.floor(n / wave.perRow);
                const state = n < wave.done ? "d-ok" : n < wave.done + wave.syncing ? "d-warn" : "d-muted";
                return (
                  <rect
                    key={n}
                    x={startX + column * (square + gap)}
                    y={startY + row * (square + gap)}
                    width={square}
                    height={square}
                    rx={5}
                    className={state}
                    opacity={state === "d-muted" ? 0.45 : 1}
                  />
                );
              })}
              <text x={wave.x + wave.width / 2} y={214} textAnchor="middle" fontSize={13} className="d-text">
                {wave.done === wave.clusters ? "done: Healthy" : wave.done + wave.syncing > 0 ? "in progress" : "waiting"}
              </text>
            </g>
          );
        })}
        <g>
          <rect x={150} y={256} width={16} height={16} rx={3} className="d-ok" />
          <text x={174} y={269} fontSize={13} className="d-text">
            synced and Healthy
          </text>
          <rect x={330} y={256} width={16} height={16} rx={3} className="d-warn" />
          <text x={354} y={269} fontSize={13} className="d-text">
            syncing
          </text>
          <rect x={450} y={256} width={16} height={16} rx={3} className="d-muted" opacity={0.45} />
          <text x={474} y={269} fontSize={13} className="d-text">
            still on the previous version
          </text>
        </g>
      </svg>
    </DiagramFrame>
  );
}

export const diagrams = { HubVsAgent, MatrixGenerator, FleetWaves };
