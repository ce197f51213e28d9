/**
 * Request body limits (issue 8). JSON bodies are small forms; 1 MB is far above any form and refuses a client
 * that streams megabytes at the JSON parser. Files (imports, training resources, attendance workbooks) are
 * multipart and capped by @fastify/multipart and their own services, not by these.
 */
export const JSON_BODY_LIMIT = 1024 * 1024;

/**
 * The two bulk forms: a county's scores (up to 20,000 items) and a year's health checks (up to 5,000 items
 * with a 100-character institution) can pass 1 MB legitimately, so their routes allow 4 MB.
 */
export const BULK_JSON_BODY_LIMIT = 4 * 1024 * 1024;

export const MB = 1024 * 1024;
