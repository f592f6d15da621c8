// The casting board: pick a dev role, find actors (filters, cursor paging), open a movie's role and its candidates,
// shortlist one and book an audition; or, as a talent agent, add a client to the agency's roster, submit them to an
// open breakdown and follow the submission's status. Every API call goes through @casting-agency/api-client; every
// failure is an ApiError, shown in the problem panel (title, detail, field errors).
import {
    createClient,
    genders,
    isApiError,
    sortFields,
    type ActorDto,
    type BreakdownDto,
    type ListActorsParams,
    type ListActorsSort,
    type RoleDto,
    type ShortlistEntryDto,
    type SubmissionDto,
} from "@casting-agency/api-client";
import "./style.css";

type DevRole = "casting_assistant" | "casting_director" | "executive_producer" | "talent_agent";

const state = {
    token: null as string | null,
    actorQuery: null as ListActorsParams | null,
    actorCursor: null as string | null,
    actorPage: 0,
    role: null as RoleDto | null,
    candidateCursor: null as string | null,
};

// Same origin: the Vite dev server forwards /api to the API (vite.config.ts).
const api = createClient("/api", { getAccessToken: () => state.token });

const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => {
    const element = document.querySelector<T>(selector);
    if (!element) throw new Error(`missing ${selector}`);
    return element;
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
    const element = Object.assign(document.createElement(tag), props);
    element.append(...children);
    return element;
}

function log(text: string): void {
    const list = $("#log");
    list.prepend(el("li", {}, `${new Date().toLocaleTimeString()} — ${text}`));
    while (list.children.length > 20) list.lastElementChild?.remove();
}

// ---- problems

function hideProblem(): void {
    $("#problem").hidden = true;
}

function showProblem(error: unknown): void {
    const panel = $("#problem");
    const errors = $("#problem-errors");
    errors.replaceChildren();
    if (isApiError(error)) {
        $("#problem-title").textContent = error.status ? `${error.status} ${error.title}` : error.title;
        $("#problem-detail").textContent = error.detail;
        for (const [field, messages] of Object.entries(error.errors)) {
            for (const message of messages) errors.append(el("li", {}, el("code", {}, field), ` ${message}`));
        }
        $("#problem-meta").textContent = error.traceId ? `Trace id: ${error.traceId}` : "";
        log(`${error.operation} failed: ${error.detail}`);
    } else {
        $("#problem-title").textContent = "Something went wrong";
        $("#problem-detail").textContent = error instanceof Error ? error.message : String(error);
        $("#problem-meta").textContent = "";
    }
    panel.hidden = false;
    panel.focus();
}

/** Runs an action; a failure is shown in the problem panel, and buttons are disabled meanwhile. */
async function attempt(button: HTMLButtonElement | null, action: () => Promise<void>): Promise<void> {
    if (button) button.disabled = true;
    document.body.setAttribute("aria-busy", "true");
    try {
        hideProblem();
        await action();
    } catch (error) {
        showProblem(error);
    } finally {
        if (button) button.disabled = false;
        document.body.removeAttribute("aria-busy");
    }
}

// ---- sign in (Development only: POST /dev/token is not part of the client, it does not exist in production)

async function signIn(role: DevRole, orgId: string): Promise<void> {
    const agent = role === "talent_agent";
    const response = await fetch("/api/dev/token", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(agent ? { role, org_id: orgId } : { role }),
    });
    if (!response.ok) throw new Error(`POST /dev/token answered ${response.status}: is the API running in Development${agent ? " (and the agency 1 to 64 characters)" : ""}?`);
    const body = (await response.json()) as { access_token: string; permissions: string[] };
    state.token = body.access_token;
    stopPolling();
    $("#who").textContent = `Signed in as ${role.replace("_", " ")}${agent ? ` of ${orgId}` : ""} (${body.permissions.length} permissions).`;
    document.body.dataset.role = role;
    log(`signed in as ${role}${agent ? ` of ${orgId}` : ""}`);
    // A talent agent sees the agency's view only: the staff panels need permissions an agent does not have.
    for (const panel of document.querySelectorAll<HTMLElement>(".staff")) panel.hidden = agent;
    $("#agency").hidden = !agent;
    if (agent) {
        await loadAgency();
    } else {
        await loadMovies();
        await searchActors();
    }
}

