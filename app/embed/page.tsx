import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusWidget } from "@/components/embed/status-widget";
import { parseEmbedTheme, toWidgetView } from "@/lib/embed/widget-view";
import { readerLanguage } from "@/lib/i18n/reader-language";
import { readPageModel } from "@/lib/pages/request-page";
import { modelInLanguage } from "@/lib/public-model/model-in-language";
import { statusPageOfModel } from "@/lib/status/status-page-of-model";
import { pageVersionOfModel } from "@/lib/statuspage/snapshot-of-model";
import "./embed.css";

// Rendered per request from the same model and status engine as the page; next.config lets any site frame this path only.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { page } = await readPageModel();
  const t = await getTranslations("embed");
  return { title: { absolute: t("title", { pageName: page.name }) }, robots: { index: false } };
}

type Props = { searchParams: Promise<{ theme?: string | string[] }> };

export default async function EmbedPage({ searchParams }: Props) {
  const [model, { theme }] = await Promise.all([readPageModel(), searchParams]);
  const view = statusPageOfModel(modelInLanguage(model, (await readerLanguage(model.page)).reader));
  return <StatusWidget view={toWidgetView(view)} theme={parseEmbedTheme(theme)} version={pageVersionOfModel(model)} />;
}
