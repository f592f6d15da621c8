import { Transport, walkItems, walkPages } from "./runtime.js";
// ---- enum values
/** Every AppointmentKind value, in the document's order (for dropdowns and checks). What an appointment is for. */
export const appointmentKinds = ["audition", "callback"];
/** Every AppointmentStatus value, in the document's order (for dropdowns and checks). The state of an appointment (docs/api.md §9). */
export const appointmentStatuses = ["scheduled", "confirmed", "declined", "completed", "no_show", "canceled"];
/** Every AuditAction value, in the document's order (for dropdowns and checks). What a change did to a resource (docs/api.md, "Audit trail"). */
export const auditActions = ["create", "update", "delete"];
/** Every BodyType value, in the document's order (for dropdowns and checks). */
export const bodyTypes = ["average", "slim", "athletic", "muscular", "curvy", "heavyset", "plus-sized"];
/** Every Ethnicity value, in the document's order (for dropdowns and checks). */
export const ethnicities = ["asian", "black", "latino", "middle eastern", "south asian", "southeast asian", "white"];
/** Every EyeColor value, in the document's order (for dropdowns and checks). */
export const eyeColors = ["amber", "blue", "brown", "gray", "green", "hazel", "red", "violet"];
/** Every Gender value, in the document's order (for dropdowns and checks). An actor's gender. */
export const genders = ["female", "male", "non-binary"];
/** Every HairColor value, in the document's order (for dropdowns and checks). */
export const hairColors = ["black", "brown", "blond", "auburn", "chestnut", "red", "gray", "white", "bald"];
/** Every RoleGender value, in the document's order (for dropdowns and checks). The gender a role is written for; Any fits every actor. */
export const roleGenders = ["female", "male", "non-binary", "any"];
/** Every ShortlistStatus value, in the document's order (for dropdowns and checks). Where an actor stands in the casting of one role (docs/api.md §9). */
export const shortlistStatuses = ["shortlisted", "callback", "offered", "cast", "declined", "released"];
/** Every SubmissionStatus value, in the document's order (for dropdowns and checks). Where an agency's submission stands (contract §13): `selected` and `rejected` are final. */
export const submissionStatuses = ["submitted", "selected", "rejected"];
/** Every TeamPosition value, in the document's order (for dropdowns and checks). What a member of a production's team does on it (docs/api.md, "Who may see what"). */
export const teamPositions = ["producer", "director", "casting_director", "casting_assistant", "reader"];
/** The sortable fields of each list (for a sort dropdown). */
export const sortFields = {
    listActorAppointments: ["id", "starts_at"],
    listActors: ["id", "name", "age", "height"],
    listAppointments: ["id", "starts_at"],
    listAudit: ["id"],
    listBreakdowns: ["id", "published_at"],
    listMovies: ["id", "title", "release_date", "company"],
    listRoleCandidates: ["id", "name", "age", "height"],
    listRoles: ["id", "name", "min_age", "max_age"],
    listRoleShortlist: ["id", "created_at", "status"],
    listRoleSubmissions: ["id", "created_at"],
    listRoster: ["id", "name", "age", "height"],
    listSubmissions: ["id", "created_at"],
};
// ---- operations as read from the document (used by the runtime to build and check requests)
/** `POST /shortlist/{id}/appointments` as the runtime sends it. */
export const bookAppointmentOperation = {
    id: "bookAppointment",
    method: "POST",
    path: "/shortlist/{id}/appointments",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { idempotencyKey: "Idempotency-Key" },
    body: "required",
};
/** `POST /actors` as the runtime sends it. */
export const createActorOperation = {
    id: "createActor",
    method: "POST",
    path: "/actors",
    pathParams: [],
    query: {},
    headers: { idempotencyKey: "Idempotency-Key" },
    body: "required",
};
/** `POST /movies` as the runtime sends it. */
export const createMovieOperation = {
    id: "createMovie",
    method: "POST",
    path: "/movies",
    pathParams: [],
    query: {},
    headers: { idempotencyKey: "Idempotency-Key" },
    body: "required",
};
/** `POST /roles` as the runtime sends it. */
export const createRoleOperation = {
    id: "createRole",
    method: "POST",
    path: "/roles",
    pathParams: [],
    query: {},
    headers: { idempotencyKey: "Idempotency-Key" },
    body: "required",
};
/** `POST /roster` as the runtime sends it. */
export const createRosterActorOperation = {
    id: "createRosterActor",
    method: "POST",
    path: "/roster",
    pathParams: [],
    query: {},
    headers: { idempotencyKey: "Idempotency-Key" },
    body: "required",
};
/** `POST /roles/{id}/shortlist` as the runtime sends it. */
export const createShortlistEntryOperation = {
    id: "createShortlistEntry",
    method: "POST",
    path: "/roles/{id}/shortlist",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { idempotencyKey: "Idempotency-Key" },
    body: "required",
};
/** `POST /breakdowns/{id}/submissions` as the runtime sends it. */
export const createSubmissionOperation = {
    id: "createSubmission",
    method: "POST",
    path: "/breakdowns/{id}/submissions",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { idempotencyKey: "Idempotency-Key" },
    body: "required",
};
/** `DELETE /actors/{id}` as the runtime sends it. */
export const deleteActorOperation = {
    id: "deleteActor",
    method: "DELETE",
    path: "/actors/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifMatch: "If-Match" },
    body: "none",
};
/** `DELETE /appointments/{id}` as the runtime sends it. */
export const deleteAppointmentOperation = {
    id: "deleteAppointment",
    method: "DELETE",
    path: "/appointments/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifMatch: "If-Match" },
    body: "none",
};
/** `DELETE /movies/{id}` as the runtime sends it. */
export const deleteMovieOperation = {
    id: "deleteMovie",
    method: "DELETE",
    path: "/movies/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifMatch: "If-Match" },
    body: "none",
};
/** `DELETE /movies/{id}/team/{sub}` as the runtime sends it. */
export const deleteMovieTeamMemberOperation = {
    id: "deleteMovieTeamMember",
    method: "DELETE",
    path: "/movies/{id}/team/{sub}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }, { name: "sub", kind: "string" }],
    query: {},
    headers: {},
    body: "none",
};
/** `DELETE /roles/{id}` as the runtime sends it. */
export const deleteRoleOperation = {
    id: "deleteRole",
    method: "DELETE",
    path: "/roles/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifMatch: "If-Match" },
    body: "none",
};
/** `DELETE /shortlist/{id}` as the runtime sends it. */
export const deleteShortlistEntryOperation = {
    id: "deleteShortlistEntry",
    method: "DELETE",
    path: "/shortlist/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifMatch: "If-Match" },
    body: "none",
};
/** `DELETE /submissions/{id}` as the runtime sends it. */
export const deleteSubmissionOperation = {
    id: "deleteSubmission",
    method: "DELETE",
    path: "/submissions/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifMatch: "If-Match" },
    body: "none",
};
/** `GET /actors/{id}` as the runtime sends it. */
export const getActorOperation = {
    id: "getActor",
    method: "GET",
    path: "/actors/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifNoneMatch: "If-None-Match" },
    body: "none",
};
/** `GET /appointments/{id}` as the runtime sends it. */
export const getAppointmentOperation = {
    id: "getAppointment",
    method: "GET",
    path: "/appointments/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifNoneMatch: "If-None-Match" },
    body: "none",
};
/** `GET /breakdowns/{id}` as the runtime sends it. */
export const getBreakdownOperation = {
    id: "getBreakdown",
    method: "GET",
    path: "/breakdowns/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: {},
    body: "none",
};
/** `GET /movies/{id}` as the runtime sends it. */
export const getMovieOperation = {
    id: "getMovie",
    method: "GET",
    path: "/movies/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifNoneMatch: "If-None-Match" },
    body: "none",
};
/** `GET /movies/{id}/team` as the runtime sends it. */
export const getMovieTeamOperation = {
    id: "getMovieTeam",
    method: "GET",
    path: "/movies/{id}/team",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: {},
    body: "none",
};
/** `GET /roles/{id}` as the runtime sends it. */
export const getRoleOperation = {
    id: "getRole",
    method: "GET",
    path: "/roles/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifNoneMatch: "If-None-Match" },
    body: "none",
};
/** `GET /roster/{id}` as the runtime sends it. */
export const getRosterActorOperation = {
    id: "getRosterActor",
    method: "GET",
    path: "/roster/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifNoneMatch: "If-None-Match" },
    body: "none",
};
/** `GET /shortlist/{id}` as the runtime sends it. */
export const getShortlistEntryOperation = {
    id: "getShortlistEntry",
    method: "GET",
    path: "/shortlist/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifNoneMatch: "If-None-Match" },
    body: "none",
};
/** `GET /shortlist/{id}/history` as the runtime sends it. */
export const getShortlistHistoryOperation = {
    id: "getShortlistHistory",
    method: "GET",
    path: "/shortlist/{id}/history",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: {},
    body: "none",
};
/** `GET /submissions/{id}` as the runtime sends it. */
export const getSubmissionOperation = {
    id: "getSubmission",
    method: "GET",
    path: "/submissions/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifNoneMatch: "If-None-Match" },
    body: "none",
};
/** `GET /actors/{id}/appointments` as the runtime sends it. */
export const listActorAppointmentsOperation = {
    id: "listActorAppointments",
    method: "GET",
    path: "/actors/{id}/appointments",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: { actor_id: "integer", role_id: "integer", movie_id: "integer", kind: "string", status: "string[]", from: "string", to: "string", id: "integer[]", page: "integer", page_size: "integer", sort: "string", cursor: "string", include_total: "boolean" },
    headers: {},
    body: "none",
    list: { items: "appointments", total: "total_appointments", cursor: "next_cursor" },
};
/** `GET /actors/{id}/roles` as the runtime sends it. */
export const listActorRolesOperation = {
    id: "listActorRoles",
    method: "GET",
    path: "/actors/{id}/roles",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: {},
    body: "none",
};
/** `GET /actors` as the runtime sends it. */
export const listActorsOperation = {
    id: "listActors",
    method: "GET",
    path: "/actors",
    pathParams: [],
    query: { name: "string", age: "integer", min_age: "integer", max_age: "integer", gender: "string[]", location: "string", passport: "boolean", driver_license: "boolean", ethnicity: "string[]", hair_color: "string[]", eye_color: "string[]", body_type: "string[]", height: "integer", min_height: "integer", max_height: "integer", email: "string", union_member: "boolean", id: "integer[]", page: "integer", page_size: "integer", sort: "string", search_term: "string", cursor: "string", include_total: "boolean" },
    headers: {},
    body: "none",
    list: { items: "actors", total: "total_actors", cursor: "next_cursor" },
};
/** `GET /appointments` as the runtime sends it. */
export const listAppointmentsOperation = {
    id: "listAppointments",
    method: "GET",
    path: "/appointments",
    pathParams: [],
    query: { actor_id: "integer", role_id: "integer", movie_id: "integer", kind: "string", status: "string[]", from: "string", to: "string", id: "integer[]", page: "integer", page_size: "integer", sort: "string", cursor: "string", include_total: "boolean" },
    headers: {},
    body: "none",
    list: { items: "appointments", total: "total_appointments", cursor: "next_cursor" },
};
/** `GET /audit` as the runtime sends it. */
export const listAuditOperation = {
    id: "listAudit",
    method: "GET",
    path: "/audit",
    pathParams: [],
    query: { resource: "string", resource_id: "integer", movie_id: "integer", by: "string", action: "string", from: "string", to: "string", page: "integer", page_size: "integer", sort: "string", cursor: "string", include_total: "boolean" },
    headers: {},
    body: "none",
    list: { items: "audit", total: "total_audit", cursor: "next_cursor" },
};
/** `GET /breakdowns` as the runtime sends it. */
export const listBreakdownsOperation = {
    id: "listBreakdowns",
    method: "GET",
    path: "/breakdowns",
    pathParams: [],
    query: { gender: "string[]", age: "integer", id: "integer[]", page: "integer", page_size: "integer", sort: "string", cursor: "string", include_total: "boolean" },
    headers: {},
    body: "none",
    list: { items: "breakdowns", total: "total_breakdowns", cursor: "next_cursor" },
};
/** `GET /movies/{id}/roles` as the runtime sends it. */
export const listMovieRolesOperation = {
    id: "listMovieRoles",
    method: "GET",
    path: "/movies/{id}/roles",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: {},
    body: "none",
};
/** `GET /movies` as the runtime sends it. */
export const listMoviesOperation = {
    id: "listMovies",
    method: "GET",
    path: "/movies",
    pathParams: [],
    query: { title: "string", company: "string", release_date: "string", min_release_date: "string", max_release_date: "string", confidential: "boolean", id: "integer[]", page: "integer", page_size: "integer", sort: "string", search_term: "string", cursor: "string", include_total: "boolean" },
    headers: {},
    body: "none",
    list: { items: "movies", total: "total_movies", cursor: "next_cursor" },
};
/** `GET /roles/{id}/candidates` as the runtime sends it. */
export const listRoleCandidatesOperation = {
    id: "listRoleCandidates",
    method: "GET",
    path: "/roles/{id}/candidates",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: { name: "string", age: "integer", min_age: "integer", max_age: "integer", gender: "string[]", location: "string", passport: "boolean", driver_license: "boolean", ethnicity: "string[]", hair_color: "string[]", eye_color: "string[]", body_type: "string[]", height: "integer", min_height: "integer", max_height: "integer", email: "string", union_member: "boolean", id: "integer[]", page: "integer", page_size: "integer", sort: "string", search_term: "string", cursor: "string", include_total: "boolean" },
    headers: {},
    body: "none",
    list: { items: "actors", total: "total_actors", cursor: "next_cursor" },
};
/** `GET /roles` as the runtime sends it. */
export const listRolesOperation = {
    id: "listRoles",
    method: "GET",
    path: "/roles",
    pathParams: [],
    query: { movie_id: "integer", actor_id: "integer", name: "string", gender: "string[]", cast: "boolean", age: "integer", min_age: "integer", max_age: "integer", id: "integer[]", page: "integer", page_size: "integer", sort: "string", search_term: "string", cursor: "string", include_total: "boolean" },
    headers: {},
    body: "none",
    list: { items: "roles", total: "total_roles", cursor: "next_cursor" },
};
/** `GET /roles/{id}/shortlist` as the runtime sends it. */
export const listRoleShortlistOperation = {
    id: "listRoleShortlist",
    method: "GET",
    path: "/roles/{id}/shortlist",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: { status: "string[]", actor_id: "integer", id: "integer[]", page: "integer", page_size: "integer", sort: "string", cursor: "string", include_total: "boolean" },
    headers: {},
    body: "none",
    list: { items: "shortlist", total: "total_shortlist", cursor: "next_cursor" },
};
/** `GET /roles/{id}/submissions` as the runtime sends it. */
export const listRoleSubmissionsOperation = {
    id: "listRoleSubmissions",
    method: "GET",
    path: "/roles/{id}/submissions",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: { status: "string[]", role_id: "integer", agency_id: "string", id: "integer[]", page: "integer", page_size: "integer", sort: "string", cursor: "string", include_total: "boolean" },
    headers: {},
    body: "none",
    list: { items: "submissions", total: "total_submissions", cursor: "next_cursor" },
};
/** `GET /roster` as the runtime sends it. */
export const listRosterOperation = {
    id: "listRoster",
    method: "GET",
    path: "/roster",
    pathParams: [],
    query: { name: "string", age: "integer", min_age: "integer", max_age: "integer", gender: "string[]", location: "string", passport: "boolean", driver_license: "boolean", ethnicity: "string[]", hair_color: "string[]", eye_color: "string[]", body_type: "string[]", height: "integer", min_height: "integer", max_height: "integer", email: "string", union_member: "boolean", id: "integer[]", page: "integer", page_size: "integer", sort: "string", search_term: "string", cursor: "string", include_total: "boolean" },
    headers: {},
    body: "none",
    list: { items: "actors", total: "total_actors", cursor: "next_cursor" },
};
/** `GET /submissions` as the runtime sends it. */
export const listSubmissionsOperation = {
    id: "listSubmissions",
    method: "GET",
    path: "/submissions",
    pathParams: [],
    query: { status: "string[]", role_id: "integer", agency_id: "string", id: "integer[]", page: "integer", page_size: "integer", sort: "string", cursor: "string", include_total: "boolean" },
    headers: {},
    body: "none",
    list: { items: "submissions", total: "total_submissions", cursor: "next_cursor" },
};
/** `PUT /movies/{id}/team/{sub}` as the runtime sends it. */
export const putMovieTeamMemberOperation = {
    id: "putMovieTeamMember",
    method: "PUT",
    path: "/movies/{id}/team/{sub}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }, { name: "sub", kind: "string" }],
    query: {},
    headers: {},
    body: "required",
};
/** `PATCH /actors/{id}` as the runtime sends it. */
export const updateActorOperation = {
    id: "updateActor",
    method: "PATCH",
    path: "/actors/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifMatch: "If-Match" },
    body: "required",
};
/** `PATCH /appointments/{id}` as the runtime sends it. */
export const updateAppointmentOperation = {
    id: "updateAppointment",
    method: "PATCH",
    path: "/appointments/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifMatch: "If-Match" },
    body: "required",
};
/** `PATCH /movies/{id}` as the runtime sends it. */
export const updateMovieOperation = {
    id: "updateMovie",
    method: "PATCH",
    path: "/movies/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifMatch: "If-Match" },
    body: "required",
};
/** `PATCH /roles/{id}` as the runtime sends it. */
export const updateRoleOperation = {
    id: "updateRole",
    method: "PATCH",
    path: "/roles/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifMatch: "If-Match" },
    body: "required",
};
/** `PATCH /roster/{id}` as the runtime sends it. */
export const updateRosterActorOperation = {
    id: "updateRosterActor",
    method: "PATCH",
    path: "/roster/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifMatch: "If-Match" },
    body: "required",
};
/** `PATCH /shortlist/{id}` as the runtime sends it. */
export const updateShortlistEntryOperation = {
    id: "updateShortlistEntry",
    method: "PATCH",
    path: "/shortlist/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifMatch: "If-Match" },
    body: "required",
};
/** `PATCH /submissions/{id}` as the runtime sends it. */
export const updateSubmissionOperation = {
    id: "updateSubmission",
    method: "PATCH",
    path: "/submissions/{id}",
    pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
    query: {},
    headers: { ifMatch: "If-Match" },
    body: "required",
};
/** Every operation by its operationId. */
export const operations = {
    bookAppointment: bookAppointmentOperation,
    createActor: createActorOperation,
    createMovie: createMovieOperation,
    createRole: createRoleOperation,
    createRosterActor: createRosterActorOperation,
    createShortlistEntry: createShortlistEntryOperation,
    createSubmission: createSubmissionOperation,
    deleteActor: deleteActorOperation,
    deleteAppointment: deleteAppointmentOperation,
    deleteMovie: deleteMovieOperation,
    deleteMovieTeamMember: deleteMovieTeamMemberOperation,
    deleteRole: deleteRoleOperation,
    deleteShortlistEntry: deleteShortlistEntryOperation,
    deleteSubmission: deleteSubmissionOperation,
    getActor: getActorOperation,
    getAppointment: getAppointmentOperation,
    getBreakdown: getBreakdownOperation,
    getMovie: getMovieOperation,
    getMovieTeam: getMovieTeamOperation,
    getRole: getRoleOperation,
    getRosterActor: getRosterActorOperation,
    getShortlistEntry: getShortlistEntryOperation,
    getShortlistHistory: getShortlistHistoryOperation,
    getSubmission: getSubmissionOperation,
    listActorAppointments: listActorAppointmentsOperation,
    listActorRoles: listActorRolesOperation,
    listActors: listActorsOperation,
    listAppointments: listAppointmentsOperation,
    listAudit: listAuditOperation,
    listBreakdowns: listBreakdownsOperation,
    listMovieRoles: listMovieRolesOperation,
    listMovies: listMoviesOperation,
    listRoleCandidates: listRoleCandidatesOperation,
    listRoles: listRolesOperation,
    listRoleShortlist: listRoleShortlistOperation,
    listRoleSubmissions: listRoleSubmissionsOperation,
    listRoster: listRosterOperation,
    listSubmissions: listSubmissionsOperation,
    putMovieTeamMember: putMovieTeamMemberOperation,
    updateActor: updateActorOperation,
    updateAppointment: updateAppointmentOperation,
    updateMovie: updateMovieOperation,
    updateRole: updateRoleOperation,
    updateRosterActor: updateRosterActorOperation,
    updateShortlistEntry: updateShortlistEntryOperation,
    updateSubmission: updateSubmissionOperation,
};
/** The document's info.version ("v1"); the package's version is derived from it. */
export const apiVersion = "v1";
// ---- one function per operation: import only what you call, and the bundle holds only that (and the runtime)
/**
 * Book an audition or callback for the entry (shortlisted or callback; a callback needs callback). An actor's appointments never overlap: an overlap is refused with 409 naming the other appointment.
 *
 * **Permission:** `post:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `POST /shortlist/{id}/appointments`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `POST /shortlist/{id}/appointments`.
 * @param params idempotencyKey, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function bookAppointment(client, id, body, params = {}) {
    return client.send(bookAppointmentOperation, [id], body, params);
}
/**
 * Create an actor.
 *
 * **Permission:** `post:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `POST /actors`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param body The body of `POST /actors`. Enums are wire names, matched case-insensitively.
 * @param params idempotencyKey, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function createActor(client, body, params = {}) {
    return client.send(createActorOperation, [], body, params);
}
/**
 * Create a movie.
 *
 * **Permission:** `post:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `POST /movies`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param body The body of `POST /movies`.
 * @param params idempotencyKey, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function createMovie(client, body, params = {}) {
    return client.send(createMovieOperation, [], body, params);
}
/**
 * Create a role, optionally cast with an actor who fits it.
 *
 * **Permission:** `post:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `POST /roles`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param body The body of `POST /roles`. Value types are nullable so that a missing required field is a 422.
 * @param params idempotencyKey, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function createRole(client, body, params = {}) {
    return client.send(createRoleOperation, [], body, params);
}
/**
 * Add an actor to the agency's roster (an actor body, as POST /actors; agency_id is the caller's).
 *
 * **Permission:** `manage:roster` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `POST /roster`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param body The body of `POST /actors`. Enums are wire names, matched case-insensitively.
 * @param params idempotencyKey, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function createRosterActor(client, body, params = {}) {
    return client.send(createRosterActorOperation, [], body, params);
}
/**
 * Shortlist an actor for the role. The actor must fit it by the casting rule; a role lists an actor at most once, and a role that is cast takes no new entries (409).
 *
 * **Permission:** `post:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `POST /roles/{id}/shortlist`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `POST /roles/{id}/shortlist`.
 * @param params idempotencyKey, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function createShortlistEntry(client, id, body, params = {}) {
    return client.send(createShortlistEntryOperation, [id], body, params);
}
/**
 * Submit an actor of the agency's roster to an open breakdown (422 when the actor is not on the roster, 404 when the breakdown is not listed, 409 when the actor does not fit the role or is already submitted to it).
 *
 * **Permission:** `post:submissions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `POST /breakdowns/{id}/submissions`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `POST /breakdowns/{role_id}/submissions`: a roster actor, and a note for the casting team.
 * @param params idempotencyKey, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function createSubmission(client, id, body, params = {}) {
    return client.send(createSubmissionOperation, [id], body, params);
}
/**
 * Delete an actor; the roles they held become open. Honours If-Match.
 *
 * **Permission:** `delete:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `DELETE /actors/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function deleteActor(client, id, params = {}) {
    return client.send(deleteActorOperation, [id], undefined, params);
}
/**
 * Delete an appointment. Honours If-Match.
 *
 * **Permission:** `delete:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `DELETE /appointments/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function deleteAppointment(client, id, params = {}) {
    return client.send(deleteAppointmentOperation, [id], undefined, params);
}
/**
 * Delete a movie and its roles. Honours If-Match.
 *
 * **Permission:** `delete:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `DELETE /movies/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function deleteMovie(client, id, params = {}) {
    return client.send(deleteMovieOperation, [id], undefined, params);
}
/**
 * Take the subject off the team (404 when it is not on it).
 *
 * **Permission:** `manage:teams` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `DELETE /movies/{id}/team/{sub}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param sub A token subject, URL-encoded (auth0|abc is auth0%7Cabc), 1–255 characters.
 * @param params signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function deleteMovieTeamMember(client, id, sub, params = {}) {
    return client.send(deleteMovieTeamMemberOperation, [id, sub], undefined, params);
}
/**
 * Delete a role. Honours If-Match.
 *
 * **Permission:** `delete:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `DELETE /roles/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function deleteRole(client, id, params = {}) {
    return client.send(deleteRoleOperation, [id], undefined, params);
}
/**
 * Remove an entry that is not cast (409 if it is), with its appointments. Honours If-Match.
 *
 * **Permission:** `delete:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `DELETE /shortlist/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function deleteShortlistEntry(client, id, params = {}) {
    return client.send(deleteShortlistEntryOperation, [id], undefined, params);
}
/**
 * Withdraw one of the agency's submissions while it is submitted (409 once decided). Honours If-Match.
 *
 * **Permission:** `post:submissions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `DELETE /submissions/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function deleteSubmission(client, id, params = {}) {
    return client.send(deleteSubmissionOperation, [id], undefined, params);
}
export function getActor(client, id, params = {}) {
    return client.send(getActorOperation, [id], undefined, params);
}
export function getAppointment(client, id, params = {}) {
    return client.send(getAppointmentOperation, [id], undefined, params);
}
/**
 * One open breakdown, by its role's id (404 when the role is not listed).
 *
 * **Permission:** `get:breakdowns` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /breakdowns/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function getBreakdown(client, id, params = {}) {
    return client.send(getBreakdownOperation, [id], undefined, params);
}
export function getMovie(client, id, params = {}) {
    return client.send(getMovieOperation, [id], undefined, params);
}
/**
 * The movie's team, by added_at then sub.
 *
 * **Permission:** `get:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /movies/{id}/team`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function getMovieTeam(client, id, params = {}) {
    return client.send(getMovieTeamOperation, [id], undefined, params);
}
export function getRole(client, id, params = {}) {
    return client.send(getRoleOperation, [id], undefined, params);
}
export function getRosterActor(client, id, params = {}) {
    return client.send(getRosterActorOperation, [id], undefined, params);
}
export function getShortlistEntry(client, id, params = {}) {
    return client.send(getShortlistEntryOperation, [id], undefined, params);
}
/**
 * Every status the entry has had, oldest first, with when and by whom ("system" when a rule made it).
 *
 * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /shortlist/{id}/history`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function getShortlistHistory(client, id, params = {}) {
    return client.send(getShortlistHistoryOperation, [id], undefined, params);
}
export function getSubmission(client, id, params = {}) {
    return client.send(getSubmissionOperation, [id], undefined, params);
}
/**
 * One actor's schedule: the filters and paging of GET /appointments.
 *
 * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /actors/{id}/appointments`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function listActorAppointments(client, id, params = {}) {
    return client.send(listActorAppointmentsOperation, [id], undefined, params);
}
/**
 * The roles an actor holds.
 *
 * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /actors/{id}/roles`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function listActorRoles(client, id, params = {}) {
    return client.send(listActorRolesOperation, [id], undefined, params);
}
/**
 * List actors with paging, sorting, search and filters.
 *
 * **Permission:** `get:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /actors`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function listActors(client, params = {}) {
    return client.send(listActorsOperation, [], undefined, params);
}
/**
 * The schedule: appointments with paging, sorting (starts_at by default, or id) and filters.
 *
 * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /appointments`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function listAppointments(client, params = {}) {
    return client.send(listAppointmentsOperation, [], undefined, params);
}
/**
 * List audit records, newest first, with filters and the paging of lists.
 *
 * **Permission:** `read:audit` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /audit`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function listAudit(client, params = {}) {
    return client.send(listAuditOperation, [], undefined, params);
}
/**
 * The open breakdowns, newest published first.
 *
 * **Permission:** `get:breakdowns` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /breakdowns`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function listBreakdowns(client, params = {}) {
    return client.send(listBreakdownsOperation, [], undefined, params);
}
/**
 * All roles of a movie.
 *
 * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /movies/{id}/roles`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function listMovieRoles(client, id, params = {}) {
    return client.send(listMovieRolesOperation, [id], undefined, params);
}
/**
 * List movies with paging, sorting, search and filters.
 *
 * **Permission:** `get:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /movies`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function listMovies(client, params = {}) {
    return client.send(listMoviesOperation, [], undefined, params);
}
/**
 * The actors who fit the role by the casting rule, minus the one cast, narrowed by the actor filters.
 *
 * **Permission:** `get:roles` and `get:actors` (a bearer token whose `permissions` claim or scope holds both). Without a token: 401; without the permission: 403.
 *
 * `GET /roles/{id}/candidates`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function listRoleCandidates(client, id, params = {}) {
    return client.send(listRoleCandidatesOperation, [id], undefined, params);
}
/**
 * List roles with paging, sorting, search and filters.
 *
 * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /roles`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function listRoles(client, params = {}) {
    return client.send(listRolesOperation, [], undefined, params);
}
/**
 * The role's shortlist with paging, sorting (id, created_at, status) and filters (status any-of, actor_id).
 *
 * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /roles/{id}/shortlist`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function listRoleShortlist(client, id, params = {}) {
    return client.send(listRoleShortlistOperation, [id], undefined, params);
}
/**
 * A role's submissions, for the casting team.
 *
 * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /roles/{id}/submissions`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function listRoleSubmissions(client, id, params = {}) {
    return client.send(listRoleSubmissionsOperation, [id], undefined, params);
}
/**
 * The agency's actors, with the filters, sorting and paging of GET /actors.
 *
 * **Permission:** `manage:roster` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /roster`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function listRoster(client, params = {}) {
    return client.send(listRosterOperation, [], undefined, params);
}
/**
 * The agency's own submissions, newest first.
 *
 * **Permission:** `post:submissions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /submissions`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function listSubmissions(client, params = {}) {
    return client.send(listSubmissionsOperation, [], undefined, params);
}
/**
 * Add the subject to the team (201, Location: the team) or replace its position and name (200). The sub is URL-encoded in the path (auth0|abc is auth0%7Cabc; a / is %2F), 1–255 characters.
 *
 * **Permission:** `manage:teams` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `PUT /movies/{id}/team/{sub}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param sub A token subject, URL-encoded (auth0|abc is auth0%7Cabc), 1–255 characters.
 * @param body The body of `PUT /movies/{id}/team/{sub}`: adds the subject to the team, or replaces its position and name.
 * @param params signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function putMovieTeamMember(client, id, sub, body, params = {}) {
    return client.send(putMovieTeamMemberOperation, [id, sub], body, params);
}
/**
 * Change the properties present in the body. Honours If-Match. A new age or gender that no longer fits a role the actor holds is refused with 409.
 *
 * **Permission:** `patch:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `PATCH /actors/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `PATCH /actors/{id}`: only the properties present change; null clears an optional one.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function updateActor(client, id, body, params = {}) {
    return client.send(updateActorOperation, [id], body, params);
}
/**
 * Reschedule (starts_at, ends_at, location: the appointment becomes scheduled again; no overlap) or move the status (scheduled → confirmed | declined | completed | no_show | canceled; confirmed → completed | no_show | canceled | declined). Honours If-Match.
 *
 * **Permission:** `patch:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `PATCH /appointments/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `PATCH /appointments/{id}`: a reschedule (starts_at, ends_at, location) or a status move.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function updateAppointment(client, id, body, params = {}) {
    return client.send(updateAppointmentOperation, [id], body, params);
}
/**
 * Change the properties present in the body. Honours If-Match.
 *
 * **Permission:** `patch:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `PATCH /movies/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `PATCH /movies/{id}`: only the properties present change; null clears an optional one.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function updateMovie(client, id, body, params = {}) {
    return client.send(updateMovieOperation, [id], body, params);
}
/**
 * Change the properties present in the body: terms, movie, or the actor cast (null uncasts). Honours If-Match. An actor who does not fit is refused with 409.
 *
 * **Permission:** `patch:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `PATCH /roles/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `PATCH /roles/{id}`: only the properties present change. `actor_id: null`
 * leaves the role open; `description: null` clears it; the other fields must not be null.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function updateRole(client, id, body, params = {}) {
    return client.send(updateRoleOperation, [id], body, params);
}
/**
 * Change the properties present in the body, as PATCH /actors (agency_id excepted). Honours If-Match.
 *
 * **Permission:** `manage:roster` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `PATCH /roster/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `PATCH /actors/{id}`: only the properties present change; null clears an optional one.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function updateRosterActor(client, id, body, params = {}) {
    return client.send(updateRosterActorOperation, [id], body, params);
}
/**
 * Move the entry along the allowed edges (shortlisted → callback | offered | released; callback → offered | released; offered → cast | declined | released; released → shortlisted) and/or change its note. Offering and casting also need patch:roles (403); cast casts the role, releases the other entries and cancels the actor's open appointments for the role. Honours If-Match.
 *
 * **Permission:** `patch:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `PATCH /shortlist/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `PATCH /shortlist/{id}`: a status move along the allowed edges and/or the note.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function updateShortlistEntry(client, id, body, params = {}) {
    return client.send(updateShortlistEntryOperation, [id], body, params);
}
/**
 * Select (shortlisting the actor for the role in the same write) or reject a submitted one. Honours If-Match. Selecting is refused with 409, nothing changed, when the role is cast, already lists the actor or the actor no longer fits; a decided submission cannot change.
 *
 * **Permission:** `patch:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `PATCH /submissions/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `PATCH /submissions/{id}`: the casting team's decision.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export function updateSubmission(client, id, body, params = {}) {
    return client.send(updateSubmissionOperation, [id], body, params);
}
/**
 * Casting Agency API v1: one method per operation.
 *
 * Arguments: the path parameters, then the body (if any), then one object with the query parameters
 * (snake_case, as on the wire) and the request options (signal, headers, ifMatch, ifNoneMatch, idempotencyKey).
 * Every method resolves to an ApiResult ({ data, status, etag, location, headers }; lists add items, total,
 * nextCursor) and rejects with an ApiError. Works in browsers and in Node 18+ (global fetch).
 */