// ---- actors: filters and cursor paging

function actorQueryFromForm(): ListActorsParams {
    const form = $<HTMLFormElement>("#actor-filters");
    const data = new FormData(form);
    const number = (name: string): number | undefined => {
        const value = String(data.get(name) ?? "").trim();
        return value === "" ? undefined : Number(value);
    };
    const search = String(data.get("search_term") ?? "").trim();
    const chosen = genders.filter((g) => data.getAll("gender").includes(g));
    return {
        search_term: search || undefined,
        min_age: number("min_age"),
        max_age: number("max_age"),
        gender: chosen.length ? chosen : undefined,
        sort: String(data.get("sort")) as ListActorsSort,
        page_size: number("page_size"),
    };
}

function renderActors(actors: ActorDto[]): void {
    $("#actors-table tbody").replaceChildren(
        ...actors.map((a) => el("tr", {}, el("td", {}, a.name), el("td", {}, String(a.age)), el("td", {}, a.gender), el("td", {}, a.location ?? "—"))),
    );
}

async function searchActors(): Promise<void> {
    state.actorQuery = actorQueryFromForm();
    state.actorPage = 0;
    await readActorPage(undefined);
}

async function readActorPage(cursor: string | undefined): Promise<void> {
    if (!state.actorQuery) return;
    const page = await api.listActors({ ...state.actorQuery, cursor });
    state.actorPage += 1;
    state.actorCursor = page.nextCursor;
    renderActors(page.items);
    const total = page.total === null ? "" : ` of ${page.total} matching`;
    $("#actors-summary").textContent = page.items.length
        ? `Page ${state.actorPage}: ${page.items.length} actors${total}${page.nextCursor ? "" : " (last page)"}.`
        : "No actor matches.";
    $<HTMLButtonElement>("#actors-next").disabled = !page.nextCursor;
}

// ---- movies, roles, candidates, shortlist, audition

async function loadMovies(): Promise<void> {
    const select = $<HTMLSelectElement>("#movie");
    const movies = [];
    for await (const movie of api.all.listMovies({ sort: "title", page_size: 100 })) movies.push(movie);
    select.replaceChildren(el("option", { value: "" }, "Choose a movie"), ...movies.map((m) => el("option", { value: String(m.id) }, `${m.title} (${m.release_date.slice(0, 4)})`)));
    select.disabled = false;
}

async function loadRoles(movieId: number): Promise<void> {
    $("#role-detail").hidden = true;
    const { data } = await api.listMovieRoles(movieId);
    $("#roles").replaceChildren(
        ...data.roles.map((role) => {
            const button = el("button", { type: "button", className: "open-role" }, `Candidates for ${role.name}`);
            button.addEventListener("click", () => void attempt(button, () => openRole(role)));
            return el(
                "li",
                { className: role.actor_id === null ? "open" : "cast" },
                el("strong", {}, role.name),
                ` — ${role.gender}, ${role.min_age}–${role.max_age}, `,
                el("span", { className: "badge" }, role.actor_id === null ? "open" : "cast"),
                " ",
                button,
            );
        }),
    );
    log(`movie ${movieId}: ${data.roles.length} roles`);
}

async function openRole(role: RoleDto): Promise<void> {
    state.role = role;
    $("#role-title").textContent = `${role.name} (${role.gender}, ages ${role.min_age}–${role.max_age})`;
    $("#role-detail").hidden = false;
    $("#candidates tbody").replaceChildren();
    await loadShortlist();
    await readCandidates(undefined);
    $("#role-title").focus();
}

