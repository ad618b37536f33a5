//! A seeded corpus of realistic log lines (web server, PHP, JS console, mail clients; en, es, fr,
//! de): lines carrying one planted secret each, and clean near-miss lines that look like secrets
//! to a careless detector (order ids, versions, dates, hashes, invalid IBANs, non-Luhn numbers,
//! error codes, `@` that is no address). Shared by the corpus test and the benchmark.

#![allow(dead_code)]

use comptoir_support::RedactionKind;

/// A line with one secret: the values that must not survive (the secret as written, and where
/// it differs, without its separators).
pub struct Planted {
    pub kind: RedactionKind,
    pub line: String,
    pub values: Vec<String>,
}

/// xorshift64*: deterministic, no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    pub fn from(&mut self, alphabet: &[u8], len: usize) -> String {
        (0..len)
            .map(|_| alphabet[self.below(alphabet.len())] as char)
            .collect()
    }
    pub fn digits(&mut self, len: usize) -> String {
        self.from(b"0123456789", len)
    }
    pub fn alnum(&mut self, len: usize) -> String {
        // Always with a digit and an inner capital, as generated credentials are.
        let mut s = self.from(
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
            len - 2,
        );
        s.push(self.pick(b"ABCDEFGHJKLMNPQRSTUVWXYZ").to_owned() as char);
        s.push(self.pick(b"123456789").to_owned() as char);
        s
    }
    pub fn hex(&mut self, len: usize) -> String {
        self.from(b"0123456789abcdef", len)
    }
    pub fn b64url(&mut self, len: usize) -> String {
        self.from(
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
            len,
        )
    }
    pub fn lower(&mut self, len: usize) -> String {
        self.from(b"abcdefghijklmnopqrstuvwxyz", len)
    }
}

