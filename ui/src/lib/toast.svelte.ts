// Toasts: a short sentence after an action, with an optional action (Undo). They stack, stay
// while hovered or focused, and leave by themselves after TOAST_MS otherwise.

export const TOAST_MS = 8000;

export type ToastAction = { label: string; run: () => Promise<void> | void; testid?: string };
export type Toast = {
  id: number;
  text: string;
  tone: "ok" | "danger" | "info";
  actions: ToastAction[];
  /** What the toast is about (a command name): a later toast may replace it. */
  topic?: string;
  /** Stays until answered or closed (an offer nobody should lose to a timer). */
  sticky?: boolean;
};

let next = 1;
// Timers are bookkeeping, not shown: no reactivity wanted.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const timers = new Map<number, ReturnType<typeof setTimeout>>();
/** The shown toasts, oldest first. */
export const toasts = $state<Toast[]>([]);

/** Shows a toast; returns its id. A toast with the same `topic` as one shown replaces it. */
export function toast(
  text: string,
  options: { tone?: Toast["tone"]; actions?: ToastAction[]; topic?: string; sticky?: boolean } = {},
): number {
  if (options.topic) dismissTopic(options.topic);
  const id = next++;
  toasts.push({
    id,
    text,
    tone: options.tone ?? "ok",
    actions: options.actions ?? [],
    topic: options.topic,
    sticky: options.sticky,
  });
  // Never more than a few on screen: the oldest goes first.
  while (toasts.length > 4) dismiss(toasts[0]!.id);
  resume(id);
  return id;
}

export function dismiss(id: number) {
  pause(id);
  const i = toasts.findIndex((t) => t.id === id);
  if (i >= 0) toasts.splice(i, 1);
}

export function dismissTopic(topic: string) {
  for (const t of toasts.filter((t) => t.topic === topic)) dismiss(t.id);
}

/** Hovered or focused: the toast stays. */
export function pause(id: number) {
  const timer = timers.get(id);
  if (timer !== undefined) clearTimeout(timer);
  timers.delete(id);
}

/** Left alone again: the full time runs anew, so nobody loses a toast they were reading. */
export function resume(id: number, ms = TOAST_MS) {
  pause(id);
  if (toasts.find((t) => t.id === id)?.sticky) return;
  timers.set(
    id,
    setTimeout(() => {
      // Behind a modal dialog nobody can read or use it: it waits until the dialog closes.
      if (typeof document !== "undefined" && document.querySelector("dialog[open]")) resume(id, 1000);
      else dismiss(id);
    }, ms),
  );
}
