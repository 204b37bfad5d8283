/** Handlebars for fixed text only: templates get a finished view model and use only `each` and `if`. */
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';

export type TemplateName = 'header.hbs' | 'package.json.hbs' | 'tsconfig.json.hbs' | 'README.md.hbs' | 'int64.ts.hbs';

const TEMPLATE_DIR = new URL('../../templates/', import.meta.url);
const compiled = new Map<TemplateName, Handlebars.TemplateDelegate>();

/** Templates are part of the generator's code: read once, compiled once. */
export function renderTemplate(name: TemplateName, view: object): string {
  let template = compiled.get(name);
  if (!template) {
    const text = readFileSync(new URL(name, TEMPLATE_DIR), 'utf8');
    template = Handlebars.compile(text, { noEscape: true, strict: true, knownHelpersOnly: true, knownHelpers: { each: true, if: true } });
    compiled.set(name, template);
  }
  return template(view);
}
