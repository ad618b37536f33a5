import { describe, expect, it } from "vitest";
import { readLocales } from "./catalogue";

// Issue 13 review: the Italian text mixed "tu" ("Scrivi 1000"), "voi" ("Fatelo") and
// instruction infinitives ("Verificare la connessione") with the "Lei" of the rest. Sentences
// addressed to the reader say "Lei" ("Scriva", "Verifichi"); button labels may stay imperative.
// The patterns are the forms the catalogue used, so one coming back fails here.
const TU = [
  /\b(hai|puoi|devi|vuoi|agisci|tuo|tua|tuoi|tue)\b/,
  // Enclitic "tu" imperatives the catalogue used ("Riscrivilo.", "Scegline", "connettiti").
  /\b(Scegline|aggiungine|Creane|incollalo|Riscrivilo|Sbloccalo|Controllalo|aggiungilo|rimuovilo|rinnovalo|Rinnovalo|cambialo|Spostalo|rinominalo|Rinominala|pagala|preparala|ricomincialo|connettiti)\b/i,
  // A "tu" imperative opening a sentence after another one (whole-value labels such as
  // "Riprova ora" or "Seleziona { $name }" are buttons and may stay imperative).
  /[.:;] (Scrivi|Scegli|scegli|Indica|indica|Incolla|Controlla|Riprova|riprova|Aggiorna|aggiungi|digita|nomina|paga|guarda|annulla|cattura|rinnova|Rinnova)\b/,
];
const VOI = /\b(Fatelo|Fermatela|allegate|mettete|Allegate)\b/;
const INFINITIVE = /(^|[.:;] )(Verificare|Riprovare|Connettersi|riconnettersi|Sincronizzare|Indicare|Incollarlo|Sbloccarlo|Scrivere|indicare|Vedere|vedere)\b/;

describe("Italian register", () => {
  const files = readLocales();
  const lines = Object.entries(files)
    .filter(([name]) => name.startsWith("it/"))
    .flatMap(([name, src]) =>
      src.split("\n").filter((l) => !l.startsWith("#")).map((l) => `${name}\t${l.replace(/^[\w-]+ = /, "")}`),
    );

  it("reads the Italian files", () => {
    expect(lines.length).toBeGreaterThan(1000);
  });

  it("addresses the reader as Lei, never tu, voi or a bare infinitive", () => {
    const offending = lines.filter((l) => TU.some((p) => p.test(l)) || VOI.test(l) || INFINITIVE.test(l));
    expect(offending).toEqual([]);
  });

  it("the patterns catch the forms that were there", () => {
    for (const old of [
      "Ambiguo: «,» seguito da tre cifre. Scrivi 1000 o 1,00.",
      "Il fornitore non è raggiungibile. Verificare la connessione e riprovare.",
      "Fatelo nel Manager del fornitore.",
      "Scegline almeno uno.",
      "Ciò che hai chiesto non esiste più.",
    ]) {
      expect(TU.some((p) => p.test(old)) || VOI.test(old) || INFINITIVE.test(old), old).toBe(true);
    }
  });
});
