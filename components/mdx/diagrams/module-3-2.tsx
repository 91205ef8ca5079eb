// Diagrams of module 3.2, available to its lesson by name. See content/AUTHORING.md.
// Theme classes (app/globals.css): d-fill paints a box, d-stroke / d-accent outline it (both also
// reset fill, so a highlighted box is a d-fill rect under a d-accent rect), d-text / d-muted colour
// text (d-muted also sets a stroke, zeroed on text to keep glyphs crisp), d-ok / d-warn / d-danger
// mark status dots and crosses.
import { DiagramFrame } from "./diagram-frame";

type Point = { x: number; y: number };

/** A straight arrow drawn with strokes only, so it follows the theme without a filled marker. */
function Arrow({ from, to, dashed = false }: { from: Point; to: Point; dashed?: boolean }) {
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  const head = 9;
  const spread = Math.PI / 7;
  const left = { x: to.x - head * Math.cos(angle - spread), y: to.y - head * Math.sin(angle - spread) };
  const right = { x: to.x - head * Math.cos(angle + spread), y: to.y - head * Math.sin(angle + spread) };
  return (
    <g className="d-stroke" fill="none" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} strokeDasharray={dashed ? "6 5" : undefined} />
      <polyline points={`${left.x},${left.y} ${to.x},${to.y} ${right.x},${right.y}`} />
    </g>
  );
}

/** A labelled box; `accent` marks the element the diagram is about. */
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
  lines: string[];
  accent?: boolean;
}) {
  const lineHeight = 18;
  const firstBaseline = y + height / 2 - ((lines.length - 1) * lineHeight) / 2 + 5;
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} rx={8} className="d-fill" />
      <rect x={x} y={y} width={width} height={height} rx={8} className={accent ? "d-accent" : "d-stroke"} strokeWidth={accent ? 3 : 1.5} />
      {lines.map((line, index) => (
        <text
          key={line}
          x={x + width / 2}
          y={firstBaseline + index * lineHeight}
          textAnchor="middle"
          fontSize={index === 0 ? 15 : 13}
          fontWeight={index === 0 ? 600 : 400}
          className={index === 0 ? "d-text" : "d-muted"}
          strokeWidth={0}
        >
          {line}
        </text>
      ))}
    </g>
  );
}

/** A status word with a coloured dot in front of it (the dot carries the colour, the word the meaning). */
function Status({ x, y, tone, label }: { x: number; y: number; tone: "d-ok" | "d-warn" | "d-danger"; label: string }) {
  return (
    <g>
      <circle cx={x} cy={y - 5} r={6} className={tone} strokeWidth={2} />
      <text x={x + 12} y={y} fontSize={13} className="d-text">
        {label}
      </text>
    </g>
  );
}

function MonoVsPolyrepo() {
  return (
    <DiagramFrame
      title="Monorepo versus polyrepo for GitOps configuration"
      description="On the left, one configuration repository holds the folders apps/payments, apps/search, infrastructure and clusters; a single commit to it changes the revision that every Application reading the repository sees, so all of them are re-evaluated, and one set of repository permissions covers everything. On the right, the same configuration is split into three repositories: platform-config owned by the platform team, payments-config owned by the payments team and search-config owned by the search team; each repository feeds only its own Applications, so a commit to one is re-evaluated only by the Applications that read it, and each team's permissions stop at its own repository."
    >
      <svg viewBox="0 0 760 330" role="presentation">
        <text x={180} y={26} textAnchor="middle" fontSize={16} fontWeight={700} className="d-text">
          Monorepo
        </text>
        <text x={570} y={26} textAnchor="middle" fontSize={16} fontWeight={700} className="d-text">
          Polyrepo
        </text>
        <line x1={380} y1={12} x2={380} y2={318} className="d-stroke" strokeDasharray="4 6" strokeWidth={1} />

        <rect x={30} y={44} width={300} height={176} rx={10} className="d-fill" />
        <rect x={30} y={44} width={300} height={176} rx={10} className="d-accent" strokeWidth={3} />
        <text x={48} y={70} fontSize={15} fontWeight={600} className="d-text">
          gitops-config
        </text>
        {["apps/payments/", "apps/search/", "infrastructure/", "clusters/"].map((folder, index) => (
          <g key={folder}>
            <rect x={50} y={84 + index * 32} width={260} height={26} rx={5} className="d-stroke" strokeWidth={1} />
            <text x={62} y={102 + index * 32} fontSize={14} className="d-text">
              {folder}
            </text>
          </g>
        ))}
        <Arrow from={{ x: 180, y: 222 }} to={{ x: 180, y: 254 }} />
        <text x={180} y={276} textAnchor="middle" fontSize={14} className="d-text">
          One commit: every Application
        </text>
        <text x={180} y={296} textAnchor="middle" fontSize={14} className="d-text">
          reading the repo is re-evaluated
        </text>
        <text x={180} y={316} textAnchor="middle" fontSize={13} className="d-muted" strokeWidth={0}>
          One permission boundary for all
        </text>

        <Box x={410} y={44} width={320} height={50} lines={["platform-config", "owner: platform team"]} />
        <Box x={410} y={108} width={320} height={50} lines={["payments-config", "owner: payments team"]} accent />
        <Box x={410} y={172} width={320} height={50} lines={["search-config", "owner: search team"]} />
        <Arrow from={{ x: 570, y: 224 }} to={{ x: 570, y: 254 }} />
        <text x={570} y={276} textAnchor="middle" fontSize={14} className="d-text">
          One commit: only that repo&apos;s
        </text>
        <text x={570} y={296} textAnchor="middle" fontSize={14} className="d-text">
          Applications are re-evaluated
        </text>
        <text x={570} y={316} textAnchor="middle" fontSize={13} className="d-muted" strokeWidth={0}>
          Permissions stop at each repo
        </text>
      </svg>
    </DiagramFrame>
  );
}

