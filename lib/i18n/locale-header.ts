// The request header carrying the language a render is for. proxy.ts sets it from ?lang= (after deleting whatever
// a client sent), i18n/request.ts reads it: a render depends only on the URL, which the front server's key holds.
export const LOCALE_HEADER = "x-beacon-locale";
