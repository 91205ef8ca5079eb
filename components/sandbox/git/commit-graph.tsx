// One row's slice of the commit graph, drawn beside the row's text. Rows grow with their text,
// so vertical lines run to y="100%" and only the node and the bends sit at fixed offsets from
// the top; consecutive rows' slices meet because each lane keeps its x. Decorative: the row's
// text says everything the drawing shows.
import type { GraphRow } from "./commit-graph-layout";

const LANE_WIDTH = 14;
const PADDING = 3;
/** The node's distance from the row's top, level with the first line of text. */
const NODE_Y = 15;
const BEND = 12;
const LANE_COLOURS = 5;

export function graphWidth(laneCount: number): number {
  return Math.max(1, laneCount) * LANE_WIDTH + PADDING * 2;
}

function laneX(lane: number): number {
  return PADDING + lane * LANE_WIDTH + LANE_WIDTH / 2;
}

function laneClass(lane: number): string {
  return `sbx-git-lane sbx-git-lane-${lane % LANE_COLOURS}`;
}

export interface CommitGraphCellProps {
  row: GraphRow;
  laneCount: number;
  isHead: boolean;
}

export function CommitGraphCell({ row, laneCount, isHead }: CommitGraphCellProps) {
  const x = laneX(row.lane);
  return (
    <svg className="sbx-git-graph" width={graphWidth(laneCount)} aria-hidden="true" focusable="false">
      {row.passing.map((lane) => (
        <line key={`pass-${lane}`} className={laneClass(lane)} x1={laneX(lane)} y1={0} x2={laneX(lane)} y2="100%" />
      ))}
      {row.incoming.map((lane) =>
        lane === row.lane ? (
          <line key={`in-${lane}`} className={laneClass(lane)} x1={x} y1={0} x2={x} y2={NODE_Y} />
        ) : (
          <path key={`in-${lane}`} className={laneClass(lane)} d={`M ${laneX(lane)} 0 C ${laneX(lane)} ${NODE_Y * 0.7}, ${x} ${NODE_Y * 0.3}, ${x} ${NODE_Y}`} />
        ),
      )}
      {row.outgoing.map((lane) =>
        lane === row.lane ? (
          <line key={`out-${lane}`} className={laneClass(lane)} x1={x} y1={NODE_Y} x2={x} y2="100%" />
        ) : (
          <g key={`out-${lane}`} className={laneClass(lane)}>
            <path d={`M ${x} ${NODE_Y} C ${x} ${NODE_Y + BEND * 0.7}, ${laneX(lane)} ${NODE_Y + BEND * 0.3}, ${laneX(lane)} ${NODE_Y + BEND}`} />
            <line x1={laneX(lane)} y1={NODE_Y + BEND} x2={laneX(lane)} y2="100%" />
          </g>
        ),
      )}
      {isHead ? (
        <circle className={`sbx-git-node sbx-git-node-head ${laneClass(row.lane)}`} cx={x} cy={NODE_Y} r={5} />
      ) : (
        <circle className={`sbx-git-node ${laneClass(row.lane)}`} cx={x} cy={NODE_Y} r={row.isMerge ? 3.5 : 4} />
      )}
    </svg>
  );
}
