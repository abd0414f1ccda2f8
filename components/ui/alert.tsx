"use client";

import { useEffect, useRef, type ReactNode } from "react";

type Props = { color: "danger" | "success" | "warning" | "info"; children: ReactNode };

/**
 * A message in a ds-alert. An error takes focus when it appears or its text changes, so
 * keyboard and screen-reader users land on it; give it a new `key` to repeat the same error.
 */
export function Alert({ color, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const focusedText = useRef<string | null>(null);
  useEffect(() => {
    const text = ref.current?.textContent ?? "";
    if (color === "danger" && text !== focusedText.current) ref.current?.focus();
    focusedText.current = color === "danger" ? text : null;
  });
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="ds-alert"
      data-color={color}
      role={color === "danger" ? "alert" : "status"}
    >
      {children}
    </div>
  );
}