export class CastingAgencyApi {
    /** The transport every method sends through; the per-operation functions take it too: `getActor(api.transport, 1)`. */
    transport;
    constructor(options) {
        this.transport = new Transport(options);
    }
    /**
     * Book an audition or callback for the entry (shortlisted or callback; a callback needs callback). An actor's appointments never overlap: an overlap is refused with 409 naming the other appointment.
     *
     * **Permission:** `post:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /shortlist/{id}/appointments`
     * @param id The resource id.
     * @param body The body of `POST /shortlist/{id}/appointments`.
     * @param params idempotencyKey, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    bookAppointment(id, body, params = {}) {
        return bookAppointment(this.transport, id, body, params);
    }
    /**
     * Create an actor.
     *
     * **Permission:** `post:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /actors`
     * @param body The body of `POST /actors`. Enums are wire names, matched case-insensitively.
     * @param params idempotencyKey, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    createActor(body, params = {}) {
        return createActor(this.transport, body, params);
    }
    /**
     * Create a movie.
     *
     * **Permission:** `post:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /movies`
     * @param body The body of `POST /movies`.
     * @param params idempotencyKey, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    createMovie(body, params = {}) {
        return createMovie(this.transport, body, params);
    }
    /**
     * Create a role, optionally cast with an actor who fits it.
     *
     * **Permission:** `post:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /roles`
     * @param body The body of `POST /roles`. Value types are nullable so that a missing required field is a 422.
     * @param params idempotencyKey, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    createRole(body, params = {}) {
        return createRole(this.transport, body, params);
    }
    /**
     * Add an actor to the agency's roster (an actor body, as POST /actors; agency_id is the caller's).
     *
     * **Permission:** `manage:roster` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /roster`
     * @param body The body of `POST /actors`. Enums are wire names, matched case-insensitively.
     * @param params idempotencyKey, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    createRosterActor(body, params = {}) {
        return createRosterActor(this.transport, body, params);
    }
    /**
     * Shortlist an actor for the role. The actor must fit it by the casting rule; a role lists an actor at most once, and a role that is cast takes no new entries (409).
     *
     * **Permission:** `post:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /roles/{id}/shortlist`
     * @param id The resource id.
     * @param body The body of `POST /roles/{id}/shortlist`.
     * @param params idempotencyKey, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    createShortlistEntry(id, body, params = {}) {
        return createShortlistEntry(this.transport, id, body, params);
    }
    /**
     * Submit an actor of the agency's roster to an open breakdown (422 when the actor is not on the roster, 404 when the breakdown is not listed, 409 when the actor does not fit the role or is already submitted to it).
     *
     * **Permission:** `post:submissions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /breakdowns/{id}/submissions`
     * @param id The resource id.
     * @param body The body of `POST /breakdowns/{role_id}/submissions`: a roster actor, and a note for the casting team.
     * @param params idempotencyKey, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    createSubmission(id, body, params = {}) {
        return createSubmission(this.transport, id, body, params);
    }
    /**
     * Delete an actor; the roles they held become open. Honours If-Match.
     *
     * **Permission:** `delete:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /actors/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    deleteActor(id, params = {}) {
        return deleteActor(this.transport, id, params);
    }
    /**
     * Delete an appointment. Honours If-Match.
     *
     * **Permission:** `delete:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /appointments/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    deleteAppointment(id, params = {}) {
        return deleteAppointment(this.transport, id, params);
    }
    /**
     * Delete a movie and its roles. Honours If-Match.
     *
     * **Permission:** `delete:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /movies/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    deleteMovie(id, params = {}) {
        return deleteMovie(this.transport, id, params);
    }
    /**
     * Take the subject off the team (404 when it is not on it).
     *
     * **Permission:** `manage:teams` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /movies/{id}/team/{sub}`
     * @param id The resource id.
     * @param sub A token subject, URL-encoded (auth0|abc is auth0%7Cabc), 1–255 characters.
     * @param params signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    deleteMovieTeamMember(id, sub, params = {}) {
        return deleteMovieTeamMember(this.transport, id, sub, params);
    }
    /**
     * Delete a role. Honours If-Match.
     *
     * **Permission:** `delete:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /roles/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    deleteRole(id, params = {}) {
        return deleteRole(this.transport, id, params);
    }
    /**
     * Remove an entry that is not cast (409 if it is), with its appointments. Honours If-Match.
     *
     * **Permission:** `delete:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /shortlist/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    deleteShortlistEntry(id, params = {}) {
        return deleteShortlistEntry(this.transport, id, params);
    }
    /**
     * Withdraw one of the agency's submissions while it is submitted (409 once decided). Honours If-Match.
     *
     * **Permission:** `post:submissions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /submissions/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    deleteSubmission(id, params = {}) {
        return deleteSubmission(this.transport, id, params);
    }
    getActor(id, params = {}) {
        return getActor(this.transport, id, params);
    }
    getAppointment(id, params = {}) {
        return getAppointment(this.transport, id, params);
    }
    /**
     * One open breakdown, by its role's id (404 when the role is not listed).
     *
     * **Permission:** `get:breakdowns` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /breakdowns/{id}`
     * @param id The resource id.
     * @param params signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    getBreakdown(id, params = {}) {
        return getBreakdown(this.transport, id, params);
    }
    getMovie(id, params = {}) {
        return getMovie(this.transport, id, params);
    }
    /**
     * The movie's team, by added_at then sub.
     *
     * **Permission:** `get:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /movies/{id}/team`
     * @param id The resource id.
     * @param params signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    getMovieTeam(id, params = {}) {
        return getMovieTeam(this.transport, id, params);
    }
    getRole(id, params = {}) {
        return getRole(this.transport, id, params);
    }
    getRosterActor(id, params = {}) {
        return getRosterActor(this.transport, id, params);
    }
    getShortlistEntry(id, params = {}) {
        return getShortlistEntry(this.transport, id, params);
    }
    /**
     * Every status the entry has had, oldest first, with when and by whom ("system" when a rule made it).
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /shortlist/{id}/history`
     * @param id The resource id.
     * @param params signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    getShortlistHistory(id, params = {}) {
        return getShortlistHistory(this.transport, id, params);
    }
    getSubmission(id, params = {}) {
        return getSubmission(this.transport, id, params);
    }
    /**
     * One actor's schedule: the filters and paging of GET /appointments.
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /actors/{id}/appointments`
     * @param id The resource id.
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listActorAppointments(id, params = {}) {
        return listActorAppointments(this.transport, id, params);
    }
    /**
     * The roles an actor holds.
     *
     * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /actors/{id}/roles`
     * @param id The resource id.
     * @param params signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listActorRoles(id, params = {}) {
        return listActorRoles(this.transport, id, params);
    }
    /**
     * List actors with paging, sorting, search and filters.
     *
     * **Permission:** `get:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /actors`
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listActors(params = {}) {
        return listActors(this.transport, params);
    }
    /**
     * The schedule: appointments with paging, sorting (starts_at by default, or id) and filters.
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /appointments`
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listAppointments(params = {}) {
        return listAppointments(this.transport, params);
    }
    /**
     * List audit records, newest first, with filters and the paging of lists.
     *
     * **Permission:** `read:audit` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /audit`
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listAudit(params = {}) {
        return listAudit(this.transport, params);
    }
    /**
     * The open breakdowns, newest published first.
     *
     * **Permission:** `get:breakdowns` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /breakdowns`
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listBreakdowns(params = {}) {
        return listBreakdowns(this.transport, params);
    }
    /**
     * All roles of a movie.
     *
     * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /movies/{id}/roles`
     * @param id The resource id.
     * @param params signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listMovieRoles(id, params = {}) {
        return listMovieRoles(this.transport, id, params);
    }
    /**
     * List movies with paging, sorting, search and filters.
     *
     * **Permission:** `get:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /movies`
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listMovies(params = {}) {
        return listMovies(this.transport, params);
    }
    /**
     * The actors who fit the role by the casting rule, minus the one cast, narrowed by the actor filters.
     *
     * **Permission:** `get:roles` and `get:actors` (a bearer token whose `permissions` claim or scope holds both). Without a token: 401; without the permission: 403.
     *
     * `GET /roles/{id}/candidates`
     * @param id The resource id.
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listRoleCandidates(id, params = {}) {
        return listRoleCandidates(this.transport, id, params);
    }
    /**
     * List roles with paging, sorting, search and filters.
     *
     * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /roles`
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listRoles(params = {}) {
        return listRoles(this.transport, params);
    }
    /**
     * The role's shortlist with paging, sorting (id, created_at, status) and filters (status any-of, actor_id).
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /roles/{id}/shortlist`
     * @param id The resource id.
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listRoleShortlist(id, params = {}) {
        return listRoleShortlist(this.transport, id, params);
    }
    /**
     * A role's submissions, for the casting team.
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /roles/{id}/submissions`
     * @param id The resource id.
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listRoleSubmissions(id, params = {}) {
        return listRoleSubmissions(this.transport, id, params);
    }
    /**
     * The agency's actors, with the filters, sorting and paging of GET /actors.
     *
     * **Permission:** `manage:roster` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /roster`
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listRoster(params = {}) {
        return listRoster(this.transport, params);
    }
    /**
     * The agency's own submissions, newest first.
     *
     * **Permission:** `post:submissions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /submissions`
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listSubmissions(params = {}) {
        return listSubmissions(this.transport, params);
    }
    /**
     * Add the subject to the team (201, Location: the team) or replace its position and name (200). The sub is URL-encoded in the path (auth0|abc is auth0%7Cabc; a / is %2F), 1–255 characters.
     *
     * **Permission:** `manage:teams` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PUT /movies/{id}/team/{sub}`
     * @param id The resource id.
     * @param sub A token subject, URL-encoded (auth0|abc is auth0%7Cabc), 1–255 characters.
     * @param body The body of `PUT /movies/{id}/team/{sub}`: adds the subject to the team, or replaces its position and name.
     * @param params signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    putMovieTeamMember(id, sub, body, params = {}) {
        return putMovieTeamMember(this.transport, id, sub, body, params);
    }
    /**
     * Change the properties present in the body. Honours If-Match. A new age or gender that no longer fits a role the actor holds is refused with 409.
     *
     * **Permission:** `patch:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /actors/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /actors/{id}`: only the properties present change; null clears an optional one.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    updateActor(id, body, params = {}) {
        return updateActor(this.transport, id, body, params);
    }
    /**
     * Reschedule (starts_at, ends_at, location: the appointment becomes scheduled again; no overlap) or move the status (scheduled → confirmed | declined | completed | no_show | canceled; confirmed → completed | no_show | canceled | declined). Honours If-Match.
     *
     * **Permission:** `patch:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /appointments/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /appointments/{id}`: a reschedule (starts_at, ends_at, location) or a status move.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    updateAppointment(id, body, params = {}) {
        return updateAppointment(this.transport, id, body, params);
    }
    /**
     * Change the properties present in the body. Honours If-Match.
     *
     * **Permission:** `patch:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /movies/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /movies/{id}`: only the properties present change; null clears an optional one.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    updateMovie(id, body, params = {}) {
        return updateMovie(this.transport, id, body, params);
    }
    /**
     * Change the properties present in the body: terms, movie, or the actor cast (null uncasts). Honours If-Match. An actor who does not fit is refused with 409.
     *
     * **Permission:** `patch:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /roles/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /roles/{id}`: only the properties present change. `actor_id: null`
     * leaves the role open; `description: null` clears it; the other fields must not be null.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    updateRole(id, body, params = {}) {
        return updateRole(this.transport, id, body, params);
    }
    /**
     * Change the properties present in the body, as PATCH /actors (agency_id excepted). Honours If-Match.
     *
     * **Permission:** `manage:roster` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /roster/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /actors/{id}`: only the properties present change; null clears an optional one.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    updateRosterActor(id, body, params = {}) {
        return updateRosterActor(this.transport, id, body, params);
    }
    /**
     * Move the entry along the allowed edges (shortlisted → callback | offered | released; callback → offered | released; offered → cast | declined | released; released → shortlisted) and/or change its note. Offering and casting also need patch:roles (403); cast casts the role, releases the other entries and cancels the actor's open appointments for the role. Honours If-Match.
     *
     * **Permission:** `patch:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /shortlist/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /shortlist/{id}`: a status move along the allowed edges and/or the note.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    updateShortlistEntry(id, body, params = {}) {
        return updateShortlistEntry(this.transport, id, body, params);
    }
    /**
     * Select (shortlisting the actor for the role in the same write) or reject a submitted one. Honours If-Match. Selecting is refused with 409, nothing changed, when the role is cast, already lists the actor or the actor no longer fits; a decided submission cannot change.
     *
     * **Permission:** `patch:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /submissions/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /submissions/{id}`: the casting team's decision.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    updateSubmission(id, body, params = {}) {
        return updateSubmission(this.transport, id, body, params);
    }
    /** Async iterators over every item of a list: `for await (const actor of api.all.listActors({ gender: ["female"] }))`. */
    all = {
        /** Every item of `listActorAppointments`, page after page by `next_cursor` (`include_total=false` unless given). */
        listActorAppointments: (id, params = {}) => walkItems(this.transport, listActorAppointmentsOperation, [id], params),
        /** Every item of `listActors`, page after page by `next_cursor` (`include_total=false` unless given). */
        listActors: (params = {}) => walkItems(this.transport, listActorsOperation, [], params),
        /** Every item of `listAppointments`, page after page by `next_cursor` (`include_total=false` unless given). */
        listAppointments: (params = {}) => walkItems(this.transport, listAppointmentsOperation, [], params),
        /** Every item of `listAudit`, page after page by `next_cursor` (`include_total=false` unless given). */
        listAudit: (params = {}) => walkItems(this.transport, listAuditOperation, [], params),
        /** Every item of `listBreakdowns`, page after page by `next_cursor` (`include_total=false` unless given). */
        listBreakdowns: (params = {}) => walkItems(this.transport, listBreakdownsOperation, [], params),
        /** Every item of `listMovies`, page after page by `next_cursor` (`include_total=false` unless given). */
        listMovies: (params = {}) => walkItems(this.transport, listMoviesOperation, [], params),
        /** Every item of `listRoleCandidates`, page after page by `next_cursor` (`include_total=false` unless given). */
        listRoleCandidates: (id, params = {}) => walkItems(this.transport, listRoleCandidatesOperation, [id], params),
        /** Every item of `listRoles`, page after page by `next_cursor` (`include_total=false` unless given). */
        listRoles: (params = {}) => walkItems(this.transport, listRolesOperation, [], params),
        /** Every item of `listRoleShortlist`, page after page by `next_cursor` (`include_total=false` unless given). */
        listRoleShortlist: (id, params = {}) => walkItems(this.transport, listRoleShortlistOperation, [id], params),
        /** Every item of `listRoleSubmissions`, page after page by `next_cursor` (`include_total=false` unless given). */
        listRoleSubmissions: (id, params = {}) => walkItems(this.transport, listRoleSubmissionsOperation, [id], params),
        /** Every item of `listRoster`, page after page by `next_cursor` (`include_total=false` unless given). */
        listRoster: (params = {}) => walkItems(this.transport, listRosterOperation, [], params),
        /** Every item of `listSubmissions`, page after page by `next_cursor` (`include_total=false` unless given). */
        listSubmissions: (params = {}) => walkItems(this.transport, listSubmissionsOperation, [], params),
    };
    /** Async iterators over every page of a list (each a ListResult): `for await (const page of api.pages.listMovies())`. */
    pages = {
        /** Every page of `listActorAppointments` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listActorAppointments: (id, params = {}) => walkPages(this.transport, listActorAppointmentsOperation, [id], params),
        /** Every page of `listActors` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listActors: (params = {}) => walkPages(this.transport, listActorsOperation, [], params),
        /** Every page of `listAppointments` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listAppointments: (params = {}) => walkPages(this.transport, listAppointmentsOperation, [], params),
        /** Every page of `listAudit` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listAudit: (params = {}) => walkPages(this.transport, listAuditOperation, [], params),
        /** Every page of `listBreakdowns` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listBreakdowns: (params = {}) => walkPages(this.transport, listBreakdownsOperation, [], params),
        /** Every page of `listMovies` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listMovies: (params = {}) => walkPages(this.transport, listMoviesOperation, [], params),
        /** Every page of `listRoleCandidates` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listRoleCandidates: (id, params = {}) => walkPages(this.transport, listRoleCandidatesOperation, [id], params),
        /** Every page of `listRoles` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listRoles: (params = {}) => walkPages(this.transport, listRolesOperation, [], params),
        /** Every page of `listRoleShortlist` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listRoleShortlist: (id, params = {}) => walkPages(this.transport, listRoleShortlistOperation, [id], params),
        /** Every page of `listRoleSubmissions` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listRoleSubmissions: (id, params = {}) => walkPages(this.transport, listRoleSubmissionsOperation, [id], params),
        /** Every page of `listRoster` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listRoster: (params = {}) => walkPages(this.transport, listRosterOperation, [], params),
        /** Every page of `listSubmissions` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listSubmissions: (params = {}) => walkPages(this.transport, listSubmissionsOperation, [], params),
    };
}
/** The usual way to make a client: `createClient("https://api.example.com", { getAccessToken: () => token })`. */
export function createClient(baseUrl, options = {}) {
    return new CastingAgencyApi({ ...options, baseUrl });
}
//# sourceMappingURL=api.js.map