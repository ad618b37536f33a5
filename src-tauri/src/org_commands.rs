//! Organization and team commands (ORG-1..8). Each acts as the workspace's signed-in user and
//! hands the decision to the engine.

use comptoir_core::org::{
    ContactPreferences, EffectiveRight, InviteResult, MemberResult, NewMember, OrganizationDetails,
    ProductRightGrant, Role,
};
use comptoir_core::Result;
use tauri::State;

use crate::AppState;

#[tauri::command(async)]
pub fn add_member(
    state: State<'_, AppState>,
    organization_id: i64,
    member: NewMember,
) -> Result<i64> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.add_member(organization_id, actor, &member)
    })
}

/// "Add user" with several addresses (one a line): each invited, each with its result. On a
/// provider workspace each is a queued write the background flusher sends with progress.
#[tauri::command(async)]
pub fn invite_members(
    state: State<'_, AppState>,
    organization_id: i64,
    addresses: String,
    template: NewMember,
) -> Result<Vec<InviteResult>> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.invite_many(organization_id, actor, &addresses, &template)
    })
}

#[tauri::command(async)]
pub fn resend_invitation(
    state: State<'_, AppState>,
    organization_id: i64,
    user_id: i64,
) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.resend_invitation(organization_id, actor, user_id)
    })
}

/// The last removal, kept on this side of IPC for "Undo" (the UI never holds the rows).
#[derive(Default)]
pub struct LastRemoval(std::sync::Mutex<Option<comptoir_store::undo::Removal>>);

#[tauri::command(async)]
pub fn remove_members(
    state: State<'_, AppState>,
    last: State<'_, LastRemoval>,
    organization_id: i64,
    user_ids: Vec<i64>,
) -> Result<Vec<MemberResult>> {
    let (results, removal) = state.with(|s| {
        let actor = s.signed_in_user()?;
        s.remove_members_undoable(organization_id, actor, &user_ids)
    })?;
    if let Ok(mut slot) = last.0.lock() {
        *slot = (removal.count() > 0).then_some(removal);
    }
    Ok(results)
}

/// Undoes the last removal, once (ORG-5; the engine checks who, when and what changed since).
/// Returns how many users came back.
#[tauri::command(async)]
pub fn undo_removal(state: State<'_, AppState>, last: State<'_, LastRemoval>) -> Result<u32> {
    // Spent only when it worked: someone else's refused attempt leaves it to its author.
    let mut slot = last.0.lock().map_err(|_| poisoned())?;
    let removal = slot.as_ref().ok_or_else(|| {
        comptoir_core::Error::new(
            comptoir_core::ErrorCode::Conflict,
            "there is no removal to undo",
        )
        .reason("nothing_to_undo")
    })?;
    let n = state.with(|s| {
        let actor = s.signed_in_user()?;
        Ok(s.undo_removal(actor, removal)? as u32)
    })?;
    *slot = None;
    Ok(n)
}

fn poisoned() -> comptoir_core::Error {
    comptoir_core::Error::new(comptoir_core::ErrorCode::Internal, "undo state unavailable")
}

#[tauri::command(async)]
pub fn leave_organization(state: State<'_, AppState>, organization_id: i64) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.leave(organization_id, actor)
    })
}

#[tauri::command(async)]
pub fn change_role(
    state: State<'_, AppState>,
    organization_id: i64,
    user_id: i64,
    role: Role,
) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.change_role(organization_id, actor, user_id, role)
    })
}

/// The last replacement of a legal representative, kept here for "Undo" (ORG-7).
#[derive(Default)]
pub struct LastReplacement(std::sync::Mutex<Option<comptoir_store::undo::Replacement>>);

