import type en from "@/messages/en.json";
import type { Locale } from "./locales";

// next-intl checks every message key and its arguments against English at compile time, and locales against ours.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
