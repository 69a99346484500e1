// Shared by the server and the sidebar, in a file of its own so that the sidebar's bundle does not
// take in the contract's schemas.

/** How long the sidebar sends back the time zone and locale it read rather than let the server ask again. */
export const ZONE_MAX_AGE_MS = 10 * 60 * 1000;
