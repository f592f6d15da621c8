#!/usr/bin/env node
// The package's version, derived from the OpenAPI document's info.version (run by scripts/generate.sh):
// "v1" or "1" → 1.0.0, "1.2" → 1.2.0, "1.2.3" (and "1.2.3-beta.1") as is. Writes it into package.json and
// package-lock.json; `--check` only prints it and fails when they differ. A new client version is a new document
// version: bump info.version (ContractDocumentProcessor) — the major on a breaking change.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const clientDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const documentPath = join(clientDir, "../../docs/openapi/v1.json");

export function semverOf(infoVersion) {
    const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?$/.exec(String(infoVersion ?? "").trim());
    if (!match) throw new Error(`info.version ${JSON.stringify(infoVersion)} is not a version (v1, 1.2, 1.2.3)`);
    const [, major, minor = "0", patch = "0", pre = ""] = match;
    return `${Number(major)}.${Number(minor)}.${Number(patch)}${pre}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const doc = JSON.parse(readFileSync(documentPath, "utf8"));
    const version = semverOf(doc.info?.version);
    const files = ["package.json", "package-lock.json"].map((name) => join(clientDir, name));
    let differs = false;
    for (const file of files) {
        const json = JSON.parse(readFileSync(file, "utf8"));
        const current = [json.version, json.packages?.[""]?.version].filter((v) => v !== undefined);
        if (current.every((v) => v === version)) continue;
        differs = true;
        if (process.argv.includes("--check")) continue;
        json.version = version;
        if (json.packages?.[""]) json.packages[""].version = version;
        writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    }
    console.log(`package version ${version} (info.version ${JSON.stringify(doc.info?.version)})`);
    if (differs && process.argv.includes("--check")) {
        console.error("package.json / package-lock.json have another version: run scripts/generate.sh");
        process.exit(1);
    }
}
