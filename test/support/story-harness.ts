import { render, type TemplateResult } from 'lit';

/**
 * Renders a CSF3 story outside Storybook, the way Storybook would: meta and story args merged, the story's
 * (or meta's) `render`, decorators applied innermost first, then its `play`. Stories double as fixtures, so
 * every story is proven to render, settle and pass axe by the same code users see in Storybook.
 */
type Args = Record<string, unknown>;
interface Context {
  args: Args;
  argTypes: Record<string, unknown>;
  globals: Record<string, unknown>;
  parameters: Record<string, unknown>;
  id: string;
  name: string;
  title: string;
  canvasElement: HTMLElement;
}
type StoryFn = (args: Args, context: Context) => TemplateResult | HTMLElement | unknown;
type Decorator = (story: () => unknown, context: Context) => unknown;
interface StoryLike {
  args?: Args;
  render?: StoryFn;
  decorators?: Decorator[];
  parameters?: Record<string, unknown>;
  name?: string;
  play?: (context: Context & { step: (name: string, fn: () => unknown) => Promise<unknown> }) => unknown;
}
interface MetaLike extends StoryLike {
  title?: string;
  component?: string;
}
export interface StoriesModule {
  default: MetaLike;
  [name: string]: unknown;
}

/** The story exports of a module, in file order (what Storybook lists). */
export function storyNames(module: StoriesModule): string[] {
  const excluded = new Set((module.default as { excludeStories?: string[] }).excludeStories ?? []);
  return Object.keys(module).filter(
    (key) => key !== 'default' && key !== '__namedExportsOrder' && !excluded.has(key) && /^[A-Z]/.test(key),
  );
}

/** Resolves when every custom element below `root` (through shadow roots) has finished updating. */
export async function settle(root: Element, rounds = 5): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: Element | ShadowRoot) => {
      for (const child of Array.from(node.children)) {
        const update = (child as { updateComplete?: Promise<unknown> }).updateComplete;
        if (update) pending.push(update);
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    };
    visit(root);
    await Promise.all(pending);
    // Data loads resolve on later tasks; give them a turn before checking again.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface RenderedStory {
  canvas: HTMLElement;
  errors: unknown[];
  cleanup: () => void;
}

export async function renderStory(module: StoriesModule, exportName: string): Promise<RenderedStory> {
  const meta = module.default;
  const story = module[exportName] as StoryLike;
  const canvas = document.createElement('div');
  canvas.id = 'storybook-root';
  document.body.append(canvas);

  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);

  const context: Context = {
    args: { ...meta.args, ...story.args },
    argTypes: {},
    globals: {},
    parameters: { ...meta.parameters, ...story.parameters },
    id: exportName,
    name: story.name ?? exportName,
    title: meta.title ?? '',
    canvasElement: canvas,
  };
  const renderFn = story.render ?? meta.render;
  if (!renderFn) throw new Error(`${exportName} has no render function (nor does its meta).`);
  const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? [])];
  const decorated = decorators.reduce<() => unknown>(
    (inner, decorator) => () => decorator(inner, context),
    () => renderFn(context.args, context),
  );
  const output = decorated();
  if (output instanceof Node) canvas.append(output);
  else render(output, canvas);

  await settle(canvas);
  if (story.play) {
    await story.play({ ...context, step: async (_name, fn) => fn() });
    await settle(canvas);
  }

  return {
    canvas,
    errors,
    cleanup: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      render(null, canvas);
      canvas.remove();
    },
  };
}
