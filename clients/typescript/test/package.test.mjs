// The client as a package teams install like any other (run by scripts/ci.sh after the API tests):
//   - `npm pack` builds the tarball (kept in $PACK_DIR, default clients/typescript/artifacts/) whose version is the
//     OpenAPI document's info.version (scripts/version.mjs);
//   - a private registry, Verdaccio (pinned in package.json), is started on 127.0.0.1 with a temporary config and
//     storage and no uplinks; the tarball is published to it;
//   - a copy of samples/web installs the package from that registry (only the @casting-agency scope points there,
//     everything else comes from the usual registry), type-checks and builds;
//   - bundle size: a one-call app (listActors) is built with Vite in production twice, once on this package and once
//     on openapi-fetch; both gzip sizes are printed, and ours may be at most 1 kB larger.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { semverOf } from "../scripts/version.mjs";

const clientDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = join(clientDir, "../..");
const webDir = join(repoRoot, "samples/web");
const pkg = JSON.parse(readFileSync(join(clientDir, "package.json"), "utf8"));
const doc = JSON.parse(readFileSync(join(repoRoot, "docs/openapi/v1.json"), "utf8"));
/** What the size comparison builds with: the current Vite, and openapi-fetch (the usual alternative). */
const sizeApp = { vite: "8.4.1", "openapi-fetch": "0.17.0" };
const maxExtraGzipBytes = 1024;

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

const run = (command, args, cwd, env = {}) =>
    execFileSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
const npm = (args, cwd, env) => run("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], cwd, env);

/** The gzip size of every .js file Vite wrote. */
function gzipOfBuild(outDir) {
    const assets = join(outDir, "assets");
    const files = readdirSync(assets).filter((f) => f.endsWith(".js"));
    assert.ok(files.length > 0, `no JavaScript in ${assets}`);
    return files.reduce(
        (sum, f) => {
            const bytes = readFileSync(join(assets, f));
            return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length };
        },
        { raw: 0, gzip: 0 },
    );
}

