//! Renewals and payments commands (REN-1..7, PAY-1..9).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use comptoir_core::billing::{NewPaymentMethod, Order, PaymentMethodKind, PrepaidAccount};
use comptoir_core::renewal::{
    BulkReport, PaidOrder, PayItem, PaySplit, PaymentChoice, ProductPage, ProductQuery, Progress,
    Selection,
};
use comptoir_core::{Error, ErrorCode, Result};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::AppState;

/// Cancellation flags of running long jobs, by the id the UI gave them.
#[derive(Default)]
pub struct Jobs(Mutex<HashMap<String, Arc<AtomicBool>>>);

impl Jobs {
    pub(crate) fn start(&self, id: &str) -> Arc<AtomicBool> {
        let flag = Arc::new(AtomicBool::new(false));
        if let Ok(mut jobs) = self.0.lock() {
            jobs.insert(id.to_owned(), flag.clone());
        }
        flag
    }

    pub(crate) fn finish(&self, id: &str) {
        if let Ok(mut jobs) = self.0.lock() {
            jobs.remove(id);
        }
    }

    fn cancel(&self, id: &str) -> bool {
        self.0
            .lock()
            .ok()
            .and_then(|jobs| jobs.get(id).map(|f| f.store(true, Ordering::SeqCst)))
            .is_some()
    }
}

#[tauri::command(async)]
pub fn query_products(state: State<'_, AppState>, query: ProductQuery) -> Result<ProductPage> {
    state.with(|s| s.query_products_as(s.signed_in_user()?, &query))
}

/// The counters above the renewals table: one aggregate, no product rows.
#[tauri::command(async)]
pub fn renewal_counts(
    state: State<'_, AppState>,
    organization_id: Option<i64>,
) -> Result<comptoir_store::ProductCounts> {
    state.with(|s| s.product_counts_as(s.signed_in_user()?, organization_id))
}

/// The forecast above the renewals table (issue 17): one aggregate per month and currency.
#[tauri::command(async)]
pub fn renewal_forecast(
    state: State<'_, AppState>,
    organization_id: i64,
    months: u32,
) -> Result<comptoir_core::forecast::Forecast> {
    state.with(|s| s.renewal_forecast(s.signed_in_user()?, organization_id, months))
}

/// The spending history above the invoices list (issue 17): one aggregate per month and
/// currency over the documents.
#[tauri::command(async)]
pub fn spending_history(
    state: State<'_, AppState>,
    organization_id: Option<i64>,
    months: u32,
) -> Result<comptoir_core::forecast::SpendingHistory> {
    state.with(|s| s.spending_history(s.signed_in_user()?, organization_id, months))
}

/// The command palette's search (issue 17): in the store, best hits first, bounded.
#[tauri::command(async)]
pub fn palette_search(
    state: State<'_, AppState>,
    query: String,
    limit: u32,
) -> Result<Vec<comptoir_core::search::Found>> {
    state.with(|s| s.palette_search(s.signed_in_user()?, &query, limit))
}

#[tauri::command(async)]
pub fn count_selection(state: State<'_, AppState>, selection: Selection) -> Result<u32> {
    state.with(|s| s.count_selection_as(s.signed_in_user()?, &selection))
}

/// REN-7: runs on a worker thread with its own connection (the shared one stays free for the
/// UI's reads), reports progress through `on_progress` and stops between chunks when
/// `cancel_job(job_id)` is called. Acts as the signed-in user (ORG-6, per row).
#[tauri::command]
pub async fn set_auto_renew<R: Runtime>(
    app: AppHandle<R>,
    selection: Selection,
    on: bool,
    method_id: Option<i64>,
    job_id: String,
    on_progress: Channel<Progress>,
) -> Result<BulkReport> {
    let (handle, actor) = app
        .state::<AppState>()
        .with(|s| Ok((s.worker_handle(), s.signed_in_user()?)))?;
    let flag = app.state::<Jobs>().start(&job_id);
    let report = tauri::async_runtime::spawn_blocking(move || -> Result<BulkReport> {
        let mut store = handle.open()?;
        Ok(
            store.set_auto_renew(actor, &selection, on, method_id, &mut |p| {
                let _ = on_progress.send(p);
                !flag.load(Ordering::SeqCst)
            })?,
        )
    })
    .await;
    app.state::<Jobs>().finish(&job_id);
    report.map_err(|e| Error::new(ErrorCode::Internal, format!("bulk action stopped: {e}")))?
}

#[tauri::command(async)]
pub fn cancel_job(jobs: State<'_, Jobs>, job_id: String) -> bool {
    jobs.cancel(&job_id)
}

#[tauri::command(async)]
pub fn set_period(state: State<'_, AppState>, product_id: i64, period_months: u16) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.set_period(actor, product_id, period_months)
    })
}

#[tauri::command(async)]
pub fn pay_preview(state: State<'_, AppState>, items: Vec<PayItem>) -> Result<Vec<PaySplit>> {
    state.with(|s| s.pay_preview(&items))
}

#[tauri::command(async)]
pub fn pay_selection(
    state: State<'_, AppState>,
    items: Vec<PayItem>,
    choices: Vec<PaymentChoice>,
    idempotency_key: String,
) -> Result<Vec<PaidOrder>> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.pay_selection(actor, &items, &choices, &idempotency_key)
    })
}

#[tauri::command(async)]
pub fn pay_pending_order(
    state: State<'_, AppState>,
    order_id: i64,
    method_id: i64,
) -> Result<PaidOrder> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.pay_pending_order(actor, order_id, method_id)
    })
}