async function readCandidates(cursor: string | undefined): Promise<void> {
    const role = state.role!;
    const page = await api.listRoleCandidates(role.id, { sort: "name", page_size: 10, cursor });
    const listed = new Set(shortlistActorIds);
    const rows = page.items.map((actor) => {
        const onList = listed.has(actor.id);
        const button = el("button", { type: "button", disabled: onList || role.actor_id !== null }, "Shortlist");
        button.setAttribute("aria-label", `Shortlist ${actor.name}`);
        const markListed = () => {
            button.textContent = "On shortlist";
            button.setAttribute("aria-label", `${actor.name} is on the shortlist`);
            button.disabled = true;
        };
        if (onList) markListed();
        button.addEventListener("click", () => void attempt(button, async () => {
            const created = await api.createShortlistEntry(role.id, { actor_id: actor.id, note: "Shortlisted from the casting board" });
            log(`shortlisted ${actor.name} (entry ${created.data.created})`);
            await loadShortlist();
        }).then(() => { if (shortlistActorIds.includes(actor.id)) markListed(); }));
        const row = el("tr", {}, el("td", {}, actor.name), el("td", {}, String(actor.age)), el("td", {}, actor.gender), el("td", {}, actor.location ?? "—"), el("td", {}, button));
        row.dataset.actorId = String(actor.id);
        return row;
    });
    $("#candidates tbody").append(...rows);
    state.candidateCursor = page.nextCursor;
    $("#candidates-summary").textContent = `${page.total ?? "?"} candidates fit the role.`;
    $<HTMLButtonElement>("#candidates-next").disabled = !page.nextCursor;
}

let shortlistActorIds: number[] = [];

async function loadShortlist(): Promise<void> {
    const role = state.role!;
    const entries: ShortlistEntryDto[] = [];
    for await (const entry of api.all.listRoleShortlist(role.id, { sort: "created_at" })) entries.push(entry);
    shortlistActorIds = entries.map((e) => e.actor_id!).filter((id) => id !== undefined);
    // One request for the names: the id filter takes up to 100 ids (any of).
    const names = new Map<number, string>();
    if (shortlistActorIds.length) {
        const { items } = await api.listActors({ id: shortlistActorIds.slice(0, 100), page_size: 100 });
        for (const actor of items) names.set(actor.id, actor.name);
    }
    $("#shortlist").replaceChildren(...entries.map((entry) => shortlistItem(entry, names.get(entry.actor_id!) ?? `actor ${entry.actor_id}`)));
}

function shortlistItem(entry: ShortlistEntryDto, actorName: string): HTMLLIElement {
    const id = `entry-${entry.id}`;
    const start = el("input", { type: "datetime-local", id: `${id}-start`, name: "starts_at", required: true, value: defaultStart() });
    const minutes = el("input", { type: "number", id: `${id}-minutes`, name: "minutes", min: "15", max: "480", step: "15", value: "45", required: true });
    const place = el("input", { type: "text", id: `${id}-location`, name: "location", value: "Studio 1", maxLength: 200 });
    const submit = el("button", { type: "submit" }, "Book audition");
    const form = el(
        "form",
        { className: "row booking" },
        el("label", { htmlFor: start.id }, "Starts"), start,
        el("label", { htmlFor: minutes.id }, "Minutes"), minutes,
        el("label", { htmlFor: place.id }, "Location"), place,
        submit,
    );
    form.setAttribute("aria-label", `Book an audition for ${actorName}`);
    const status = el("span", { className: "badge" }, entry.status ?? "");
    form.addEventListener("submit", (event) => {
        event.preventDefault();
        void attempt(submit, async () => {
            const startsAt = new Date(start.value);
            if (Number.isNaN(startsAt.getTime())) throw new Error("Pick when the audition starts.");
            const endsAt = new Date(startsAt.getTime() + Number(minutes.value) * 60_000);
            // datetime-local has no offset; the API wants one, so send UTC.
            const booked = await api.bookAppointment(entry.id!, {
                kind: "audition",
                starts_at: startsAt.toISOString(),
                ends_at: endsAt.toISOString(),
                location: place.value.trim() || null,
            });
            const a = booked.data.appointment;
            log(`booked an audition for ${actorName}: ${a.starts_at} – ${a.ends_at} (appointment ${booked.data.created})`);
            item.querySelector(".booked")!.textContent = `Audition booked: ${new Date(a.starts_at!).toLocaleString()} at ${a.location ?? "—"}.`;
        });
    });
    const item = el(
        "li",
        { id },
        el("strong", {}, actorName), " ", status,
        entry.note ? el("p", { className: "muted" }, entry.note) : "",
        form,
        el("p", { className: "booked", role: "status" }),
    );
    item.dataset.actorName = actorName;
    return item;
}

