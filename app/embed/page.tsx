import type { Metadata } from "next";
import { StatusWidget } from "@/components/embed/status-widget";
import { parseEmbedTheme, toWidgetView } from "@/lib/embed/widget-view";
import { getPageSettings } from "@/lib/page/queries";
import { getStatusPage } from "@/lib/status/queries";
import "./embed.css";

// Rendered per request from the same status engine as the page; next.config lets any site frame this path only.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const page = await getPageSettings();
  return { title: { absolute: `${page.name} status` }, robots: { index: false } };
}

type Props = { searchParams: Promise<{ theme?: string | string[] }> };

export default async function EmbedPage({ searchParams }: Props) {
  const [view, { theme }] = await Promise.all([getStatusPage(), searchParams]);
  return <StatusWidget view={toWidgetView(view)} theme={parseEmbedTheme(theme)} />;
}
