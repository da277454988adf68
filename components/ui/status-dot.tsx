import { COMPONENT_STATUS_DOT } from "@/components/status/status-style";
import type { ComponentStatus } from "@/lib/generated/prisma/enums";

export function StatusDot({ status }: { status: ComponentStatus }) {
  return <span aria-hidden className={`inline-block size-2.5 shrink-0 rounded-full ${COMPONENT_STATUS_DOT[status]}`} />;
}