function defaultStart(): string {
    const d = new Date(Date.now() + 14 * 24 * 3600_000);
    d.setHours(10, 0, 0, 0);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`;
}

// ---- the agency: roster, open breakdowns, submissions (a talent agent's token: org_id is the agency)

const agency = {
    roster: [] as ActorDto[],
    breakdowns: [] as BreakdownDto[],
    roleNames: new Map<number, string>(),
    pollTimer: undefined as number | undefined,
};
const pollEveryMs = 2000;

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;

async function loadAgency(): Promise<void> {
    await loadRoster();
    await loadBreakdowns();
    await loadSubmissions();
}

async function loadRoster(): Promise<void> {
    const actors: ActorDto[] = [];
    for await (const actor of api.all.listRoster({ sort: "name", page_size: 100 })) actors.push(actor);
    agency.roster = actors;
    $("#roster").replaceChildren(
        ...actors.map((a) => {
            const item = el("li", {}, el("strong", {}, a.name), ` — ${a.age}, ${a.gender}`);
            item.dataset.actorId = String(a.id);
            return item;
        }),
    );
    $("#roster-summary").textContent = `${count(actors.length, "client")} on the roster.`;
}

/** The casting rule, as the API applies it: the role's gender unless it is "any", and an age in its range. */
function fits(actor: ActorDto, role: BreakdownDto): boolean {
    return (role.gender === "any" || role.gender === actor.gender) && actor.age >= role.min_age && actor.age <= role.max_age;
}

async function loadBreakdowns(): Promise<void> {
    const page = await api.listBreakdowns({ page_size: 20 });
    agency.breakdowns = page.items;
    for (const b of page.items) agency.roleNames.set(b.role_id, `${b.name} (${b.movie_title})`);
    renderBreakdowns();
    const total = page.total ?? page.items.length;
    $("#breakdowns-summary").textContent = total ? `${count(total, "open breakdown")}${page.nextCursor ? ` (the newest ${page.items.length})` : ""}.` : "No open breakdown.";
}

function renderBreakdowns(): void {
    $("#breakdowns").replaceChildren(
        ...agency.breakdowns.map((b) => {
            const selectId = `b-${b.role_id}-client`;
            const fitting = agency.roster.filter((a) => fits(a, b));
            const select = el("select", { id: selectId, name: "actor_id", disabled: fitting.length === 0 },
                ...(fitting.length ? fitting.map((a) => el("option", { value: String(a.id) }, `${a.name} (${a.age})`)) : [el("option", { value: "" }, "No client fits")]));
            const submit = el("button", { type: "submit", disabled: fitting.length === 0 }, "Submit");
            const form = el("form", { className: "row" }, el("label", { htmlFor: selectId }, "Client"), select, submit);
            form.setAttribute("aria-label", `Submit a client for ${b.name}`);
            form.addEventListener("submit", (event) => {
                event.preventDefault();
                void attempt(submit, async () => {
                    // One key per intended submission: a retry of this same click could not submit the client twice.
                    const created = await api.createSubmission(b.role_id, { actor_id: Number(select.value), note: "Submitted from the casting board" }, { idempotencyKey: crypto.randomUUID() });
                    log(`submitted ${select.selectedOptions[0]?.textContent ?? "a client"} for ${b.name} (submission ${created.data.created})`);
                    await loadSubmissions();
                });
            });
            const close = b.submissions_close_at ? `closes ${new Date(b.submissions_close_at).toLocaleString()}` : "open until cast";
            const item = el(
                "li",
                { className: "open" },
                el("strong", {}, b.name), ` — ${b.movie_title}${b.company ? ` (${b.company})` : ""}; ${b.gender}, ${b.min_age}–${b.max_age}; ${close}`,
                b.description ? el("p", { className: "muted" }, b.description) : "",
                form,
            );
            item.dataset.roleId = String(b.role_id);
            return item;
        }),
    );
}

async function loadSubmissions(): Promise<void> {
    const page = await api.listSubmissions({ page_size: 50 });
    renderSubmissions(page.items);
    const total = page.total ?? page.items.length;
    $("#submissions-summary").textContent = total ? `${count(total, "submission")}.` : "No submission yet.";
    // Follow the casting team's decisions while one is still open.
    stopPolling();
    if (document.body.dataset.role === "talent_agent" && page.items.some((s) => s.status === "submitted")) {
        agency.pollTimer = window.setTimeout(() => void loadSubmissions().catch(showProblem), pollEveryMs);
    }
}

function stopPolling(): void {
    if (agency.pollTimer !== undefined) window.clearTimeout(agency.pollTimer);
    agency.pollTimer = undefined;
}

function renderSubmissions(submissions: SubmissionDto[]): void {
    const names = new Map(agency.roster.map((a) => [a.id, a.name]));
    $("#submissions tbody").replaceChildren(
        ...submissions.map((s) => {
            const row = el(
                "tr",
                {},
                el("td", {}, names.get(s.actor_id) ?? `actor ${s.actor_id}`),
                el("td", {}, agency.roleNames.get(s.role_id) ?? `role ${s.role_id}`),
                el("td", {}, el("span", { className: `badge status-${s.status}` }, s.status)),
                el("td", {}, new Date(s.created_at).toLocaleString()),
            );
            row.dataset.submissionId = String(s.id);
            row.dataset.roleId = String(s.role_id);
            row.dataset.actorId = String(s.actor_id);
            row.dataset.status = s.status;
            return row;
        }),
    );
}

async function addClient(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const created = await api.createRosterActor({
        name: String(data.get("name") ?? "").trim(),
        age: Number(data.get("age")),
        gender: String(data.get("gender")) as ActorDto["gender"],
    });
    log(`added ${created.data.actor.name} to the roster (actor ${created.data.created})`);
    form.reset();
    await loadRoster();
    renderBreakdowns();
}

// ---- wiring

function setUpFilters(): void {
    $("#f-genders").append(
        ...genders.map((g) => {
            const input = el("input", { type: "checkbox", name: "gender", value: g, id: `f-gender-${g}` });
            return el("span", { className: "check" }, input, el("label", { htmlFor: input.id }, g));
        }),
    );
    $("#f-sort").append(
        ...sortFields.listActors.flatMap((field) => [
            el("option", { value: field }, `${field.replace("_", " ")} ↑`),
            el("option", { value: `-${field}` }, `${field.replace("_", " ")} ↓`),
        ]),
    );
    $<HTMLSelectElement>("#f-sort").value = "name";
    $("#c-gender").append(...genders.map((g) => el("option", { value: g }, g)));
}

setUpFilters();
$("#problem").tabIndex = -1;
$("#role-title").tabIndex = -1;
$("#problem-dismiss").addEventListener("click", hideProblem);
$("#signin").addEventListener("submit", (event) => {
    event.preventDefault();
    const button = (event.currentTarget as HTMLFormElement).querySelector("button");
    void attempt(button, () => signIn($<HTMLSelectElement>("#dev-role").value as DevRole, $<HTMLInputElement>("#dev-org").value.trim()));
});
$("#roster-add").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    void attempt(form.querySelector("button"), () => addClient(form));
});
$("#submissions-refresh").addEventListener("click", (event) => {
    void attempt(event.currentTarget as HTMLButtonElement, loadSubmissions);
});
$("#actor-filters").addEventListener("submit", (event) => {
    event.preventDefault();
    const button = (event.currentTarget as HTMLFormElement).querySelector<HTMLButtonElement>("button[type=submit]");
    void attempt(button, searchActors);
});
$("#actors-next").addEventListener("click", (event) => {
    const button = event.currentTarget as HTMLButtonElement;
    void attempt(button, () => readActorPage(state.actorCursor ?? undefined)).then(() => { button.disabled = !state.actorCursor; });
});
$("#candidates-next").addEventListener("click", (event) => {
    const button = event.currentTarget as HTMLButtonElement;
    void attempt(button, () => readCandidates(state.candidateCursor ?? undefined)).then(() => { button.disabled = !state.candidateCursor; });
});
$<HTMLSelectElement>("#movie").addEventListener("change", (event) => {
    const value = (event.currentTarget as HTMLSelectElement).value;
    if (value) void attempt(null, () => loadRoles(Number(value)));
});
document.body.dataset.ready = "true";
