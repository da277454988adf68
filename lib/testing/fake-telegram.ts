// Tests only: a real HTTP server speaking the part of Telegram's Bot API Beacon uses (POST /bot<token>/sendMessage),
// answering as Telegram does: 401 for an unknown bot, 400 "can't parse entities" for HTML it would refuse, 400 for
// an unknown chat, and the sent Message on success.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface TelegramSent {
  botToken: string;
  chat_id: string;
  text: string;
  parse_mode?: string;
  link_preview_options?: { is_disabled?: boolean };
}

// The tags Telegram's HTML parse mode accepts; anything else (or a bare < or &) makes it refuse the message.
const ALLOWED_TAG = /^<\/?(b|strong|i|em|u|ins|s|strike|del|code|pre|blockquote|tg-spoiler)>$|^<a href="[^"<>]*">$|^<\/a>$/;
const ENTITY = /^&(lt|gt|amp|quot|#\d+);/;

export function telegramHtmlProblem(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "<") {
      const end = text.indexOf(">", i);
      const tag = end < 0 ? text.slice(i) : text.slice(i, end + 1);
      if (!ALLOWED_TAG.test(tag)) return `Unsupported start tag "${tag}" at byte offset ${i}`;
      i = end;
    } else if (text[i] === "&" && !ENTITY.test(text.slice(i))) return `Character entity expected at byte offset ${i}`;
  }
  return null;
}

export async function startFakeTelegram({ bots, chats }: { bots: string[]; chats: string[] }) {
  const sent: TelegramSent[] = [];
  let messageId = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      const answer = (status: number, body: object) =>
        response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      const match = /^\/bot([^/]+)\/sendMessage$/.exec(request.url ?? "");
      if (request.method !== "POST" || !match) return answer(404, { ok: false, error_code: 404, description: "Not Found" });
      if (!bots.includes(match[1])) return answer(401, { ok: false, error_code: 401, description: "Unauthorized" });
      let message: Omit<TelegramSent, "botToken">;
      try {
        message = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        return answer(400, { ok: false, error_code: 400, description: "Bad Request: invalid JSON" });
      }
      if (!chats.includes(String(message.chat_id)))
        return answer(400, { ok: false, error_code: 400, description: "Bad Request: chat not found" });
      if (!message.text || message.text.length > 4096)
        return answer(400, { ok: false, error_code: 400, description: "Bad Request: message is too long or empty" });
      const problem = message.parse_mode === "HTML" ? telegramHtmlProblem(message.text) : null;
      if (problem) return answer(400, { ok: false, error_code: 400, description: `Bad Request: can't parse entities: ${problem}` });
      sent.push({ botToken: match[1], ...message });
      answer(200, { ok: true, result: { message_id: ++messageId, chat: { id: message.chat_id }, date: 0, text: message.text } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    reset: () => {
      sent.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
