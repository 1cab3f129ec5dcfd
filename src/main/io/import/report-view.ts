// How much of a report travels in one reply; the rest is paged with importReportPage.
export const KEEP_IN_REPLY = 200;
