// End-to-end test of the casting board: a real API (SQLite, demo data, on 127.0.0.1), the Vite dev server with its
// /api proxy, and Debian's Chromium driven by playwright-core. Fails on any browser console error or page error
// (except the one HTTP error the test provokes on purpose); screenshots go to samples/web/test-results/.
// Run by scripts/e2e.sh (which builds the API and installs what is missing); `node --test test/e2e.test.mjs`.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const webDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = join(webDir, "../..");
const resultsDir = join(webDir, "test-results");
const apiDll = process.env.API_DLL ?? join(repoRoot, "src/WebApi/bin/Debug/net10.0/CastingAgency.WebApi.dll");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** A free port on 127.0.0.1. */
function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once("error", reject);
        server.listen(0, "127.0.0.1", () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

/** Starts a process whose output is kept (printed if the test fails). */
function start(name, command, args, options) {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    const output = [];
    const keep = (chunk) => {
        output.push(...String(chunk).split("\n").filter(Boolean).map((line) => `[${name}] ${line}`));
        if (output.length > 400) output.splice(0, output.length - 400);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    return { name, child, output };
}

async function waitFor(url, proc, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited with ${proc.child.exitCode}:\n${proc.output.join("\n")}`);
        try {
            const response = await fetch(url);
            if (response.ok) return;
        } catch {
            // not listening yet
        }
        await new Promise((r) => setTimeout(r, 300));
    }
    throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${proc.output.join("\n")}`);
}

async function stop(proc) {
    if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return;
    const exited = new Promise((resolve) => proc.child.once("exit", resolve));
    proc.child.kill("SIGTERM");
    const timer = setTimeout(() => proc.child.kill("SIGKILL"), 8000);
    await exited;
    clearTimeout(timer);
}

describe("casting board in Chromium", { concurrency: false }, () => {
    let workDir;
    let api;
    let vite;
    let browser;
    let page;
    let boardUrl;
    let apiUrl;
    const consoleErrors = [];
    const pageErrors = [];
    /** HTTP errors the test provokes on purpose: Chromium logs each failed fetch as a console error. */
    const expectedHttpErrors = [];
    let shortlisted;
    let step = 0;
    const shot = async (name) => page.screenshot({ path: join(resultsDir, `${String(++step).padStart(2, "0")}-${name}.png`), fullPage: true });

    // Whatever happens, the API and Vite do not outlive the test.
    const killAll = () => { for (const p of [vite, api]) if (p && p.child.exitCode === null) p.child.kill("SIGKILL"); };
    process.once("exit", killAll);

    before(async () => {
        assert.ok(existsSync(apiDll), `the API is not built: ${apiDll} (run scripts/e2e.sh, or dotnet build src/WebApi)`);
        assert.ok(existsSync(chromiumPath), `no Chromium at ${chromiumPath} (apt-get install chromium)`);
        mkdirSync(resultsDir, { recursive: true });
        workDir = mkdtempSync(join(tmpdir(), "casting-board-"));
        const [apiPort, vitePort] = [await freePort(), await freePort()];
        apiUrl = `http://127.0.0.1:${apiPort}`;
        api = start("api", "dotnet", [apiDll], {
            // From src/WebApi, as `dotnet run` would: the content root holds appsettings.Development.json.
            cwd: join(repoRoot, "src/WebApi"),
            env: {
                ...process.env,
                DOTNET_CLI_TELEMETRY_OPTOUT: "1",
                ASPNETCORE_ENVIRONMENT: "Development",
                ASPNETCORE_URLS: apiUrl,
                ConnectionStrings__CastingAgency: `Data Source=${join(workDir, "board.db")}`,
                Database__Provider: "Sqlite",
                Database__SeedDemoData: "true",
            },
        });
        await waitFor(`${apiUrl}/health/ready`, api, 90_000);
        vite = start("vite", process.execPath, [join(webDir, "node_modules/vite/bin/vite.js"), "--host", "127.0.0.1", "--port", String(vitePort), "--strictPort"], {
            cwd: webDir,
            env: { ...process.env, API_TARGET: apiUrl },
        });
        boardUrl = `http://127.0.0.1:${vitePort}/`;
        await waitFor(boardUrl, vite, 60_000);
        await waitFor(`${boardUrl}api/health/ready`, vite, 10_000); // the proxy reaches the API

        browser = await chromium.launch({
            executablePath: chromiumPath,
            args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        page.setDefaultTimeout(15_000);
        page.on("console", (message) => { if (message.type() === "error") consoleErrors.push(message.text()); });
        page.on("pageerror", (error) => pageErrors.push(String(error?.stack ?? error)));
        // Only 127.0.0.1.
        await page.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()));
    });

    after(async () => {
        try {
            await browser?.close();
        } finally {
            await stop(vite);
            await stop(api);
            if (workDir) rmSync(workDir, { recursive: true, force: true });
            process.removeListener("exit", killAll);
        }
    });

    test("opens the board and signs in with a dev role", async () => {
        await page.goto(boardUrl);
        await page.waitForSelector("body[data-ready=true]");
        await page.getByLabel("Dev role").selectOption("casting_assistant");
        await page.getByRole("button", { name: "Sign in" }).click();
        await page.getByText("Signed in as casting assistant").waitFor();
        // The movies are loaded for the casting panel, and a first page of actors is shown.
        await page.waitForFunction(() => document.querySelectorAll("#movie option").length > 10);
        await page.waitForFunction(() => document.querySelectorAll("#actors-table tbody tr").length > 0);
        await shot("signed-in");
    });

    test("filters actors and pages with the cursor", async () => {
        await page.getByLabel("female", { exact: true }).check();
        await page.getByLabel("Min age").fill("20");
        await page.getByLabel("Sort by").selectOption("name");
        await page.getByLabel("Per page").selectOption("5");
        await page.getByRole("button", { name: "Search" }).click();
        await page.getByText(/^Page 1: 5 actors of \d+ matching\.$/).waitFor();
        const firstPage = await page.$$eval("#actors-table tbody tr", (rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
        assert.equal(firstPage.length, 5);
        for (const [, age, gender] of firstPage) {
            assert.equal(gender, "female");
            assert.ok(Number(age) >= 20, `age ${age} >= 20`);
        }
        await shot("filtered");

        await page.getByRole("button", { name: "Next page" }).click();
        await page.getByText(/^Page 2: \d+ actors/).waitFor();
        const secondPage = await page.$$eval("#actors-table tbody tr", (rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
        assert.ok(secondPage.length > 0);
        for (const [name, , gender] of secondPage) {
            assert.equal(gender, "female");
            assert.ok(!firstPage.some(([n]) => n === name), `${name} was not on page 1`);
        }
        const lastOfFirst = firstPage.at(-1)[0];
        assert.ok(secondPage[0][0].localeCompare(lastOfFirst, "en", { sensitivity: "base" }) >= 0, "page 2 continues the name order");
        await shot("second-page");
    });

    test("opens a movie's open role and its candidates", async () => {
        const movie = await page.$eval("#movie option:nth-child(2)", (o) => o.value);
        await page.getByLabel("Movie", { exact: true }).selectOption(movie);
        const openRole = page.locator("#roles li.open").first();
        await openRole.waitFor();
        await openRole.getByRole("button").click();
        await page.waitForFunction(() => document.querySelectorAll("#candidates tbody tr").length > 0);
        await page.getByText(/candidates fit the role\.$/).waitFor();
        await shot("candidates");
    });

    test("shortlists a candidate", async () => {
        const free = page.locator("#candidates tbody tr").filter({ has: page.locator("button:not([disabled])") }).first();
        const actorId = await free.getAttribute("data-actor-id");
        const row = page.locator(`#candidates tbody tr[data-actor-id="${actorId}"]`);
        shortlisted = (await row.locator("td").first().textContent()).trim();
        await row.getByRole("button", { name: `Shortlist ${shortlisted}` }).click();
        await page.locator(`#shortlist li[data-actor-name="${shortlisted}"]`).waitFor();
        await row.getByRole("button", { name: `${shortlisted} is on the shortlist` }).waitFor();
        await shot("shortlisted");
    });

    test("books an audition", async () => {
        const entry = page.locator(`#shortlist li[data-actor-name="${shortlisted}"]`);
        await entry.getByLabel("Starts").fill("2031-03-03T10:00");
        await entry.getByLabel("Minutes").fill("60");
        await entry.getByLabel("Location").fill("Studio 9");
        await entry.getByRole("button", { name: "Book audition" }).click();
        await entry.getByText(/^Audition booked: .* at Studio 9\.$/).waitFor();
        assert.equal(await page.locator("#problem").isHidden(), true);
        await shot("audition-booked");
    });

    test("shows the problem details of a double booking (409)", async () => {
        const entry = page.locator(`#shortlist li[data-actor-name="${shortlisted}"]`);
        expectedHttpErrors.push(/status of 409/);
        await entry.getByLabel("Starts").fill("2031-03-03T10:30");
        await entry.getByRole("button", { name: "Book audition" }).click();
        const problem = page.getByRole("alert");
        await problem.waitFor();
        assert.equal((await problem.locator("h2").textContent()).trim(), "409 Conflict");
        const detail = (await page.locator("#problem-detail").textContent()).trim();
        assert.match(detail, /appointment/i, `the detail names the other appointment: ${detail}`);
        assert.match(await page.locator("#problem-meta").textContent(), /Trace id: /);
        await shot("double-booking-problem");
        await page.getByRole("button", { name: "Dismiss" }).click();
        assert.equal(await page.locator("#problem").isHidden(), true);
    });

    test("shows field errors of a refused filter (422)", async () => {
        expectedHttpErrors.push(/status of 422/);
        await page.getByLabel("Min age").fill("130");
        await page.getByRole("button", { name: "Search" }).click();
        const problem = page.getByRole("alert");
        await problem.waitFor();
        assert.match(await problem.locator("h2").textContent(), /^422 /);
        assert.match(await page.locator("#problem-errors").textContent(), /min_age/, "the field errors are listed");
        await shot("filter-problem");
    });

    test("a page on another 127.0.0.1 port calls the API directly in Development (CORS), X-Request-Id echoed", async () => {
        // Not through the proxy: the page's origin (Vite's port) differs from the API's, so the browser applies CORS.
        // The refused call's preflight is logged by Chromium as a console error: expected.
        expectedHttpErrors.push(/CORS policy|x-not-allowed/i, /ERR_FAILED/);
        const origin = new URL(boardUrl).origin;
        // A page of its own, without the board page's request routing: Playwright answers the preflights of routed
        // requests itself, which would hide what the API's CORS policy says. The page loads only from 127.0.0.1.
        const context = await browser.newContext();
        const cross = await context.newPage();
        cross.setDefaultTimeout(15_000);
        cross.on("console", (message) => { if (message.type() === "error") consoleErrors.push(message.text()); });
        cross.on("pageerror", (error) => pageErrors.push(String(error?.stack ?? error)));
        const hosts = new Set();
        cross.on("request", (request) => hosts.add(new URL(request.url()).hostname));
        await cross.goto(`${boardUrl}cross-origin.html?api=${encodeURIComponent(apiUrl)}`);
        await cross.waitForSelector("body[data-done=true]");
        assert.deepEqual([...hosts], ["127.0.0.1"]);
        assert.equal(await cross.locator("#origin").textContent(), origin);
        assert.notEqual(new URL(apiUrl).port, new URL(boardUrl).port, "two origins");
        assert.match(await cross.locator("#allowed").textContent(), /^ok: 200, \d+ movies, X-Request-Id echoed: yes$/);
        // A header the API does not allow: the preflight fails, and the client's network error says it may be CORS.
        const refused = await cross.locator("#refused").textContent();
        assert.match(refused, /^network: Could not reach the API/);
        assert.match(refused, /CORS/);
        assert.ok(refused.includes(`allows the origin ${origin}`), refused);
        await cross.screenshot({ path: join(resultsDir, `${String(++step).padStart(2, "0")}-cross-origin.png`), fullPage: true });
        await context.close();
    });

    // The agency's view: the test plays the casting team through the API with a director's token.
    const agencyId = "org_e2e";
    let breakdown; // the role the casting director publishes
    let client; // { id, name } of the client the agent adds
    let submissionId;

    async function call(method, path, token, body) {
        const response = await fetch(`${apiUrl}${path}`, {
            method,
            headers: { Authorization: `Bearer ${token}`, ...(body ? { "Content-Type": "application/json" } : {}) },
            body: body ? JSON.stringify(body) : undefined,
        });
        const text = await response.text();
        return { status: response.status, body: text ? JSON.parse(text) : null };
    }

    async function devToken(body) {
        const response = await fetch(`${apiUrl}/dev/token`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
        assert.equal(response.status, 200, `POST /dev/token ${JSON.stringify(body)}`);
        return (await response.json()).access_token;
    }

    test("signs in as a talent agent and adds a client to the roster", async () => {
        // The casting team publishes an open role: it becomes a breakdown agencies see.
        const director = await devToken({ role: "casting_director" });
        const movies = await call("GET", "/movies?page_size=20", director);
        assert.equal(movies.status, 200);
        for (const movie of movies.body.movies) {
            const roles = await call("GET", `/movies/${movie.id}/roles`, director);
            assert.equal(roles.status, 200);
            breakdown = roles.body.roles.find((r) => r.actor_id === null && r.published_at === null);
            if (breakdown) break;
        }
        assert.ok(breakdown, "an open, unpublished role among the first movies");
        const published = await call("PATCH", `/roles/${breakdown.id}`, director, { published: true });
        assert.equal(published.status, 200);
        assert.ok(published.body.role.published_at, "published_at is set");

        await page.getByLabel("Dev role").selectOption("talent_agent");
        await page.getByLabel("Agency (org_id)").fill(agencyId);
        await page.getByRole("button", { name: "Sign in" }).click();
        await page.getByText(`Signed in as talent agent of ${agencyId}`).waitFor();
        await page.getByText("0 clients on the roster.").waitFor();
        assert.equal(await page.locator("#actors-table").isHidden(), true, "the staff panels are hidden from an agent");
        const card = page.locator(`#breakdowns li[data-role-id="${breakdown.id}"]`);
        await card.waitFor();
        assert.match(await card.textContent(), new RegExp(`^${breakdown.name} — `));

        // A client who fits the role by the casting rule.
        const name = `E2E Client ${Date.now()}`;
        await page.getByLabel("Client name").fill(name);
        await page.getByLabel("Client age").fill(String(breakdown.min_age));
        await page.getByLabel("Client gender").selectOption(breakdown.gender === "any" ? "female" : breakdown.gender);
        await page.getByRole("button", { name: "Add client" }).click();
        await page.getByText("1 client on the roster.").waitFor();
        const item = page.locator("#roster li").filter({ hasText: name });
        client = { id: Number(await item.getAttribute("data-actor-id")), name };
        // The API put the client on this agency's roster.
        const actor = await call("GET", `/actors/${client.id}`, director);
        assert.equal(actor.status, 200);
        assert.equal(actor.body.actor.agency_id, agencyId);
        await shot("agency-roster");
    });

    test("submits the client to a breakdown", async () => {
        const card = page.locator(`#breakdowns li[data-role-id="${breakdown.id}"]`);
        await card.getByLabel("Client", { exact: true }).selectOption(String(client.id));
        await card.getByRole("button", { name: "Submit" }).click();
        const row = page.locator(`#submissions tbody tr[data-role-id="${breakdown.id}"][data-actor-id="${client.id}"]`);
        await row.waitFor();
        assert.equal(await row.getAttribute("data-status"), "submitted");
        assert.equal((await row.locator("td").first().textContent()).trim(), client.name);
        submissionId = Number(await row.getAttribute("data-submission-id"));
        await page.getByText("1 submission.").waitFor();
        assert.equal(await page.locator("#problem").isHidden(), true);
        await shot("agency-submitted");
    });

    test("shows the submission selected once the casting team selects it", async () => {
        const director = await devToken({ role: "casting_director" });
        const listed = await call("GET", `/roles/${breakdown.id}/submissions`, director);
        assert.equal(listed.status, 200);
        const submission = listed.body.submissions.find((s) => s.id === submissionId);
        assert.ok(submission, "the casting team sees the submission");
        assert.equal(submission.agency_id, agencyId);
        assert.equal(submission.status, "submitted");
        const selected = await call("PATCH", `/submissions/${submissionId}`, director, { status: "selected" });
        assert.equal(selected.status, 200);
        assert.equal(selected.body.submission.status, "selected");
        assert.equal(typeof selected.body.submission.shortlist_id, "number", "selecting shortlists the actor");
        // The board polls the agency's submissions while one is open: no reload, no click.
        await page.locator(`#submissions tbody tr[data-submission-id="${submissionId}"][data-status="selected"]`).waitFor();
        assert.equal((await page.locator(`#submissions tbody tr[data-submission-id="${submissionId}"] .badge`).textContent()).trim(), "selected");
        await shot("agency-selected");
    });

    test("logged no browser console error or page error", (t) => {
        const unexpected = consoleErrors.filter((text) => {
            const i = expectedHttpErrors.findIndex((pattern) => pattern.test(text));
            if (i === -1) return true;
            expectedHttpErrors.splice(i, 1); // each expected error once
            t.diagnostic(`provoked on purpose, allowed: ${text}`);
            return false;
        });
        assert.deepEqual(pageErrors, [], "page errors");
        assert.deepEqual(unexpected, [], "console errors");
    });
});