/// PAY-4: cancels an order still waiting for its transfer; its prepaid part goes back.
#[tauri::command(async)]
pub fn cancel_pending_order(state: State<'_, AppState>, order_id: i64) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.cancel_pending_order(actor, order_id)
    })
}

/// PAY-4: the open order a product is on, to offer "Pay invoice INV-…" instead of renewing.
#[tauri::command(async)]
pub fn open_order_of(
    state: State<'_, AppState>,
    product_id: i64,
) -> Result<Option<comptoir_core::billing::DocumentRef>> {
    state.with(|s| s.open_order_ref(product_id))
}

/// What the signed-in user may do with the money of an organization (the engine decides; the
/// UI only explains ahead of time).
#[tauri::command(async)]
pub fn billing_access(
    state: State<'_, AppState>,
    organization_id: i64,
) -> Result<comptoir_core::policy::BillingAccess> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.billing_access(actor, organization_id)
    })
}

#[tauri::command(async)]
pub fn list_orders(state: State<'_, AppState>, organization_id: i64) -> Result<Vec<Order>> {
    state.with(|s| s.orders_as(s.signed_in_user()?, organization_id))
}

#[tauri::command(async)]
pub fn add_payment_method(
    state: State<'_, AppState>,
    organization_id: i64,
    method: NewPaymentMethod,
) -> Result<i64> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.add_payment_method(actor, organization_id, &method)
    })
}

#[tauri::command(async)]
pub fn set_default_method(
    state: State<'_, AppState>,
    organization_id: i64,
    method_id: i64,
) -> Result<()> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.set_default_method(actor, organization_id, method_id)
    })
}

/// PAY-6 before charging: the amount as the engine reads it, every check made, nothing written.
#[tauri::command(async)]
pub fn top_up_preview(
    state: State<'_, AppState>,
    organization_id: i64,
    amount: String,
    locale: String,
    method: PaymentMethodKind,
) -> Result<comptoir_core::Money> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.top_up_preview(actor, organization_id, &amount, &locale, method)
    })
}

#[tauri::command(async)]
pub fn top_up(
    state: State<'_, AppState>,
    organization_id: i64,
    amount: String,
    locale: String,
    method: PaymentMethodKind,
    idempotency_key: String,
) -> Result<PrepaidAccount> {
    state.with(|s| {
        let actor = s.signed_in_user()?;
        s.top_up(
            actor,
            organization_id,
            &amount,
            &locale,
            method,
            Some(&idempotency_key),
        )
    })
}

/// The milestones of a selection in the reader's `language`, worded by the message catalogue.
fn milestones(
    s: &comptoir_store::Store,
    selection: &Selection,
    language: &str,
) -> comptoir_store::StoreResult<Vec<comptoir_calendar::Milestone>> {
    let ids = s.resolve_selection(selection)?;
    if ids.is_empty() {
        return Err(Error::invalid("selection", "select at least one product")
            .reason("none_chosen")
            .into());
    }
    let rows = s.product_rows(&ids)?;
    let cat = comptoir_i18n::Catalogue::for_tag(language);
    Ok(comptoir_calendar::milestones(
        &s.workspace_id()?,
        &rows,
        &s.card_expiries()?,
        &cat,
    ))
}

/// One product's timeline as the calendar export words it, by date.
#[tauri::command(async)]
pub fn product_timeline(
    state: State<'_, AppState>,
    product_id: i64,
    language: String,
) -> Result<Vec<crate::views::TimelineEntry>> {
    let selection = Selection {
        query: None,
        ids: vec![product_id],
        excluded: vec![],
    };
    let mut entries: Vec<_> = state
        .with(|s| milestones(s, &selection, &language))?
        .into_iter()
        .map(|m| crate::views::TimelineEntry {
            date: m.date,
            summary: m.summary,
            description: m.description,
            reminder: m.remind,
        })
        .collect();
    entries.sort_by_key(|e| e.date);
    Ok(entries)
}

/// The renewal calendar of a selection as an `.ics` file in the reader's `language`, saved
/// where the user chooses (the same save path as documents: native dialog opened here, or
/// `COMPTOIR_SAVE_DIR` for unattended runs). Returns the path, or nothing when cancelled.
#[tauri::command]
pub async fn export_timeline<R: Runtime>(
    app: AppHandle<R>,
    selection: Selection,
    language: String,
) -> Result<Option<String>> {
    // A selection may be 100,000 rows: read them on a connection of their own.
    let handle = app.state::<AppState>().with(|s| Ok(s.worker_handle()))?;
    let ics = tauri::async_runtime::spawn_blocking(move || -> Result<String> {
        let mut s = handle.open()?;
        let events = milestones(&s, &selection, &language)?;
        let cat = comptoir_i18n::Catalogue::for_tag(&language);
        let now = s.clock().now();
        Ok(comptoir_calendar::export(
            events,
            |keys| s.calendar_sequences(keys),
            &cat,
            now,
        )?)
    })
    .await
    .map_err(|e| Error::new(ErrorCode::Internal, format!("export stopped: {e}")))??;
    let Some(path) =
        crate::document_commands::save_target(&app, "renewals.ics", "iCalendar", "ics")
    else {
        return Ok(None);
    };
    std::fs::write(&path, ics)
        .map_err(|e| Error::storage(format!("cannot write {}: {e}", path.display())))?;
    Ok(Some(path.display().to_string()))
}