function AppVsConfigRepo() {
  return (
    <DiagramFrame
      title="Application repository and configuration repository"
      description="A developer merges code into the application repository. CI runs on that repository only: it tests, builds and pushes the image shop:1.4.2 to the container registry, then opens a pull request against the configuration repository that changes the image tag. Reviewers of the configuration repository merge it. The GitOps agent in the cluster pulls the configuration repository and applies it, and the cluster pulls the image from the registry. A crossed-out dashed arrow shows that the commit to the configuration repository never triggers the application CI again, which is what prevents a build loop."
    >
      <svg viewBox="0 0 760 320" role="presentation">
        <Box x={20} y={40} width={166} height={64} lines={["app repo", "source, Dockerfile"]} />
        <Box x={250} y={40} width={190} height={64} lines={["CI pipeline", "test, build, push"]} />
        <Box x={510} y={40} width={220} height={64} lines={["container registry", "shop:1.4.2"]} />
        <Arrow from={{ x: 188, y: 72 }} to={{ x: 248, y: 72 }} />
        <Arrow from={{ x: 442, y: 72 }} to={{ x: 508, y: 72 }} />
        <text x={218} y={62} textAnchor="middle" fontSize={13} className="d-muted" strokeWidth={0}>
          merge
        </text>

        <Arrow from={{ x: 345, y: 106 }} to={{ x: 345, y: 184 }} />
        <text x={355} y={140} fontSize={13} className="d-text">
          opens a PR:
        </text>
        <text x={355} y={158} fontSize={13} className="d-text">
          image tag 1.4.1 → 1.4.2
        </text>

        <Box x={250} y={186} width={190} height={64} lines={["config repo", "manifests, overlays"]} accent />
        <Box x={510} y={186} width={220} height={64} lines={["cluster", "Argo CD or Flux agent"]} />
        <Arrow from={{ x: 508, y: 218 }} to={{ x: 442, y: 218 }} />
        <text x={475} y={206} textAnchor="middle" fontSize={13} className="d-muted" strokeWidth={0}>
          pulls
        </text>
        <Arrow from={{ x: 620, y: 184 }} to={{ x: 620, y: 106 }} dashed />
        <text x={630} y={150} fontSize={13} className="d-muted" strokeWidth={0}>
          pulls image
        </text>

        <Arrow from={{ x: 248, y: 232 }} to={{ x: 105, y: 106 }} dashed />
        <g className="d-danger" fill="none" strokeWidth={3} strokeLinecap="round">
          <line x1={160} y1={152} x2={184} y2={176} />
          <line x1={184} y1={152} x2={160} y2={176} />
        </g>
        <text x={20} y={282} fontSize={14} className="d-text">
          A commit to the config repo never re-triggers the app CI: no build loop,
        </text>
        <text x={20} y={302} fontSize={14} className="d-text">
          and the config repo has its own reviewers and its own history.
        </text>
      </svg>
    </DiagramFrame>
  );
}

function AppOfApps() {
  const children = [
    { name: "payments", path: "apps/payments/…", status: "OutOfSync", tone: "d-warn" as const, x: 20 },
    { name: "search", path: "apps/search/…", status: "Synced", tone: "d-ok" as const, x: 270 },
    { name: "ingress-nginx", path: "infrastructure/…", status: "OutOfSync", tone: "d-warn" as const, x: 520 },
  ];
  return (
    <DiagramFrame
      title="The app-of-apps pattern in Argo CD"
      description="A root Application named root points at the folder clusters/prod-eu-1 of the configuration repository. That folder contains only Application manifests, so syncing the root creates three child Applications: payments, search and ingress-nginx. The root is Synced because those three Application objects exist exactly as Git describes them. The children are judged separately: search is Synced, while payments and ingress-nginx are still OutOfSync because their own Deployments, Services and other resources have not been synced yet. Each child in turn points at its own path, under apps/ or infrastructure/, and manages its own workload resources."
    >
      <svg viewBox="0 0 760 350" role="presentation">
        <Box x={250} y={20} width={260} height={64} lines={["Application: root", "path: clusters/prod-eu-1"]} accent />
        <Status x={532} y={58} tone="d-ok" label="Synced" />
        <text x={380} y={112} textAnchor="middle" fontSize={13} className="d-muted" strokeWidth={0}>
          clusters/prod-eu-1/ holds Application manifests only
        </text>
        {children.map((child) => (
          <g key={child.name}>
            <Arrow from={{ x: 380, y: 120 }} to={{ x: child.x + 110, y: 150 }} />
            <Box x={child.x} y={152} width={220} height={66} lines={[child.name, "kind: Application", `path: ${child.path}`]} />
            <Status x={child.x + 64} y={240} tone={child.tone} label={child.status} />
            <Arrow from={{ x: child.x + 110, y: 248 }} to={{ x: child.x + 110, y: 274 }} />
            <rect x={child.x + 10} y={276} width={200} height={40} rx={6} className="d-fill d-stroke" strokeDasharray="5 4" strokeWidth={1} />
            <text x={child.x + 110} y={301} textAnchor="middle" fontSize={13} className="d-muted" strokeWidth={0}>
              Deployments, Services…
            </text>
          </g>
        ))}
        <text x={380} y={342} textAnchor="middle" fontSize={13} className="d-text">
          The parent compares Application objects, not the workloads behind them.
        </text>
      </svg>
    </DiagramFrame>
  );
}

export const diagrams = { MonoVsPolyrepo, AppVsConfigRepo, AppOfApps };
