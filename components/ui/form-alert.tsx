"use client";

import { useEffect, useRef, type ReactNode } from "react";

type Props = { color: "danger" | "success" | "warning" | "info"; children: ReactNode };

/** A form's result message; an error takes focus so screen readers and keyboards land on it. */
export function FormAlert({ color, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (color === "danger") ref.current?.focus();
  }, [color, children]);
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
