// The single typed client for the shell's commands. Features call these functions, never
// `invoke` directly, so every command name and payload is checked against the Rust types.
import { invoke } from "@tauri-apps/api/core";
import type {
  AppError,
  BillingOverview,
  Invoice,
  Organization,
  OrganizationOverview,
  PartnerOverview,
  RenewalsOverview,
  SecuritySettings,
  SupportGrant,
  UiPreferences,
  WorkspaceInfo,
} from "./bindings";

/** An error from the shell, always `{code, message, rule?, field?}`. */
export class CommandError extends Error {
  readonly detail: AppError;
  constructor(detail: AppError) {
    super(detail.message);
    this.name = "CommandError";
    this.detail = detail;
  }
}

function isAppError(value: unknown): value is AppError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AppError).code === "string" &&
    typeof (value as AppError).message === "string"
  );
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    if (isAppError(e)) throw new CommandError(e);
    // Refusals by Tauri itself (ACL) arrive as plain strings.
    throw new CommandError({ code: "internal", message: String(e) });
  }
}

export const api = {
  workspaceInfo: () => call<WorkspaceInfo>("workspace_info"),
  listOrganizations: () => call<Organization[]>("list_organizations"),
  organizationOverview: (organizationId: number) =>
    call<OrganizationOverview>("organization_overview", { organizationId }),
  renewalsOverview: (organizationId: number | null) =>
    call<RenewalsOverview>("renewals_overview", { organizationId }),
  listInvoices: (organizationId: number | null) =>
    call<Invoice[]>("list_invoices", { organizationId }),
  billingOverview: (organizationId: number) =>
    call<BillingOverview>("billing_overview", { organizationId }),
  listSupportGrants: () => call<SupportGrant[]>("list_support_grants"),
  securityOverview: () => call<SecuritySettings[]>("security_overview"),
  partnerOverview: (organizationId: number) =>
    call<PartnerOverview>("partner_overview", { organizationId }),
  uiPreferences: () => call<UiPreferences>("ui_preferences"),
  setLanguage: (language: string) => call<UiPreferences>("set_language", { language }),
  resetDemoWorkspace: () => call<WorkspaceInfo>("reset_demo_workspace"),
};

export type Api = typeof api;
