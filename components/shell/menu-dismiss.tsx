"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

// The header menus are <details> elements: they open and close by keyboard with no script at
// all. This adds what people expect of a menu on top: Escape, a click elsewhere, or following
// a link closes it (and Escape gives focus back to its button).
export function MenuDismiss() {
  const pathname = usePathname();

  useEffect(() => {
    for (const menu of document.querySelectorAll<HTMLDetailsElement>("details.menu[open]")) menu.open = false;
  }, [pathname]);

  useEffect(() => {
    function closeAll(except?: Node | null) {
      for (const menu of document.querySelectorAll<HTMLDetailsElement>("details.menu[open]")) {
        if (!except || !menu.contains(except)) menu.open = false;
      }
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      const open = document.querySelector<HTMLDetailsElement>("details.menu[open]");
      if (!open) return;
      open.open = false;
      open.querySelector("summary")?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      closeAll(event.target as Node);
    }
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, []);

  return null;
}