describe("the package: tarball, private registry, install, bundle size", { concurrency: false }, () => {
    let work;
    let registry;
    let verdaccio;
    let verdaccioLog = "";
    let tarball;
    let packedIntegrity;
    const version = semverOf(doc.info.version);

    before(async () => {
        work = mkdtempSync(join(tmpdir(), "api-client-package-"));
        const packDir = process.env.PACK_DIR ?? join(clientDir, "artifacts");
        mkdirSync(packDir, { recursive: true });
        const [packed] = JSON.parse(npm(["pack", "--json", "--pack-destination", packDir], clientDir));
        tarball = join(packDir, packed.filename);
        packedIntegrity = packed.integrity;
        console.log(`# tarball ${tarball} (${packed.size} bytes, ${packed.entryCount} files)`);

        const port = await freePort();
        registry = `http://127.0.0.1:${port}/`;
        const config = join(work, "verdaccio.yaml");
        writeFileSync(config, [
            `storage: ${join(work, "storage")}`,
            "auth:",
            "  htpasswd:",
            `    file: ${join(work, "htpasswd")}`,
            "    max_users: 10",
            "uplinks: {}", // nothing from the internet: the registry holds only what is published to it
            "packages:",
            "  '@casting-agency/*':",
            "    access: $all",
            "    publish: $authenticated",
            "  '**':",
            "    access: $all",
            "    publish: $authenticated",
            "log: { type: stdout, format: pretty, level: warn }",
            "",
        ].join("\n"));
        verdaccio = spawn(process.execPath, [join(clientDir, "node_modules/verdaccio/bin/verdaccio"), "--config", config, "--listen", `127.0.0.1:${port}`], { stdio: ["ignore", "pipe", "pipe"] });
        verdaccio.stdout.on("data", (c) => { verdaccioLog += c; });
        verdaccio.stderr.on("data", (c) => { verdaccioLog += c; });
        const deadline = Date.now() + 60_000;
        for (;;) {
            if (verdaccio.exitCode !== null) assert.fail(`Verdaccio exited: ${verdaccioLog}`);
            const ok = await fetch(`${registry}-/ping`).then((r) => r.ok, () => false);
            if (ok) break;
            if (Date.now() > deadline) assert.fail(`Verdaccio did not start: ${verdaccioLog}`);
            await new Promise((r) => setTimeout(r, 250));
        }
        // A user for publishing (what `npm adduser` does), and an npmrc with its token.
        const user = await fetch(`${registry}-/user/org.couchdb.user:ci`, {
            method: "PUT",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ name: "ci", password: "ci-password-for-a-temporary-registry", email: "ci@example.com" }),
        });
        assert.equal(user.status, 201, await user.clone().text());
        const { token } = await user.json();
        const npmrc = join(work, "publisher.npmrc");
        writeFileSync(npmrc, `//127.0.0.1:${port}/:_authToken=${token}\n`);
        npm(["publish", tarball, "--registry", registry, "--userconfig", npmrc], work);
    });

    after(() => {
        verdaccio?.kill();
        if (work) rmSync(work, { recursive: true, force: true });
    });

    test("the tarball's version is the document's info.version, and it holds dist/, src/ and the README", () => {
        assert.equal(pkg.version, version, `package.json ${pkg.version} vs info.version ${doc.info.version}`);
        assert.equal(pkg.private, undefined, "a private package cannot be published");
        const files = run("tar", ["tzf", tarball], work).split("\n").filter(Boolean);
        for (const f of ["package/package.json", "package/README.md", "package/dist/index.js", "package/dist/index.d.ts", "package/dist/runtime.js", "package/src/api.ts"]) {
            assert.ok(files.includes(f), `${f} in the tarball`);
        }
        assert.ok(!files.some((f) => /^package\/(test|test-dist|node_modules|scripts)\//.test(f)), "no tests, scripts or node_modules");
    });

    test("the registry serves the published version", async () => {
        const meta = await (await fetch(`${registry}@casting-agency%2fapi-client`)).json();
        assert.equal(meta["dist-tags"]?.latest, version);
        assert.ok(meta.versions?.[version]?.dist?.tarball?.startsWith(registry), JSON.stringify(meta.versions?.[version]?.dist));
    });

    test("a copy of samples/web installs it from the registry, type-checks and builds", () => {
        const app = join(work, "web");
        cpSync(webDir, app, { recursive: true, filter: (src) => !/[/\\](node_modules|dist|test-results)$|package-lock\.json$/.test(src) });
        const appPkg = JSON.parse(readFileSync(join(app, "package.json"), "utf8"));
        appPkg.dependencies["@casting-agency/api-client"] = `^${version}`;
        writeFileSync(join(app, "package.json"), `${JSON.stringify(appPkg, null, 2)}\n`);
        // Only the scope comes from the private registry, as a team's .npmrc would say.
        writeFileSync(join(app, ".npmrc"), `@casting-agency:registry=${registry}\n`);
        npm(["install", "--prefer-offline"], app);
        const installed = join(app, "node_modules/@casting-agency/api-client");
        assert.ok(!lstatSync(installed).isSymbolicLink(), "a copy, not a link into the checkout");
        assert.equal(JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).version, version);
        const lock = JSON.parse(readFileSync(join(app, "package-lock.json"), "utf8"));
        const entry = lock.packages["node_modules/@casting-agency/api-client"];
        // The scope's registry is the only place that has it; the lock keeps the tarball's integrity (and, unless npm
        // is told to omit it, the registry URL).
        assert.equal(entry?.integrity, packedIntegrity, "the published tarball");
        if (entry?.resolved) assert.ok(entry.resolved.startsWith(registry), entry.resolved);
        run(process.execPath, [join(app, "node_modules/typescript/bin/tsc"), "--noEmit"], app);
        run(process.execPath, [join(app, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], app);
        assert.ok(existsSync(join(app, "dist/index.html")));
    });

    test(`one call (listActors) costs at most ${maxExtraGzipBytes} bytes gzip more than with openapi-fetch (Vite production build)`, () => {
        const app = join(work, "size");
        mkdirSync(app);
        writeFileSync(join(app, "package.json"), `${JSON.stringify({
            name: "one-call", private: true, type: "module",
            dependencies: { "@casting-agency/api-client": version, ...sizeApp },
        }, null, 2)}\n`);
        writeFileSync(join(app, ".npmrc"), `@casting-agency:registry=${registry}\n`);
        const apps = {
            ours: [
                'import { createTransport, listActors } from "@casting-agency/api-client";',
                'const client = createTransport("/api", { getAccessToken: () => localStorage.getItem("token") });',
                "listActors(client, { gender: [\"female\"], page_size: 5 }).then(",
                '    (page) => { document.body.textContent = page.items.map((a) => a.name).join(", "); },',
                "    (error) => { document.body.textContent = error.message; });",
            ],
            theirs: [
                'import createClient from "openapi-fetch";',
                'const client = createClient({ baseUrl: "/api", headers: { Authorization: `Bearer ${localStorage.getItem("token")}` } });',
                'client.GET("/actors", { params: { query: { gender: ["female"], page_size: 5 } } }).then(',
                '    ({ data, error }) => { document.body.textContent = error ? error.detail : data.actors.map((a) => a.name).join(", "); },',
                "    (error) => { document.body.textContent = error.message; });",
            ],
        };
        for (const [name, lines] of Object.entries(apps)) {
            mkdirSync(join(app, name));
            writeFileSync(join(app, name, "index.html"), '<!doctype html><html><head><meta charset="utf-8"><title>one call</title></head><body><script type="module" src="./main.js"></script></body></html>\n');
            writeFileSync(join(app, name, "main.js"), `${lines.join("\n")}\n`);
        }
        npm(["install", "--prefer-offline"], app);
        const sizes = {};
        for (const name of Object.keys(apps)) {
            run(process.execPath, [join(app, "node_modules/vite/bin/vite.js"), "build", name, "--outDir", join(app, `dist-${name}`), "--emptyOutDir", "--logLevel", "warn"], app);
            sizes[name] = gzipOfBuild(join(app, `dist-${name}`));
        }
        const extra = sizes.ours.gzip - sizes.theirs.gzip;
        console.log(`# one listActors call, Vite ${sizeApp.vite} production build: @casting-agency/api-client ${version} ${sizes.ours.raw} B min / ${sizes.ours.gzip} B gzip; openapi-fetch ${sizeApp["openapi-fetch"]} ${sizes.theirs.raw} B min / ${sizes.theirs.gzip} B gzip; difference ${extra} B gzip (limit ${maxExtraGzipBytes})`);
        assert.ok(extra <= maxExtraGzipBytes, `ours is ${extra} B gzip larger than openapi-fetch's (limit ${maxExtraGzipBytes})`);
    });
});
