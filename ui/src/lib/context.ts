import type { Organization, WorkspaceInfo } from "./bindings";

/** What every section receives from the app shell. */
export interface SectionProps {
  organization: Organization;
  organizations: Organization[];
  info: WorkspaceInfo;
  /** Reloads what the app shell holds (organizations, workspace info) after a change. */
  refresh: () => Promise<void>;
}
