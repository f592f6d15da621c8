import { Transport } from "./runtime.js";
// ---- enum values
/** Every AppointmentKind value, in the document's order (for dropdowns and checks). What an appointment is for. */
export const appointmentKinds = ["audition", "callback"];
/** Every AppointmentStatus value, in the document's order (for dropdowns and checks). The state of an appointment (docs/api.md §9). */
export const appointmentStatuses = ["scheduled", "confirmed", "declined", "completed", "no_show", "canceled"];
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
/** The sortable fields of each list (for a sort dropdown). */
export const sortFields = {
    listActorAppointments: ["id", "starts_at"],
    listActors: ["id", "name", "age", "height"],
    listAppointments: ["id", "starts_at"],
    listMovies: ["id", "title", "release_date", "company"],
    listRoleCandidates: ["id", "name", "age", "height"],
    listRoles: ["id", "name", "min_age", "max_age"],
    listRoleShortlist: ["id", "created_at", "status"],
};
// ---- operations as read from the document (used by the runtime to build and check requests)
export const operations = {
    bookAppointment: {
        id: "bookAppointment",
        method: "POST",
        path: "/shortlist/{id}/appointments",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { idempotencyKey: "Idempotency-Key" },
        body: "required",
    },
    createActor: {
        id: "createActor",
        method: "POST",
        path: "/actors",
        pathParams: [],
        query: {},
        headers: { idempotencyKey: "Idempotency-Key" },
        body: "required",
    },
    createMovie: {
        id: "createMovie",
        method: "POST",
        path: "/movies",
        pathParams: [],
        query: {},
        headers: { idempotencyKey: "Idempotency-Key" },
        body: "required",
    },
    createRole: {
        id: "createRole",
        method: "POST",
        path: "/roles",
        pathParams: [],
        query: {},
        headers: { idempotencyKey: "Idempotency-Key" },
        body: "required",
    },
    createShortlistEntry: {
        id: "createShortlistEntry",
        method: "POST",
        path: "/roles/{id}/shortlist",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { idempotencyKey: "Idempotency-Key" },
        body: "required",
    },
    deleteActor: {
        id: "deleteActor",
        method: "DELETE",
        path: "/actors/{id}",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { ifMatch: "If-Match" },
        body: "none",
    },
    deleteAppointment: {
        id: "deleteAppointment",
        method: "DELETE",
        path: "/appointments/{id}",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { ifMatch: "If-Match" },
        body: "none",
    },
    deleteMovie: {
        id: "deleteMovie",
        method: "DELETE",
        path: "/movies/{id}",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { ifMatch: "If-Match" },
        body: "none",
    },
    deleteRole: {
        id: "deleteRole",
        method: "DELETE",
        path: "/roles/{id}",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { ifMatch: "If-Match" },
        body: "none",
    },
    deleteShortlistEntry: {
        id: "deleteShortlistEntry",
        method: "DELETE",
        path: "/shortlist/{id}",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { ifMatch: "If-Match" },
        body: "none",
    },
    getActor: {
        id: "getActor",
        method: "GET",
        path: "/actors/{id}",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { ifNoneMatch: "If-None-Match" },
        body: "none",
    },
    getAppointment: {
        id: "getAppointment",
        method: "GET",
        path: "/appointments/{id}",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { ifNoneMatch: "If-None-Match" },
        body: "none",
    },
    getMovie: {
        id: "getMovie",
        method: "GET",
        path: "/movies/{id}",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { ifNoneMatch: "If-None-Match" },
        body: "none",
    },
    getRole: {
        id: "getRole",
        method: "GET",
        path: "/roles/{id}",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { ifNoneMatch: "If-None-Match" },
        body: "none",
    },
    getShortlistEntry: {
        id: "getShortlistEntry",
        method: "GET",
        path: "/shortlist/{id}",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { ifNoneMatch: "If-None-Match" },
        body: "none",
    },
    getShortlistHistory: {
        id: "getShortlistHistory",
        method: "GET",
        path: "/shortlist/{id}/history",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: {},
        body: "none",
    },
    listActorAppointments: {
        id: "listActorAppointments",
        method: "GET",
        path: "/actors/{id}/appointments",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: { actor_id: "integer", role_id: "integer", movie_id: "integer", kind: "string", status: "string[]", from: "string", to: "string", id: "integer[]", page: "integer", page_size: "integer", sort: "string", cursor: "string", include_total: "boolean" },
        headers: {},
        body: "none",
        list: { items: "appointments", total: "total_appointments", cursor: "next_cursor" },
    },
    listActorRoles: {
        id: "listActorRoles",
        method: "GET",
        path: "/actors/{id}/roles",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: {},
        body: "none",
    },
    listActors: {
        id: "listActors",
        method: "GET",
        path: "/actors",
        pathParams: [],
        query: { name: "string", age: "integer", min_age: "integer", max_age: "integer", gender: "string[]", location: "string", passport: "boolean", driver_license: "boolean", ethnicity: "string[]", hair_color: "string[]", eye_color: "string[]", body_type: "string[]", height: "integer", min_height: "integer", max_height: "integer", email: "string", union_member: "boolean", id: "integer[]", page: "integer", page_size: "integer", sort: "string", search_term: "string", cursor: "string", include_total: "boolean" },
        headers: {},
        body: "none",
        list: { items: "actors", total: "total_actors", cursor: "next_cursor" },
    },
    listAppointments: {
        id: "listAppointments",
        method: "GET",
        path: "/appointments",
        pathParams: [],
        query: { actor_id: "integer", role_id: "integer", movie_id: "integer", kind: "string", status: "string[]", from: "string", to: "string", id: "integer[]", page: "integer", page_size: "integer", sort: "string", cursor: "string", include_total: "boolean" },
        headers: {},
        body: "none",
        list: { items: "appointments", total: "total_appointments", cursor: "next_cursor" },
    },
    listMovieRoles: {
        id: "listMovieRoles",
        method: "GET",
        path: "/movies/{id}/roles",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: {},
        body: "none",
    },
    listMovies: {
        id: "listMovies",
        method: "GET",
        path: "/movies",
        pathParams: [],
        query: { title: "string", company: "string", release_date: "string", min_release_date: "string", max_release_date: "string", id: "integer[]", page: "integer", page_size: "integer", sort: "string", search_term: "string", cursor: "string", include_total: "boolean" },
        headers: {},
        body: "none",
        list: { items: "movies", total: "total_movies", cursor: "next_cursor" },
    },
    listRoleCandidates: {
        id: "listRoleCandidates",
        method: "GET",
        path: "/roles/{id}/candidates",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: { name: "string", age: "integer", min_age: "integer", max_age: "integer", gender: "string[]", location: "string", passport: "boolean", driver_license: "boolean", ethnicity: "string[]", hair_color: "string[]", eye_color: "string[]", body_type: "string[]", height: "integer", min_height: "integer", max_height: "integer", email: "string", union_member: "boolean", id: "integer[]", page: "integer", page_size: "integer", sort: "string", search_term: "string", cursor: "string", include_total: "boolean" },
        headers: {},
        body: "none",
        list: { items: "actors", total: "total_actors", cursor: "next_cursor" },
    },
    listRoles: {
        id: "listRoles",
        method: "GET",
        path: "/roles",
        pathParams: [],
        query: { movie_id: "integer", actor_id: "integer", name: "string", gender: "string[]", cast: "boolean", age: "integer", min_age: "integer", max_age: "integer", id: "integer[]", page: "integer", page_size: "integer", sort: "string", search_term: "string", cursor: "string", include_total: "boolean" },
        headers: {},
        body: "none",
        list: { items: "roles", total: "total_roles", cursor: "next_cursor" },
    },
    listRoleShortlist: {
        id: "listRoleShortlist",
        method: "GET",
        path: "/roles/{id}/shortlist",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: { status: "string[]", actor_id: "integer", id: "integer[]", page: "integer", page_size: "integer", sort: "string", cursor: "string", include_total: "boolean" },
        headers: {},
        body: "none",
        list: { items: "shortlist", total: "total_shortlist", cursor: "next_cursor" },
    },
    updateActor: {
        id: "updateActor",
        method: "PATCH",
        path: "/actors/{id}",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { ifMatch: "If-Match" },
        body: "required",
    },
    updateAppointment: {
        id: "updateAppointment",
        method: "PATCH",
        path: "/appointments/{id}",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { ifMatch: "If-Match" },
        body: "required",
    },
    updateMovie: {
        id: "updateMovie",
        method: "PATCH",
        path: "/movies/{id}",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { ifMatch: "If-Match" },
        body: "required",
    },
    updateRole: {
        id: "updateRole",
        method: "PATCH",
        path: "/roles/{id}",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { ifMatch: "If-Match" },
        body: "required",
    },
    updateShortlistEntry: {
        id: "updateShortlistEntry",
        method: "PATCH",
        path: "/shortlist/{id}",
        pathParams: [{ name: "id", kind: "integer", minimum: 1 }],
        query: {},
        headers: { ifMatch: "If-Match" },
        body: "required",
    },
};
/**
 * Casting Agency API v1: one method per operation.
 *
 * Arguments: the path parameters, then the body (if any), then one object with the query parameters
 * (snake_case, as on the wire) and the request options (signal, headers, ifMatch, ifNoneMatch, idempotencyKey).
 * Every method resolves to an ApiResult ({ data, status, etag, location, headers }; lists add items, total,
 * nextCursor) and rejects with an ApiError. Works in browsers and in Node 18+ (global fetch).
 */
