"use client";
// A draggable divider between two panels: pointer drag, or arrow keys when focused (Home/End to
// the limits), announced as a separator with its position so screen readers can use it too.
import { useRef, type KeyboardEvent, type PointerEvent } from "react";

interface SplitterProps {
  /** "vertical" divides left from right; "horizontal" divides top from bottom. */
  orientation: "vertical" | "horizontal";
  label: string;
  /** Size of the panel before the divider, in percent of the container. */
  value: number;
  min: number;
  max: number;
  onChange(value: number): void;
  /** Which panel size the value measures: the one before the divider (default) or after it. */
  measures?: "before" | "after";
}

const KEY_STEP = 2;

export function Splitter({ orientation, label, value, min, max, onChange, measures = "before" }: SplitterProps) {
  const dragging = useRef(false);
  const clamp = (next: number) => Math.min(max, Math.max(min, Math.round(next * 10) / 10));

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!dragging.current) return;
    const container = event.currentTarget.parentElement;
    if (!container) return;
    const box = container.getBoundingClientRect();
    const fraction = orientation === "vertical" ? (event.clientX - box.left) / box.width : (event.clientY - box.top) / box.height;
    onChange(clamp((measures === "before" ? fraction : 1 - fraction) * 100));
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    dragging.current = false;
    event.currentTarget.releasePointerCapture(event.pointerId);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const grow = orientation === "vertical" ? "ArrowRight" : "ArrowDown";
    const shrink = orientation === "vertical" ? "ArrowLeft" : "ArrowUp";
    const sign = measures === "before" ? 1 : -1;
    if (event.key === grow) onChange(clamp(value + sign * KEY_STEP));
    else if (event.key === shrink) onChange(clamp(value - sign * KEY_STEP));
    else if (event.key === "Home") onChange(min);
    else if (event.key === "End") onChange(max);
    else return;
    event.preventDefault();
  }

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      className={`sbx-splitter sbx-splitter-${orientation}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
