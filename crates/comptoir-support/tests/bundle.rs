//! The bundle: its files match its manifest, it holds no byte of a planted secret, the person's
//! manual redactions and restores are what is written, and it reads back with the zip crate.

#[path = "common/corpus.rs"]
mod corpus;

use std::collections::BTreeMap;
use std::io::Read;

use comptoir_support::bundle::{
    check_digest, mail_draft, mailto, preview, sha256_hex, write_bundle, BundleAttachment,
    ProductRef, RequestMeta, TextSource,
};
use comptoir_support::{find, RedactionChoices, RedactionKind};

fn unzip(path: &std::path::Path) -> BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        out.insert(f.name().to_owned(), bytes);
    }
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

struct Case {
    sources: Vec<TextSource>,
    planted: Vec<corpus::Planted>,
    meta: RequestMeta,
}

fn case() -> Case {
    let (planted, clean) = corpus::corpus(0xB0D1E, 45, 300);
    let mut log = String::new();
    for (i, l) in clean.iter().enumerate() {
        log.push_str(l);
        log.push('\n');
        if let Some(p) = planted.get(i) {
            log.push_str(&p.line);
            log.push('\n');
        }
    }
    for p in planted.iter().skip(clean.len()) {
        log.push_str(&p.line);
        log.push('\n');
    }
    let sources = vec![
        TextSource {
            id: "subject".into(),
            name: String::new(),
            text: "Webmail says 'Authentication failed' since today".into(),
        },
        TextSource {
            id: "description".into(),
            name: String::new(),
            text: format!(
                "Since this morning I cannot log in. My IBAN for the refund is {}. \
                 Customer ref ACME-7781. Write to me at claire.dubois@exemple.fr.",
                corpus::spaced(&corpus::iban(&mut corpus::Rng::new(3)), 4)
            ),
        },
        TextSource {
            id: "error_text".into(),
            name: String::new(),
            text: "Error 535: login failed for anna.muster@example.ch (token=Zx81Kq22Lm0)".into(),
        },
        TextSource {
            id: "attachment:1".into(),
            name: "console.log".into(),
            text: log,
        },
    ];
    Case {
        sources,
        planted,
        meta: RequestMeta {
            category: "mail".into(),
            product: Some(ProductRef {
                id: 12,
                name: "example.ch".into(),
                kind: "mail".into(),
                organization_id: 1,
                organization_name: "Acme SA".into(),
            }),
            prepared_at: "2026-11-27T09:00:00Z".into(),
            app: "Comptoir test".into(),
        },
    }
}

#[test]
fn files_match_the_manifest_and_no_planted_secret_is_in_the_bundle() {
    let c = case();
    let choices = RedactionChoices::default();
    let p = preview(&c.sources, &choices, "en");
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("request.zip");
    let png = vec![0x89, b'P', b'N', b'G', 1, 2, 3];
    let report = write_bundle(
        &target,
        "es",
        &c.meta,
        &p,
        &[
            BundleAttachment {
                part_id: Some("attachment:1".into()),
                kind: "app_log".into(),
                name: "console.log".into(),
                bytes: None,
            },
            BundleAttachment {
                part_id: None,
                kind: "screenshot".into(),
                name: "../../etc/shot.png".into(),
                bytes: Some(png.clone()),
            },
        ],
        Some(&[
            ("os".into(), "Linux 6.1".into()),
            ("locale".into(), "es-ES".into()),
        ]),
    )
    .unwrap();

    let files = unzip(&target);
    assert_eq!(sha256_hex(&std::fs::read(&target).unwrap()), report.sha256);
    let manifest: serde_json::Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
    let listed = manifest["files"].as_array().unwrap();
    assert_eq!(
        listed.len(),
        files.len() - 1,
        "every file but the manifest is listed"
    );
    for entry in listed {
        let path = entry["path"].as_str().unwrap();
        let bytes = &files[path];
        assert_eq!(
            entry["sha256"].as_str().unwrap(),
            sha256_hex(bytes),
            "{path}"
        );
        assert_eq!(
            entry["size"].as_u64().unwrap(),
            bytes.len() as u64,
            "{path}"
        );
    }
    assert_eq!(
        files["attachments/02-shot.png"], png,
        "no folder from the name"
    );
    assert!(files.contains_key("system.json"));

    // Not one planted secret, in any file.
    let mut values: Vec<String> = c.planted.iter().flat_map(|p| p.values.clone()).collect();
    values.extend(
        [
            "claire.dubois@exemple.fr",
            "anna.muster@example.ch",
            "Zx81Kq22Lm0",
        ]
        .map(String::from),
    );
    let mut found = 0;
    for v in &values {
        for (name, bytes) in &files {
            if contains(bytes, v.as_bytes()) {
                found += 1;
                eprintln!("{v} in {name}");
            }
        }
    }
    println!(
        "planted values checked: {}, found in the bundle: {found}",
        values.len()
    );
    assert_eq!(found, 0);

    let md = String::from_utf8(files["request.md"].clone()).unwrap();
    assert!(md.starts_with("# Solicitud de soporte"), "{md}");
    assert!(md.contains("Acme SA"));
    let json: serde_json::Value = serde_json::from_slice(&files["request.json"]).unwrap();
    assert_eq!(json["category"], "mail");
    assert!(json["redactions"]["iban"].as_u64().unwrap() >= 45);
    // The preview is what was written.
    assert_eq!(
        files["attachments/01-console.log"],
        p.part("attachment:1").unwrap().text().as_bytes()
    );
}

