/** Severity levels, in a module of their own so the content script gets them without zod. */
export const SEVERITIES = ['danger', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Higher is worse; used for ordering and badge colour. */
export const SEVERITY_RANK: Record<Severity, number> = { danger: 3, warning: 2, info: 1 };
