import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The board calls the API as /api/...; the dev server (and `vite preview`) forwards those requests to the API,
// so the browser sees one origin and no CORS setting is needed. API_TARGET says where the API runs.
const target = process.env.API_TARGET ?? "http://127.0.0.1:5080";
const proxy = {
    "/api": {
        target,
        changeOrigin: true,
        rewrite: (path: string) => path.replace(/^\/api/, ""),
    },
};

export default defineConfig({
    server: {
        host: "127.0.0.1",
        port: 5173,
        proxy,
        // The client is linked from clients/typescript (file: dependency): let the dev server read it.
        fs: { allow: [fileURLToPath(new URL("../..", import.meta.url))] },
    },
    preview: { host: "127.0.0.1", port: 4173, proxy },
    clearScreen: false,
});
