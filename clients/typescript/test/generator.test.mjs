// Unit test of scripts/generate-api.mjs on variants of docs/openapi/v1.json (no API needed): the sort fields come
// from the document's x-sort-fields; the output is deterministic.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const clientDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const documentPath = join(clientDir, "../../docs/openapi/v1.json");

function generate(mutate) {
    const dir = mkdtempSync(join(tmpdir(), "generate-api-"));
    try {
        const doc = JSON.parse(readFileSync(documentPath, "utf8"));
        mutate?.(doc);
        writeFileSync(join(dir, "v1.json"), JSON.stringify(doc));
        execFileSync(process.execPath, [join(clientDir, "scripts/generate-api.mjs"), join(dir, "v1.json"), join(dir, "api.ts")], { stdio: "pipe" });
        return readFileSync(join(dir, "api.ts"), "utf8");
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

const sortParam = (doc, path) => doc.paths[path].get.parameters.find((p) => p.name === "sort");

test("generator: the committed src/api.ts is what the document gives", () => {
    assert.equal(generate(), readFileSync(join(clientDir, "src/api.ts"), "utf8"));
});

test("generator: sort fields are the document's x-sort-fields", () => {
    const out = generate((doc) => { sortParam(doc, "/actors")["x-sort-fields"] = ["name", "age"]; });
    assert.match(out, /export type ListActorsSortField = "name" \| "age";/);
    assert.match(out, /export type ListMoviesSortField = "id" \| "title" \| "release_date" \| "company";/);
});

test("generator: optional members take undefined; one exported function and metadata per operation", () => {
    const out = generate();
    assert.match(out, /export interface ListActorsQuery \{[\s\S]*?    page_size\?: number \| undefined;/);
    assert.match(out, /    ifMatch\?: string \| undefined;/);
    assert.match(out, /export const listActorsOperation = \{/);
    assert.match(out, /export function listActors\(client: Transport, params: ListActorsParams = \{\}\): Promise<ListResult<ActorListResponse, ActorDto>> \{/);
    // A GET by id with If-None-Match: the overload that takes ifNoneMatch may resolve to a 304 result.
    assert.match(out, /export function getActor\(client: Transport, id: number, params: GetActorParams & \{ ifNoneMatch: string \| undefined \}\): Promise<ApiResult<ActorDetailResponse> \| NotModifiedResult>;/);
    assert.match(out, /export const apiVersion = "v1";/);
});

test("generator: a list without known sort fields gets sort?: string, a new list gets an iterator", () => {
    const out = generate((doc) => {
        doc.paths["/movies"].get.operationId = "listFilms";
        delete sortParam(doc, "/movies")["x-sort-fields"];
    });
    assert.match(out, /export interface ListFilmsQuery \{[\s\S]*?    sort\?: string \| undefined;/);
    assert.match(out, /listFilms: \(params: Omit<ListFilmsParams, "page"> = \{\}\): AsyncGenerator<MovieDto, void, undefined> =>/);
});
