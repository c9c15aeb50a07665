import { common, createLowlight } from 'lowlight';
import { describe, expect, it } from 'vitest';
import { onDemandLowlight } from './grammars.ts';

describe('onDemandLowlight', () => {
  it('registers nothing until asked, then only the grammar asked for', () => {
    const { lowlight, ensure } = onDemandLowlight();
    expect(lowlight.listLanguages()).toEqual([]);
    expect(ensure('json')).toBe(true);
    expect(lowlight.listLanguages()).toEqual(['json']);
    expect(ensure('Python')).toBe(true);
    expect(lowlight.listLanguages().sort()).toEqual(['json', 'python']);
  });

  it('registers the grammars a grammar embeds, found in its definition', () => {
    const { lowlight, ensure } = onDemandLowlight();
    ensure('xml');
    // <style> and <script> in HTML are CSS and JavaScript; JavaScript's tagged templates embed
    // CSS, GraphQL and XML in turn.
    expect(lowlight.listLanguages().sort()).toEqual(['css', 'graphql', 'javascript', 'xml']);
    const html = lowlight.highlight('xml', '<style>a { color: red }</style>');
    expect(JSON.stringify(html)).toContain('hljs-selector-tag');
  });

  it('resolves an alias by registering every grammar once', () => {
    const { lowlight, ensure } = onDemandLowlight();
    expect(ensure('py')).toBe(true);
    expect(lowlight.listLanguages().length).toBe(Object.keys(common).length);
    expect(ensure('html')).toBe(true);
  });

  it('highlights embedded code as an instance with every grammar does', () => {
    const { lowlight, ensure } = onDemandLowlight();
    const code = '<div onclick="go()"><script>const a = `x`;</script><style>p{}</style></div>';
    expect(ensure('xml')).toBe(true);
    expect(lowlight.highlight('xml', code)).toEqual(createLowlight(common).highlight('xml', code));
  });

  it('says no for a language no grammar knows', () => {
    expect(onDemandLowlight().ensure('klingon')).toBe(false);
  });
});
