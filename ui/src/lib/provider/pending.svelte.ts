import { listen } from "@tauri-apps/api/event";
import type { OutboxEntry, OutboxState } from "../bindings";
import { api } from "../ipc";

/** The unsent write about a row (a user or a team), shown in place on that row (issue 10). */
export interface PendingMark {
  state: OutboxState;
  reason: string | null;
}

/**
 * The provider outbox as the rows see it: the latest unsent write per user and per team. One
 * list shared by every screen, reloaded when the shell reports a flush or sync (its events) and
 * when a screen changed something (`comptoir:changed`, `refresh()`).
 */
class PendingWrites {
  entries = $state<OutboxEntry[]>([]);
  #loading = false;
  #again = false;
  #listening = false;

  async refresh(): Promise<void> {
    // One load at a time; a request during a load runs once after it (flushes report often).
    if (this.#loading) {
      this.#again = true;
      return;
    }
    this.#loading = true;
    try {
      this.entries = await api.listOutbox();
    } catch {
      // Not a provider workspace, or not open yet: nothing is queued.
      this.entries = [];
    } finally {
      this.#loading = false;
      if (this.#again) {
        this.#again = false;
        void this.refresh();
      }
    }
  }

  /** Starts listening (once); returns nothing to undo: the list lives as long as the window. */
  listen(): void {
    if (this.#listening) return;
    this.#listening = true;
    void listen("provider-status", () => this.refresh());
    void listen("provider-progress", () => this.refresh());
    window.addEventListener("comptoir:changed", () => void this.refresh());
    void this.refresh();
  }

  #latest(match: (e: OutboxEntry) => boolean): PendingMark | null {
    let found: OutboxEntry | null = null;
    for (const e of this.entries) {
      if (e.state !== "sent" && match(e)) found = e;
    }
    return found ? { state: found.state, reason: found.reason } : null;
  }

  forUser(userId: number): PendingMark | null {
    return this.#latest((e) => e.subject_user === userId);
  }

  forTeam(teamId: number): PendingMark | null {
    return this.#latest((e) => e.subject_team === teamId);
  }
}

export const pendingWrites = new PendingWrites();

