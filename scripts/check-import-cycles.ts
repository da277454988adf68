// `npm run lint:cycles`: the folder-level import graph (lib/<domain>, app, components, front-server, …) must have no
// cycles. dpdm reads every source file with type-only imports removed (-T); tests are left out, since nothing
// imports them. Each cycle is printed as its folders and one file-level edge per step, so it can be found and cut.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

interface Dependency {
  issuer: string;
  id: string | null;
}

const SOURCES = [
  "app/**/*.{ts,tsx}",
  "components/**/*.{ts,tsx}",
  "lib/**/*.{ts,tsx}",
  "front-server/**/*.ts",
  "probe/**/*.ts",
  "*.ts",
  "prisma/*.ts",
];

/** The folder a file belongs to in the layer graph: `lib/<domain>`, or the top-level folder, or the root file itself. */
export function folderOf(file: string): string {
  const parts = file.split("/");
  if (parts[0] === "lib" && parts.length > 2) return `lib/${parts[1]}`;
  return parts.length > 1 ? parts[0] : file;
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

function readGraph(): Map<string, Map<string, string>> {
  const dir = mkdtempSync(path.join(tmpdir(), "beacon-cycles-"));
  const out = path.join(dir, "deps.json");
  try {
    execFileSync(
      "npx",
      [
        "dpdm",
        "-T",
        "--no-tree",
        "--no-warning",
        "--no-circular",
        "--tsconfig",
        "tsconfig.json",
        "--exclude",
        "node_modules|lib/generated",
        "-o",
        out,
        ...SOURCES,
      ],
      { stdio: "ignore" },
    );
    const tree = JSON.parse(readFileSync(out, "utf8")).tree as Record<string, Dependency[] | null>;
    // folder → (folder it imports → one file-level edge that proves it)
    const graph = new Map<string, Map<string, string>>();
    for (const [file, deps] of Object.entries(tree)) {
      if (isTest(file) || !deps) continue;
      const from = folderOf(file);
      const edges = graph.get(from) ?? new Map<string, string>();
      graph.set(from, edges);
      for (const dep of deps) {
        if (!dep.id || dep.id.startsWith("node_modules") || isTest(dep.id)) continue;
        const to = folderOf(dep.id);
        if (to !== from && !edges.has(to)) edges.set(to, `${file} → ${dep.id}`);
      }
    }
    return graph;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Strongly connected components with more than one folder (Tarjan). */
export function cyclesOf(graph: Map<string, Map<string, string>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const meta = new Map<string, { index: number; low: number; onStack: boolean }>();
  const components: string[][] = [];
  const visit = (node: string) => {
    const m = { index, low: index, onStack: true };
    index++;
    meta.set(node, m);
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      const seen = meta.get(next);
      if (!seen) {
        visit(next);
        m.low = Math.min(m.low, meta.get(next)!.low);
      } else if (seen.onStack) m.low = Math.min(m.low, seen.index);
    }
    if (m.low === m.index) {
      const component: string[] = [];
      let top: string;
      do {
        top = stack.pop()!;
        meta.get(top)!.onStack = false;
        component.push(top);
      } while (top !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!meta.has(node)) visit(node);
  return components;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const graph = readGraph();
  const cycles = cyclesOf(graph);
  if (cycles.length === 0) {
    console.log(`import cycles: none between ${graph.size} folders`);
  } else {
    console.error(`import cycles: ${cycles.length}, holding ${cycles.flat().length} folders`);
    for (const cycle of cycles) {
      console.error(`\n  ${cycle.join(", ")}`);
      const members = new Set(cycle);
      for (const from of cycle)
        for (const [to, edge] of graph.get(from) ?? []) if (members.has(to)) console.error(`    ${from} → ${to}: ${edge}`);
    }
    process.exit(1);
  }
}