fn b64url_encode(data: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// mod 97 of an IBAN rearranged (BBAN + country + check digits), letters as 10..35.
fn mod97(s: &str) -> u32 {
    let mut r = 0u32;
    for c in s.chars() {
        let v = if c.is_ascii_digit() {
            c as u32 - '0' as u32
        } else {
            c.to_ascii_uppercase() as u32 - 'A' as u32 + 10
        };
        r = if v >= 10 {
            (r * 100 + v) % 97
        } else {
            (r * 10 + v) % 97
        };
    }
    r
}

/// A valid IBAN (compact) for a country whose registry format the generator follows.
pub fn iban(rng: &mut Rng) -> String {
    let (country, bban) = match rng.below(8) {
        0 => ("CH", format!("{}{}", rng.digits(5), rng.digits(12))),
        1 => ("DE", rng.digits(18)),
        2 => ("FR", format!("{}{}", rng.digits(21), rng.digits(2))),
        3 => ("ES", rng.digits(20)),
        4 => (
            "IT",
            format!("{}{}", rng.pick(&["X", "A", "K", "M"]), rng.digits(22)),
        ),
        5 => ("AT", rng.digits(16)),
        6 => (
            "NL",
            format!("{}{}", rng.pick(&["ABNA", "INGB", "RABO"]), rng.digits(10)),
        ),
        _ => ("LI", rng.digits(17)),
    };
    let check = 98 - mod97(&format!("{bban}{country}00"));
    format!("{country}{check:02}{bban}")
}

/// The same IBAN with one wrong check digit (a near miss).
pub fn broken_iban(rng: &mut Rng) -> String {
    let good = iban(rng);
    let mut b = good.into_bytes();
    b[3] = if b[3] == b'9' { b'0' } else { b[3] + 1 };
    String::from_utf8(b).unwrap()
}

pub fn spaced(s: &str, group: usize) -> String {
    s.as_bytes()
        .chunks(group)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(" ")
}

fn luhn_digit(body: &str) -> u32 {
    let sum: u32 = body
        .chars()
        .rev()
        .enumerate()
        .map(|(i, c)| {
            let d = c.to_digit(10).unwrap();
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    (10 - sum % 10) % 10
}

/// A Luhn-valid card number of a real network's shape (compact digits).
pub fn card(rng: &mut Rng) -> String {
    let (prefix, len) = match rng.below(5) {
        0 => ("4".to_owned(), 16),
        1 => (format!("5{}", 1 + rng.below(5)), 16),
        2 => (format!("{}", 2221 + rng.below(500)), 16),
        3 => (rng.pick(&["34", "37"]).to_string(), 15),
        _ => ("6011".to_owned(), 16),
    };
    let body = format!("{prefix}{}", rng.digits(len - 1 - prefix.len()));
    format!("{body}{}", luhn_digit(&body))
}

/// A card-shaped number that fails Luhn (a near miss).
pub fn non_luhn(rng: &mut Rng) -> String {
    let good = card(rng);
    let last = good.chars().last().unwrap().to_digit(10).unwrap();
    format!("{}{}", &good[..good.len() - 1], (last + 1) % 10)
}

fn card_written(rng: &mut Rng, digits: &str) -> String {
    match rng.below(3) {
        0 => digits.to_owned(),
        1 if digits.len() == 16 => spaced(digits, 4),
        1 => format!("{} {} {}", &digits[..4], &digits[4..10], &digits[10..]),
        _ if digits.len() == 16 => spaced(digits, 4).replace(' ', "-"),
        _ => format!("{}-{}-{}", &digits[..4], &digits[4..10], &digits[10..]),
    }
}

fn jwt(rng: &mut Rng) -> String {
    let header = b64url_encode(br#"{"alg":"HS256","typ":"JWT"}"#);
    let payload = b64url_encode(
        format!(
            r#"{{"sub":"{}","iat":{},"scope":"billing"}}"#,
            rng.digits(6),
            1_764_000_000 + rng.below(900_000)
        )
        .as_bytes(),
    );
    format!("{header}.{payload}.{}", rng.b64url(43))
}

const NAMES: &[&str] = &[
    "anna.muster",
    "j.perez",
    "claire.dubois",
    "m.keller",
    "luca.rossi",
    "info",
    "billing+shop",
    "sofia_garcia",
    "p.huber",
    "noreply-7",
];
const DOMAINS: &[&str] = &[
    "example.ch",
    "correo.es",
    "exemple.fr",
    "beispiel.de",
    "esempio.it",
    "shop-example.com",
    "mail.example.org",
];

pub fn stamp(rng: &mut Rng) -> String {
    format!(
        "2026-11-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        1 + rng.below(27),
        rng.below(24),
        rng.below(60),
        rng.below(60),
        rng.below(1000)
    )
}

fn ip(rng: &mut Rng) -> String {
    format!("203.0.113.{}", 1 + rng.below(250))
}

pub fn access(rng: &mut Rng, path: &str, status: u16) -> String {
    format!(
        r#"{} - - [27/Nov/2026:{:02}:{:02}:{:02} +0100] "GET {path} HTTP/1.1" {status} {} "-" "Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0""#,
        ip(rng),
        rng.below(24),
        rng.below(60),
        rng.below(60),
        100 + rng.below(90_000)
    )
}

/// One line with one planted secret of `kind`.
pub fn planted(rng: &mut Rng, kind: RedactionKind) -> Planted {
    let (line, values) = match kind {
        RedactionKind::Token => {
            let t = match rng.below(4) {
                0 => rng.alnum(32),
                1 => format!("sk_live_{}", rng.alnum(24)),
                2 => format!("ghp_{}", rng.alnum(36)),
                _ => format!("{}.{}", rng.hex(16), rng.alnum(20)),
            };
            let line = match rng.below(8) {
                0 => format!("{} INFO  http: Authorization: Bearer {t}", stamp(rng)),
                1 => {
                    format!("curl -H 'Authorization: Bearer {t}' https://api.example.ch/v1/domains")
                }
                2 => format!(
                    r#"[{}] PHP Notice: config dump {{"api_key": "{t}", "timeout": 30}}"#,
                    stamp(rng)
                ),
                3 => format!("console.log: X-Api-Key: {t} (petición a /api/pedidos)"),
                4 => format!("Mailer: SMTP AUTH password={t} für Konto m.keller abgelehnt"),
                5 => format!("[{}] client_secret={t} envoyé au serveur OAuth", stamp(rng)),
                6 => format!("fetch /api/v2/sites  Authorization: Token {t}"),
                _ => format!("DB_PASSWORD: {t} # .env cargado desde /var/www"),
            };
            (line, vec![t])
        }
        RedactionKind::Jwt => {
            let t = jwt(rng);
            let line = match rng.below(4) {
                0 => format!("{} DEBUG auth: session={{jwt {t}}} renewed", stamp(rng)),
                1 => format!("localStorage.id = \"{t}\" // app.js:1:20433"),
                2 => format!("Fehler beim Prüfen des Tokens {t}: abgelaufen"),
                _ => format!("réponse du serveur: {{\"jwt\":\"{t}\",\"expira\":3600}}"),
            };
            (line, vec![t])
        }
        RedactionKind::UrlSecret => {
            let len = 12 + rng.below(20);
            let t = rng.alnum(len);
            let line = match rng.below(6) {
                0 => { let path = format!("/download/invoice.pdf?id={}&token={t}", rng.digits(5)); access(rng, &path, 200) },
                1 => format!("Connexion à ftp://webmaster:{t}@ftp.example.ch/public_html échouée"),
                2 => { let path = format!("/img/logo.png?X-Amz-Signature={t}&X-Amz-Expires=300"); access(rng, &path, 403) },
                3 => format!("GET https://shop.example.com/api/cart?access_token={t}&lang=es net::ERR_FAILED"),
                4 => format!("Verbindung zu https://admin:{t}@db.beispiel.de:8443/ verweigert"),
                _ => format!("webhook https://hooks.example.org/notify?sig={t} devolvió 500"),
            };
            (line, vec![t])
        }
        RedactionKind::Cookie => {
            let t = rng.hex(26);
            let line = match rng.below(4) {
                0 => format!("Cookie: PHPSESSID={t}; lang=fr"),
                1 => format!("< Set-Cookie: session={t}; Path=/; HttpOnly; Secure"),
                2 => format!(r#"{{"name": "cookie", "value": "wp_logged_in={t}"}}"#),
                _ => format!("Anfrage-Header cookie: sid={t}; consent=1"),
            };
            (line, vec![t])
        }
        RedactionKind::Iban => {
            let i = iban(rng);
            let written = if rng.below(2) == 0 {
                spaced(&i, 4)
            } else {
                i.clone()
            };
            let line = match rng.below(5) {
                0 => format!(
                    "Bitte überweisen Sie an IBAN {written}, Referenz RE-2026-{}",
                    rng.digits(4)
                ),
                1 => format!("Mail: Virement reçu du compte {written} le 27.11.2026"),
                2 => format!(r#"{{"iban":"{written}","holder":"Comptoir SA"}}"#),
                3 => format!("Transferencia a {written} rechazada por el banco"),
                _ => format!(
                    "[{}] PHP Warning: invalid mandate for {written} in sepa.php on line 88",
                    stamp(rng)
                ),
            };
            (line, vec![written, i])
        }
        RedactionKind::Card => {
            let c = card(rng);
            let written = card_written(rng, &c);
            let line = match rng.below(5) {
                0 => format!("POST /checkout card_number: {written} exp 08/29"),
                1 => format!("Zahlung mit Karte {written} fehlgeschlagen"),
                2 => format!("Paiement refusé pour la carte {written}"),
                3 => format!("console.error: tarjeta {written} no válida"),
                _ => format!(r#"{{"pan":"{written}","brand":"visa"}}"#),
            };
            (line, vec![written, c])
        }
        RedactionKind::Otp => {
            let code = rng.digits(6);
            let code = if code.starts_with("19") || code.starts_with("20") {
                format!("7{}", &code[1..])
            } else {
                code
            };
            let line = match rng.below(8) {
                0 => format!("Your verification code is {code}"),
                1 => format!("Tu código de verificación es {code}. No lo compartas."),
                2 => format!("Votre code de vérification : {code}"),
                3 => format!("Ihr Bestätigungscode lautet {code}"),
                4 => format!("OTP: {code} (valid 5 min)"),
                5 => format!("Code: {code}"),
                6 => format!("Il tuo codice di verifica è {code}"),
                _ => format!("Mail: Subject: Ihr Code {code} für die Anmeldung"),
            };
            (line, vec![code])
        }
        RedactionKind::Email => {
            let e = format!("{}@{}", rng.pick(NAMES), rng.pick(DOMAINS));
            let line = match rng.below(5) {
                0 => format!("Thunderbird: RCPT TO:<{e}> 550 5.1.1 user unknown"),
                1 => format!("De : {e} — Objet : facture impayée"),
                2 => format!("Von: {e} An: support@example.ch"),
                3 => format!("[{}] Mailer Error: no se pudo enviar a {e}", stamp(rng)),
                _ => format!("console.warn: login failed for {e}"),
            };
            (line, vec![e])
        }
        RedactionKind::Manual => unreachable!("manual redactions are not planted"),
    };
    Planted { kind, line, values }
}

/// One clean line that looks like a secret to a careless detector.
pub fn near_miss(rng: &mut Rng) -> String {
    match rng.below(36) {
        0 => format!("Order ORD-2026-{} paid, invoice INV-2026-{}", rng.digits(6), rng.digits(5)),
        1 => format!("Comptoir v{}.{}.{} (build {})", rng.below(5), rng.below(30), rng.below(20), rng.hex(7)),
        2 => format!("PHP {}.{}.{} with jquery@3.7.1 and vue@3.4.{}", 7 + rng.below(2), rng.below(5), rng.below(40), rng.below(30)),
        3 => format!("{} INFO request took {} ms", stamp(rng), rng.below(5000)),
        4 => format!("commit {} Merge branch 'main'", rng.hex(40)),
        5 => format!("sha256 {}  backup-2026-11-27.tar.gz", rng.hex(64)),
        6 => {
            let b = broken_iban(rng);
            format!("IBAN {} ungültig (Prüfziffer)", spaced(&b, 4))
        }
        7 => format!("Número de pedido {} rechazado", non_luhn(rng)),
        8 => format!("Paiement refusé: numéro {} invalide", spaced(&non_luhn(rng), 4)),
        9 => format!("[{}] PHP Warning: mysqli::real_connect(): (HY000/1045): Access denied for user 'shop'@'localhost' (using password: YES) in /var/www/html/db.php on line {}", stamp(rng), rng.below(400)),
        10 => format!("error code {} from the database", 1000 + rng.below(9000)),
        11 => format!("Fehlercode 0x{}: Verbindung getrennt", rng.hex(8)),
        12 => format!("código de error {}: tiempo de espera agotado", 1000 + rng.below(9000)),
        13 => format!("code d'erreur {} lors de l'envoi", 1000 + rng.below(9000)),
        14 => { let path = format!("/api/v1/orders?page={}&sort=date", rng.below(50)); access(rng, &path, 200) },
        15 => { let path = format!("/static/app.{}.js", rng.hex(8)); access(rng, &path, 304) },
        16 => format!("Uncaught TypeError: Cannot read properties of undefined (reading 'map') at app.{}.js:1:{}", rng.hex(6), rng.below(90_000)),
        17 => format!("Failed to load resource: the server responded with a status of 404 () https://cdn.example.ch/img/{}.webp", rng.hex(10)),
        18 => format!("@media (max-width: {}px) ignored; @import url(theme.css)", 300 + rng.below(900)),
        19 => format!("npm ERR! 404 '@comptoir/ui@{}.{}.{}' is not in this registry", rng.below(5), rng.below(20), rng.below(10)),
        20 => format!("request_id={}-{}-{}-{}-{}", rng.hex(8), rng.hex(4), rng.hex(4), rng.hex(4), rng.hex(12)),
        21 => "WWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\"".to_owned(),
        22 => format!("Cookie consent banner shown to {} visitors", rng.below(9000)),
        23 => "password: ******** (hidden); token: expired".to_owned(),
        24 => format!("Postleitzahl 8004 Zürich, Tel. +41 44 {} {} {}", 100 + rng.below(900), 10 + rng.below(90), 10 + rng.below(90)),
        25 => format!("postal code {} not deliverable", 1000 + rng.below(9000)),
        26 => format!("Server: nginx/1.{}.{}; exit code {}", rng.below(30), rng.below(10), rng.below(256)),
        27 => format!("Le {}.11.2026 à {:02}:{:02}, {} messages reçus de user@localhost", 1 + rng.below(27), rng.below(24), rng.below(60), rng.below(500)),
        28 => format!("timestamp={} epoch ms, etag W/\"{}-{}\"", 1_764_000_000_000u64 + rng.next() % 1_000_000_000, rng.hex(2), rng.hex(12)),
        29 => format!("Subject: Re: Pedido {} — tracking code {}", rng.digits(6), rng.digits(8)),
        30 => format!("data:application/json;base64,eyJ{}", rng.b64url(40)),
        31 => "Bearer authentication failed: Authorization header missing".to_owned(),
        32 => format!("https://www.example.ch/docs?page={}&lang=fr#section-{}", rng.below(9), rng.below(9)),
        33 => format!("Die Sitzung läuft am {}.12.2026 um {:02}:00 ab; bitte erneut anmelden", 1 + rng.below(28), rng.below(24)),
        34 => format!("La page a mis {},{} s à charger (code HTTP {})", rng.below(9), rng.below(99), 200 + rng.below(300)),
        _ => format!("El dominio ejemplo-{}.es vence el 2027-0{}-1{}", rng.below(100), 1 + rng.below(9), rng.below(10)),
    }
}

/// The whole corpus: `per_kind` planted lines of each automatic kind and `clean` near misses,
/// shuffled together deterministically.
pub fn corpus(seed: u64, per_kind: usize, clean: usize) -> (Vec<Planted>, Vec<String>) {
    let mut rng = Rng::new(seed);
    let kinds = [
        RedactionKind::Token,
        RedactionKind::Jwt,
        RedactionKind::UrlSecret,
        RedactionKind::Cookie,
        RedactionKind::Iban,
        RedactionKind::Card,
        RedactionKind::Otp,
        RedactionKind::Email,
    ];
    let mut planted = Vec::new();
    for k in kinds {
        for _ in 0..per_kind {
            planted.push(self::planted(&mut rng, k));
        }
    }
    let clean = (0..clean).map(|_| near_miss(&mut rng)).collect();
    (planted, clean)
}

/// A generated password with a symbol inside, as people choose them (`Tr0ub4dor&3`): the values
/// that must not survive are the whole and the part after the symbol.
fn symbol_password(rng: &mut Rng) -> (String, Vec<String>) {
    let head = format!("{}{}", rng.alnum(7), rng.lower(2));
    let sym = *rng.pick(&["&", "#", "!", "&", "$"]);
    let n = 1 + rng.below(2);
    let tail = rng.digits(n);
    let pw = format!("{head}{sym}{tail}");
    (pw.clone(), vec![pw, format!("{sym}{tail}")])
}

/// A password typed by a person: a word, a digit, a letter ("hunter2x").
fn prose_password(rng: &mut Rng) -> String {
    let len = 5 + rng.below(4);
    format!("{}{}{}", rng.lower(len), rng.digits(1), rng.lower(1))
}

fn b64(rng: &mut Rng, len: usize) -> String {
    rng.from(
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
        len,
    )
}

/// The shapes the first review found missed (issue 9 review): symbols in passwords, passwords in
/// fr/de/es and in prose, lower-case and dashed IBANs, cards with mixed separators or dots, codes
/// in groups, `sk-` and AWS keys, PEM private keys, HAR cookie arrays, OAuth values in URLs and
/// fragments. One line with one planted secret of `kind`.
pub fn planted_review(rng: &mut Rng, kind: RedactionKind) -> Planted {
    let (line, values) = match kind {
        RedactionKind::Token => match rng.below(12) {
            0 => {
                let (pw, v) = symbol_password(rng);
                (format!("Mailer: SMTP AUTH password={pw} rejected"), v)
            }
            1 => {
                let (pw, v) = symbol_password(rng);
                (format!(r#"{{"user":"shop","password":"{pw}"}}"#), v)
            }
            2 => {
                let t = prose_password(rng);
                let line = match rng.below(4) {
                    0 => format!("Identifiant : claire, mot de passe : {t}"),
                    1 => format!("Benutzer m.keller, Passwort: {t}"),
                    2 => format!("usuario: jperez contraseña: {t}"),
                    _ => format!("Kennwort = {t} (bitte ändern)"),
                };
                (line, vec![t])
            }
            3 => {
                let t = prose_password(rng);
                let line = match rng.below(5) {
                    0 => format!("Hi, my password is {t} and it stopped working"),
                    1 => format!("Hola, mi contraseña es {t} pero no funciona"),
                    2 => format!("Bonjour, mon mot de passe est {t}, merci"),
                    3 => format!("Mein Passwort ist {t}, trotzdem abgelehnt"),
                    _ => format!("La mia password è {t} ma non entra"),
                };
                (line, vec![t])
            }
            4 => {
                let t = format!("sk-proj-{}", rng.b64url(48));
                (format!("OPENAI_API_KEY: {t}"), vec![t])
            }
            5 => {
                let t = format!("sk-{}", rng.alnum(48));
                (format!("client = OpenAI(\"{t}\") # app.py"), vec![t])
            }
            6 => {
                let t = b64(rng, 40);
                let line = match rng.below(2) {
                    0 => format!("aws_secret_access_key={t}"),
                    _ => format!("AWS_SECRET_ACCESS_KEY: {t} (from ~/.aws/credentials)"),
                };
                (line, vec![t])
            }
            7 => {
                let t = format!("AKIA{}", rng.from(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16));
                (format!("Using access key {t} for bucket backups"), vec![t])
            }
            8 | 9 => {
                let lines: Vec<String> = (0..4).map(|_| b64(rng, 64)).collect();
                let label = rng
                    .pick(&[
                        "PRIVATE KEY",
                        "RSA PRIVATE KEY",
                        "OPENSSH PRIVATE KEY",
                        "EC PRIVATE KEY",
                    ])
                    .to_string();
                let sep = if rng.below(2) == 0 { "\n" } else { "\\n" };
                let line = format!(
                    "key file: -----BEGIN {label}-----{sep}{}{sep}-----END {label}-----{sep}loaded",
                    lines.join(sep)
                );
                (line, lines)
            }
            10 => {
                let (pw, v) = symbol_password(rng);
                (format!("DB_PASSWORD={pw}"), v)
            }
            _ => {
                let t = format!("sk-ant-api03-{}", rng.b64url(40));
                (format!("x-api-key {t} refused"), vec![t])
            }
        },
        RedactionKind::UrlSecret => {
            let n = 24 + rng.below(20);
            let t = rng.b64url(n);
            let line = match rng.below(5) {
                0 => format!("GET https://app.example.ch/oauth/callback?code={t}&state=xyz 302"),
                1 => format!("redirect to https://app.example.ch/#access_token={t}&token_type=bearer&expires_in=3600"),
                2 => format!("https://login.example.ch/cb#code={t}"),
                3 => format!("POST https://auth.example.ch/token?grant_type=refresh_token&refresh_token={t}"),
                _ => format!("location: /callback#state=abc&access_token={t}"),
            };
            (line, vec![t])
        }
        RedactionKind::Cookie => {
            let t = rng.hex(26);
            let u = rng.hex(20);
            let line = match rng.below(4) {
                0 => format!(
                    r#""cookies": [{{"name": "PHPSESSID", "value": "{t}"}}, {{"name": "wp_sec", "value": "{u}"}}]"#
                ),
                1 => format!(
                    r#"{{"cookies":[{{"name":"sid","value":"{t}","path":"/","httpOnly":true}},{{"name":"csrf","value":"{u}"}}],"headersSize":-1}}"#
                ),
                2 => format!(r#"{{"value": "session={t}; lang=es", "name": "Set-Cookie"}}"#),
                _ => format!(
                    "set-cookie: __Host-sid={t}; Path=/; Secure\nset-cookie: csrf={u}; Path=/"
                ),
            };
            (line, vec![t, u])
        }
        RedactionKind::Iban => {
            let i = iban(rng);
            let written = match rng.below(3) {
                0 => spaced(&i, 4).to_lowercase(),
                1 => spaced(&i, 4).replace(' ', "-"),
                _ => i.to_lowercase(),
            };
            let line = match rng.below(3) {
                0 => format!("mon iban: {written} merci"),
                1 => format!("Konto {written} bitte belasten"),
                _ => format!("cuenta {written}"),
            };
            (line, vec![written, i.to_lowercase(), i])
        }
        RedactionKind::Card => {
            let c = card(rng);
            let written = if c.len() == 16 {
                let g: Vec<&str> = (0..4).map(|k| &c[k * 4..k * 4 + 4]).collect();
                match rng.below(3) {
                    0 => format!("{} {}-{} {}", g[0], g[1], g[2], g[3]),
                    1 => g.join("."),
                    _ => format!("{}-{} {}.{}", g[0], g[1], g[2], g[3]),
                }
            } else {
                format!("{}.{}.{}", &c[..4], &c[4..10], &c[10..])
            };
            let line = match rng.below(3) {
                0 => format!("card: {written} exp 08/29"),
                1 => format!("Karte {written} abgelehnt"),
                _ => format!("pagado con {written}"),
            };
            (line, vec![written, c])
        }
        RedactionKind::Otp => {
            let d = format!("{}{}", 1 + rng.below(8), rng.digits(5));
            let d = if d.starts_with("19") || d.starts_with("20") {
                format!("7{}", &d[1..])
            } else {
                d
            };
            let written = match rng.below(3) {
                0 => format!("{} {} {}", &d[..2], &d[2..4], &d[4..]),
                1 => format!("{} {}", &d[..3], &d[3..]),
                _ => format!("{}-{}", &d[..3], &d[3..]),
            };
            let line = match rng.below(4) {
                0 => format!("code {written}"),
                1 => format!("Your code is {written}."),
                2 => format!("Ihr Code: {written}"),
                _ => format!("votre code {written} expire dans 10 minutes"),
            };
            (line, vec![written, d])
        }
        RedactionKind::Jwt | RedactionKind::Email | RedactionKind::Manual => {
            return planted(rng, kind);
        }
    };
    Planted { kind, line, values }
}

/// Clean lines near the review's shapes that must stay as they are.
pub fn near_miss_review(rng: &mut Rng) -> String {
    match rng.below(16) {
        0 => format!("code postal {} Genève", 1000 + rng.below(9000)),
        1 => format!("Kundennummer {} — Rechnung folgt", rng.digits(6)),
        2 => format!("order {} shipped", spaced(&card(rng), 4)),
        3 => format!("Votre commande {} est expédiée", spaced(&card(rng), 4)),
        4 => format!("Bestellung {} versandt", card(rng)),
        5 => "password is too short (minimum 12 characters)".to_owned(),
        6 => "Passwort: mindestens zwölf Zeichen".to_owned(),
        7 => format!(
            "https://shop.example.ch/list?page={}&country_code=CH&lang=fr#top",
            rng.below(20)
        ),
        8 => format!(
            "numéro {} refusé",
            spaced(&non_luhn(rng), 4).replace(' ', ".")
        ),
        9 => format!(
            "Referenz {} ungültig",
            spaced(&broken_iban(rng), 4).to_lowercase()
        ),
        10 => "risk-free task-runner desk-top sk-SK locale".to_owned(),
        11 => format!(
            "-----BEGIN PUBLIC KEY-----\n{}\n-----END PUBLIC KEY-----",
            b64(rng, 64)
        ),
        12 => format!("Code client {} — merci", rng.digits(6)),
        13 => format!(
            "v{}.{}.{} released on 2026-11-{:02}",
            rng.below(9),
            rng.below(40),
            rng.below(9),
            1 + rng.below(27)
        ),
        14 => format!(
            "Mot de passe : oublié ? Cliquez ici (essai {})",
            rng.below(9)
        ),
        _ => format!(
            "http://127.0.0.1:{}/index.php?lang=es&code=ES",
            8000 + rng.below(99)
        ),
    }
}

/// The review's shapes: `per_kind` planted lines of each kind `planted_review` covers and
/// `clean` near misses.
pub fn review_corpus(seed: u64, per_kind: usize, clean: usize) -> (Vec<Planted>, Vec<String>) {
    let mut rng = Rng::new(seed);
    let kinds = [
        RedactionKind::Token,
        RedactionKind::UrlSecret,
        RedactionKind::Cookie,
        RedactionKind::Iban,
        RedactionKind::Card,
        RedactionKind::Otp,
    ];
    let mut planted = Vec::new();
    for k in kinds {
        for _ in 0..per_kind {
            planted.push(planted_review(&mut rng, k));
        }
    }
    let clean = (0..clean).map(|_| near_miss_review(&mut rng)).collect();
    (planted, clean)
}

/// The second review's shapes (issue 9, break-it review): JSON inside JSON, as the website
/// console capture writes it (quotes arrive as `\"` or `\u0022`, `=` as `\u003d` or `%3D`).
/// One line with one planted secret of `kind`.
pub fn planted_escaped(rng: &mut Rng, kind: RedactionKind) -> Planted {
    let (line, values) = match kind {
        RedactionKind::Token => {
            let n = 10 + rng.below(10);
            let t = rng.alnum(n);
            let line = match rng.below(7) {
                0 => format!(
                    r#"{{"type":"console","t":1764237600123,"seq":{},"level":"log","text":"{{\"password\":\"{t}\"}}"}}"#,
                    rng.below(99)
                ),
                1 => format!(r#"{{"text":"{{\"user\":\"shop\",\"access_token\":\"{t}\"}}"}}"#),
                2 => format!(r#"{{"text":"login with password\u003d{t} refused"}}"#),
                3 => format!("POST /login body password%3D{t}&user%3Dshop"),
                4 => format!(r#"{{"text":"{{\u0022api_key\u0022:\u0022{t}\u0022}}"}}"#),
                5 => format!(r#"{{"message":"{{\\\"password\\\":\\\"{t}\\\"}}"}}"#),
                _ => format!(r#"{{"text":"Authorization\":\"Bearer {t}\""}}"#),
            };
            (line, vec![t])
        }
        RedactionKind::Cookie => {
            let t = rng.hex(26);
            let line = match rng.below(5) {
                4 => format!(
                    r#"{{"text":"{{\u0022name\u0022:\u0022Cookie\u0022,\u0022value\u0022:\u0022sid={t}\u0022}}"}}"#
                ),
                0 => format!(r#"{{"text":"{{\"set-cookie\":\"sid={t}; Path=/\"}}"}}"#),
                1 => format!(r#"{{"text":"{{\"name\":\"Cookie\",\"value\":\"sid={t}\"}}"}}"#),
                2 => format!(r#"{{"text":"{{\"value\":\"sid={t}\",\"name\":\"Set-Cookie\"}}"}}"#),
                _ => format!(
                    r#"{{"text":"{{\"cookies\":[{{\"name\":\"sid\",\"value\":\"{t}\"}}]}}"}}"#
                ),
            };
            (line, vec![t])
        }
        _ => return planted(rng, kind),
    };
    Planted { kind, line, values }
}

/// Clean lines near the escaped shapes that must stay as they are.
pub fn near_miss_escaped(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => format!(
            r#"{{"type":"console","seq":{},"level":"log","text":"{{\"event\":\"password_changed\",\"ok\":true}}"}}"#,
            rng.below(99)
        ),
        1 => r#"{"text":"{\"password\":\"\",\"remember\":false}"}"#.to_owned(),
        2 => format!(r#"{{"text":"page\u003d{} lang\u003dfr"}}"#, rng.below(50)),
        3 => format!("GET /list?page%3D{}%26sort%3Dname 200", rng.below(50)),
        4 => r#"{"text":"{\"cookie_banner\":\"accepted\",\"theme\":\"dark\"}"}"#.to_owned(),
        _ => format!(
            r#"{{"text":"{{\"status\":\"error\",\"code\":{},\"field\":\"password\"}}"}}"#,
            400 + rng.below(30)
        ),
    }
}

/// The escaped shapes: `per_kind` planted lines of tokens and cookies and `clean` near misses.
pub fn escaped_corpus(seed: u64, per_kind: usize, clean: usize) -> (Vec<Planted>, Vec<String>) {
    let mut rng = Rng::new(seed);
    let mut planted = Vec::new();
    for k in [RedactionKind::Token, RedactionKind::Cookie] {
        for _ in 0..per_kind {
            planted.push(planted_escaped(&mut rng, k));
        }
    }
    let clean = (0..clean).map(|_| near_miss_escaped(&mut rng)).collect();
    (planted, clean)
}

/// A word people choose as a password ("sunshine"): nothing about it looks like a credential.
fn plain_word(rng: &mut Rng) -> String {
    let w = *rng.pick(&[
        "sunshine",
        "dragon",
        "wordpress",
        "letmein",
        "bonjour",
        "sommer",
        "primavera",
        "jardin",
        "princess",
        "schatz",
        "gelato",
        "football",
    ]);
    // Distinct per line, so a value that survives is found by its own text.
    format!("{w}{}", rng.lower(3))
}

/// A password with the characters the first patterns stopped at (`,;(`').
fn punctuated_password(rng: &mut Rng) -> (String, Vec<String>) {
    let sym = *rng.pick(&[",", ";", "(", "'", ")"]);
    let head = rng.alnum(6);
    let tail = format!("{}{}", rng.lower(4), rng.digits(2));
    let pw = format!("{head}{sym}{tail}");
    (pw.clone(), vec![pw, tail])
}

fn base64(data: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The password shapes of hosting and mail logs the break-it review found surviving: plain
/// words and punctuation after password keys, WordPress `define`s, `curl -u`, `mysql -p`, SMTP
/// AUTH, IMAP LOGIN, POP3 PASS, session ids and short password parameters in URLs, HAR
/// Authorization / X-Api-Key headers, a password input's value. One planted secret a line.
pub fn planted_hosting(rng: &mut Rng, kind: RedactionKind) -> Planted {
    let (line, values) = match kind {
        RedactionKind::Token => match rng.below(16) {
            0 => {
                let w = plain_word(rng);
                let line = match rng.below(4) {
                    0 => format!("DB_PASSWORD={w}"),
                    1 => format!("[mysql] connect user=shop password={w} host=localhost"),
                    2 => format!(r#"{{"user":"shop","password":"{w}"}}"#),
                    _ => format!("MAIL_PASSWORD='{w}'"),
                };
                (line, vec![w])
            }
            1 => {
                let (pw, v) = punctuated_password(rng);
                let line = match rng.below(3) {
                    0 => format!("DB_PASSWORD={pw}"),
                    1 => format!(r#"{{"password":"{pw}","user":"shop"}}"#),
                    _ => format!("smtp login password={pw} rejected"),
                };
                (line, v)
            }
            2 => {
                let w = plain_word(rng);
                let key = *rng.pick(&["DB_PASSWORD", "AUTH_KEY", "SECURE_AUTH_SALT", "NONCE_KEY"]);
                (format!("define( '{key}', '{w}' );"), vec![w])
            }
            3 => {
                let w = plain_word(rng);
                let (pw, v) = if rng.below(2) == 0 {
                    (w.clone(), vec![w])
                } else {
                    punctuated_password(rng)
                };
                let _ = pw.len();
                (format!("define('DB_PASSWORD', \"{pw}\");"), v)
            }
            4 => {
                let w = plain_word(rng);
                let line = match rng.below(2) {
                    0 => format!("$ curl -u admin:{w} https://api.example.ch/v1/zones"),
                    _ => format!("curl -s --user 'shop:{w}' -X POST https://api.example.ch/"),
                };
                (line, vec![w])
            }
            5 => {
                let w = plain_word(rng);
                let line = match rng.below(2) {
                    0 => format!("mysql -u shop -p{w} shopdb < dump.sql"),
                    _ => format!("mysqldump -ushop -p'{w}' --all-databases > all.sql"),
                };
                (line, vec![w])
            }
            6 => {
                let w = plain_word(rng);
                let b = base64(format!("\0info@shop.ch\0{w}").as_bytes());
                (format!("C: AUTH PLAIN {b}"), vec![b])
            }
            7 => {
                let w = plain_word(rng);
                let b = base64(w.as_bytes());
                let line = format!(
                    "<<< 250 AUTH LOGIN PLAIN\n>>> AUTH LOGIN\n<<< 334 VXNlcm5hbWU6\n>>> aW5mb0BzaG9wLmNo\n<<< 334 UGFzc3dvcmQ6\n>>> {b}\n<<< 235 2.7.0 Authentication successful"
                );
                (line, vec![b])
            }
            8 => {
                let w = plain_word(rng);
                let line = match rng.below(2) {
                    0 => format!("C: a001 LOGIN info@shop.ch \"{w}\""),
                    _ => format!("a1 LOGIN shop {w}"),
                };
                (line, vec![w])
            }
            9 => {
                let w = plain_word(rng);
                (
                    format!("C: USER info@shop.ch\nC: PASS {w}\nS: +OK"),
                    vec![w],
                )
            }
            10 | 11 => {
                let t = rng.alnum(24);
                let name = *rng.pick(&["Authorization", "X-Api-Key", "x-api-key"]);
                let v = if name == "Authorization" {
                    format!("Basic {t}")
                } else {
                    t.clone()
                };
                let line = match rng.below(2) {
                    0 => format!(r#"{{"name": "{name}", "value": "{v}"}},"#),
                    _ => format!(r#"{{"value":"{v}","name":"{name}"}}"#),
                };
                (line, vec![t])
            }
            12 => {
                let w = plain_word(rng);
                let line = match rng.below(2) {
                    0 => format!(r#"<input type="password" name="pw" value="{w}">"#),
                    _ => format!(r#"<input value="{w}" class="form" type="password" />"#),
                };
                (line, vec![w])
            }
            13 => {
                let w = plain_word(rng);
                (format!("PASSWORD = {w}"), vec![w])
            }
            14 => {
                let w = plain_word(rng);
                (format!("passwd={w}&user=shop"), vec![w])
            }
            _ => {
                let w = plain_word(rng);
                (format!(r#"'password' => '{w}',"#), vec![w])
            }
        },
        RedactionKind::UrlSecret => {
            let w = plain_word(rng);
            let line = match rng.below(3) {
                0 => format!("GET /webmail/login.php?user=shop&pw={w} 302"),
                1 => format!("GET /admin?pass={w}&lang=de HTTP/1.1"),
                _ => format!("https://shop.example.ch/?pwd={w}"),
            };
            (line, vec![w])
        }
        RedactionKind::Cookie => {
            let t = rng.hex(26);
            let line = match rng.below(3) {
                0 => format!("session PHPSESSID={t} expired"),
                1 => format!("GET /shop/cart;jsessionid={t}?item=4 200"),
                _ => format!("redirect to /index.php?PHPSESSID={t}"),
            };
            (line, vec![t])
        }
        _ => return planted(rng, kind),
    };
    Planted { kind, line, values }
}

/// Clean lines near the hosting shapes that must stay as they are.
pub fn near_miss_hosting(rng: &mut Rng) -> String {
    match rng.below(18) {
        0 => "DB_PASSWORD=".to_owned(),
        1 => "password=*** (hidden)".to_owned(),
        2 => r#"{"user":"shop","password":null}"#.to_owned(),
        3 => r#"{"user":"shop","password":""}"#.to_owned(),
        4 => "Access denied for user 'shop'@'localhost' (using password: YES)".to_owned(),
        5 => "define( 'WP_DEBUG', false );".to_owned(),
        6 => format!(
            "define( 'WP_MEMORY_LIMIT', '{}M' );",
            64 * (1 + rng.below(4))
        ),
        7 => format!(
            "curl -s -o /dev/null -w %{{http_code}} https://shop.example.ch/{}",
            rng.below(99)
        ),
        8 => format!("mysql -u shop -p shopdb -e 'SELECT {}'", rng.below(9)),
        9 => "<<< 250-AUTH PLAIN LOGIN CRAM-MD5".to_owned(),
        10 => "a002 OK LOGIN completed".to_owned(),
        11 => format!("PASS src/lib/{}.test.ts", rng.lower(6)),
        12 => r#"{"name": "Content-Type", "value": "application/json"}"#.to_owned(),
        13 => r#"<input type="password" name="pw" value="" autocomplete="off">"#.to_owned(),
        14 => format!("GET /list?page={}&pwa=1 200", rng.below(20)),
        15 => "password reset requested for user shop".to_owned(),
        16 => format!("Login failed for user shop from 10.0.0.{}", rng.below(250)),
        _ => "x-api-key header missing".to_owned(),
    }
}

/// The hosting and mail shapes: `per_kind` planted lines of tokens, URL secrets and session
/// cookies, and `clean` near misses.
pub fn hosting_corpus(seed: u64, per_kind: usize, clean: usize) -> (Vec<Planted>, Vec<String>) {
    let mut rng = Rng::new(seed);
    let mut planted = Vec::new();
    for (k, n) in [
        (RedactionKind::Token, per_kind * 3),
        (RedactionKind::UrlSecret, per_kind),
        (RedactionKind::Cookie, per_kind),
    ] {
        for _ in 0..n {
            planted.push(planted_hosting(&mut rng, k));
        }
    }
    let clean = (0..clean).map(|_| near_miss_hosting(&mut rng)).collect();
    (planted, clean)
}

/// The third review's false positives (issue 9): an SSH git remote (`git@github.com:org/repo`)
/// is no person's address, `cookie: none` holds no cookie, `?key=popular` is a word, and a
/// card-shaped test number that fails Luhn is no card. Their planted neighbours: the same
/// places holding a real secret (a person's address, a session cookie, an API key in `key=`,
/// the networks' Luhn-valid test cards), which must still go.
pub fn planted_false_positive(rng: &mut Rng, kind: RedactionKind) -> Planted {
    let (line, values) = match kind {
        RedactionKind::Email => {
            let who = format!("{}.{}", rng.lower(5), rng.lower(6));
            let line = match rng.below(3) {
                0 => format!(
                    "Author: {who} <{who}@example.ch> pushed to git@github.com:acme/shop.git"
                ),
                1 => format!("git config user.email {who}@gmail.com"),
                _ => format!("ssh://git@gitlab.com/acme/site.git cloned by {who}@acme.ch"),
            };
            let email = line
                .split([' ', '<', '>'])
                .find(|w| w.contains('@') && !w.starts_with("git@") && !w.contains("//"))
                .unwrap()
                .to_owned();
            (line, vec![email])
        }
        RedactionKind::Cookie => {
            let t = rng.hex(26);
            let line = match rng.below(3) {
                0 => format!("Cookie: PHPSESSID={t}"),
                1 => format!("set-cookie: sid={t}; HttpOnly (was cookie: none)"),
                _ => format!("cookie: wp_session={t}"),
            };
            (line, vec![t])
        }
        RedactionKind::UrlSecret => {
            let t = match rng.below(3) {
                0 => format!("AIza{}", rng.b64url(35)),
                1 => rng.hex(32),
                _ => rng.alnum(20),
            };
            let line = match rng.below(2) {
                0 => format!("GET /maps/api/js?key={t}&callback=init HTTP/1.1"),
                _ => format!("https://shop.example.ch/search?q=shoes&key={t}"),
            };
            (line, vec![t])
        }
        RedactionKind::Card => {
            let digits = *rng.pick(&[
                "4242424242424242",
                "4111111111111111",
                "5555555555554444",
                "4000056655665556",
                "378282246310005",
                "6011111111111117",
            ]);
            let line = format!(
                "Stripe test card {} accepted (test mode)",
                card_written(rng, digits)
            );
            (line, vec![digits.to_owned()])
        }
        _ => return planted(rng, kind),
    };
    Planted { kind, line, values }
}

pub fn near_miss_false_positive(rng: &mut Rng) -> String {
    match rng.below(10) {
        0 => format!("git clone git@github.com:acme/shop-{}.git", rng.below(99)),
        1 => format!(
            "remote: origin git@gitlab.com:acme/site.git (fetch) in {} ms",
            rng.below(900)
        ),
        2 => "ssh://git@bitbucket.org/acme/theme.git: Permission denied (publickey)".to_owned(),
        3 => format!("request {} cookie: none", rng.below(9999)),
        4 => "Set-Cookie: (none) — the site sets no session".to_owned(),
        5 => format!(
            "GET /shop/list?key=popular&page={} HTTP/1.1",
            1 + rng.below(20)
        ),
        6 => format!(
            "https://shop.example.ch/catalog?sort=price&key={}",
            rng.pick(&["name", "newest", "popular", "price"])
        ),
        7 => {
            // A test card with its last digit changed: fails Luhn.
            let good = *rng.pick(&["4242424242424242", "5555555555554444", "4000056655665556"]);
            let last = good.as_bytes()[15] - b'0';
            let bad = format!("{}{}", &good[..15], (last + 1) % 10);
            format!("Stripe test card {} declined", card_written(rng, &bad))
        }
        8 => format!(
            "numéro de carte de test {} invalide",
            spaced(&non_luhn(rng), 4)
        ),
        _ => format!("Karte {} abgelehnt (Luhn)", non_luhn(rng)),
    }
}

pub fn false_positive_corpus(
    seed: u64,
    per_kind: usize,
    clean: usize,
) -> (Vec<Planted>, Vec<String>) {
    let mut rng = Rng::new(seed);
    let mut planted = Vec::new();
    for k in [
        RedactionKind::Email,
        RedactionKind::Cookie,
        RedactionKind::UrlSecret,
        RedactionKind::Card,
    ] {
        for _ in 0..per_kind {
            planted.push(planted_false_positive(&mut rng, k));
        }
    }
    let clean = (0..clean)
        .map(|_| near_miss_false_positive(&mut rng))
        .collect();
    (planted, clean)
}
