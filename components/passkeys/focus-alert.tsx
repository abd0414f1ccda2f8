"use client";

import { useEffect, useRef, type ReactNode } from "react";

type Props = { color: "danger" | "success" | "warning" | "info"; children: ReactNode };

/**
 * A message; an error takes focus when it appears, so keyboard and screen-reader users land
 * on it. Give it a new `key` for each new error to move focus again.
 */
export function FocusAlert({ color, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (color === "danger") ref.current?.focus();
  }, [color]);
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