#[tauri::command(async)]
pub fn replace_legal_representative(
    state: State<'_, AppState>,
    last: State<'_, LastReplacement>,
    organization_id: i64,
    old_user_id: i64,
    new_user_id: i64,
    old_becomes: Option<Role>,
) -> Result<()> {
    let replacement = state.with(|s| {
        let actor = s.signed_in_user()?;
        s.replace_legal_representative_undoable(
            organization_id,
            actor,
            old_user_id,
            new_user_id,
            old_becomes,
        )
    })?;
    if let Ok(mut slot) = last.0.lock() {
        *slot = Some(replacement);
    }
    Ok(())
}

/// Undoes the last replacement, once (the engine checks who, when and what changed since).
#[tauri::command(async)]
pub fn undo_replacement(
    state: State<'_, AppState>,
    last: State<'_, LastReplacement>,
) -> Result<()> {
    let mut slot = last.0.lock().map_err(|_| poisoned())?;
    let replacement = slot.as_ref().ok_or_else(|| {
        comptoir_core::Error::new(
            comptoir_core::ErrorCode::Conflict,
            "there is no replacement to undo",
        )
        .reason("nothing_to_undo")
    })?;
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.undo_replacement(actor, replacement)
    })?;
    *slot = None;
    Ok(())
}

#[tauri::command(async)]
pub fn user_rights(
    state: State<'_, AppState>,
    organization_id: i64,
    user_id: i64,
) -> Result<Vec<ProductRightGrant>> {
    state.with(|s| s.user_rights(organization_id, user_id))
}

#[tauri::command(async)]
pub fn set_user_rights(
    state: State<'_, AppState>,
    organization_id: i64,
    user_id: i64,
    grants: Vec<ProductRightGrant>,
) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.set_user_rights(organization_id, actor, user_id, &grants)
    })
}

#[tauri::command(async)]
pub fn set_contacts(
    state: State<'_, AppState>,
    organization_id: i64,
    user_id: i64,
    contacts: ContactPreferences,
) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.set_contacts(organization_id, actor, user_id, contacts)
    })
}

#[tauri::command(async)]
pub fn update_organization(
    state: State<'_, AppState>,
    organization_id: i64,
    details: OrganizationDetails,
) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.update_organization(organization_id, actor, &details)
    })
}

#[tauri::command(async)]
pub fn create_team(
    state: State<'_, AppState>,
    organization_id: i64,
    name: String,
    colour: String,
) -> Result<i64> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.create_team(organization_id, actor, &name, &colour)
    })
}

#[tauri::command(async)]
pub fn update_team(
    state: State<'_, AppState>,
    organization_id: i64,
    team_id: i64,
    name: String,
    colour: String,
) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.update_team(organization_id, actor, team_id, &name, &colour)
    })
}

#[tauri::command(async)]
pub fn delete_team(state: State<'_, AppState>, organization_id: i64, team_id: i64) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.delete_team(organization_id, actor, team_id)
    })
}

#[tauri::command(async)]
pub fn set_team_members(
    state: State<'_, AppState>,
    organization_id: i64,
    team_id: i64,
    user_ids: Vec<i64>,
) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.set_team_members(organization_id, actor, team_id, &user_ids)
    })
}

#[tauri::command(async)]
pub fn team_rights(
    state: State<'_, AppState>,
    organization_id: i64,
    team_id: i64,
) -> Result<Vec<ProductRightGrant>> {
    state.with(|s| s.team_rights(organization_id, team_id))
}

#[tauri::command(async)]
pub fn set_team_rights(
    state: State<'_, AppState>,
    organization_id: i64,
    team_id: i64,
    grants: Vec<ProductRightGrant>,
) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.set_team_rights(organization_id, actor, team_id, &grants)
    })
}

#[tauri::command(async)]
pub fn effective_rights(
    state: State<'_, AppState>,
    organization_id: i64,
    user_id: i64,
) -> Result<Vec<EffectiveRight>> {
    state.with(|s| s.effective_rights(organization_id, user_id))
}

#[tauri::command(async)]
pub fn set_signed_in_user(state: State<'_, AppState>, user_id: i64) -> Result<()> {
    state.with(|s| s.set_signed_in_user(user_id))
}
