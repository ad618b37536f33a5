import type { MessageKey } from "../../lib/i18n/index.svelte";
import { hasMessage } from "../../lib/i18n/index.svelte";

/** Where a screen's data comes from (issue 10: every screen says it). */
export interface Source {
  kind: "provider" | "local" | "localSection";
  /** A provider screen that also shows the local engine's data (renewals: payments, auto-renew). */
  partlyLocal: boolean;
}

// Synced from the provider's public API: organizations, users, teams; products (with their
// expiry). Billing, invoices, auto-renewal, prepaid and support grants are not in the API.
const PROVIDER_SECTIONS = new Set(["organization", "renewals"]);

export function sourceOf(kind: string, section: string): Source {
  if (kind !== "provider") return { kind: "local", partlyLocal: false };
  if (!PROVIDER_SECTIONS.has(section)) return { kind: "localSection", partlyLocal: false };
  return { kind: "provider", partlyLocal: section === "renewals" };
}

/** The message that words an outbox or link reason code. */
export function reasonKey(reason: string): MessageKey {
  const key = `prov.reason.${reason}`;
  return hasMessage(key) ? key : "prov.reason.unexpected";
}

/** A link state in words: "offline" after a 502/503/504 says the provider is unavailable, not
 *  that the connection is down. */
export function linkKey(link: string, reason: string | null | undefined): MessageKey {
  return (link === "offline" && reason === "unavailable" ? "prov.link.unavailable" : `prov.link.${link}`) as MessageKey;
}

/** What the last write became: sent, queued for the connection, or held behind a conflict
 *  (it waits for the person, not for the provider). */
export function writeNoteOf(status: { last_write_sent: boolean | null; blocked_by: number | null }): "sent" | "queued" | "held" | null {
  if (status.last_write_sent === null) return null;
  if (status.last_write_sent) return "sent";
  return status.blocked_by !== null ? "held" : "queued";
}
