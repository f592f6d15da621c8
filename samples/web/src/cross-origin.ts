// Cross-origin check (cross-origin.html?api=<the API's URL>): calls the API from this page's origin without the dev
// server's proxy, as an app served elsewhere would. In Development the API allows any localhost / 127.0.0.1 origin;
// a header it does not allow fails the preflight, which the client reports as a network error that may be CORS.
import { createClient, isApiError } from "@casting-agency/api-client";

const apiUrl = new URLSearchParams(location.search).get("api") ?? "http://127.0.0.1:5080";
const show = (id: string, text: string) => {
    const element = document.getElementById(id);
    if (element) element.textContent = text;
};
show("origin", location.origin);
show("api", apiUrl);

async function check(): Promise<void> {
    const response = await fetch(`${apiUrl}/dev/token`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ role: "casting_assistant" }),
    });
    const { access_token: token } = (await response.json()) as { access_token: string };
    const requestId = `cross-origin-${Date.now()}`;
    const api = createClient(apiUrl, { getAccessToken: () => token, headers: { "X-Request-Id": requestId } });
    try {
        const movies = await api.listMovies({ page_size: 1 });
        const echoed = movies.headers.get("x-request-id");
        show("allowed", `ok: ${movies.status}, ${movies.total ?? "?"} movies, X-Request-Id echoed: ${echoed === requestId ? "yes" : `no (${echoed})`}`);
    } catch (error) {
        show("allowed", `failed: ${isApiError(error) ? `${error.kind}: ${error.message}` : String(error)}`);
    }
    try {
        await api.listMovies({ headers: { "X-Not-Allowed": "1" } });
        show("refused", "unexpectedly allowed");
    } catch (error) {
        show("refused", isApiError(error) ? `${error.kind}: ${error.message}` : String(error));
    }
    document.body.dataset.done = "true";
}

void check();
