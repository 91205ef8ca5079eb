/** Where a hands-on exercise will run; until the exercises exist, it says so. */
export function Exercise({ id, title }: { id: string; title?: string }) {
  return (
    <section className="exercise-card" aria-label={`Exercise: ${title ?? id}`} data-exercise-id={id}>
      <p className="exercise-kicker">Hands-on exercise</p>
      <p className="exercise-title">{title ?? id}</p>
      <p className="field-hint">Coming soon: this exercise will run here, in your browser, against real git and a simulated cluster.</p>
    </section>
  );
}
