import { t } from "@/lib/i18n";

const STEPS = ["profile", "confirm", "membership"] as const;

/** Where the user is in the three registration steps. */
export function RegistrationSteps({ current }: { current: (typeof STEPS)[number] }) {
  const index = STEPS.indexOf(current);
  return (
    <div className="flex flex-col gap-2">
      <p className="ds-paragraph" data-size="sm">
        {t.registration.stepOf(index + 1, STEPS.length)}
      </p>
      <ol className="flex gap-2" aria-label={t.registration.title}>
        {STEPS.map((step, i) => (
          <li
            key={step}
            aria-current={i === index ? "step" : undefined}
            className={`flex-1 border-t-4 pt-1 text-sm ${i <= index ? "border-[var(--ds-color-accent-base-default)] font-semibold" : "border-gray-300 text-gray-600"}`}
          >
            {t.registration.steps[step]}
          </li>
        ))}
      </ol>
    </div>
  );
}