#[test]
fn manual_redactions_and_restores_are_what_is_written() {
    let c = case();
    let description = &c.sources[1].text;
    let iban = find(description, true)
        .into_iter()
        .find(|f| f.kind == RedactionKind::Iban)
        .unwrap();
    let mut choices = RedactionChoices::default();
    choices.restored.insert(iban.key(description));
    choices.add_manual("ACME-7781").unwrap();
    let p = preview(&c.sources, &choices, "en");
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("b.zip");
    write_bundle(&target, "en", &c.meta, &p, &[], None).unwrap();
    let json: serde_json::Value = serde_json::from_slice(&unzip(&target)["request.json"]).unwrap();
    let written = json["description"].as_str().unwrap();
    assert!(
        written.contains(&description[iban.start..iban.end]),
        "restored: {written}"
    );
    assert!(!written.contains("ACME-7781") && written.contains("[redacted: manual]"));
    assert!(json["system"].is_null());

    // A preview the person did not see is refused.
    let before = preview(&c.sources, &RedactionChoices::default(), "en");
    assert!(check_digest(&p, &before.digest).is_err());
    assert!(check_digest(&p, &p.digest).is_ok());
}

#[test]
fn the_mail_draft_is_a_summary_that_says_to_attach_the_bundle() {
    let c = case();
    let p = preview(&c.sources, &RedactionChoices::default(), "en");
    let (subject, body) = mail_draft("fr", &c.meta, &p, "demande.zip");
    assert!(subject.starts_with("[Messagerie] "));
    assert!(body.contains("demande.zip") && body.contains("à la main"));
    assert!(!body.contains("claire.dubois@exemple.fr"));
    let url = mailto("support@example.ch", &subject, &body);
    assert!(url.starts_with("mailto:support@example.ch?subject=%5BMessagerie%5D"));
    assert!(!url.contains(' ') && !url.contains('\n'));
}

/// Pages of a part, asked for one after the other, rebuild exactly the text written to the
/// bundle; none is much larger than asked and none cuts a redaction.
#[test]
fn preview_pages_rebuild_the_text_and_never_cut_a_redaction() {
    let (planted, clean) = corpus::corpus(11, 50, 400);
    let mut text = String::new();
    for (i, l) in clean.iter().enumerate() {
        text.push_str(l);
        text.push('\n');
        if let Some(p) = planted.get(i) {
            text.push_str(&p.line);
            text.push_str("  café ünïcode\n");
        }
    }
    let p = preview(
        &[TextSource {
            id: "attachment:1".into(),
            name: "x.log".into(),
            text,
        }],
        &RedactionChoices::default(),
        "en",
    );
    let part = &p.parts[0];
    assert!(p.first_pages(1_000).parts[0].segments.len() < 40);
    let mut rebuilt = String::new();
    let mut at = 0;
    let mut pages = 0;
    while at < part.text().len() {
        let page = part.page(at, 997);
        assert_eq!(page.offset as usize, at);
        let got: String = page.segments.iter().map(|s| s.text.as_str()).collect();
        assert!(
            !got.is_empty() && got.len() < 997 + 64,
            "page of {}",
            got.len()
        );
        for s in page.segments.iter().filter(|s| s.redaction.is_some()) {
            assert!(
                s.text.starts_with('[') && s.text.ends_with(']'),
                "{}",
                s.text
            );
        }
        rebuilt.push_str(&got);
        at += got.len();
        pages += 1;
    }
    assert_eq!(rebuilt, part.text());
    assert!(pages > 20);
}