export class CastingAgencyApi {
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
     * @param params idempotencyKey, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    bookAppointment(id, body, params = {}) {
        return this.transport.send(operations.bookAppointment, [id], body, params);
    }
    /**
     * Create an actor.
     *
     * **Permission:** `post:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /actors`
     * @param body The body of `POST /actors`. Enums are wire names, matched case-insensitively.
     * @param params idempotencyKey, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    createActor(body, params = {}) {
        return this.transport.send(operations.createActor, [], body, params);
    }
    /**
     * Create a movie.
     *
     * **Permission:** `post:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /movies`
     * @param body The body of `POST /movies`.
     * @param params idempotencyKey, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    createMovie(body, params = {}) {
        return this.transport.send(operations.createMovie, [], body, params);
    }
    /**
     * Create a role, optionally cast with an actor who fits it.
     *
     * **Permission:** `post:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /roles`
     * @param body The body of `POST /roles`. Value types are nullable so that a missing required field is a 422.
     * @param params idempotencyKey, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    createRole(body, params = {}) {
        return this.transport.send(operations.createRole, [], body, params);
    }
    /**
     * Shortlist an actor for the role. The actor must fit it by the casting rule; a role lists an actor at most once, and a role that is cast takes no new entries (409).
     *
     * **Permission:** `post:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /roles/{id}/shortlist`
     * @param id The resource id.
     * @param body The body of `POST /roles/{id}/shortlist`.
     * @param params idempotencyKey, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    createShortlistEntry(id, body, params = {}) {
        return this.transport.send(operations.createShortlistEntry, [id], body, params);
    }
    /**
     * Delete an actor; the roles they held become open. Honours If-Match.
     *
     * **Permission:** `delete:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /actors/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    deleteActor(id, params = {}) {
        return this.transport.send(operations.deleteActor, [id], undefined, params);
    }
    /**
     * Delete an appointment. Honours If-Match.
     *
     * **Permission:** `delete:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /appointments/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    deleteAppointment(id, params = {}) {
        return this.transport.send(operations.deleteAppointment, [id], undefined, params);
    }
    /**
     * Delete a movie and its roles. Honours If-Match.
     *
     * **Permission:** `delete:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /movies/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    deleteMovie(id, params = {}) {
        return this.transport.send(operations.deleteMovie, [id], undefined, params);
    }
    /**
     * Delete a role. Honours If-Match.
     *
     * **Permission:** `delete:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /roles/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    deleteRole(id, params = {}) {
        return this.transport.send(operations.deleteRole, [id], undefined, params);
    }
    /**
     * Remove an entry that is not cast (409 if it is), with its appointments. Honours If-Match.
     *
     * **Permission:** `delete:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /shortlist/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    deleteShortlistEntry(id, params = {}) {
        return this.transport.send(operations.deleteShortlistEntry, [id], undefined, params);
    }
    /**
     * Get one actor with the roles they hold.
     *
     * **Permission:** `get:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /actors/{id}`
     * @param id The resource id.
     * @param params ifNoneMatch, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    getActor(id, params = {}) {
        return this.transport.send(operations.getActor, [id], undefined, params);
    }
    /**
     * Get one appointment.
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /appointments/{id}`
     * @param id The resource id.
     * @param params ifNoneMatch, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    getAppointment(id, params = {}) {
        return this.transport.send(operations.getAppointment, [id], undefined, params);
    }
    /**
     * Get one movie with its cast.
     *
     * **Permission:** `get:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /movies/{id}`
     * @param id The resource id.
     * @param params ifNoneMatch, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    getMovie(id, params = {}) {
        return this.transport.send(operations.getMovie, [id], undefined, params);
    }
    /**
     * Get one role.
     *
     * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /roles/{id}`
     * @param id The resource id.
     * @param params ifNoneMatch, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    getRole(id, params = {}) {
        return this.transport.send(operations.getRole, [id], undefined, params);
    }
    /**
     * Get one shortlist entry with its appointments (by starts_at).
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /shortlist/{id}`
     * @param id The resource id.
     * @param params ifNoneMatch, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    getShortlistEntry(id, params = {}) {
        return this.transport.send(operations.getShortlistEntry, [id], undefined, params);
    }
    /**
     * Every status the entry has had, oldest first, with when and by whom ("system" when a rule made it).
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /shortlist/{id}/history`
     * @param id The resource id.
     * @param params signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    getShortlistHistory(id, params = {}) {
        return this.transport.send(operations.getShortlistHistory, [id], undefined, params);
    }
    /**
     * One actor's schedule: the filters and paging of GET /appointments.
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /actors/{id}/appointments`
     * @param id The resource id.
     * @param params Query parameters (snake_case), signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    listActorAppointments(id, params = {}) {
        return this.transport.send(operations.listActorAppointments, [id], undefined, params);
    }
    /**
     * The roles an actor holds.
     *
     * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /actors/{id}/roles`
     * @param id The resource id.
     * @param params signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    listActorRoles(id, params = {}) {
        return this.transport.send(operations.listActorRoles, [id], undefined, params);
    }
    /**
     * List actors with paging, sorting, search and filters.
     *
     * **Permission:** `get:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /actors`
     * @param params Query parameters (snake_case), signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    listActors(params = {}) {
        return this.transport.send(operations.listActors, [], undefined, params);
    }
    /**
     * The schedule: appointments with paging, sorting (starts_at by default, or id) and filters.
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /appointments`
     * @param params Query parameters (snake_case), signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    listAppointments(params = {}) {
        return this.transport.send(operations.listAppointments, [], undefined, params);
    }
    /**
     * All roles of a movie.
     *
     * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /movies/{id}/roles`
     * @param id The resource id.
     * @param params signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    listMovieRoles(id, params = {}) {
        return this.transport.send(operations.listMovieRoles, [id], undefined, params);
    }
    /**
     * List movies with paging, sorting, search and filters.
     *
     * **Permission:** `get:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /movies`
     * @param params Query parameters (snake_case), signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    listMovies(params = {}) {
        return this.transport.send(operations.listMovies, [], undefined, params);
    }
    /**
     * The actors who fit the role by the casting rule, minus the one cast, narrowed by the actor filters.
     *
     * **Permission:** `get:roles` and `get:actors` (a bearer token whose `permissions` claim or scope holds both). Without a token: 401; without the permission: 403.
     *
     * `GET /roles/{id}/candidates`
     * @param id The resource id.
     * @param params Query parameters (snake_case), signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    listRoleCandidates(id, params = {}) {
        return this.transport.send(operations.listRoleCandidates, [id], undefined, params);
    }
    /**
     * List roles with paging, sorting, search and filters.
     *
     * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /roles`
     * @param params Query parameters (snake_case), signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    listRoles(params = {}) {
        return this.transport.send(operations.listRoles, [], undefined, params);
    }
    /**
     * The role's shortlist with paging, sorting (id, created_at, status) and filters (status any-of, actor_id).
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /roles/{id}/shortlist`
     * @param id The resource id.
     * @param params Query parameters (snake_case), signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    listRoleShortlist(id, params = {}) {
        return this.transport.send(operations.listRoleShortlist, [id], undefined, params);
    }
    /**
     * Change the properties present in the body. Honours If-Match. A new age or gender that no longer fits a role the actor holds is refused with 409.
     *
     * **Permission:** `patch:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /actors/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /actors/{id}`: only the properties present change; null clears an optional one.
     * @param params ifMatch, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    updateActor(id, body, params = {}) {
        return this.transport.send(operations.updateActor, [id], body, params);
    }
    /**
     * Reschedule (starts_at, ends_at, location: the appointment becomes scheduled again; no overlap) or move the status (scheduled → confirmed | declined | completed | no_show | canceled; confirmed → completed | no_show | canceled | declined). Honours If-Match.
     *
     * **Permission:** `patch:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /appointments/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /appointments/{id}`: a reschedule (starts_at, ends_at, location) or a status move.
     * @param params ifMatch, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    updateAppointment(id, body, params = {}) {
        return this.transport.send(operations.updateAppointment, [id], body, params);
    }
    /**
     * Change the properties present in the body. Honours If-Match.
     *
     * **Permission:** `patch:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /movies/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /movies/{id}`: only the properties present change; null clears an optional one.
     * @param params ifMatch, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    updateMovie(id, body, params = {}) {
        return this.transport.send(operations.updateMovie, [id], body, params);
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
     * @param params ifMatch, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    updateRole(id, body, params = {}) {
        return this.transport.send(operations.updateRole, [id], body, params);
    }
    /**
     * Move the entry along the allowed edges (shortlisted → callback | offered | released; callback → offered | released; offered → cast | declined | released; released → shortlisted) and/or change its note. Offering and casting also need patch:roles (403); cast casts the role, releases the other entries and cancels the actor's open appointments for the role. Honours If-Match.
     *
     * **Permission:** `patch:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /shortlist/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /shortlist/{id}`: a status move along the allowed edges and/or the note.
     * @param params ifMatch, signal, headers.
     * @throws ApiError for every failure: a problem answer, 304, network, abort, invalid argument.
     */
    updateShortlistEntry(id, body, params = {}) {
        return this.transport.send(operations.updateShortlistEntry, [id], body, params);
    }
    /** Async iterators over every item of a list: `for await (const actor of api.all.listActors({ gender: ["female"] }))`. */
    all = {
        /** Every item of `listActorAppointments`, page after page by `next_cursor` (`include_total=false` unless given). */
        listActorAppointments: (id, params = {}) => this.transport.items(operations.listActorAppointments, [id], params),
        /** Every item of `listActors`, page after page by `next_cursor` (`include_total=false` unless given). */
        listActors: (params = {}) => this.transport.items(operations.listActors, [], params),
        /** Every item of `listAppointments`, page after page by `next_cursor` (`include_total=false` unless given). */
        listAppointments: (params = {}) => this.transport.items(operations.listAppointments, [], params),
        /** Every item of `listMovies`, page after page by `next_cursor` (`include_total=false` unless given). */
        listMovies: (params = {}) => this.transport.items(operations.listMovies, [], params),
        /** Every item of `listRoleCandidates`, page after page by `next_cursor` (`include_total=false` unless given). */
        listRoleCandidates: (id, params = {}) => this.transport.items(operations.listRoleCandidates, [id], params),
        /** Every item of `listRoles`, page after page by `next_cursor` (`include_total=false` unless given). */
        listRoles: (params = {}) => this.transport.items(operations.listRoles, [], params),
        /** Every item of `listRoleShortlist`, page after page by `next_cursor` (`include_total=false` unless given). */
        listRoleShortlist: (id, params = {}) => this.transport.items(operations.listRoleShortlist, [id], params),
    };
    /** Async iterators over every page of a list (each a ListResult): `for await (const page of api.pages.listMovies())`. */
    pages = {
        /** Every page of `listActorAppointments` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listActorAppointments: (id, params = {}) => this.transport.pages(operations.listActorAppointments, [id], params),
        /** Every page of `listActors` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listActors: (params = {}) => this.transport.pages(operations.listActors, [], params),
        /** Every page of `listAppointments` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listAppointments: (params = {}) => this.transport.pages(operations.listAppointments, [], params),
        /** Every page of `listMovies` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listMovies: (params = {}) => this.transport.pages(operations.listMovies, [], params),
        /** Every page of `listRoleCandidates` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listRoleCandidates: (id, params = {}) => this.transport.pages(operations.listRoleCandidates, [id], params),
        /** Every page of `listRoles` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listRoles: (params = {}) => this.transport.pages(operations.listRoles, [], params),
        /** Every page of `listRoleShortlist` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listRoleShortlist: (id, params = {}) => this.transport.pages(operations.listRoleShortlist, [id], params),
    };
}
/** The usual way to make a client: `createClient("https://api.example.com", { getAccessToken: () => token })`. */
export function createClient(baseUrl, options = {}) {
    return new CastingAgencyApi({ ...options, baseUrl });
}
//# sourceMappingURL=api.js.map