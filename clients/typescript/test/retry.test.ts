// Retries against a real API that throttles and locks (started by scripts/ci.sh with RateLimiting:PermitsPerMinute=4
// per 4-second window and Database:CommandTimeoutSeconds=1 on its own SQLite file): a 429 is waited out by its
// Retry-After, a 503 from a locked database file is retried with the same Idempotency-Key and writes one row,
// and every wait is bounded and abortable.
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { ApiError, createClient, type CastingAgencyApi } from "../src/index.js";

const baseUrl = process.env.FAULT_API_BASE_URL ?? "";
const dbPath = process.env.FAULT_API_DB_PATH ?? "";
const unique = `${Date.now()}-${process.pid}`;

async function devToken(role: string): Promise<string> {
    const response = await fetch(`${baseUrl}/dev/token`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ role }) });
    assert.equal(response.status, 200, `POST /dev/token for ${role}`);
    return ((await response.json()) as { access_token: string }).access_token;
}

async function errorOf(call: () => Promise<unknown>): Promise<ApiError> {
    try {
        await call();
    } catch (error) {
        assert.ok(error instanceof ApiError, `expected ApiError, got ${String(error)}`);
        return error;
    }
    assert.fail("expected the call to fail");
}

/** Holds SQLite's write lock on the API's database file (BEGIN IMMEDIATE in another process) until `release()`. */
async function lockDatabase(): Promise<{ release: () => Promise<unknown> }> {
    const script = [
        "import sqlite3, sys",
        "c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)",
        "c.execute('BEGIN IMMEDIATE')",
        "print('locked', flush=True)",
        "sys.stdin.read()", // until the test closes stdin (or exits)
        "c.execute('ROLLBACK')",
    ].join("\n");
    const child = spawn("python3", ["-c", script, dbPath], { stdio: ["pipe", "pipe", "inherit"] });
    const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
    assert.equal(chunk.toString().trim(), "locked");
    const exited = once(child, "exit");
    return { release: () => { child.stdin!.end(); return exited; } };
}

describe("retries against a throttled, locked API", { concurrency: false }, () => {
    let reader: CastingAgencyApi;
    let readerToken: string;
    let writerToken: string;

    before(async () => {
        assert.ok(baseUrl && dbPath, "FAULT_API_BASE_URL and FAULT_API_DB_PATH must be set (scripts/ci.sh starts that API)");
        readerToken = await devToken("casting_assistant");
        writerToken = await devToken("executive_producer");
        reader = createClient(baseUrl, { getAccessToken: () => readerToken });
    });

    test("a 429 is waited out by its Retry-After, and the call succeeds", async () => {
        // Use up the window: the first refused call is a 429 with Retry-After (retry is opt-in).
        let refused: ApiError | null = null;
        for (let i = 0; i < 10 && !refused; i++) {
            refused = await reader.listMovies().then(() => null, (error: unknown) => error as ApiError);
        }
        assert.ok(refused, "the low limit answers 429 within 10 calls");
        assert.equal(refused.status, 429);
        assert.ok(refused.retryAfter !== null && refused.retryAfter >= 1 && refused.retryAfter <= 4, `Retry-After ${refused.retryAfter}`);

        const statuses: number[] = [];
        const patient = createClient(baseUrl, {
            getAccessToken: () => readerToken,
            retry: { attempts: 4 },
            onResponse: (response) => { statuses.push(response.status); },
        });
        const started = Date.now();
        const list = await patient.listMovies();
        assert.equal(list.status, 200);
        assert.deepEqual(statuses, [429, 200], "one refusal, one wait, one success");
        assert.ok(Date.now() - started >= 900, "it waited for Retry-After");
    });

    test("retries are bounded: a Retry-After beyond maxDelayMs, or attempts: 1, rejects at once with the 429", async () => {
        const statuses: number[] = [];
        const hasty = createClient(baseUrl, {
            getAccessToken: () => readerToken,
            retry: { maxDelayMs: 10 },
            onResponse: (response) => { statuses.push(response.status); },
        });
        let error: ApiError | null = null;
        for (let i = 0; i < 10 && !error; i++) {
            error = await hasty.listMovies().then(() => null, (e: unknown) => e as ApiError);
        }
        assert.ok(error);
        assert.equal(error.status, 429);
        assert.equal(statuses.filter((s) => s === 429).length, 1, "no retry when the wait is longer than maxDelayMs");
        const single = await errorOf(() => hasty.listMovies({ retry: { attempts: 1 } }));
        assert.equal(single.status, 429);
    });

    test("an abort during the wait ends the call at once with kind aborted", async () => {
        const patient = createClient(baseUrl, { getAccessToken: () => readerToken, retry: true });
        let error: ApiError | null = null;
        for (let i = 0; i < 10 && !error; i++) {
            error = await reader.listMovies().then(() => null, (e: unknown) => e as ApiError);
        }
        assert.equal(error?.status, 429);
        const started = Date.now();
        const aborted = await errorOf(() => patient.listMovies({ signal: AbortSignal.timeout(300) }));
        assert.equal(aborted.kind, "aborted");
        assert.ok(Date.now() - started < 900, `aborted after ${Date.now() - started} ms, not after Retry-After`);
    });

    test("a 503 from a locked database is retried with the same Idempotency-Key and writes exactly one row", async () => {
        const keys: string[] = [];
        const statuses: number[] = [];
        let lock: { release: () => Promise<unknown> } | null = null;
        const writer = createClient(baseUrl, { getAccessToken: () => writerToken });
        const retrying = createClient(baseUrl, {
            getAccessToken: () => writerToken,
            retry: { attempts: 3, maxElapsedMs: 20_000 },
            onRequest: (request) => { keys.push(request.headers.get("idempotency-key") ?? ""); },
            // The lock goes once the first attempt has met it: the retry, after Retry-After, finds the file free.
            onResponse: async (response) => { statuses.push(response.status); if (response.status === 503) await lock?.release(); },
        });
        const title = `Locked Out ${unique}`;
        lock = await lockDatabase();
        // Without retry: the 503 with its Retry-After (the API gives up on the lock after CommandTimeoutSeconds).
        const unavailable = await errorOf(() => writer.createMovie({ title: `${title} (not retried)`, release_date: "2024-07-01" }));
        assert.equal(unavailable.status, 503);
        assert.ok(unavailable.retryAfter !== null && unavailable.retryAfter > 0);
        // With retry: the first attempt meets the lock too, the next (after Retry-After) writes.
        const created = await retrying.createMovie({ title, release_date: "2024-07-01" }).finally(() => lock?.release());
        assert.equal(created.status, 201);
        assert.deepEqual(statuses, [503, 201]);
        assert.equal(keys.length, 2);
        assert.ok(keys[0]);
        assert.equal(keys[1], keys[0], "every attempt sends the same Idempotency-Key");
        const rows = await retrying.listMovies({ title });
        assert.equal(rows.total, 1, "exactly one row");
        assert.equal((await retrying.listMovies({ title: `${title} (not retried)` })).total, 0, "the refused write wrote nothing");
    });
});
